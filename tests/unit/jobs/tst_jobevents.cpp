#include "jobs/jobevents.h"

#include <QTest>

// The JSON lines of `update --json-events` and the exit status of a job.
class tst_JobEvents : public QObject
{
    Q_OBJECT

private slots:
    void theExitStatusFollowsTheOutcome_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("exit");
        QTest::newRow("success") << int(JobState::Succeeded) << int(FailureReason::None) << 0;
        QTest::newRow("module refused") << int(JobState::Failed) << int(FailureReason::ModuleRefused) << 1;
        QTest::newRow("install failed") << int(JobState::Failed) << int(FailureReason::InstallFailed) << 1;
        QTest::newRow("version mismatch") << int(JobState::Failed) << int(FailureReason::VersionMismatch) << 1;
        QTest::newRow("preflight refusal") << int(JobState::Failed) << int(FailureReason::NotApplicable) << 1;
        QTest::newRow("port lost") << int(JobState::Failed) << int(FailureReason::PortLost) << 3;
        QTest::newRow("transfer gave up") << int(JobState::Failed) << int(FailureReason::TransferFailed) << 3;
        QTest::newRow("timeout") << int(JobState::Failed) << int(FailureReason::Timeout) << 4;
        QTest::newRow("cancelled") << int(JobState::Cancelled) << int(FailureReason::Cancelled) << 1;
    }
    void theExitStatusFollowsTheOutcome()
    {
        QFETCH(int, state);
        QFETCH(int, reason);
        QFETCH(int, exit);
        JobRecord job;
        job.state = JobState(state);
        job.reason = FailureReason(reason);
        QCOMPARE(JobEvents::exitCode(job), exit);
        QCOMPARE(JobEvents::finished(job).value("exit").toInt(), exit);
    }

    void aProgressLineCarriesPercentBytesRateAndTimeLeft()
    {
        UpdateProgress p;
        p.phase = UpdatePhase::Transferring;
        p.percent = 40;
        p.bytesDone = 40960;
        p.bytesTotal = 102400;
        p.bytesPerSecond = 11520.4;
        p.etaMs = 5333;
        p.message = QStringLiteral("Transferring");
        const QJsonObject o = JobEvents::progress(7, QStringLiteral("356"), QStringLiteral("transfer"), p);
        QCOMPARE(o.value("event").toString(), QStringLiteral("progress"));
        QCOMPARE(o.value("job").toInteger(), 7);
        QCOMPARE(o.value("step").toString(), QStringLiteral("transfer"));
        QCOMPARE(o.value("phase").toString(), QStringLiteral("Transferring"));
        QCOMPARE(o.value("percent").toInt(), 40);
        QCOMPARE(o.value("bytes").toInteger(), 40960);
        QCOMPARE(o.value("total").toInteger(), 102400);
        QCOMPARE(o.value("rate").toInteger(), 11520);
        QCOMPARE(o.value("eta").toInteger(), 5333);
    }

    void aPhaseWithoutFiguresPrintsNoFigures()
    {
        UpdateProgress p;
        p.phase = UpdatePhase::Installing;
        const QJsonObject o = JobEvents::progress(1, {}, QStringLiteral("install"), p);
        QVERIFY(!o.contains("percent"));
        QVERIFY(!o.contains("bytes"));
        QVERIFY(!o.contains("eta"));
    }

    void aStepLineSaysWhichStepAndHowItEnded()
    {
        StepRecord s;
        s.name = QStringLiteral("backup");
        s.outcome = QStringLiteral("ok");
        s.started = QDateTime::currentDateTimeUtc();
        s.ended = s.started.addMSecs(250);
        s.figures = {{"count", 3}};
        const QJsonObject o = JobEvents::step(2, QStringLiteral("356"), s);
        QCOMPARE(o.value("event").toString(), QStringLiteral("step"));
        QCOMPARE(o.value("step").toString(), QStringLiteral("backup"));
        QCOMPARE(o.value("outcome").toString(), QStringLiteral("ok"));
        QCOMPARE(o.value("durationMs").toInteger(), 250);
        QCOMPARE(o.value("figures").toObject().value("count").toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(tst_JobEvents)
#include "tst_jobevents.moc"
