#include "jobtestbench.h"

#include "jobs/jobrecovery.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsteps.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

Q_DECLARE_METATYPE(CommitPoint::Kind)

// Commit points: a command after which the module downloads or installs on
// its own (AT+WDSR=4, AT+CFOTA=5 while the step still says transfer; AT+CFOTA=1,
// AT^SNFOTA="act",2, AT#OTASUAN=1) is on disk before it is sent, never sent
// when it cannot be, and a job killed after it is recovered as "the module
// may be busy": waited for, verified, its settings restored, under its id.
class tst_CommitPoints : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ModuleSession> m_session;
    FakeModule m_module;
    FakeDriver m_driver;
    QPointer<FakeFlow> m_flow;
    PackageInfo m_package;
    std::unique_ptr<UpdateJob> m_job;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobRecovery> m_recovery;
    // What the store held when the module read the commit command.
    CommitPoint m_storedWhenSent;
    QStringList m_commandsSeen;

    JobContext context()
    {
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        c.profiles = [](Family f) { return testProfile(f); };
        return c;
    }

    // FotaDesk as it starts: the runner and the recovery on the same store.
    void startEngine()
    {
        m_runner = std::make_unique<JobRunner>(context());
        m_recovery = std::make_unique<JobRecovery>(m_runner.get());
        m_recovery->setPackageLookup([this](const QString &id) -> std::optional<PackageInfo> {
            return id == m_package.id() ? std::optional(m_package) : std::nullopt;
        });
    }

    // The module answers the commit commands and notes what the store held
    // at that moment.
    void watchCommitCommands()
    {
        for (const char *prefix : {"AT+WDSR", "AT+CFOTA", "AT^SNFOTA", "AT#OTASUAN"}) {
            m_module.module->onPrefix(QLatin1String(prefix), [this](const QString &command) {
                m_commandsSeen << command;
                if (m_job && m_job->id() > 0)
                    m_storedWhenSent = m_store->jobs.job(m_job->id())->commitPoint;
                return QByteArray("\r\nOK\r\n");
            });
        }
    }

    // A job whose flow reaches `phase` (still the transfer step) and declares
    // the commit; false when it did not get there.
    bool runToCommit(UpdatePhase phase, CommitPoint::Kind kind, const QString &command)
    {
        UpdateRequest request;
        request.simPin = QStringLiteral("1234");
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, request, JobOptions{}, context());
        if (!m_job->prepare())
            return false;
        m_job->start();
        if (!QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000))
            return false;
        m_flow->go(phase);
        if (!m_flow->commit(kind, command))
            return false;
        return QTest::qWaitFor([this, command] { return m_commandsSeen.contains(command); }, 5000);
    }

    // SIGKILL right after the command: nothing more is written, and the
    // process is gone (no live runner).
    void kill()
    {
        const qint64 id = m_job->id();
        QVERIFY(QSqlQuery(m_store->store.database())
                    .exec(QStringLiteral("UPDATE jobs SET runner = NULL WHERE id = %1").arg(id)));
        m_job.reset(); // no abandon(): a killed process records nothing
        m_flow = nullptr;
    }

    // The module's restart: found again (on another port) running `firmware`.
    void moduleRestarts(const QString &firmware)
    {
        m_module.firmware = firmware;
        attachModule(m_module, *m_session, testIdentity(), QStringLiteral("fake1"), true);
        m_module.firmware = firmware;
    }

    void breakStore(bool broken = true)
    {
        QSqlQuery q(m_store->store.database());
        QVERIFY(q.exec(broken ? QStringLiteral("PRAGMA query_only=ON") : QStringLiteral("PRAGMA query_only=OFF")));
    }

    static void verifyNothingLeftRunning(const JobRecord &job)
    {
        QVERIFY2(job.state != JobState::Running, qPrintable(job.message));
        for (const StepRecord &s : job.steps)
            QVERIFY2(s.outcome != QLatin1String("running"), qPrintable(s.name));
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->store.isOpen());
        m_package = writePackage(m_store->dir.filePath(QStringLiteral("pkg.bin")));
        m_session = std::make_unique<ModuleSession>(testIdentity());
        attachModule(m_module, *m_session, testIdentity());
        watchCommitCommands();
        m_storedWhenSent = {};
        m_commandsSeen.clear();
        m_driver.installSilence = 300ms;
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            m_flow = flow.get();
            return flow;
        };
    }

    void cleanup()
    {
        m_recovery.reset();
        m_runner.reset();
        m_job.reset();
        m_flow = nullptr;
        m_session.reset();
        m_store.reset();
    }

    void theCommitPointIsOnDiskBeforeItsCommandReachesTheModule_data()
    {
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<CommitPoint::Kind>("kind");
        QTest::addColumn<QString>("command");
        QTest::newRow("HL78xx install, step transfer") << UpdatePhase::Verifying << CommitPoint::Kind::Install << "AT+WDSR=4";
        QTest::newRow("SIM7020 install, step transfer")
            << UpdatePhase::Verifying << CommitPoint::Kind::Install << "AT+CFOTA=5,1000,0123456789abcdef0123456789abcdef";
        QTest::newRow("SIM7020 download") << UpdatePhase::WaitingForServer << CommitPoint::Kind::Download << "AT+CFOTA=1";
        QTest::newRow("Cinterion download") << UpdatePhase::Downloading << CommitPoint::Kind::Download
                                            << "AT^SNFOTA=\"act\",2";
        QTest::newRow("Telit accept") << UpdatePhase::WaitingForServer << CommitPoint::Kind::Download << "AT#OTASUAN=1";
    }
    void theCommitPointIsOnDiskBeforeItsCommandReachesTheModule()
    {
        QFETCH(UpdatePhase, phase);
        QFETCH(CommitPoint::Kind, kind);
        QFETCH(QString, command);
        QVERIFY(runToCommit(phase, kind, command));
        QCOMPARE(m_storedWhenSent.kind, kind);
        QCOMPARE(m_storedWhenSent.command, command);
        const JobRecord stored = *m_store->jobs.job(m_job->id());
        QCOMPARE(stored.lastStep, JobSteps::Transfer);
        QVERIFY(stored.committed.isValid());
        QCOMPARE(m_job->record().commitPoint.kind, kind);
        QVERIFY(m_job->record().toJson().value("commit").toObject().value("command") == command);
        // Told to install, the module must not be interrupted any more.
        if (kind == CommitPoint::Kind::Install)
            QVERIFY(!m_job->isCancellable());
    }

    void aCommitPointTheStoreCannotTakeIsNeverSent_data()
    {
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<CommitPoint::Kind>("kind");
        QTest::addColumn<QString>("command");
        QTest::newRow("install") << UpdatePhase::Verifying << CommitPoint::Kind::Install << "AT+WDSR=4";
        QTest::newRow("download") << UpdatePhase::WaitingForServer << CommitPoint::Kind::Download << "AT+CFOTA=1";
    }
    void aCommitPointTheStoreCannotTakeIsNeverSent()
    {
        QFETCH(UpdatePhase, phase);
        QFETCH(CommitPoint::Kind, kind);
        QFETCH(QString, command);
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        QVERIFY(m_job->prepare());
        QSignalSpy finished(m_job.get(), &UpdateJob::finished);
        m_job->start();
        QTRY_VERIFY(m_flow && m_flow->started);
        m_flow->go(phase);
        breakStore(); // the disk fills up just before the commit
        QVERIFY(!m_flow->commit(kind, command));
        QTRY_COMPARE(finished.size(), 1);
        QTest::qWait(50); // anything sent would have arrived by now
        QVERIFY2(!m_module.module->received().contains(command), qPrintable(m_module.module->received().join(' ')));
        QVERIFY(m_commandsSeen.isEmpty());
        const JobRecord r = m_job->record();
        QCOMPARE(r.state, JobState::Failed);
        QCOMPARE(r.reason, FailureReason::History);
        QVERIFY2(r.message.contains(QLatin1String("history could not be written")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("readonly")), qPrintable(r.message)); // the driver's words
        QVERIFY2(r.message.contains(command + QLatin1String(" was not sent")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("keeps its firmware")), qPrintable(r.message));
        QVERIFY2(r.advice.contains(QLatin1String("Make room")), qPrintable(r.advice));
        QVERIFY(!r.commitPoint.isValid());
        breakStore(false);
        QVERIFY(!m_store->jobs.job(m_job->id())->commitPoint.isValid());
        QCOMPARE(m_session->owner(), QString());
    }

    void aJobKilledRightAfterItsCommitIsRecoveredAsBusyAndEndsVerifiedWithItsSettings_data()
    {
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<CommitPoint::Kind>("kind");
        QTest::addColumn<QString>("command");
        QTest::newRow("install during transfer") << UpdatePhase::Verifying << CommitPoint::Kind::Install << "AT+WDSR=4";
        QTest::newRow("download") << UpdatePhase::WaitingForServer << CommitPoint::Kind::Download << "AT+CFOTA=1";
    }
    void aJobKilledRightAfterItsCommitIsRecoveredAsBusyAndEndsVerifiedWithItsSettings()
    {
        QFETCH(UpdatePhase, phase);
        QFETCH(CommitPoint::Kind, kind);
        QFETCH(QString, command);
        QVERIFY(runToCommit(phase, kind, command));
        const qint64 id = m_job->id();
        kill();
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Running);

        startEngine(); // the next FotaDesk, on the same store
        QCOMPARE(m_recovery->scan().size(), 1);
        JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, JobSteps::Transfer);
        QVERIFY2(!job.advice.contains(QLatin1String("Nothing was installed")), qPrintable(job.advice));
        QVERIFY2(job.advice.contains(QLatin1String("powered")), qPrintable(job.advice));
        QVERIFY2(job.message.contains(command), qPrintable(job.message));
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});

        // The module installed meanwhile: new firmware, settings wiped, SIM locked.
        m_module.wipe();
        m_module.simState = QStringLiteral("SIM PIN");
        moduleRestarts(QStringLiteral("10.00.006"));
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        UpdateRequest secrets;
        secrets.simPin = QStringLiteral("1234");
        m_recovery->moduleAvailable(m_session.get(), secrets);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.attempts, 2);
        QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(job.commitPoint.kind, kind);
        QCOMPARE(m_module.apn, QStringLiteral("1,\"IP\",\"factory.apn\""));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
        QCOMPARE(m_module.simState, QStringLiteral("READY"));
        QCOMPARE(job.lastStepNamed(JobSteps::Restore)->outcome, QStringLiteral("ok"));
        verifyNothingLeftRunning(job);
        QVERIFY(!m_module.module->received().contains(QStringLiteral("AT+CFUN=1,1")));
    }

    void aModuleFoundAgainWhileItsFirmwareIsReadIsAskedAgainOnItsNewPort()
    {
        QVERIFY(runToCommit(UpdatePhase::Verifying, CommitPoint::Kind::Install, QStringLiteral("AT+WDSR=4")));
        const qint64 id = m_job->id();
        kill();
        startEngine();
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_module.module->on(QStringLiteral("AT+CGMR"), QByteArray()); // busy: no answer
        m_recovery->moduleAvailable(m_session.get());
        QTRY_VERIFY(m_module.module->received().contains(QStringLiteral("AT+CGMR")));
        // Restarted on its new firmware and found again before it answered:
        // the old port's AT+CGMR is cancelled with its channel.
        m_module.wipe();
        moduleRestarts(QStringLiteral("10.00.006"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
    }

    void aDownloadCommitIsWaitedForWhileTheModuleStillDownloadsOnItsOldFirmware()
    {
        QVERIFY(runToCommit(UpdatePhase::Downloading, CommitPoint::Kind::Download, QStringLiteral("AT^SNFOTA=\"act\",2")));
        const qint64 id = m_job->id();
        kill();
        startEngine();
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        // It answers AT on its old firmware and reports its download.
        QTimer downloading;
        connect(&downloading, &QTimer::timeout, this, [this] { m_module.port->feed("\r\nDOWNLOADING 40\r\n"); });
        downloading.start(100ms);
        m_recovery->moduleAvailable(m_session.get());
        QTest::qWait(1200); // four times the family's silences, with download lines throughout
        QVERIFY2(finished.isEmpty(), "a module still downloading must not be taken for one that did not install");
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Running);
        downloading.stop();
        m_module.wipe();
        moduleRestarts(QStringLiteral("10.00.006")); // downloaded, installed, restarted
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
    }

    void aDownloadCommitTheModuleNeverActedOnEndsNotInstalledWithItsSettingsAndTheNextUpdateRuns_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("the package names its version") << QStringLiteral("10.00.006");
        QTest::newRow("server-held, no version named") << QString();
    }

    void aDownloadCommitTheModuleNeverActedOnEndsNotInstalledWithItsSettingsAndTheNextUpdateRuns()
    {
        QFETCH(QString, target);
        m_package.toVersion = target;
        QVERIFY(runToCommit(UpdatePhase::WaitingForServer, CommitPoint::Kind::Download, QStringLiteral("AT+CFOTA=1")));
        const qint64 id = m_job->id();
        kill();
        startEngine();
        m_recovery->scan();
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});
        m_module.sled = QStringLiteral("0,0,0"); // changed meanwhile: the restore puts the backup back
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get()); // still on 10.00.005, nothing running
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.reason, FailureReason::VersionMismatch);
        QCOMPARE(job.attempts, 2);
        QVERIFY2(job.message.contains(QLatin1String("did not install")), qPrintable(job.message));
        QVERIFY2(job.advice.contains(QLatin1String("put back")), qPrintable(job.advice));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
        QCOMPARE(job.lastStepNamed(JobSteps::Restore)->outcome, QStringLiteral("ok"));
        verifyNothingLeftRunning(job);

        // The module is usable: the next update on it runs as any other.
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->script = {{UpdatePhase::Transferring, 50}, {UpdatePhase::Installing}};
            m_flow = flow.get();
            return flow;
        };
        QString refusal;
        const qint64 next = m_runner->start(m_session.get(), m_package, {}, {}, &refusal);
        QVERIFY2(next != 0 && next != id, qPrintable(refusal));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QCOMPARE(m_store->jobs.job(next)->state, JobState::Succeeded);
    }

    void aModuleThatEndsItsInstallWithoutARestartIsReadAgainWhenItSaysSo()
    {
        // Like a SIM7020: it flashes after AT+CFOTA=5 while answering AT on
        // its old firmware, and only prints its result when done.
        m_driver.installSilence = 20s;
        QVERIFY(runToCommit(UpdatePhase::Verifying, CommitPoint::Kind::Install,
                            QStringLiteral("AT+CFOTA=5,1000,0123456789abcdef0123456789abcdef")));
        const qint64 id = m_job->id();
        kill();
        startEngine();
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get());
        QTest::qWait(300);
        QVERIFY(finished.isEmpty());
        m_module.firmware = QStringLiteral("10.00.006");
        m_module.wipe();
        m_module.port->feed("\r\n+CFOTA: Update successfully\r\n");
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 5000); // long before the 20 s silence
        QVERIFY2(clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
    }

    void closingRightAfterACommitLeavesTheModuleAwaitedNotResumed()
    {
        startEngine();
        const qint64 id = m_runner->start(m_session.get(), m_package);
        QTRY_VERIFY(m_flow && m_flow->started);
        m_flow->go(UpdatePhase::Verifying);
        QVERIFY(m_flow->commit(CommitPoint::Kind::Install, QStringLiteral("AT+WDSR=4")));
        m_recovery.reset();
        m_runner.reset(); // FotaDesk closes in good order
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, JobSteps::Transfer);
        QVERIFY2(job.advice.contains(QLatin1String("powered")), qPrintable(job.advice));
        startEngine();
        QVERIFY(m_recovery->scan().isEmpty());
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});
    }

    void theInterlocksRefusalNamesTheRunningJobAndItsPhase()
    {
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        QVERIFY(m_job->prepare());
        m_job->start();
        QTRY_VERIFY(m_flow && m_flow->started);
        m_flow->go(UpdatePhase::Installing);
        AtResult refused;
        bool answered = false;
        m_session->send(AtCommand(QStringLiteral("AT+CFUN=1,1")), this, [&](const AtResult &r) {
            refused = r;
            answered = true;
        });
        QTRY_VERIFY(answered);
        QCOMPARE(refused.status, AtStatus::Refused);
        const QString expected = QStringLiteral("(job %1 is updating this module: %2)")
                                     .arg(m_job->id())
                                     .arg(phaseDisplayName(UpdatePhase::Installing));
        QVERIFY2(refused.detail.contains(expected), qPrintable(refused.detail));
    }
};

QTEST_GUILESS_MAIN(tst_CommitPoints)
#include "tst_commitpoints.moc"
