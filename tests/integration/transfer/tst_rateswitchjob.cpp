#include "strictsim.h"

#include "jobs/jobsteps.h"
#include "port/port.h"

// Issue 20: a local transfer moves the line to the fastest rate the module
// and the port hold, and the module ends every job at the rate it had.
// Real jobs (discovery, runner, flows) against the simulator on ptys, whose
// families accept only their reference's rates and garble a mismatch.
class tst_RateSwitchJob : public QObject
{
    Q_OBJECT

private:
    JobSimBench m_bench;

    qint64 startJob(ModuleSession *session, const PackageInfo &package, UpdateMethod method, qint32 maxRate)
    {
        UpdateRequest request;
        request.method = method;
        JobOptions options;
        options.maxRate = maxRate;
        QString refusal;
        const qint64 id = m_bench.runner->start(session, package, request, options, &refusal);
        if (id <= 0)
            qWarning() << "refused:" << refusal;
        return id;
    }

    static qint32 sessionRate(ModuleSession *session)
    {
        return session && session->channel() && session->channel()->port() ? session->channel()->port()->baudRate() : 0;
    }

private slots:
    void init() { QVERIFY(m_bench.setUp(QStringLiteral("rate-switch"))); }
    void cleanup() { m_bench.tearDown(); }

    void aLocalTransferRunsAtTheFastestRateBothHoldAndTheModuleEndsAtItsOwn_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<qint32>("maxRate");
        QTest::addColumn<qint32>("transferRate");

        QTest::newRow("HL78xx XMODEM, up to 921600")
            << Family::SierraHl78xx << UpdateMethod::Xmodem << QString() << 921600 << 921600;
        QTest::newRow("HL78xx XMODEM, the user's maximum 230400")
            << Family::SierraHl78xx << UpdateMethod::Xmodem << QString() << 230400 << 230400;
        QTest::newRow("HL78xx XMODEM, switching off")
            << Family::SierraHl78xx << UpdateMethod::Xmodem << QString() << 0 << 115200;
        QTest::newRow("HL78xx XMODEM, an adapter that garbles above 460800")
            << Family::SierraHl78xx << UpdateMethod::Xmodem << QStringLiteral("line-limit:460800") << 921600 << 460800;
        QTest::newRow("HL78xx XMODEM, a firmware that applies AT+IPR only at its next start")
            << Family::SierraHl78xx << UpdateMethod::Xmodem << QStringLiteral("ipr-ignored") << 921600 << 115200;
        QTest::newRow("SIM7020 AT+CFLW, up to 921600")
            << Family::SimcomSim7020 << UpdateMethod::Cflw << QString() << 921600 << 921600;
    }

    void aLocalTransferRunsAtTheFastestRateBothHoldAndTheModuleEndsAtItsOwn()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(QString, fault);
        QFETCH(qint32, maxRate);
        QFETCH(qint32, transferRate);
        SimModule *sim = StrictSim::start(m_bench, family, false, true);
        QVERIFY(sim);
        const QStringList *commands = StrictSim::recordCommands(sim);
        const PackageInfo package = m_bench.package(family, 30000);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);
        QCOMPARE(sessionRate(session), 115200);
        if (!fault.isEmpty())
            QVERIFY(sim->addFault(fault));

        QSignalSpy finished(m_bench.runner.get(), &JobRunner::jobFinished);
        QList<qint32> progressRates;
        connect(m_bench.runner.get(), &JobRunner::jobProgress, this,
                [&progressRates](const QString &, qint64, const UpdateProgress &p) {
                    if (p.phase == UpdatePhase::Transferring && p.bytesDone > 0)
                        progressRates << p.baud;
                });
        const qint64 id = startJob(session, package, method, maxRate);
        QVERIFY(id > 0);
        QVERIFY(finished.wait(60000));
        const JobRecord job = m_bench.jobs->job(id).value_or(JobRecord{});
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message + " / " + job.lastStep));
        QCOMPARE(sim->firmware(), simFamily(family).to);

        const StepRecord *transfer = job.lastStepNamed(JobSteps::Transfer);
        QVERIFY(transfer);
        QCOMPARE(transfer->figures.value("baud").toInt(), transferRate);
        QVERIFY(!progressRates.isEmpty());
        QCOMPARE(progressRates.constLast(), transferRate);
        if (maxRate == 0)
            QVERIFY2(commands->filter(QStringLiteral("AT+IPR=")).isEmpty(), qPrintable(commands->join(' ')));
        else
            QCOMPARE(transfer->figures.value("startBaud").toInt(), 115200);

        // Back at its own rate, for good: after the install's restart too.
        QCOMPARE(sim->moduleBaud(), 115200);
        QCOMPARE(sessionRate(session), 115200);
        QVERIFY(session->state() == ModuleSession::State::Connected);
        QSignalSpy answered(session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(3000));
        QVERIFY(answered.constFirst().constFirst().value<AtResult>().ok());

        // Where the time went: the parts add up, and the line carried the
        // package with its framing (under 10 % more) at the rate it ran at.
        QVERIFY(job.timing.isValid());
        QCOMPARE(job.timing.wireMs + job.timing.moduleMs + job.timing.ownMs, job.timing.wallMs);
        const qint64 wireBytes = transfer->figures.value("wireBytes").toInteger();
        QVERIFY2(wireBytes > package.size && wireBytes < package.size * 11 / 10, qPrintable(QString::number(wireBytes)));
        QCOMPARE(job.timing.wireMs, wireBytes * 10 * 1000 / transferRate);
    }

    // Cancelled mid-transfer at 921600: the module answers at 115200 again
    // before the job says it is over.
    void aCancelledTransferLeavesTheModuleAtItsOwnRate()
    {
        SimModule *sim = StrictSim::start(m_bench, Family::SierraHl78xx, false, true);
        QVERIFY(sim);
        const PackageInfo package = m_bench.package(Family::SierraHl78xx, 400000);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);
        QSignalSpy finished(m_bench.runner.get(), &JobRunner::jobFinished);
        bool cancelled = false;
        connect(m_bench.runner.get(), &JobRunner::jobProgress, this,
                [&](const QString &moduleId, qint64, const UpdateProgress &p) {
                    if (!cancelled && p.phase == UpdatePhase::Transferring && p.percent >= 20) {
                        QCOMPARE(p.baud, 921600);
                        cancelled = true;
                        m_bench.runner->cancel(moduleId);
                    }
                });
        const qint64 id = startJob(session, package, UpdateMethod::Xmodem, 921600);
        QVERIFY(id > 0);
        QVERIFY(finished.wait(60000));
        QVERIFY(cancelled);
        const JobRecord job = m_bench.jobs->job(id).value_or(JobRecord{});
        QCOMPARE(job.state, JobState::Cancelled);
        QCOMPARE(sim->firmware(), simFamily(Family::SierraHl78xx).from);
        QCOMPARE(sim->moduleBaud(), 115200);
        QCOMPARE(sessionRate(session), 115200);
    }
};

QTEST_GUILESS_MAIN(tst_RateSwitchJob)
#include "tst_rateswitchjob.moc"
