#include "jobtestbench.h"

#include "jobs/jobrunner.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

// Many jobs at once, one per module, each on its own.
class tst_JobRunner : public QObject
{
    Q_OBJECT

private:
    static constexpr int kModules = 16;
    std::unique_ptr<TestStore> m_store;
    std::vector<std::unique_ptr<ModuleSession>> m_sessions;
    std::vector<std::unique_ptr<FakeModule>> m_modules;
    FakeDriver m_driver;
    QHash<QString, QList<FakeFlow::Action>> m_scripts; // by module id
    QHash<QString, QPointer<FakeFlow>> m_flows;
    PackageInfo m_package;
    std::unique_ptr<JobRunner> m_runner;

    static QList<FakeFlow::Action> success()
    {
        return {{UpdatePhase::Transferring, 20}, {UpdatePhase::Transferring, 60}, {UpdatePhase::Transferring, 100},
                {UpdatePhase::Installing}, {UpdatePhase::Rebooting}, {UpdatePhase::Reconnected}};
    }

private slots:
    void init()
    {
        m_store = std::make_unique<TestStore>();
        m_package = writePackage(m_store->dir.filePath(QStringLiteral("pkg.bin")));
        m_sessions.clear();
        m_modules.clear();
        m_scripts.clear();
        m_flows.clear();
        for (int i = 0; i < kModules; ++i) {
            m_sessions.push_back(std::make_unique<ModuleSession>(testIdentity(i)));
            m_modules.push_back(std::make_unique<FakeModule>());
            attachModule(*m_modules.back(), *m_sessions.back(), testIdentity(i), QStringLiteral("fake%1").arg(i));
            m_scripts.insert(m_sessions.back()->id(), success());
        }
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->script = m_scripts.value(s->id());
            flow->stepDelay = 5ms;
            m_flows.insert(s->id(), flow.get());
            return flow;
        };
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        c.profiles = [](Family f) { return testProfile(f); };
        m_runner = std::make_unique<JobRunner>(c);
        m_runner->setTranscriptFolder(m_store->dir.filePath(QStringLiteral("transcripts")));
    }

    void cleanup()
    {
        m_runner.reset();
        m_sessions.clear();
        m_modules.clear();
        m_store.reset();
    }

    void sixteenJobsRunAtOnceAndFailuresStayWithTheirModule()
    {
        const QSet<int> failing{3, 7};
        const int unplugged = 11;
        const int hanging = 13;
        for (int i : failing)
            m_scripts[m_sessions[i]->id()] = {{UpdatePhase::Transferring, 30}, {UpdatePhase::Transferring, -1, FailureReason::TransferFailed}};
        m_scripts[m_sessions[hanging]->id()] = {}; // never moves on its own

        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QSignalSpy all(m_runner.get(), &JobRunner::allFinished);
        connect(m_runner.get(), &JobRunner::stepChanged, this, [&](const QString &moduleId, qint64, const StepRecord &s) {
            if (moduleId == m_sessions[unplugged]->id() && s.name == "backup" && s.outcome == "running")
                m_modules[unplugged]->port->simulateLoss();
        });
        QHash<QString, qint64> ids;
        for (const auto &s : m_sessions) {
            QString refusal;
            const qint64 id = m_runner->start(s.get(), m_package, {}, {}, &refusal);
            QVERIFY2(id > 0, qPrintable(refusal));
            ids.insert(s->id(), id);
        }
        QCOMPARE(m_runner->activeCount(), kModules);

        // Every job but the hanging one ends, whatever the others do.
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), kModules - 1, 20000);
        QCOMPARE(all.size(), 0);
        QVERIFY(m_runner->jobFor(m_sessions[hanging]->id()));
        QVERIFY(m_runner->cancel(m_sessions[hanging]->id()));
        QTRY_COMPARE(all.size(), 1);

        for (int i = 0; i < kModules; ++i) {
            const JobRecord job = *m_store->jobs.job(ids.value(m_sessions[i]->id()));
            const JobState expected = failing.contains(i) ? JobState::Failed
                : i == unplugged                          ? JobState::Failed
                : i == hanging                            ? JobState::Cancelled
                                                          : JobState::Succeeded;
            QVERIFY2(job.state == expected, qPrintable(QStringLiteral("module %1: %2 (%3)").arg(i).arg(jobStateId(job.state), job.message)));
            if (failing.contains(i))
                QCOMPARE(job.reason, FailureReason::TransferFailed);
            if (i == unplugged)
                QCOMPARE(job.reason, FailureReason::PortLost);
            if (expected == JobState::Succeeded) {
                QCOMPARE(job.firmwareAfter, QStringLiteral("10.00.006"));
                QCOMPARE(job.steps.size(), 9);
            }
            // A transcript per job, under the module's IMEI.
            QCOMPARE(job.transcriptPath, m_store->dir.filePath(QStringLiteral("transcripts/%1/%2.log")
                                                                   .arg(m_sessions[i]->identity().imei)
                                                                   .arg(job.id)));
            QFile transcript(job.transcriptPath);
            QVERIFY(transcript.open(QIODevice::ReadOnly));
            const QByteArray text = transcript.readAll();
            QVERIFY(text.contains("AT+CPIN?"));
            QVERIFY(text.contains("step preflight started"));
        }
    }

    void aSecondJobOnTheSameModuleIsRefused()
    {
        m_scripts[m_sessions[0]->id()] = {};
        QVERIFY(m_runner->start(m_sessions[0].get(), m_package) > 0);
        QString refusal;
        QCOMPARE(m_runner->start(m_sessions[0].get(), m_package, {}, {}, &refusal), 0);
        QVERIFY(refusal.contains("already"));
        QCOMPARE(m_store->jobs.recentJobs().size(), 1);
        m_runner->cancelAll();
        QTRY_COMPARE(m_runner->activeCount(), 0);
    }

    void cancelAllStopsEveryJobExceptThoseInstalling()
    {
        for (int i = 0; i < 4; ++i)
            m_scripts[m_sessions[i]->id()] = {};
        for (int i = 0; i < 4; ++i)
            QVERIFY(m_runner->start(m_sessions[i].get(), m_package) > 0);
        QTRY_COMPARE(m_flows.size(), 4);
        QTRY_VERIFY(std::all_of(m_flows.cbegin(), m_flows.cend(), [](const QPointer<FakeFlow> &f) { return f && f->started; }));
        m_flows.value(m_sessions[2]->id())->go(UpdatePhase::Installing);
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        QCOMPARE(m_runner->cancelAll(), 1);
        QTRY_COMPARE(finished.size(), 3);
        QCOMPARE(m_runner->activeCount(), 1);
        QVERIFY(m_runner->jobFor(m_sessions[2]->id()));
        FakeFlow *installing = m_flows.value(m_sessions[2]->id());
        installing->go(UpdatePhase::Rebooting);
        installing->ok();
        QTRY_COMPARE(finished.size(), 4);
        QCOMPARE(finished.last().at(1).value<JobRecord>().state, JobState::Succeeded);
    }

    void progressIsForwardedWithItsModule()
    {
        QSignalSpy progress(m_runner.get(), &JobRunner::jobProgress);
        QSignalSpy finished(m_runner.get(), &JobRunner::jobFinished);
        m_runner->start(m_sessions[5].get(), m_package);
        QTRY_COMPARE(finished.size(), 1);
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(), [this](const QList<QVariant> &a) {
            return a.at(0).toString() == m_sessions[5]->id()
                && a.at(2).value<UpdateProgress>().phase == UpdatePhase::Transferring
                && a.at(2).value<UpdateProgress>().percent == 60;
        }));
    }
};

QTEST_GUILESS_MAIN(tst_JobRunner)
#include "tst_jobrunner.moc"
