#include "jobtestbench.h"

#include "jobs/jobrecovery.h"
#include "jobs/jobrunner.h"
#include "jobs/jobsteps.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTimer>
#include <QTest>

// What happens to jobs a killed FotaDesk left running.
class tst_JobRecovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ModuleSession> m_session;
    FakeModule m_module;
    FakeDriver m_driver;
    QPointer<FakeFlow> m_flow;
    QString m_pinGivenToFlow;
    PackageInfo m_package;
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobRecovery> m_recovery;

    // A job as a killed FotaDesk leaves it: steps up to `reached` written,
    // `reached` itself still running.
    qint64 leftRunningAt(const QString &reached, const SettingValue &extra = {})
    {
        JobRecord job;
        job.moduleId = testIdentity().key();
        job.imei = testIdentity().imei;
        job.family = Family::TelitPfm;
        job.packageId = m_package.id();
        job.packageName = m_package.fileName();
        job.fromVersion = QStringLiteral("10.00.005");
        job.toVersion = QStringLiteral("10.00.006");
        job.method = UpdateMethod::Ota;
        UpdateRequest request;
        request.method = UpdateMethod::Ota;
        request.simPin = QStringLiteral("1234");
        job.options = requestOptionsToJson(request);
        if (!m_store->jobs.createJob(job))
            return 0;
        // Its FotaDesk is gone: a job with no live runner.
        QSqlQuery(m_store->store.database()).exec(QStringLiteral("UPDATE jobs SET runner = NULL WHERE id = %1").arg(job.id));
        for (const QString &name : {JobSteps::Preflight, JobSteps::Backup, JobSteps::Transfer, JobSteps::Install}) {
            StepRecord step;
            step.name = name;
            m_store->jobs.beginStep(job.id, step);
            if (name == reached)
                break;
            step.outcome = QStringLiteral("ok");
            if (name == JobSteps::Backup) {
                SettingsSnapshot saved;
                saved.entries << SettingValue{"+CGDCONT", {"1,\"IP\",\"factory.apn\""}, true, {}}
                              << SettingValue{"#SLED", {"2,1,1"}, true, {}};
                if (!extra.name.isEmpty())
                    saved.entries << extra;
                step.figures = saved.toJson();
            }
            m_store->jobs.endStep(step);
        }
        return job.id;
    }

    // The runner and the recovery as FotaDesk makes them when it starts.
    void startEngine()
    {
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        c.profiles = [](Family f) { return testProfile(f); };
        m_runner = std::make_unique<JobRunner>(c);
        m_recovery = std::make_unique<JobRecovery>(m_runner.get());
        m_recovery->setPackageLookup([this](const QString &id) -> std::optional<PackageInfo> {
            return id == m_package.id() ? std::optional(m_package) : std::nullopt;
        });
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_package = writePackage(m_store->dir.filePath(QStringLiteral("pkg.bin")));
        m_session = std::make_unique<ModuleSession>(testIdentity());
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->script = {{UpdatePhase::Transferring, 50}, {UpdatePhase::Installing}, {UpdatePhase::Rebooting}};
            m_flow = flow.get();
            m_pinGivenToFlow = r.simPin;
            return flow;
        };
        startEngine();
    }

    void cleanup()
    {
        m_recovery.reset();
        m_runner.reset();
        m_session.reset();
        m_store.reset();
    }

    void aJobStoppedBeforeTheInstallIsMarkedInterruptedAtItsStep_data()
    {
        QTest::addColumn<QString>("reached");
        QTest::newRow("preflight") << "preflight";
        QTest::newRow("backup") << "backup";
        QTest::newRow("transfer") << "transfer";
    }
    void aJobStoppedBeforeTheInstallIsMarkedInterruptedAtItsStep()
    {
        QFETCH(QString, reached);
        const qint64 id = leftRunningAt(reached);
        QSignalSpy found(m_recovery.get(), &JobRecovery::interruptedJobsFound);
        QCOMPARE(m_recovery->scan().size(), 1);
        QCOMPARE(found.size(), 1);
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, reached);
        QVERIFY(job.message.contains(reached));
        QVERIFY(job.advice.contains("Resume"));
        QCOMPARE(job.steps.last().outcome, QStringLiteral("interrupted"));
        QVERIFY(job.steps.last().ended.isValid());
        QVERIFY(m_recovery->awaiting().isEmpty());
        QCOMPARE(m_recovery->interruptedJobs().size(), 1);
        // A second start finds nothing more to do.
        QVERIFY(m_recovery->scan().isEmpty());
    }

    void resumingRunsTheJobAgainFromItsPreflightUnderItsId()
    {
        attachModule(m_module, *m_session, testIdentity());
        const qint64 id = leftRunningAt(JobSteps::Transfer);
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QString why;
        QCOMPARE(m_recovery->resume(id, m_session.get(), {}, {}, &why), id);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Succeeded);
        QCOMPARE(job.attempts, 2);
        QStringList names;
        for (const StepRecord &s : job.steps)
            names << s.name + ':' + s.outcome;
        QCOMPARE(names.mid(0, 4), (QStringList{"preflight:ok", "backup:ok", "transfer:interrupted", "preflight:ok"}));
        QCOMPARE(names.last(), QStringLiteral("record:ok"));
        QCOMPARE(job.method, UpdateMethod::Ota);
        QVERIFY(m_flow.isNull()); // the job and its flow are gone
        QVERIFY(m_pinGivenToFlow.isEmpty()); // the PIN is never stored, so not known on resume
    }

    void aJobStoppedDuringTheInstallWaitsForItsModuleThenVerifiesAndRestores()
    {
        const qint64 id = leftRunningAt(JobSteps::Install);
        m_recovery->scan();
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Interrupted);
        QVERIFY(m_store->jobs.job(id)->advice.contains("powered"));

        // Another module appearing changes nothing.
        ModuleSession other(testIdentity(9));
        m_recovery->moduleAvailable(&other);
        QCOMPARE(m_runner->activeCount(), 0);

        // The module is known but not back yet: the job waits for it.
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get());
        QCOMPARE(m_runner->activeCount(), 1);
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Running);
        QVERIFY(m_recovery->awaiting().isEmpty());

        // It comes back with the new firmware and its settings wiped.
        m_module.firmware = QStringLiteral("10.00.006");
        attachModule(m_module, *m_session, testIdentity(), QStringLiteral("fake1"), true);
        m_module.firmware = QStringLiteral("10.00.006");
        m_module.wipe();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(m_module.apn, QStringLiteral("1,\"IP\",\"factory.apn\""));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
        QVERIFY(!m_flow); // no update flow ran: the module was only verified
        QVERIFY(job.lastStepNamed(JobSteps::Verify));
        QCOMPARE(job.lastStepNamed(JobSteps::Restore)->outcome, QStringLiteral("ok"));
    }

    void aJobFotadeskCliJobsShowedInterruptedLongAgoIsStillFoundWaitedForAndVerified()
    {
        const qint64 id = leftRunningAt(JobSteps::Install);
        // fotadesk-cli jobs settled it a day before this start.
        QCOMPARE(JobRecovery::settleDeadRunners(&m_store->jobs).size(), 1);
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Interrupted);
        QVERIFY(QSqlQuery(m_store->store.database())
                    .exec(QStringLiteral("UPDATE jobs SET ended = '%1' WHERE id = %2")
                              .arg(QDateTime::currentDateTimeUtc().addDays(-1).toString(Qt::ISODateWithMs))
                              .arg(id)));
        QSignalSpy found(m_recovery.get(), &JobRecovery::interruptedJobsFound);
        const QList<JobRecord> scanned = m_recovery->scan();
        QCOMPARE(scanned.size(), 1);
        QCOMPARE(scanned.first().id, id);
        QCOMPARE(found.size(), 1);
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});

        attachModule(m_module, *m_session, testIdentity());
        m_module.firmware = QStringLiteral("10.00.006");
        m_module.wipe();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.attempts, 2);
        QVERIFY(m_recovery->scan().isEmpty()); // taken up once
    }

    void aRecoveredTelitJobRestoresWhatItsBackupHeld()
    {
        // The real Telit profile: its items come from the user's choice, which
        // after a restart only the stored backup knows.
        m_runner.reset();
        m_recovery.reset();
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        m_runner = std::make_unique<JobRunner>(c);
        m_recovery = std::make_unique<JobRecovery>(m_runner.get());
        attachModule(m_module, *m_session, testIdentity());
        m_module.firmware = QStringLiteral("10.00.006");
        m_module.wipe();
        // #SMSATX is no default: the user chose it for the interrupted job.
        const qint64 id = leftRunningAt(JobSteps::Install, SettingValue{"#SMSATX", {"1,5"}, true, {}});
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get());
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Succeeded);
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
        QVERIFY(m_module.module->received().contains("AT#SLED=2,1,1"));
        QVERIFY(m_module.module->received().contains("AT#SMSATX=1,5"));
    }

    void aModuleBackOnItsOldFirmwareFailsVerification()
    {
        attachModule(m_module, *m_session, testIdentity());
        const qint64 id = leftRunningAt(JobSteps::Install);
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_recovery->moduleAvailable(m_session.get());
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.reason, FailureReason::VersionMismatch);
        QVERIFY(job.message.contains("still runs 10.00.005"));
    }

    void aModuleThatAnswersWhileItFlashesIsWaitedForUntilItRestarts()
    {
        // Still on the old firmware and printing its install progress: not
        // "the install did not complete" but a wait for the restart.
        attachModule(m_module, *m_session, testIdentity());
        const qint64 id = leftRunningAt(JobSteps::Install);
        m_recovery->scan();
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QTimer flashing;
        connect(&flashing, &QTimer::timeout, this, [this] { m_module.port->feed("\r\nFLASHING ........\r\n"); });
        flashing.start(100ms);
        m_recovery->moduleAvailable(m_session.get());
        QTest::qWait(1000); // three times the family's silence, with install lines throughout
        QVERIFY(finished.isEmpty());
        QCOMPARE(m_store->jobs.job(id)->state, JobState::Running);
        flashing.stop();
        m_module.firmware = QStringLiteral("10.00.006");
        m_module.wipe();
        attachModule(m_module, *m_session, testIdentity(), QStringLiteral("fake0"), true); // its restart
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord job = *m_store->jobs.job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
    }

    void aModuleThatDoesNotComeBackStaysInterruptedWithAClearMessage()
    {
        const qint64 id = leftRunningAt(JobSteps::Install);
        m_recovery->setWaitLimit(20ms);
        QSignalSpy expired(m_recovery.get(), &JobRecovery::waitExpired);
        m_recovery->scan();
        QVERIFY(expired.wait(2000));
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QVERIFY(job.message.contains("did not come back"));
        QVERIFY(m_recovery->awaiting().isEmpty());
    }

    void aJobAnotherLiveFotaDeskRunsIsLeftAlone()
    {
        // A second FotaDesk (its own Store, its own runner) runs a job on the same database.
        Store other;
        QVERIFY(other.open(m_store->path()));
        JobStore otherJobs(&other);
        JobRecord theirs;
        theirs.moduleId = QStringLiteral("356167051099999");
        QVERIFY(otherJobs.createJob(theirs));
        QVERIFY(theirs.runner != m_store->store.runnerId());
        const qint64 dead = leftRunningAt(JobSteps::Backup);
        const QList<JobRecord> found = m_recovery->scan();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().id, dead);
        QCOMPARE(m_store->jobs.job(theirs.id)->state, JobState::Running);
        // Once that FotaDesk is gone (here: closed without finishing), its job is interrupted.
        other.close();
        QSqlQuery(m_store->store.database()).exec(QStringLiteral("UPDATE jobs SET runner = NULL WHERE id = %1").arg(theirs.id));
        QCOMPARE(m_recovery->scan().size(), 1);
        QCOMPARE(m_store->jobs.job(theirs.id)->state, JobState::Interrupted);
    }

    void closingWithAJobRunningRecordsItInterruptedAndTheNextStartWaitsForTheModule()
    {
        attachModule(m_module, *m_session, testIdentity());
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            m_flow = flow.get();
            return flow;
        };
        const qint64 id = m_runner->start(m_session.get(), m_package);
        QTRY_VERIFY(m_flow && m_flow->started);
        m_flow->go(UpdatePhase::Installing);
        m_recovery.reset();
        m_runner.reset(); // FotaDesk closes
        const JobRecord job = *m_store->jobs.job(id);
        QCOMPARE(job.state, JobState::Interrupted);
        QCOMPARE(job.lastStep, QStringLiteral("install"));
        QCOMPARE(job.steps.last().outcome, QStringLiteral("interrupted"));
        QCOMPARE(m_session->owner(), QString());
        startEngine(); // FotaDesk starts again on the same store
        QVERIFY(m_recovery->scan().isEmpty());
        QCOMPARE(m_recovery->awaiting(), QList<qint64>{id});
    }

    void onlyAnInterruptedJobOfThatModuleCanBeResumed()
    {
        attachModule(m_module, *m_session, testIdentity());
        const qint64 id = leftRunningAt(JobSteps::Backup);
        QString why;
        QCOMPARE(m_recovery->resume(id, m_session.get(), {}, {}, &why), 0); // not scanned: still running
        QVERIFY(why.contains("not interrupted"));
        m_recovery->scan();
        ModuleSession other(testIdentity(9));
        QCOMPARE(m_recovery->resume(id, &other, {}, {}, &why), 0);
        QVERIFY(why.contains("belongs to"));
        QCOMPARE(m_recovery->resume(4242, m_session.get(), {}, {}, &why), 0);
        m_recovery->setPackageLookup({});
        QCOMPARE(m_recovery->resume(id, m_session.get(), {}, {}, &why), 0);
        QVERIFY(why.contains("no longer in the catalog"));
    }
};

QTEST_GUILESS_MAIN(tst_JobRecovery)
#include "tst_jobrecovery.moc"
