#include "strictsim.h"

#include "transfer/xmodemframe.h"

#include <QElapsedTimer>
#include <QSerialPort>

// A run killed mid-transfer leaves the module inside its data phase: the
// HL78xx's XMODEM receiver (asking with 'C'/NAK, deaf to AT for minutes) or
// the SIM7020's AT+CFLW prompt (taking every byte as data). Against the
// strict simulator, which keeps them waiting as a module would, the next run
// finds the module and updates it at once: no protocol timeout is waited for.
class tst_StaleDataPhase : public QObject
{
    Q_OBJECT

private:
    JobSimBench m_bench;

    // What a killed fotadesk-cli leaves: its port closed in the middle of a
    // transfer, the module still in it.
    static bool dieMidTransfer(SimModule *sim, Family family)
    {
        QSerialPort host;
        host.setPortName(sim->currentLink());
        if (!host.open(QIODevice::ReadWrite) || !host.setBaudRate(115200))
            return false;
        QByteArray got;
        QObject::connect(&host, &QIODevice::readyRead, &host, [&] { got += host.readAll(); });
        auto waitFor = [&](const QByteArray &bytes) {
            const bool ok = QTest::qWaitFor([&] { return got.contains(bytes); }, 5000);
            got.clear();
            return ok;
        };
        auto send = [&](const QByteArray &bytes) {
            host.write(bytes);
            return QTest::qWaitFor([&] { return host.bytesToWrite() == 0; }, 5000);
        };
        if (!send("ATE0\r") || !waitFor("OK"))
            return false;
        if (family == Family::SierraHl78xx) {
            if (!send("AT+WSDS=20000\r") || !waitFor("C"))
                return false;
            for (quint8 block = 1; block <= 3; ++block) {
                if (!send(Xmodem::frame(block, QByteArray(1024, char(block)), 1024, true))
                    || !waitFor(QByteArray(1, Xmodem::ACK)))
                    return false;
            }
            send(Xmodem::frame(4, QByteArray(1024, 4), 1024, true).left(500)); // killed mid-block
        } else {
            if (!send("AT+CFLE=0,0,1\r") || !waitFor("OK") || !send("AT+CFLW=0,0,1024,0,30\r") || !waitFor(">"))
                return false;
            send(QByteArray(300, 'x'));
        }
        host.close();
        return true;
    }

private slots:
    void init() { QVERIFY(m_bench.setUp(QStringLiteral("stale-data-phase"))); }
    void cleanup()
    {
        m_bench.tearDown();
        StrictSim::cflwWriteSizes().forget(simFamily(Family::SimcomSim7020).model);
    }

    void theNextRunIdentifiesAndUpdatesTheModuleAtOnce_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("method");
        QTest::newRow("hl78xx left in its xmodem receiver") << int(Family::SierraHl78xx) << int(UpdateMethod::Xmodem);
        QTest::newRow("sim7020 left in an at+cflw prompt") << int(Family::SimcomSim7020) << int(UpdateMethod::Cflw);
    }

    void theNextRunIdentifiesAndUpdatesTheModuleAtOnce()
    {
        QFETCH(int, family);
        QFETCH(int, method);
        const Family f = Family(family);
        SimModule *sim = StrictSim::start(m_bench, f);
        QVERIFY(sim);
        const PackageInfo package = m_bench.package(f, 20000);
        QVERIFY(QTest::qWaitFor([&] { return sim->isUp(); }, 5000));
        QVERIFY(dieMidTransfer(sim, f));

        QElapsedTimer found;
        found.start();
        m_bench.startDiscovery();
        // The strict module would stay in its data phase for minutes (the
        // receiver 5, the prompt its 30 s): found within a few seconds means
        // the probe ended it.
        ModuleSession *session = m_bench.waitForSessions(1, 10000);
        QVERIFY2(session, "the module left in its data phase was not found");
        const qint64 foundMs = found.elapsed();
        QCOMPARE(session->identity().family, f);
        QCOMPARE(session->identity().imei, sim->config().imei);

        const JobRecord job = StrictSim::runJob(m_bench, session, package, UpdateMethod(method));
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message + " / " + job.lastStep));
        QCOMPARE(sim->firmware(), simFamily(f).to);
        qInfo().noquote() << QStringLiteral("%1: found %2 ms after discovery started; updated in %3 ms")
                                 .arg(QString::fromLatin1(QTest::currentDataTag()))
                                 .arg(foundMs)
                                 .arg(found.elapsed() - foundMs);
    }
};

QTEST_GUILESS_MAIN(tst_StaleDataPhase)
#include "tst_staledataphase.moc"
