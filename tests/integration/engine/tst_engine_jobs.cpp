// What the GUI sees of an update through EngineApi: the module's row follows
// the job (phase, bytes, rate, time left) and ends Verified; refusals and
// jobs a former FotaDesk left behind are reported; history lists the job.
#include "engine/engine.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobsteps.h"
#include "packages/simpackage.h"
#include "simmodule.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {
const QString kFrom = QStringLiteral("BHL7800.1.6.3.0.20180803");
const QString kTo = QStringLiteral("BHL7800.1.7.0.0.20190101");
} // namespace

class tst_EngineJobs : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<Engine> m_engine;
    QHash<QString, ModuleSnapshot> m_rows;
    QList<ModuleSnapshot> m_seen; // every snapshot of the module, in order

    EngineSettings settings() const
    {
        EngineSettings s;
        s.scanGlobs = {m_dir->filePath(QStringLiteral("modems/*"))};
        s.dataFolder = m_dir->filePath(QStringLiteral("data"));
        s.reenumerationWindow = 20s;
        return s;
    }

    void startEngine()
    {
        m_engine = std::make_unique<Engine>(settings());
        connect(m_engine.get(), &EngineApi::modulesChanged, this, [this](const QList<ModuleSnapshot> &changed) {
            for (const ModuleSnapshot &m : changed) {
                m_rows.insert(m.id, m);
                m_seen << m;
            }
        });
        m_engine->start();
    }

    QString packagePath()
    {
        const QByteArray bytes = SimPackage::make(Family::SierraHl78xx, QStringLiteral("HL7800"), kFrom, kTo, 48 * 1024);
        const QString path = m_dir->filePath(QStringLiteral("hl7800-delta.bin"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    bool startSim()
    {
        SimModuleConfig c = SimModuleConfig::defaults(Family::SierraHl78xx, 3);
        c.link = m_dir->filePath(QStringLiteral("modems/hl7800"));
        c.firmware = kFrom;
        c.timeScale = 0.05;
        c.rebootTime = 300ms;
        c.baud = 921600;
        c.pace = true; // the transfer lasts about half a second: long enough to be watched
        m_sim = std::make_unique<SimModule>(c);
        return m_sim->start();
    }

    QString waitForModule()
    {
        if (!QTest::qWaitFor([this] { return !m_rows.isEmpty(); }, 20000))
            return {};
        return m_rows.isEmpty() ? QString() : m_rows.constBegin().key();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/engine-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("modems")));
    }

    void cleanup()
    {
        m_engine.reset();
        if (m_sim)
            m_sim->stop();
        m_sim.reset();
        m_rows.clear();
        m_seen.clear();
        m_dir.reset();
    }

    void anUpdateOrderRunsAJobThatTheModulesRowFollowsToVerified()
    {
        QVERIFY(startSim());
        startEngine();
        const QString id = waitForModule();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_rows.value(id).identity.firmware, kFrom);

        QSignalSpy packages(m_engine.get(), &EngineApi::packagesChanged);
        QSignalSpy rejected(m_engine.get(), &EngineApi::packageRejected);
        const QString path = packagePath();
        PackageInfo given; // what a person types when the file has no manifest
        given.family = Family::SierraHl78xx;
        given.model = QStringLiteral("HL7800");
        given.fromVersion = kFrom;
        given.toVersion = kTo;
        m_engine->addPackage(path, given);
        QVERIFY2(QTest::qWaitFor([&] {
            return !rejected.isEmpty()
                || (!packages.isEmpty() && !packages.last().at(0).value<QList<PackageInfo>>().isEmpty());
        }, 10000), "no answer to addPackage");
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.value(0).value(1).toString()));
        const PackageInfo package = packages.last().at(0).value<QList<PackageInfo>>().first();
        QCOMPARE(package.toVersion, kTo);

        QSignalSpy finished(m_engine.get(), &EngineApi::jobFinished);
        QSignalSpy refused(m_engine.get(), &EngineApi::updateRefused);
        UpdateOrder order;
        order.moduleIds = {id};
        order.packageId = package.id();
        order.request.method = UpdateMethod::Xmodem;
        m_engine->startUpdates(order);
        QVERIFY2(finished.wait(90000), qPrintable(refused.value(0).value(1).toString()));

        const auto record = finished.first().at(1).value<JobRecord>();
        QCOMPARE(finished.first().at(0).toString(), id);
        QVERIFY2(record.state == JobState::Succeeded, qPrintable(record.message));
        QCOMPARE(record.firmwareAfter, kTo);

        // While it ran, the row showed the transfer with figures a person needs.
        const auto transferring = std::find_if(m_seen.cbegin(), m_seen.cend(), [](const ModuleSnapshot &m) {
            return m.jobActive && m.progress.phase == UpdatePhase::Transferring && m.progress.bytesDone > 0;
        });
        QVERIFY(transferring != m_seen.cend());
        QCOMPARE(transferring->jobId, record.id);
        QCOMPARE(transferring->progress.bytesTotal, package.size);
        QVERIFY(transferring->progress.percent >= 0);
        QVERIFY(std::any_of(m_seen.cbegin(), m_seen.cend(), [](const ModuleSnapshot &m) {
            return m.progress.phase == UpdatePhase::Transferring && m.progress.bytesPerSecond > 0 && m.progress.etaMs >= 0;
        }));
        // Snapshots are throttled: far fewer rows than XMODEM blocks (48).
        QVERIFY(m_seen.size() < 200);

        // At the end the row says so, and shows the new firmware.
        QTRY_VERIFY(!m_rows.value(id).jobActive);
        const ModuleSnapshot last = m_rows.value(id);
        QVERIFY(last.jobOk);
        QCOMPARE(last.progress.phase, UpdatePhase::Verified);
        QVERIFY(!last.jobResult.isEmpty());
        QTRY_COMPARE(m_rows.value(id).identity.firmware, kTo);

        // History has it.
        QSignalSpy history(m_engine.get(), &EngineApi::historyReady);
        m_engine->requestHistory();
        QVERIFY(history.wait(5000));
        const auto jobs = history.first().at(0).value<QList<JobRecord>>();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().id, record.id);
        QCOMPARE(jobs.first().state, JobState::Succeeded);
    }

    void anOrderTheEngineCannotRunIsRefusedWithTheReason_data()
    {
        QTest::addColumn<QString>("moduleId");
        QTest::addColumn<QString>("packageId");
        QTest::addColumn<QString>("reason");
        QTest::newRow("module gone") << "HL7800:000000000000000" << QString() << "no longer connected";
        QTest::newRow("package not catalogued") << QString() << QString(64, QLatin1Char('a')) << "no longer in the catalog";
    }

    void anOrderTheEngineCannotRunIsRefusedWithTheReason()
    {
        QFETCH(QString, moduleId);
        QFETCH(QString, packageId);
        QFETCH(QString, reason);
        QVERIFY(startSim());
        startEngine();
        const QString present = waitForModule();
        QVERIFY(!present.isEmpty());
        QSignalSpy refused(m_engine.get(), &EngineApi::updateRefused);
        UpdateOrder order;
        order.moduleIds = {moduleId.isEmpty() ? present : moduleId};
        order.packageId = packageId;
        m_engine->startUpdates(order);
        QVERIFY(refused.wait(5000));
        QCOMPARE(refused.first().at(0).toString(), order.moduleIds.first());
        QVERIFY2(refused.first().at(1).toString().contains(reason), qPrintable(refused.first().at(1).toString()));
        QVERIFY(!m_rows.value(present).jobActive);
    }

    void jobsAFormerFotaDeskLeftRunningAreReportedAtStart()
    {
        QVERIFY(QDir().mkpath(settings().dataFolder));
        qint64 left = 0;
        {
            Store store;
            QVERIFY(store.open(QDir(settings().dataFolder).filePath(QStringLiteral("fotadesk.sqlite"))));
            JobStore jobs(&store);
            JobRecord job;
            job.moduleId = QStringLiteral("HL7800:352906107000038");
            job.imei = QStringLiteral("352906107000038");
            job.family = Family::SierraHl78xx;
            job.method = UpdateMethod::Xmodem;
            job.fromVersion = kFrom;
            job.toVersion = kTo;
            QVERIFY(jobs.createJob(job));
            StepRecord transfer;
            transfer.name = JobSteps::Transfer;
            jobs.beginStep(job.id, transfer);
            QVERIFY(QSqlQuery(store.database())
                        .exec(QStringLiteral("UPDATE jobs SET runner = NULL WHERE id = %1").arg(job.id)));
            left = job.id;
            store.close();
        }
        m_engine = std::make_unique<Engine>(settings());
        QSignalSpy interrupted(m_engine.get(), &EngineApi::interruptedJobsFound);
        m_engine->start();
        QCOMPARE(interrupted.size(), 1);
        const auto jobs = interrupted.first().at(0).value<QList<JobRecord>>();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().id, left);
        QCOMPARE(jobs.first().state, JobState::Interrupted);
        QCOMPARE(jobs.first().lastStep, JobSteps::Transfer);
    }

    void aJobOfAFotaDeskThatDiedSinceTheStartIsShownInterruptedInTheHistory()
    {
        startEngine();
        qint64 left = 0;
        {
            // Another FotaDesk on the same store (a fotadesk-cli update) that
            // dies during the transfer: no runner of its job is alive.
            Store other;
            QVERIFY(other.open(QDir(settings().dataFolder).filePath(QStringLiteral("fotadesk.sqlite"))));
            JobStore jobs(&other);
            JobRecord job;
            job.moduleId = QStringLiteral("HL7800:352906107000046");
            job.imei = QStringLiteral("352906107000046");
            job.family = Family::SierraHl78xx;
            job.method = UpdateMethod::Xmodem;
            job.fromVersion = kFrom;
            job.toVersion = kTo;
            QVERIFY(jobs.createJob(job));
            StepRecord transfer;
            transfer.name = JobSteps::Transfer;
            QVERIFY(jobs.beginStep(job.id, transfer));
            QVERIFY(QSqlQuery(other.database())
                        .exec(QStringLiteral("UPDATE jobs SET runner = NULL WHERE id = %1").arg(job.id)));
            left = job.id;
            other.close();
        }
        QSignalSpy history(m_engine.get(), &EngineApi::historyReady);
        QSignalSpy interrupted(m_engine.get(), &EngineApi::interruptedJobsFound);
        m_engine->requestHistory();
        QVERIFY(history.wait(5000));
        const auto jobs = history.first().at(0).value<QList<JobRecord>>();
        QCOMPARE(jobs.size(), 1);
        QCOMPARE(jobs.first().id, left);
        QCOMPARE(jobs.first().state, JobState::Interrupted);
        QCOMPARE(jobs.first().lastStep, JobSteps::Transfer);
        QVERIFY2(jobs.first().message.contains(JobSteps::Transfer), qPrintable(jobs.first().message));
        QCOMPARE(jobs.first().steps.last().outcome, QStringLiteral("interrupted"));
        // Offered for resume like those found at the start, once.
        QCOMPARE(interrupted.size(), 1);
        m_engine->requestHistory();
        QVERIFY(history.wait(5000));
        QCOMPARE(interrupted.size(), 1);
    }
};

QTEST_MAIN(tst_EngineJobs)
#include "tst_engine_jobs.moc"
