#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// Jobs, steps and events in the store: a job written step by step survives a
// killed process, and no record is ever half-written.
namespace {

JobRecord aJob(const QString &module = QStringLiteral("356167051000017"))
{
    JobRecord j;
    j.moduleId = module;
    j.imei = module;
    j.family = Family::TelitPfm;
    j.model = QStringLiteral("GE910-QUAD");
    j.packageId = QStringLiteral("ab12");
    j.packageName = QStringLiteral("pkg.bin");
    j.fromVersion = QStringLiteral("10.00.005");
    j.toVersion = QStringLiteral("10.00.006");
    j.method = UpdateMethod::Ota;
    j.options = {{"method", "ota"}, {"apn", "factory.apn"}};
    return j;
}

// The child process of crashSafety: writes a job step by step, starts one
// more write and is killed inside its transaction.
int writeThenDie(const QString &path)
{
    Store store;
    if (!store.open(path))
        return 2;
    JobStore jobs(&store);
    JobRecord job = aJob();
    jobs.createJob(job);
    for (const char *name : {"preflight", "backup", "transfer"}) {
        StepRecord step;
        step.name = QLatin1String(name);
        jobs.beginStep(job.id, step);
        jobs.addEvent({job.id, job.moduleId, {}, "phase", QLatin1String(name)});
        if (qstrcmp(name, "transfer") == 0)
            break; // running when the process dies
        step.outcome = QStringLiteral("ok");
        step.figures = {{"count", 2}};
        jobs.endStep(step);
    }
    Store::Transaction t(store);
    QSqlQuery q(t.db());
    q.exec(QStringLiteral("INSERT INTO steps (job_id, name, started, outcome) VALUES (%1, 'half', 'x', 'ok')").arg(job.id));
    q.exec(QStringLiteral("UPDATE jobs SET state = 'succeeded' WHERE id = %1").arg(job.id));
    std::raise(SIGKILL); // no commit, no close, no destructors
    return 3;
}

} // namespace

class tst_JobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<JobStore> m_jobs;

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))));
        m_jobs = std::make_unique<JobStore>(m_store.get());
    }

    void cleanup()
    {
        m_jobs.reset();
        m_store.reset();
    }

    void aJobRoundTripsWithItsStepsAndEvents()
    {
        JobRecord job = aJob();
        QVERIFY(m_jobs->createJob(job));
        QVERIFY(job.id > 0);
        QCOMPARE(job.state, JobState::Running);
        StepRecord step;
        step.name = QStringLiteral("backup");
        QVERIFY(m_jobs->beginStep(job.id, step));
        step.outcome = QStringLiteral("ok");
        step.detail = QStringLiteral("2 settings read");
        step.figures = {{"count", 2}};
        QVERIFY(m_jobs->endStep(step));
        QVERIFY(m_jobs->addEvent({job.id, job.moduleId, {}, "phase", "Downloading"}));
        QVERIFY(m_jobs->addEvent({job.id, job.moduleId, {}, "warning", "#SLED differs"}));
        job.state = JobState::Succeeded;
        job.firmwareAfter = QStringLiteral("10.00.006");
        job.warnings = {QStringLiteral("#SLED differs")};
        job.lastStep = QStringLiteral("record");
        job.timing = JobTiming::split(31200, 23000, 7900);
        StepRecord record;
        record.name = QStringLiteral("record");
        record.outcome = QStringLiteral("ok");
        QVERIFY(m_jobs->finishJob(job, &record, QStringLiteral("ok")));
        QVERIFY(record.id > 0);

        const JobRecord back = *m_jobs->job(job.id);
        QCOMPARE(back.state, JobState::Succeeded);
        QCOMPARE(back.imei, job.imei);
        QCOMPARE(back.family, Family::TelitPfm);
        QCOMPARE(back.method, UpdateMethod::Ota);
        QCOMPARE(back.toVersion, QStringLiteral("10.00.006"));
        QCOMPARE(back.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(back.warnings, job.warnings);
        QCOMPARE(back.timing, job.timing);
        QCOMPARE(back.timing.ownMs, 300);
        QCOMPARE(back.options.value("apn").toString(), QStringLiteral("factory.apn"));
        QCOMPARE(back.steps.size(), 2);
        QCOMPARE(back.steps[0].figures.value("count").toInt(), 2);
        QCOMPARE(back.steps[0].detail, QStringLiteral("2 settings read"));
        QVERIFY(back.ended.isValid());
        const QList<JobEvent> events = m_jobs->events(job.id);
        QCOMPARE(events.size(), 2);
        QCOMPARE(events[1].kind, QStringLiteral("warning"));
    }

    void aJobWrittenStepByStepSurvivesAKilledProcess()
    {
        const QString path = m_dir.filePath("killed.sqlite");
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {"--write-then-die", path});
        QVERIFY(child.waitForFinished(20000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        Store store;
        QVERIFY(store.open(path));
        QSqlQuery check(store.database());
        QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        JobStore jobs(&store);
        const QList<JobRecord> all = jobs.recentJobs();
        QCOMPARE(all.size(), 1);
        const JobRecord job = all.first();
        QCOMPARE(job.state, JobState::Running); // the uncommitted "succeeded" is gone
        QCOMPARE(job.lastStep, QStringLiteral("transfer"));
        QStringList names;
        for (const StepRecord &s : job.steps)
            names << s.name + ':' + s.outcome;
        QCOMPARE(names, (QStringList{"preflight:ok", "backup:ok", "transfer:running"}));
        QCOMPARE(job.steps[1].figures.value("count").toInt(), 2);
        QCOMPARE(jobs.events(job.id).size(), 3);
        QCOMPARE(jobs.jobsInState(JobState::Running).size(), 1);
        // The killed process's runner lock is recognised as dead (and cleared).
        QVERIFY(!job.runner.isEmpty());
        QVERIFY(job.runner != store.runnerId());
        QCOMPARE(store.runnerState(job.runner), RunnerLock::State::Dead);
        QCOMPARE(store.runnerState(job.runner), RunnerLock::State::Unknown);
        QCOMPARE(store.runnerState(store.runnerId()), RunnerLock::State::Alive);
    }

    void finishingAJobIsAllOrNothing()
    {
        JobRecord job = aJob();
        QVERIFY(m_jobs->createJob(job));
        StepRecord step;
        step.name = QStringLiteral("transfer");
        QVERIFY(m_jobs->beginStep(job.id, step));
        // The job row's update fails after the steps were already touched.
        QVERIFY(QSqlQuery(m_store->database()).exec(
            "CREATE TRIGGER refuse BEFORE UPDATE OF state ON jobs WHEN NEW.state = 'failed' "
            "BEGIN SELECT RAISE(ABORT, 'disk says no'); END"));
        job.state = JobState::Failed;
        job.reason = FailureReason::Timeout;
        StepRecord record;
        record.name = QStringLiteral("record");
        record.outcome = QStringLiteral("ok");
        QVERIFY(!m_jobs->finishJob(job, &record, QStringLiteral("failed")));
        QVERIFY(m_store->errorString().contains("disk says no"));
        const JobRecord back = *m_jobs->job(job.id);
        QCOMPARE(back.state, JobState::Running);
        QCOMPARE(back.reason, FailureReason::None);
        QCOMPARE(back.steps.size(), 1);
        QCOMPARE(back.steps.first().outcome, QStringLiteral("running"));
        QVERIFY(!back.steps.first().ended.isValid());
    }

    void startingAStepIsAllOrNothing()
    {
        JobRecord job = aJob();
        QVERIFY(m_jobs->createJob(job));
        QVERIFY(QSqlQuery(m_store->database()).exec(
            "CREATE TRIGGER refuse BEFORE UPDATE OF last_step ON jobs "
            "BEGIN SELECT RAISE(ABORT, 'no'); END"));
        StepRecord step;
        step.name = QStringLiteral("backup");
        QVERIFY(!m_jobs->beginStep(job.id, step));
        QCOMPARE(step.id, 0);
        QVERIFY(m_jobs->job(job.id)->steps.isEmpty());
    }

    void aResumedJobCountsItsAttemptsAndKeepsItsSteps()
    {
        JobRecord job = aJob();
        QVERIFY(m_jobs->createJob(job));
        StepRecord step;
        step.name = QStringLiteral("transfer");
        QVERIFY(m_jobs->beginStep(job.id, step));
        job.state = JobState::Interrupted;
        job.message = QStringLiteral("FotaDesk stopped during step transfer");
        job.lastStep = QStringLiteral("transfer");
        QVERIFY(m_jobs->finishJob(job));
        QCOMPARE(m_jobs->job(job.id)->steps.first().outcome, QStringLiteral("interrupted"));
        QVERIFY(m_jobs->reopenJob(job));
        const JobRecord back = *m_jobs->job(job.id);
        QCOMPARE(back.state, JobState::Running);
        QCOMPARE(back.attempts, 2);
        QVERIFY(back.message.isEmpty());
        QCOMPARE(back.steps.size(), 1);
    }

    void recentJobsComeNewestFirst()
    {
        for (int i = 0; i < 5; ++i) {
            JobRecord job = aJob(QString::number(i));
            QVERIFY(m_jobs->createJob(job));
        }
        const QList<JobRecord> recent = m_jobs->recentJobs(3);
        QCOMPARE(recent.size(), 3);
        QCOMPARE(recent.first().moduleId, QStringLiteral("4"));
        QCOMPARE(recent.last().moduleId, QStringLiteral("2"));
    }

    void aDeviceKeepsWhenItWasFirstSeen()
    {
        InventoryStore inventory(m_store.get());
        ModuleIdentity id;
        id.family = Family::SierraHl78xx;
        id.imei = QStringLiteral("352906101001234");
        id.firmware = QStringLiteral("BHL7800.1.6.3.0");
        QVERIFY(inventory.saveDevice(id, QStringLiteral("ttyUSB0")));
        const QDateTime first = inventory.device(id.key())->firstSeen;
        id.firmware = QStringLiteral("BHL7800.1.7.0.0");
        QVERIFY(inventory.saveDevice(id, QStringLiteral("ttyUSB3")));
        const DeviceRecord d = *inventory.device(id.key());
        QCOMPARE(d.firstSeen, first);
        QCOMPARE(d.identity.firmware, QStringLiteral("BHL7800.1.7.0.0"));
        QCOMPARE(d.port, QStringLiteral("ttyUSB3"));
        QCOMPARE(inventory.devices().size(), 1);
        QVERIFY(!inventory.saveDevice(ModuleIdentity(), QString()));
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--write-then-die") == 0)
        return writeThenDie(QString::fromLocal8Bit(argv[2]));
    tst_JobStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_jobstore.moc"
