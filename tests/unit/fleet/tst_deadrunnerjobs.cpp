#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobrecovery.h"
#include "jobs/jobsteps.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

// The jobs a killed FotaDesk left running are told as they are: interrupted
// at the step they reached, never running, while FotaDesk processes that are
// alive keep theirs.
namespace {

JobRecord aJob(const QString &module)
{
    JobRecord j;
    j.moduleId = module;
    j.imei = module;
    j.family = Family::Cinterion;
    j.model = QStringLiteral("EXS82-W");
    j.packageName = QStringLiteral("diff.usf");
    j.fromVersion = QStringLiteral("01.000");
    j.toVersion = QStringLiteral("01.001");
    j.method = UpdateMethod::Ota;
    return j;
}

// Begins the steps up to `reached`, which is left running.
void stepTo(JobStore &jobs, qint64 jobId, const QString &reached)
{
    for (const QString &name : {JobSteps::Preflight, JobSteps::Backup, JobSteps::Transfer, JobSteps::Install}) {
        StepRecord step;
        step.name = name;
        jobs.beginStep(jobId, step);
        if (name == reached)
            return;
        step.outcome = QStringLiteral("ok");
        jobs.endStep(step);
    }
}

// The child process: a FotaDesk that runs one job per module given, each at
// `reached`, and is killed (no destructors, no close: its lock file stays).
int runThenDie(const QString &path, const QString &reached, const QStringList &modules)
{
    Store store;
    if (!store.open(path))
        return 2;
    JobStore jobs(&store);
    for (const QString &module : modules) {
        JobRecord job = aJob(module);
        if (!jobs.createJob(job))
            return 2;
        stepTo(jobs, job.id, reached);
    }
    std::raise(SIGKILL);
    return 3;
}

const QString kModule = QStringLiteral("351234567890123");
const QString kOther = QStringLiteral("351234567890999");

} // namespace

class tst_DeadRunnerJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<JobStore> m_jobs;

    QString path() const { return m_dir->filePath(QStringLiteral("fotadesk.sqlite")); }

    // A FotaDesk process killed while it ran jobs on `modules` at `reached`.
    bool killedWhileRunning(const QString &reached, const QStringList &modules = {kModule})
    {
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), QStringList{"--run-then-die", path(), reached} + modules);
        if (!child.waitForFinished(20000))
            return false;
        return child.exitStatus() == QProcess::CrashExit;
    }

    JobRecord only() const
    {
        const QList<JobRecord> all = m_jobs->recentJobs();
        return all.size() == 1 ? all.first() : JobRecord();
    }

private slots:
    void init()
    {
        // A folder each: the runner locks live beside the store.
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/dead-runners-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(path()));
        m_jobs = std::make_unique<JobStore>(m_store.get());
    }

    void cleanup()
    {
        m_jobs.reset();
        m_store.reset();
        m_dir.reset();
    }

    void aJobWhoseFotaDeskDiedIsInterruptedAtTheStepItReached_data()
    {
        QTest::addColumn<QString>("reached");
        QTest::addColumn<QString>("advice");
        QTest::newRow("transfer") << JobSteps::Transfer << "Nothing was installed";
        QTest::newRow("install") << JobSteps::Install << "Leave the module powered";
    }
    void aJobWhoseFotaDeskDiedIsInterruptedAtTheStepItReached()
    {
        QFETCH(QString, reached);
        QFETCH(QString, advice);
        QVERIFY(killedWhileRunning(reached));
        QCOMPARE(only().state, JobState::Running); // as the killed process left it

        const QList<JobRecord> settled = JobRecovery::settleDeadRunners(m_jobs.get());
        QCOMPARE(settled.size(), 1);
        const JobRecord job = only();
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, reached);
        QCOMPARE(job.reason, FailureReason::None);
        QVERIFY2(job.message.contains(QStringLiteral("FotaDesk stopped")) && job.message.contains(reached),
                 qPrintable(job.message));
        QVERIFY2(job.advice.contains(advice), qPrintable(job.advice));
        QVERIFY(job.ended.isValid());
        QCOMPARE(job.steps.last().name, reached);
        QCOMPARE(job.steps.last().outcome, QStringLiteral("interrupted"));
        QVERIFY(job.steps.last().ended.isValid());
        QCOMPARE(job.steps.first().outcome, QStringLiteral("ok")); // the steps it ended stay as they were
        // What it returns is what it wrote.
        QCOMPARE(settled.first().id, job.id);
        QCOMPARE(settled.first().message, job.message);
        QCOMPARE(settled.first().steps.last().outcome, QStringLiteral("interrupted"));
    }

    void jobsJsonSaysInterruptedWithTheStep()
    {
        QVERIFY(killedWhileRunning(JobSteps::Transfer));
        JobRecovery::settleDeadRunners(m_jobs.get());
        const QJsonObject json = only().toJson();
        QCOMPARE(json.value("state").toString(), QStringLiteral("interrupted"));
        QCOMPARE(json.value("lastStep").toString(), JobSteps::Transfer);
        QVERIFY(json.value("message").toString().contains(JobSteps::Transfer));
        QVERIFY(!json.value("ended").toString().isEmpty());
    }

    void everyJobOfADeadFotaDeskIsSettledNotOnlyItsFirst()
    {
        QVERIFY(killedWhileRunning(JobSteps::Transfer, {kModule, kOther}));
        QCOMPARE(JobRecovery::settleDeadRunners(m_jobs.get()).size(), 2);
        for (const JobRecord &job : m_jobs->recentJobs())
            QCOMPARE(job.state, JobState::Interrupted);
    }

    void aJobOfAFotaDeskThatRunsNowStaysRunning()
    {
        // Another FotaDesk process on the same store: its own Store and runner lock.
        Store other;
        QVERIFY(other.open(path()));
        JobStore theirJobs(&other);
        JobRecord theirs = aJob(kOther);
        QVERIFY(theirJobs.createJob(theirs));
        stepTo(theirJobs, theirs.id, JobSteps::Transfer);
        JobRecord ours = aJob(kModule);
        QVERIFY(m_jobs->createJob(ours));
        QVERIFY(killedWhileRunning(JobSteps::Backup));

        const QList<JobRecord> settled = JobRecovery::settleDeadRunners(m_jobs.get());
        QCOMPARE(settled.size(), 1);
        QVERIFY(settled.first().id != theirs.id && settled.first().id != ours.id);
        QCOMPARE(m_jobs->job(theirs.id)->state, JobState::Running);
        QCOMPARE(m_jobs->job(theirs.id)->steps.last().outcome, QStringLiteral("running"));
        QCOMPARE(m_jobs->job(ours.id)->state, JobState::Running);
    }

    void aJobOfARunnerNotKnownHereStaysAsItIs()
    {
        // No lock file for its runner: another machine sharing the store.
        JobRecord job = aJob(kModule);
        QVERIFY(m_jobs->createJob(job));
        QVERIFY(QSqlQuery(m_store->database())
                    .exec(QStringLiteral("UPDATE jobs SET runner = 'another-machine' WHERE id = %1").arg(job.id)));
        QVERIFY(JobRecovery::settleDeadRunners(m_jobs.get()).isEmpty());
        QCOMPARE(m_jobs->job(job.id)->state, JobState::Running);
    }

    void settlingAgainChangesNothing()
    {
        QVERIFY(killedWhileRunning(JobSteps::Install));
        QCOMPARE(JobRecovery::settleDeadRunners(m_jobs.get()).size(), 1);
        const JobRecord first = only();
        QVERIFY(JobRecovery::settleDeadRunners(m_jobs.get()).isEmpty());
        const JobRecord second = only();
        QCOMPARE(second.state, JobState::Interrupted);
        QCOMPARE(second.message, first.message);
        QCOMPARE(second.advice, first.advice);
        QCOMPARE(second.ended, first.ended);
        QCOMPARE(second.steps.size(), first.steps.size());
        QCOMPARE(second.steps.last().ended, first.steps.last().ended);
    }

    void aJobOnlyShownInterruptedIsStillTakenUpOnceByTheNextFotaDeskThatRunsJobs()
    {
        QVERIFY(killedWhileRunning(JobSteps::Install));
        JobRecovery::settleDeadRunners(m_jobs.get(), JobStore::Settling::Observe);
        const qint64 id = only().id;
        QVERIFY(only().runner.isEmpty());
        const QList<JobRecord> takenUp = JobRecovery::settleDeadRunners(m_jobs.get(), JobStore::Settling::TakeUp);
        QCOMPARE(takenUp.size(), 1);
        QCOMPARE(takenUp.first().id, id);
        const JobRecord job = only();
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, JobSteps::Install);
        QCOMPARE(job.runner, m_store->runnerId());
        QVERIFY2(job.advice.contains(QStringLiteral("as soon as it is back")), qPrintable(job.advice));
        QVERIFY(JobRecovery::settleDeadRunners(m_jobs.get(), JobStore::Settling::TakeUp).isEmpty());
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc >= 5 && qstrcmp(argv[1], "--run-then-die") == 0) {
        QStringList modules;
        for (int i = 4; i < argc; ++i)
            modules << QString::fromLocal8Bit(argv[i]);
        return runThenDie(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), modules);
    }
    tst_DeadRunnerJobs test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_deadrunnerjobs.moc"
