#include "jobtestbench.h"

#include "jobs/jobsteps.h"

#include <QPointer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

// A store that stops taking writes (a full disk, a read-only mount) stops the
// job before anything changes the module, and never interrupts a module
// that is already committed to its update: that job runs to its end and its
// outcome says the history is incomplete and the module must be checked.
//
// The failure is SQLite's own: PRAGMA query_only on the engine thread's
// connection makes every following write fail with the driver's error.
class tst_StoreFailure : public QObject
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

    void breakStore(bool broken = true)
    {
        QSqlQuery q(m_store->store.database());
        QVERIFY(q.exec(broken ? QStringLiteral("PRAGMA query_only=ON") : QStringLiteral("PRAGMA query_only=OFF")));
    }

    // Breaks the store when step `name` starts.
    void breakStoreAt(UpdateJob *job, const QString &name)
    {
        connect(job, &UpdateJob::stepStarted, this, [this, name](const StepRecord &s) {
            if (s.name == name)
                breakStore();
        });
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

    void aStoreThatFailsBeforeTheTransferStopsTheJobWithNothingChanged_data()
    {
        QTest::addColumn<QString>("brokenAt");
        QTest::newRow("during the preflight") << JobSteps::Preflight;
        QTest::newRow("during the backup") << JobSteps::Backup;
    }

    void aStoreThatFailsBeforeTheTransferStopsTheJobWithNothingChanged()
    {
        QFETCH(QString, brokenAt);
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        UpdateJob *job = m_job.get();
        QVERIFY(job->prepare());
        breakStoreAt(job, brokenAt);
        QSignalSpy finished(job, &UpdateJob::finished);
        job->start();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY2(!m_flow || !m_flow->started, "the flow must not start on a store that cannot record it");
        const JobRecord r = job->record();
        QCOMPARE(r.state, JobState::Failed);
        QCOMPARE(r.reason, FailureReason::History);
        QVERIFY2(r.message.contains(QLatin1String("history could not be written")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("read-only (")), qPrintable(r.message)); // what to act on
        QVERIFY2(r.message.contains(QLatin1String("readonly")), qPrintable(r.message)); // the driver's words
        QVERIFY2(r.message.contains(QLatin1String("nothing was changed")), qPrintable(r.message));
        QVERIFY(!r.advice.isEmpty());
        QCOMPARE(job->outcome().ok, false);
        // The job's memory still holds the truth the store could not take.
        QVERIFY(r.lastStepNamed(JobSteps::Preflight));
        QCOMPARE(r.steps.last().name, JobSteps::Record);
        // And the store, whatever it kept, never says the job went further.
        breakStore(false);
        const JobRecord stored = *m_store->jobs.job(job->id());
        QVERIFY(!stored.lastStepNamed(JobSteps::Install));
        QCOMPARE(m_session->owner(), QString());
    }

    void aStoreThatFailsOnceTheModuleInstallsLetsTheUpdateFinishAndSaysSo_data()
    {
        QTest::addColumn<QString>("brokenAt");
        QTest::newRow("during the install") << JobSteps::Install;
        QTest::newRow("during the restore") << JobSteps::Restore;
    }

    void aStoreThatFailsOnceTheModuleInstallsLetsTheUpdateFinishAndSaysSo()
    {
        QFETCH(QString, brokenAt);
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        UpdateJob *job = m_job.get();
        QVERIFY(job->prepare());
        breakStoreAt(job, brokenAt);
        QSignalSpy finished(job, &UpdateJob::finished);
        job->start();
        QVERIFY(QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000));
        m_flow->go(UpdatePhase::Transferring, 50, 500);
        m_flow->go(UpdatePhase::Installing);
        QVERIFY(!job->isFinished()); // never interrupted while it installs
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->go(UpdatePhase::Reconnected);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(!m_flow || !m_flow->cancelRequested);
        // The flow ran to its end: settings were written back after the install.
        QCOMPARE(m_module.apn, QStringLiteral("1,\"IP\",\"factory.apn\""));
        const JobRecord r = job->record();
        QCOMPARE(r.state, JobState::Failed);
        QCOMPARE(r.reason, FailureReason::History);
        QCOMPARE(r.firmwareAfter, QStringLiteral("10.00.006"));
        QVERIFY2(r.message.contains(QLatin1String("history could not be written")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QLatin1String("updated and runs 10.00.006")), qPrintable(r.message));
        QVERIFY2(r.advice.contains(QLatin1String("Check the module")), qPrintable(r.advice));
        QVERIFY(r.lastStepNamed(JobSteps::SimPin));
        QCOMPARE(r.steps.last().name, JobSteps::Record);
    }

    void aDeliveryUnderWayIsStoppedButATriggerSentIsNot_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<bool>("stopped");
        QTest::newRow("XMODEM transfer: stopped") << int(UpdateMethod::Xmodem) << true;
        QTest::newRow("OTA trigger sent: runs on") << int(UpdateMethod::Ota) << false;
    }

    void aDeliveryUnderWayIsStoppedButATriggerSentIsNot()
    {
        QFETCH(int, method);
        QFETCH(bool, stopped);
        UpdateRequest request;
        request.method = UpdateMethod(method);
        if (UpdateMethod(method) == UpdateMethod::Xmodem) {
            // A family that takes a package over XMODEM (the flow is still the fake one).
            const ModuleIdentity hl = testIdentity(0, Family::SierraHl78xx);
            m_session = std::make_unique<ModuleSession>(hl);
            attachModule(m_module, *m_session, hl);
            m_package.family = Family::SierraHl78xx;
        }
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, request, JobOptions{}, context());
        UpdateJob *job = m_job.get();
        QCOMPARE(job->record().method, UpdateMethod(method));
        QVERIFY(job->prepare());
        breakStoreAt(job, JobSteps::Transfer); // its start is written; what follows is not
        QSignalSpy finished(job, &UpdateJob::finished);
        QStringList notes;
        connect(m_session.get(), &ModuleSession::traffic, this, [&notes](const Traffic &t) {
            if (t.kind == Traffic::Kind::Note)
                notes << t.text;
        });
        auto noted = [&notes](const char *text) { return notes.join('\n').contains(QLatin1String(text)); };
        job->start();
        QVERIFY2(QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000),
                 qPrintable(job->record().message));
        m_flow->go(UpdatePhase::Transferring, 10, 100); // its phase event fails to be written
        if (stopped) {
            QTRY_COMPARE(finished.size(), 1);
            QVERIFY(m_flow->cancelRequested);
            const JobRecord r = job->record();
            QCOMPARE(r.state, JobState::Failed);
            QCOMPARE(r.reason, FailureReason::History);
            QVERIFY2(r.message.contains(QLatin1String("transfer was stopped before the install")),
                     qPrintable(r.message));
            QVERIFY(!r.lastStepNamed(JobSteps::Install));
            return;
        }
        // The phase event's write fails within a second; the module is left alone.
        QTRY_VERIFY(noted("could not be written"));
        QVERIFY(!job->isFinished());
        QVERIFY(!m_flow->cancelRequested);
        m_flow->go(UpdatePhase::Installing);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().reason, FailureReason::History);
        QVERIFY2(job->record().message.contains(QLatin1String("updated and runs")), qPrintable(job->record().message));
    }

    void onlyTheEndFailingToBeWrittenIsStillSaid()
    {
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        UpdateJob *job = m_job.get();
        QVERIFY(job->prepare());
        QSignalSpy finished(job, &UpdateJob::finished);
        job->start();
        QVERIFY(QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000));
        m_flow->go(UpdatePhase::Transferring, 50, 500);
        m_flow->go(UpdatePhase::Installing);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->go(UpdatePhase::Reconnected);
        // The SIM check is the last step; its start is written before the
        // signal, so only its end and the job's end meet the broken store.
        breakStoreAt(job, JobSteps::SimPin);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        const JobRecord r = job->record();
        QCOMPARE(r.state, JobState::Failed);
        QCOMPARE(r.reason, FailureReason::History);
        QVERIFY2(r.message.contains(QLatin1String("updated and runs 10.00.006")), qPrintable(r.message));
        QVERIFY(!job->outcome().ok);
        breakStore(false);
        QCOMPARE(m_store->jobs.job(job->id())->state, JobState::Running); // what the store could keep
    }

    void aHealthyStoreChangesNothingInTheOutcome()
    {
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, context());
        UpdateJob *job = m_job.get();
        QVERIFY(job->prepare());
        QSignalSpy finished(job, &UpdateJob::finished);
        job->start();
        QVERIFY(QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000));
        m_flow->go(UpdatePhase::Installing);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(job->record().state, JobState::Succeeded);
        QCOMPARE(m_store->jobs.job(job->id())->state, JobState::Succeeded);
    }
};

QTEST_GUILESS_MAIN(tst_StoreFailure)

#include "tst_storefailure.moc"
