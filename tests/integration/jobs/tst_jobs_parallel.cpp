#include "jobsimbench.h"

#include <QElapsedTimer>
#include <QHash>

// Sixteen modules updated at once, some with faults: the faulty ones fail
// with their own classified reason, the others succeed, nobody waits for
// anybody.
class tst_JobsParallel : public QObject
{
    Q_OBJECT

private:
    JobSimBench m_bench;

private slots:
    void init() { QVERIFY(m_bench.setUp(QStringLiteral("jobs-parallel"))); }
    void cleanup() { m_bench.tearDown(); }

    void sixteenModulesAtOnceWithFaultsInSome()
    {
        struct Plan
        {
            Family family;
            QStringList faults;
            JobState expected;
            FailureReason reason;
        };
        const PackageInfo cinterion = m_bench.package(Family::Cinterion);
        const PackageInfo telit = m_bench.package(Family::TelitPfm);
        QList<Plan> plans;
        for (int i = 0; i < 8; ++i) {
            plans << Plan{Family::Cinterion, {}, JobState::Succeeded, FailureReason::None};
            plans << Plan{Family::TelitPfm, {}, JobState::Succeeded, FailureReason::None};
        }
        plans[0] = {Family::Cinterion, {"http:404"}, JobState::Failed, FailureReason::ServerError};
        plans[2] = {Family::Cinterion, {"bad-checksum"}, JobState::Failed, FailureReason::Integrity};
        plans[3] = {Family::TelitPfm, {"bad-checksum"}, JobState::Failed, FailureReason::InstallFailed};
        // Power lost while a Telit flashes is safe: it resumes at the next boot.
        plans[5] = {Family::TelitPfm, {"power-cut:install@50%"}, JobState::Succeeded, FailureReason::None};

        QHash<QString, Plan> byImei;
        QList<SimModule *> sims;
        for (int i = 0; i < plans.size(); ++i) {
            const Plan &p = plans[i];
            SimModule *sim = m_bench.startSim(p.family, i, p.faults,
                                              p.family == Family::TelitPfm ? telit.path : QString());
            QVERIFY(sim);
            sims << sim;
            byImei.insert(sim->config().imei, p);
        }
        m_bench.startDiscovery();
        QVERIFY(m_bench.waitForSessions(int(plans.size()), 30000));
        for (SimModule *sim : std::as_const(sims)) {
            if (sim->config().family == Family::Cinterion)
                QVERIFY(JobSimBench::at(m_bench.sessionOf(sim), "AT+CGDCONT=1,\"IP\",\"internet\"").ok());
        }

        connect(m_bench.runner.get(), &JobRunner::jobProgress, this,
                [&](const QString &moduleId, qint64, const UpdateProgress &p) {
                    if (p.phase != UpdatePhase::WaitingForServer)
                        return;
                    for (SimModule *sim : std::as_const(sims)) {
                        if (moduleId.endsWith(sim->config().imei))
                            QTimer::singleShot(0, sim, [sim] { sim->serverRequest(true); });
                    }
                });
        QSignalSpy finished(m_bench.runner.get(), &JobRunner::jobFinished);
        QElapsedTimer clock;
        clock.start();
        for (SimModule *sim : std::as_const(sims)) {
            ModuleSession *session = m_bench.sessionOf(sim);
            UpdateRequest request;
            request.pfmServerNumber = QStringLiteral("+391234560001");
            QString refusal;
            QVERIFY2(m_bench.runner->start(session, sim->config().family == Family::Cinterion ? cinterion : telit,
                                           request, {}, &refusal) > 0,
                     qPrintable(refusal));
        }
        QCOMPARE(m_bench.runner->activeCount(), 16);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 16, 120000);
        qInfo() << "16 jobs in" << clock.elapsed() << "ms";

        int succeeded = 0;
        for (const QList<QVariant> &args : std::as_const(finished)) {
            const JobRecord job = args.at(1).value<JobRecord>();
            const Plan plan = byImei.value(job.imei);
            QVERIFY2(job.state == plan.expected,
                     qPrintable(QStringLiteral("%1 %2: %3 (%4)").arg(familyId(job.family), job.imei, jobStateId(job.state), job.message)));
            if (plan.expected == JobState::Failed)
                QVERIFY2(job.reason == plan.reason, qPrintable(failureReasonId(job.reason) + ": " + job.message));
            else
                ++succeeded;
            QVERIFY(!job.message.isEmpty());
        }
        QCOMPARE(succeeded, 13);
        // Every job ended completely in the store.
        for (const JobRecord &job : m_bench.jobs->recentJobs(100)) {
            QVERIFY(job.state != JobState::Running);
            for (const StepRecord &s : job.steps)
                QVERIFY2(s.outcome != QLatin1String("running"), qPrintable(s.name));
        }
    }
};

QTEST_GUILESS_MAIN(tst_JobsParallel)
#include "tst_jobs_parallel.moc"
