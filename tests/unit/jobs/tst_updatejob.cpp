#include "jobtestbench.h"

#include "jobs/jobsteps.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// UpdateJob's state machine with a scripted flow: steps recorded in order and
// each persisted before the next, settings restored, cancel, failures, unplug,
// interlock and ownership.
class tst_UpdateJob : public QObject
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

    JobContext context()
    {
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        c.profiles = [](Family f) { return testProfile(f); };
        return c;
    }

    UpdateJob *makeJob(const UpdateRequest &request = {}, const JobOptions &options = {})
    {
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, request, options, context());
        return m_job.get();
    }

    // Starts the job and waits until the flow runs.
    bool startToFlow(UpdateJob *job)
    {
        if (!job->prepare())
            return false;
        job->start();
        return QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000);
    }

    // Plays the flow from transfer to verified.
    void playSuccess()
    {
        m_flow->go(UpdatePhase::Transferring, 50, 500);
        m_flow->go(UpdatePhase::Installing);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->go(UpdatePhase::Reconnected);
        m_flow->ok();
    }

    static QStringList stepNames(const JobRecord &r)
    {
        QStringList names;
        for (const StepRecord &s : r.steps)
            names << s.name;
        return names;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->store.isOpen());
        m_session = std::make_unique<ModuleSession>(testIdentity());
        attachModule(m_module, *m_session, testIdentity());
        m_package = writePackage(m_store->dir.filePath(QStringLiteral("pkg.bin")));
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->onInstalled = [this] { m_module.wipe(); };
            m_flow = flow.get();
            return flow;
        };
    }

    void cleanup()
    {
        m_job.reset();
        m_flow = nullptr;
        m_session.reset();
        m_store.reset();
    }

    void aSuccessfulJobRecordsEveryStepInOrder()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Succeeded);
        QCOMPARE(stepNames(stored), (QStringList{"preflight", "backup", "transfer", "install", "reboot",
                                                 "verify", "restore", "sim-pin", "record"}));
        for (const StepRecord &s : stored.steps) {
            QVERIFY2(s.outcome == QLatin1String("ok"), qPrintable(s.name + ": " + s.outcome));
            QVERIFY(s.ended.isValid());
        }
        QCOMPARE(stored.firmwareAfter, QStringLiteral("10.00.006"));
        QCOMPARE(stored.lastStep, QStringLiteral("record"));
        QCOMPARE(stored.steps.at(2).figures.value("bytes").toInteger(), 500);
    }

    void everyStepIsInTheStoreBeforeTheNextBegins()
    {
        UpdateJob *job = makeJob();
        QStringList violations;
        int checked = 0;
        connect(job, &UpdateJob::stepStarted, this, [&](const StepRecord &started) {
            const std::optional<JobRecord> stored = m_store->jobs.job(job->id());
            if (!stored) {
                violations << "job missing";
                return;
            }
            ++checked;
            // Everything before the step that starts now has ended, in the store.
            for (const StepRecord &s : stored->steps) {
                if (s.id == started.id)
                    continue;
                if (!s.ended.isValid() || s.outcome == QLatin1String("running"))
                    violations << QStringLiteral("%1 still open when %2 began").arg(s.name, started.name);
            }
            if (started.name != JobSteps::Record && stored->lastStep != started.name)
                violations << QStringLiteral("last step %1, not %2").arg(stored->lastStep, started.name);
        });
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(violations.isEmpty(), qPrintable(violations.join('\n')));
        QCOMPARE(checked, 9);
    }

    void settingsWipedByTheInstallAreWrittenBackAndReadAgain()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_module.apn, QStringLiteral("1,\"IP\",\"factory.apn\""));
        QCOMPARE(m_module.sled, QStringLiteral("2,1,1"));
        const JobRecord stored = *m_store->jobs.job(job->id());
        const StepRecord *restore = stored.lastStepNamed(JobSteps::Restore);
        QVERIFY(restore);
        QCOMPARE(restore->figures.value("written").toInt(), 2);
        QVERIFY(restore->figures.value("differences").toArray().isEmpty());
        QVERIFY(stored.warnings.isEmpty());
        // The backup's values are in the store: a restore after a crash needs them.
        const StepRecord *backup = stored.lastStepNamed(JobSteps::Backup);
        QVERIFY(QJsonDocument(backup->figures).toJson().contains("factory.apn"));
    }

    void aSettingThatCannotBeWrittenBackIsReportedNotDropped()
    {
        m_module.refuseSledWrite = true;
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Succeeded);
        const StepRecord *restore = stored.lastStepNamed(JobSteps::Restore);
        QCOMPARE(restore->outcome, QStringLiteral("warning"));
        const QJsonArray diffs = restore->figures.value("differences").toArray();
        QCOMPARE(diffs.size(), 1);
        QCOMPARE(diffs.first().toObject().value("name").toString(), QStringLiteral("#SLED"));
        QCOMPARE(diffs.first().toObject().value("after").toArray().first().toString(), QStringLiteral("0,0,0"));
        QVERIFY(stored.warnings.join('\n').contains("#SLED"));
        QVERIFY(job->outcome().message.contains("warning"));
    }

    void cancelBeforeTheInstallEndsTheJobCancelled_data()
    {
        QTest::addColumn<int>("phase");
        QTest::newRow("preparing") << int(UpdatePhase::Preparing);
        QTest::newRow("transferring") << int(UpdatePhase::Transferring);
        QTest::newRow("downloading") << int(UpdatePhase::Downloading);
    }
    void cancelBeforeTheInstallEndsTheJobCancelled()
    {
        QFETCH(int, phase);
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->go(UpdatePhase(phase));
        QVERIFY(job->isCancellable());
        QVERIFY(job->cancel());
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(m_flow->cancelRequested);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Cancelled);
        QCOMPARE(stored.reason, FailureReason::Cancelled);
        QCOMPARE(stored.lastStepNamed(JobSteps::Transfer)->outcome, QStringLiteral("cancelled"));
        QCOMPARE(m_session->owner(), QString());
    }

    void cancelIsRefusedWhileTheModuleInstalls()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->go(UpdatePhase::Installing);
        QVERIFY(!job->isCancellable());
        QString why;
        QVERIFY(!job->cancel(&why));
        QVERIFY(why.contains("installing"));
        QVERIFY(!job->isFinished());
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().state, JobState::Succeeded);
    }

    void cancelDuringTheBackupChangesNothing()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(job->prepare());
        connect(job, &UpdateJob::stepStarted, this, [job](const StepRecord &s) {
            if (s.name == JobSteps::Backup)
                job->cancel();
        });
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().state, JobState::Cancelled);
        QVERIFY(!m_flow);
        QCOMPARE(m_store->jobs.job(job->id())->lastStepNamed(JobSteps::Backup)->outcome, QStringLiteral("cancelled"));
    }

    void aFailingFlowEndsTheJobWithItsReason_data()
    {
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("atPhase");
        QTest::addColumn<QString>("lastStep");
        QTest::newRow("transfer gives up") << int(FailureReason::TransferFailed) << int(UpdatePhase::Transferring) << "transfer";
        QTest::newRow("download times out") << int(FailureReason::Timeout) << int(UpdatePhase::Downloading) << "transfer";
        QTest::newRow("install fails") << int(FailureReason::InstallFailed) << int(UpdatePhase::Installing) << "install";
        QTest::newRow("never comes back") << int(FailureReason::Timeout) << int(UpdatePhase::Rebooting) << "reboot";
        QTest::newRow("wrong version") << int(FailureReason::VersionMismatch) << int(UpdatePhase::Reconnected) << "reboot";
    }
    void aFailingFlowEndsTheJobWithItsReason()
    {
        QFETCH(int, reason);
        QFETCH(int, atPhase);
        QFETCH(QString, lastStep);
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->go(UpdatePhase(atPhase));
        m_flow->bad(FailureReason(reason));
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Failed);
        QCOMPARE(stored.reason, FailureReason(reason));
        QCOMPARE(stored.message, QStringLiteral("scripted failure"));
        QCOMPARE(stored.advice, QStringLiteral("scripted advice"));
        QCOMPARE(stored.lastStep, QStringLiteral("record"));
        QCOMPARE(stored.steps.at(stored.steps.size() - 2).name, lastStep);
        QCOMPARE(stored.steps.at(stored.steps.size() - 2).outcome, QStringLiteral("failed"));
        QCOMPARE(job->outcome().vendorCode, QStringLiteral("+VENDOR: 42"));
        QVERIFY(!stored.lastStepNamed(JobSteps::Restore)); // nothing after the failure
    }

    void unpluggingTheModuleDuringTheBackupEndsTheJobWithPortLost()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(job->prepare());
        connect(job, &UpdateJob::stepStarted, this, [this](const StepRecord &s) {
            if (s.name == JobSteps::Backup)
                m_module.port->simulateLoss();
        });
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Failed);
        QCOMPARE(stored.reason, FailureReason::PortLost);
        QCOMPARE(stored.lastStepNamed(JobSteps::Backup)->outcome, QStringLiteral("failed"));
        QVERIFY(!m_flow);
    }

    void aSettingTheModuleDoesNotAnswerIsAskedAgainAndNeverLost_data()
    {
        QTest::addColumn<bool>("answersAgain");
        QTest::newRow("busy for a moment: read again, restored") << true;
        QTest::newRow("never answers: stopped before anything changed") << false;
    }

    void aSettingTheModuleDoesNotAnswerIsAskedAgainAndNeverLost()
    {
        QFETCH(bool, answersAgain);
        JobOptions options;
        options.commandTimeout = 300ms;
        UpdateJob *job = makeJob({}, options);
        QSignalSpy finished(job, &UpdateJob::finished);
        m_module.module->on(QStringLiteral("AT#SLED?"), QByteArray()); // no answer
        QVERIFY(job->prepare());
        job->start();
        QTRY_VERIFY(m_module.module->received().contains(QStringLiteral("AT#SLED?")));
        if (answersAgain)
            m_module.module->off(QStringLiteral("AT#SLED?")); // answers as before
        if (answersAgain) {
            QTRY_VERIFY(m_flow && m_flow->started);
            playSuccess();
        }
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        if (answersAgain) {
            QCOMPARE(stored.state, JobState::Succeeded);
            QCOMPARE(m_module.sled, QStringLiteral("2,1,1")); // wiped by the install, written back
            return;
        }
        QCOMPARE(m_module.module->received().count(QStringLiteral("AT#SLED?")), 2); // asked once more
        QCOMPARE(stored.state, JobState::Failed);
        QCOMPARE(stored.reason, FailureReason::Timeout);
        QVERIFY2(stored.message.contains(QLatin1String("AT#SLED?")), qPrintable(stored.message));
        QVERIFY2(stored.advice.contains(QLatin1String("Nothing was changed")), qPrintable(stored.advice));
        QCOMPARE(stored.lastStepNamed(JobSteps::Backup)->outcome, QStringLiteral("failed"));
        QVERIFY(!m_flow); // no transfer started
    }

    void aSettingAnswerDamagedOnTheLineIsReadAgainAndNeverWrittenBack_data()
    {
        QTest::addColumn<QList<QByteArray>>("answers");
        QTest::addColumn<bool>("succeeds");
        // Line noise turned the blank after the colon into another byte.
        const QByteArray first = "\r\n#SLED:\xa7" "2,1,1\r\n\r\nOK\r\n";
        QTest::newRow("damaged once: read again, the module's value restored") << QList<QByteArray>{first} << true;
        QTest::newRow("damaged twice, differently: stopped before anything changed")
            << QList<QByteArray>{first, "\r\n#SLED: 2,\xb1,1\r\n\r\nOK\r\n"} << false;
    }

    void aSettingAnswerDamagedOnTheLineIsReadAgainAndNeverWrittenBack()
    {
        QFETCH(QList<QByteArray>, answers);
        QFETCH(bool, succeeds);
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        m_module.module->onTurns(QStringLiteral("AT#SLED?"), answers);
        QVERIFY(job->prepare());
        job->start();
        if (succeeds) {
            QTRY_VERIFY(m_flow && m_flow->started);
            playSuccess();
        }
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        if (succeeds) {
            QCOMPARE(stored.state, JobState::Succeeded);
            QCOMPARE(m_module.sled, QStringLiteral("2,1,1")); // not "\xa7" "2,1,1"
            return;
        }
        QCOMPARE(m_module.module->received().count(QStringLiteral("AT#SLED?")), 2); // asked once more
        QCOMPARE(stored.state, JobState::Failed);
        QCOMPARE(stored.reason, FailureReason::TransferFailed);
        QVERIFY2(stored.message.contains(QLatin1String("AT#SLED?")), qPrintable(stored.message));
        QVERIFY2(stored.advice.contains(QLatin1String("Nothing was changed")), qPrintable(stored.advice));
        QVERIFY(!m_flow); // no transfer started
    }

    void theInterlockRefusesForbiddenCommandsOnlyWhileTheJobRuns()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->go(UpdatePhase::Downloading);
        auto sendFromConsole = [this](const QString &command) {
            AtResult result;
            bool done = false;
            m_session->send(AtCommand(command), this, [&](const AtResult &r) {
                result = r;
                done = true;
            });
            if (!QTest::qWaitFor([&] { return done; }, 3000))
                result.detail = QStringLiteral("no answer");
            return result;
        };
        AtResult refused = sendFromConsole("AT+CGATT=0");
        QCOMPARE(refused.status, AtStatus::Refused);
        QVERIFY(refused.detail.contains("inhibited"));
        QVERIFY(refused.detail.contains(job->owner()));
        QCOMPARE(sendFromConsole("AT+CSQ").status, AtStatus::Ok);
        m_flow->go(UpdatePhase::Installing);
        QCOMPARE(sendFromConsole("AT+CFUN=1,1").status, AtStatus::Refused);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(sendFromConsole("AT+CGATT=0").status, AtStatus::Ok);
    }

    void theJobOwnsTheModuleForItsLifetime()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        QCOMPARE(m_session->owner(), job->owner());
        QVERIFY(!m_session->claim(QStringLiteral("someone else")));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(m_session->owner(), QString());
    }

    void aPreflightRefusalIsRecordedWithItsReason()
    {
        m_package.family = Family::Cinterion;
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(job->prepare());
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Failed);
        QCOMPARE(stored.reason, FailureReason::NotApplicable);
        QVERIFY(stored.message.contains("Cinterion"));
        QCOMPARE(stepNames(stored), (QStringList{"preflight", "record"}));
        QCOMPARE(stored.steps.first().outcome, QStringLiteral("failed"));
        QVERIFY(!m_flow);
        QCOMPARE(m_session->owner(), QString());
    }

    void aFirmwareOtherThanTheTargetFailsVerification()
    {
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->firmwareAfter = QStringLiteral("10.00.005");
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.reason, FailureReason::VersionMismatch);
        QCOMPARE(stored.lastStepNamed(JobSteps::Verify)->outcome, QStringLiteral("failed"));
    }

    void theSimPinIsEnteredAgainWhenTheModuleAsksAfterTheUpdate()
    {
        UpdateRequest request;
        request.simPin = QStringLiteral("1234");
        UpdateJob *job = makeJob(request);
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->onInstalled = [this] { m_module.simState = QStringLiteral("SIM PIN"); };
            m_flow = flow.get();
            return flow;
        };
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.lastStepNamed(JobSteps::SimPin)->outcome, QStringLiteral("ok"));
        QCOMPARE(m_module.simState, QStringLiteral("READY"));
        // The PIN went to the module and nowhere else.
        QVERIFY(m_module.module->received().contains("AT+CPIN=\"1234\""));
        QVERIFY(!QJsonDocument(stored.toJson()).toJson().contains("1234"));
        for (const JobEvent &e : m_store->jobs.events(job->id()))
            QVERIFY(!e.text.contains("1234"));
        // ...and it goes with the job: the session keeps no PIN afterwards.
        QVERIFY(!m_session->hasSimPin());
    }

    void aPinThatIsNotFourToEightDigitsIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("quote") << QStringLiteral("12\"34");
        QTest::newRow("carriage return") << QStringLiteral("1234\rAT+CFUN=1,1");
        QTest::newRow("too short") << QStringLiteral("123");
        QTest::newRow("letters") << QStringLiteral("12ab");
    }

    void aPinThatIsNotFourToEightDigitsIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(QString, pin);
        UpdateRequest request;
        request.simPin = pin;
        UpdateJob *job = makeJob(request);
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(job->prepare());
        const qsizetype sentBefore = m_module.module->received().size();
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().reason, FailureReason::SimLocked);
        QCOMPARE(m_module.module->received().size(), sentBefore);
        QVERIFY(!m_session->hasSimPin());
    }

    void progressAndPromptsOfTheFlowAreForwarded()
    {
        UpdateJob *job = makeJob();
        QSignalSpy progress(job, &UpdateJob::progress);
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(startToFlow(job));
        m_flow->go(UpdatePhase::Transferring, 40, 400);
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [](const QList<QVariant> &args) {
            const auto p = args.first().value<UpdateProgress>();
            return p.phase == UpdatePhase::Transferring && p.percent == 40 && p.bytesDone == 400;
        }));
        playSuccess();
        QTRY_COMPARE(finished.size(), 1);
        const auto last = progress.last().first().value<UpdateProgress>();
        QCOMPARE(last.phase, UpdatePhase::Verified);
        QCOMPARE(last.percent, 100);
        const QList<JobEvent> events = m_store->jobs.events(job->id());
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const JobEvent &e) { return e.kind == "phase"; }));
    }

    void aMethodWithoutAFlowIsAClearRefusal()
    {
        m_driver.make = nullptr;
        UpdateJob *job = makeJob();
        QSignalSpy finished(job, &UpdateJob::finished);
        QVERIFY(job->prepare());
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().reason, FailureReason::NotApplicable);
        QVERIFY(job->record().message.contains("cannot be updated with method"));
    }
};

QTEST_GUILESS_MAIN(tst_UpdateJob)
#include "tst_updatejob.moc"
