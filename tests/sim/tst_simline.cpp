#include "simfixture.h"
#include "simfleet.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <tuple>

#include <fcntl.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace std::chrono_literals;

// The line and the port as a host sees them: bytes waiting before the host
// opens, reboots on the same and on a new path, rates, autobaud, the control
// socket, state across restarts, steps cut short by a stop, many modules in
// one process.
class tst_SimLine : public QObject
{
    Q_OBJECT

    static int pendingInTty(const QString &link)
    {
        // Peek without reading: open the slave, ask how much input waits.
        const int fd = ::open(QFile::encodeName(link).constData(), O_RDONLY | O_NONBLOCK | O_NOCTTY);
        if (fd < 0)
            return -1;
        int n = 0;
        ::ioctl(fd, FIONREAD, &n);
        ::close(fd);
        return n;
    }

private slots:
    void bootUrcsWaitForAHostThatOpensLater()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        f.module = std::make_unique<SimModule>(c);
        QVERIFY(f.module->start());
        QTRY_VERIFY(pendingInTty(f.module->currentLink()) > 0); // written, nobody reading yet
        f.client = std::make_unique<SimClient>(f.module->currentLink());
        QVERIFY(f.client->open());
        QVERIFY(!f.client->waitForLine("^SYSSTART").isNull());
    }

    void aRebootTakesThePortAwayAndBringsItBackOnTheSamePath()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.rebootTime = 500ms;
        QVERIFY(f.start(c));
        const QString link = f.module->currentLink();
        QSignalSpy rebooting(f.module.get(), &SimModule::rebooting);
        QSignalSpy booted(f.module.get(), &SimModule::booted);
        QSignalSpy changed(f.module.get(), &SimModule::linkChanged);
        QCOMPARE(f.client->run("AT+CFUN=1,1"), QStringLiteral("OK"));
        QTRY_COMPARE(rebooting.size(), 1);
        QVERIFY(f.client->waitForClosed()); // the host sees the device vanish
        QVERIFY(!QFileInfo::exists(link));  // and the link goes with the port
        QVERIFY(booted.wait(2000));
        QCOMPARE(f.module->currentLink(), link);
        QCOMPARE(changed.size(), 0);
        QVERIFY(f.connectClient());
        QVERIFY(!f.client->waitForLine("+KSUP: 0").isNull());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void reenumerationBringsThePortBackUnderANewNameInTheSameFolder()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.reenumerate = true;
        QVERIFY(f.start(c));
        const QString first = f.module->currentLink();
        QSignalSpy changed(f.module.get(), &SimModule::linkChanged);
        f.module->reboot();
        QVERIFY(changed.wait(2000));
        const QString second = changed.first().first().toString();
        QVERIFY(second != first);
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(QFileInfo(second).absolutePath(), QFileInfo(first).absolutePath());
        QVERIFY(QDir(f.dir.path()).entryList(QDir::System | QDir::Files).contains(QFileInfo(second).fileName()));
        f.module->reboot();
        QVERIFY(changed.wait(2000));
        QVERIFY(changed.last().first().toString() != second);
        QVERIFY(f.connectClient());
        QCOMPARE(f.client->run("AT+CGSN"), QStringLiteral("OK"));
    }

    void aRateMismatchTurnsTheAnswerIntoGarbage()
    {
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        f.client->skipAll();
        QVERIFY(f.client->setBaud(9600));
        f.client->write("AT\r");
        QVERIFY(QTest::qWaitFor([&] { return f.client->allBytes().size() >= 3; }, 3000));
        const QByteArray got = f.client->takeRaw();
        for (char c : got)
            QVERIFY2(quint8(c) >= 0x80 || c == '\r' || c == '\n', got.toHex().constData());
        QVERIFY(!f.client->allLines().contains("OK"));
        // Back at the module's rate, the same command is understood.
        QVERIFY(f.client->setBaud(115200));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void aNewRateTakesEffectAfterTheOk()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        QCOMPARE(f.client->run("AT+IPR=921600"), QStringLiteral("OK"));
        QVERIFY(f.client->run("AT", 500).isEmpty()); // still at 115200: garbage, no OK
        QVERIFY(f.client->setBaud(921600));
        QCOMPARE(f.client->run("AT+IPR?"), QStringLiteral("OK"));
    }

    // Each family takes the rates of its own AT reference and lists them in
    // its format (Telit puts the fixed-only ones in a second list); any other
    // rate is refused and the module stays where it was.
    void eachFamilyListsItsRatesAndRefusesOthers_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("listing");
        QTest::addColumn<QStringList>("refused");
        QTest::newRow("telit-pfm") << int(Family::TelitPfm)
            << "+IPR: (0,300,1200,2400,4800,9600,19200,38400,57600,115200),(230400,460800)"
            << QStringList{"921600", "600"};
        QTest::newRow("cinterion") << int(Family::Cinterion)
            << "+IPR: (0,1200,2400,4800,9600,19200,38400,57600,115200)" << QStringList{"230400", "921600"};
        QTest::newRow("simcom-sim7020") << int(Family::SimcomSim7020)
            << "+IPR: (0,110,300,1200,2400,4800,9600,19200,38400,57600,115200,230400,460800,921600,3000000)"
            << QStringList{"14400", "1000000"};
        QTest::newRow("sierra-hl78xx, no autobaud") << int(Family::SierraHl78xx)
            << "+IPR: (9600,19200,38400,57600,115200,230400,460800,921600)" << QStringList{"0", "4800"};
    }

    void eachFamilyListsItsRatesAndRefusesOthers()
    {
        QFETCH(int, family);
        QFETCH(QString, listing);
        QFETCH(QStringList, refused);
        SimFixture f;
        QVERIFY(f.start(Family(family)));
        QCOMPARE(f.client->command("AT+IPR=?"), (QStringList{listing, "OK"}));
        for (const QString &rate : refused)
            QCOMPARE(f.client->run("AT+IPR=" + rate), QStringLiteral("ERROR"));
        QCOMPARE(f.client->command("AT+IPR?"), (QStringList{"+IPR: 115200", "OK"}));
        QCOMPARE(f.module->moduleBaud(), 115200);
    }

    // The benchmark's rate. After the OK (still at the old rate) the module
    // talks at 921600 only: a host left at 115200 reads its own command echoed
    // as garbage and no answer (its bytes never form a command there).
    void hl78xxAndSim7020SwitchTo921600_data()
    {
        QTest::addColumn<int>("family");
        QTest::newRow("sierra-hl78xx") << int(Family::SierraHl78xx);
        QTest::newRow("simcom-sim7020") << int(Family::SimcomSim7020);
    }

    void hl78xxAndSim7020SwitchTo921600()
    {
        QFETCH(int, family);
        SimFixture f;
        QVERIFY(f.start(Family(family)));
        QSignalSpy commands(f.module.get(), &SimModule::commandReceived);
        QCOMPARE(f.client->run("AT+IPR=921600"), QStringLiteral("OK"));
        QTRY_COMPARE(f.module->moduleBaud(), 921600);
        const qsizetype before = f.client->allBytes().size();
        f.client->write("AT\r");
        QTRY_VERIFY(f.client->allBytes().size() >= before + 3); // the echo
        const QByteArray got = f.client->allBytes().mid(before);
        for (char c : got)
            QVERIFY2(quint8(c) >= 0x80 || c == '\r' || c == '\n', got.toHex().constData());
        QCOMPARE(commands.size(), 1); // AT+IPR=921600 only
        QVERIFY(f.client->setBaud(921600));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK")); // its echo ends the garbage line
        QCOMPARE(f.client->command("AT+IPR?"), (QStringList{"+IPR: 921600", "OK"}));
    }

    void autobaudLosesTheUrcsOfABootUntilTheHostSpeaks_data()
    {
        QTest::addColumn<qint32>("baud");
        QTest::addColumn<bool>("sysstartSeen");
        QTest::newRow("fixed rate") << 115200 << true;
        QTest::newRow("autobaud") << 0 << false;
    }

    void autobaudLosesTheUrcsOfABootUntilTheHostSpeaks()
    {
        QFETCH(qint32, baud);
        QFETCH(bool, sysstartSeen);
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.baud = baud;
        f.module = std::make_unique<SimModule>(c);
        QVERIFY(f.module->start());
        QTRY_VERIFY(f.module->isUp());
        QVERIFY(f.connectClient(57600)); // autobaud answers any rate; a fixed one does not
        if (baud == 0)
            QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
        QVERIFY(f.client->setBaud(115200));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
        QCOMPARE(f.client->allLines().contains("^SYSSTART"), sysstartSeen);
    }

    void theControlSocketDrivesARunningModule()
    {
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        const QJsonObject status = QJsonDocument::fromJson(control(*f.module, "status")).object();
        QCOMPARE(status.value("link").toString(), f.module->currentLink());
        QCOMPARE(status.value("firmware").toString(), QStringLiteral("10.00.005"));
        QVERIFY(control(*f.module, "fault gremlins").startsWith("ERROR"));
        QCOMPARE(control(*f.module, "fault drop:0.5"), QByteArray("OK"));
        QCOMPARE(f.module->faultSpecs(), QStringList{"drop:0.5"});
        QCOMPARE(control(*f.module, "fault clear"), QByteArray("OK"));
        QVERIFY(f.module->faultSpecs().isEmpty());
        QVERIFY(control(*f.module, "server-request").startsWith("ERROR")); // not registered
        QVERIFY(control(*f.module, "sing").startsWith("ERROR"));
        QSignalSpy rebooting(f.module.get(), &SimModule::rebooting);
        QCOMPARE(control(*f.module, "unplug 100"), QByteArray("OK"));
        QTRY_COMPARE(rebooting.size(), 1);
        QSignalSpy quit(f.module.get(), &SimModule::quitRequested);
        QTRY_VERIFY(f.module->isUp());
        QCOMPARE(control(*f.module, "quit"), QByteArray("OK"));
        QTRY_COMPARE(quit.size(), 1);
        // The socket is hidden from a host scanning the folder.
        QVERIFY(QFileInfo(f.module->controlPath()).fileName().startsWith('.'));
    }

    void identityAndSettingsSurviveARestart()
    {
        QTemporaryDir dir;
        SimModuleConfig c = SimModuleConfig::defaults(Family::SierraHl78xx, 3);
        c.link = dir.filePath("hl");
        c.stateFile = dir.filePath("hl.json");
        c.timeScale = 0.001;
        const QString imei = c.imei;
        {
            SimFixture f;
            QVERIFY(f.start(c));
            QCOMPARE(f.client->run("AT+CGDCONT=1,\"IP\",\"apn.example\""), QStringLiteral("OK"));
            f.module->stop();
        }
        c.imei = "490154203237518"; // the state file wins over a different option
        SimFixture g;
        QVERIFY(g.start(c));
        QCOMPARE(g.client->command("AT+CGSN"), (QStringList{imei, "OK"}));
        QCOMPARE(g.client->command("AT+CGDCONT?"), (QStringList{"+CGDCONT: 1,\"IP\",\"apn.example\"", "OK"}));
    }

    // A protocol step still pending when the module stops never runs: the
    // stopped module's dialect lives on until its deferred delete, and a step
    // run then would act on a module that is gone (a segfault once the module
    // is destroyed). Here the boot steps that report (HL78xx) or resume
    // (Cinterion) an install would change the state. With protocol time at
    // zero the step is due before the event loop's next turn; scaled, it falls
    // due while the loop turns without deleting anything (as in a nested
    // wait).
    void aStepPendingWhenTheModuleStopsNeverRuns_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QJsonObject>("seed"); // state the boot step would change
        QTest::addColumn<double>("timeScale");
        const QList<std::tuple<const char *, Family, QJsonObject>> cases{
            {"sierra: result of the last install", Family::SierraHl78xx, {{"hl.result", 16}}},
            {"cinterion: interrupted install", Family::Cinterion, {{"cinterion.installing", true}}},
        };
        for (const auto &[name, family, seed] : cases) {
            QTest::addRow("%s, due at once", name) << int(family) << seed << 0.0;
            QTest::addRow("%s, due in 5 ms", name) << int(family) << seed << 0.01;
        }
    }

    void aStepPendingWhenTheModuleStopsNeverRuns()
    {
        QFETCH(int, family);
        QFETCH(QJsonObject, seed);
        QFETCH(double, timeScale);
        SimFixture f;
        SimModuleConfig c = f.config(Family(family));
        c.stateFile = f.dir.filePath("state.json");
        c.timeScale = timeScale;
        QFile seedFile(c.stateFile);
        QVERIFY(seedFile.open(QIODevice::WriteOnly));
        seedFile.write(QJsonDocument(seed).toJson());
        seedFile.close();

        f.module = std::make_unique<SimModule>(c);
        QVERIFY(f.module->start()); // boot() schedules its step
        f.module->stop();           // before the step had its turn
        // Turn the loop until well past the step's time, without the deferred
        // deletes that QTRY_* and qWait() send after each turn.
        bool settled = false;
        QTimer::singleShot(timeScale > 0 ? 50ms : 0ms, this, [&] { settled = true; });
        const QDeadlineTimer deadline(5s);
        while (!settled && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
        QVERIFY(settled);
        f.module.reset(); // saves the state as the module left it

        QFile stateFile(c.stateFile);
        QVERIFY(stateFile.open(QIODevice::ReadOnly));
        const QJsonObject state = QJsonDocument::fromJson(stateFile.readAll()).object();
        for (auto it = seed.constBegin(); it != seed.constEnd(); ++it)
            QCOMPARE(state.value(it.key()), it.value());
    }

    void sixtyFourModulesRunInOneProcess()
    {
        QTemporaryDir dir;
        SimFleet fleet;
        SimModuleConfig base;
        base.timeScale = 0.001;
        QString error;
        QVERIFY2(fleet.start(dir.path(), 64, base, {}, &error), qPrintable(error));
        QCOMPARE(fleet.modules().size(), 64);
        QSet<QString> imeis;
        for (SimModule *m : fleet.modules()) {
            QVERIFY(QFileInfo(m->currentLink()).isSymLink());
            imeis << m->config().imei;
        }
        QCOMPARE(imeis.size(), 64);
        QCOMPARE(fleet.module(5)->currentLink(), dir.filePath("cinterion-1"));
        for (int i : {0, 21, 42, 63}) {
            SimClient client(fleet.module(i)->currentLink(), 115200, urcRegistryFor(fleet.module(i)->config().family));
            QVERIFY(client.open());
            QCOMPARE(client.command("AT+CGSN").value(0), fleet.module(i)->config().imei);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SimLine)
#include "tst_simline.moc"
