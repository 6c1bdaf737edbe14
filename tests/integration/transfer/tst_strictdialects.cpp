#include "strictsim.h"

#include "jobs/jobsteps.h"

// Local updates end to end (discovery, the real job, flows and drivers)
// against the simulator's strict personality: the dialect variations an
// independent emulation of the modules showed, where the default personality
// was kinder than a module.
class tst_StrictDialects : public QObject
{
    Q_OBJECT

private:
    JobSimBench m_bench;

private slots:
    void init()
    {
        QVERIFY(m_bench.setUp(QStringLiteral("strict-dialects")));
        StrictSim::cflwWriteSizes().forget(simFamily(Family::SimcomSim7020).model);
    }

    void cleanup()
    {
        m_bench.tearDown();
        StrictSim::cflwWriteSizes().forget(simFamily(Family::SimcomSim7020).model);
    }

    // The strict HL78xx knows only the note's AT+WSDS: AT+WDSD is refused
    // with +CME ERROR (verbose: the prober switched AT+CMEE=2 on).
    void anHl78xxXmodemUpdateSucceedsWhenWdsdIsRefusedByCmeError()
    {
        SimModule *sim = StrictSim::start(m_bench, Family::SierraHl78xx);
        QVERIFY(sim);
        const QStringList *commands = StrictSim::recordCommands(sim);
        const PackageInfo package = m_bench.package(Family::SierraHl78xx, 20000);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);

        const JobRecord job = StrictSim::runJob(m_bench, session, package, UpdateMethod::Xmodem);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message + " / " + job.lastStep));
        QCOMPARE(sim->firmware(), simFamily(Family::SierraHl78xx).to);
        QVERIFY2(job.warnings.isEmpty(), qPrintable(job.warnings.join('\n')));
        const QString wdsd = QStringLiteral("AT+WDSD=%1").arg(package.size);
        const QString wsds = QStringLiteral("AT+WSDS=%1").arg(package.size);
        QVERIFY2(commands->contains(wdsd) && commands->contains(wsds), qPrintable(commands->join(' ')));
        QVERIFY(commands->indexOf(wdsd) < commands->indexOf(wsds));
        const QByteArray transcript = StrictSim::transcript(job);
        QVERIFY(transcript.contains("+CME ERROR: unknown"));
        QVERIFY(transcript.contains("trying the application note's spelling AT+WSDS"));
    }

    // The strict SIM7020 takes at most 1024 bytes per AT+CFLW; the default
    // personality 4096. Both updates succeed, the strict one after halving
    // its first write twice; the figures compare the two on a paced line.
    void aSim7020CflwUpdateSucceedsWithTheModulesWriteLimit_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("writeSize");
        QTest::addColumn<QStringList>("firstWrites");
        QTest::newRow("strict: at most 1024") << true << 1024
                                              << QStringList{"AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,0,2048,0,5",
                                                             "AT+CFLW=0,0,1024,0,5", "AT+CFLW=0,1024,1024,0,5"};
        QTest::newRow("default: 4096") << false << 4096
                                       << QStringList{"AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,4096,4096,0,5"};
    }

    void aSim7020CflwUpdateSucceedsWithTheModulesWriteLimit()
    {
        QFETCH(bool, strict);
        QFETCH(int, writeSize);
        QFETCH(QStringList, firstWrites);
        SimModule *sim = StrictSim::start(m_bench, Family::SimcomSim7020, strict, true);
        QVERIFY(sim);
        const QStringList *commands = StrictSim::recordCommands(sim);
        const PackageInfo package = m_bench.package(Family::SimcomSim7020, 30000);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);

        const JobRecord job = StrictSim::runJob(m_bench, session, package, UpdateMethod::Cflw);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message + " / " + job.lastStep));
        QCOMPARE(sim->firmware(), simFamily(Family::SimcomSim7020).to);
        QVERIFY2(job.warnings.isEmpty(), qPrintable(job.warnings.join('\n')));
        const QStringList writes = commands->filter(QStringLiteral("AT+CFLW="));
        QCOMPARE(writes.mid(0, firstWrites.size()), firstWrites);
        QCOMPARE(writes.size(), firstWrites.size() - 2 + int((package.size + writeSize - 1) / writeSize));
        QVERIFY(StrictSim::transcript(job).contains(QStringLiteral("%1-byte AT+CFLW writes").arg(writeSize).toLatin1()));
        QCOMPARE(StrictSim::cflwWriteSizes().remembered(simFamily(Family::SimcomSim7020).model),
                 strict ? qint64(writeSize) : qint64(0));
        const StepRecord *transfer = job.lastStepNamed(JobSteps::Transfer);
        QVERIFY(transfer);
        QCOMPARE(transfer->figures.value("writeSize").toInt(), writeSize);
        qInfo().noquote() << QStringLiteral("CFLW at 115200 baud, %1-byte writes: %2 bytes at %3 B/s")
                                 .arg(writeSize)
                                 .arg(transfer->figures.value("bytes").toInteger())
                                 .arg(transfer->figures.value("bytesPerSecond").toDouble(), 0, 'f', 0);
    }
};

QTEST_GUILESS_MAIN(tst_StrictDialects)
#include "tst_strictdialects.moc"
