#include "packages/simpackage.h"
#include "simfixture.h"
#include "xmodemsender.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

// Every fault of the --fault grammar is reachable and does what it says.
// (http:* and bad-hash on downloads: tst_simcinterion; http:404 on HTTP to
// file system: tst_simsimcom.)
class tst_SimFaults : public QObject
{
    Q_OBJECT

    static QByteArray hlPackage(qint64 size)
    {
        return SimPackage::make(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.2.0", size);
    }

    // Adds `spec` to a running module the way `route` says: SimModule::addFault
    // or the control socket (--fault goes through the config, before start).
    static bool addFault(SimModule &m, const QString &route, const QString &spec)
    {
        if (route == QLatin1String("control socket"))
            return control(m, "fault " + spec.toUtf8()) == "OK";
        return m.addFault(spec);
    }

    static bool isGarbage(const QByteArray &bytes)
    {
        return std::all_of(bytes.begin(), bytes.end(),
                           [](char c) { return quint8(c) >= 0x80 || c == '\r' || c == '\n'; });
    }

private slots:
    void lineNoiseCorruptsWhatTheHostReads()
    {
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        QVERIFY(f.module->addFault("noise:0.2"));
        f.client->skipAll();
        f.client->write(QByteArray("AT+CGMR\r").repeated(20));
        QVERIFY(QTest::qWaitFor([&] { return f.client->allBytes().size() > 40; }, 3000));
        f.module->clearFaults();
        // A lone CR ends whatever half command the noise left; the model name is
        // in no earlier answer, so once it is here the backlog has drained.
        f.client->write("\rAT+CGMM\r");
        QVERIFY(!f.client->waitForLine(QStringLiteral("GE910-QUAD"), 15000).isNull());
        const QByteArray got = f.client->allBytes();
        const QByteArray clean = QByteArray("AT+CGMR\r\r\n10.00.005\r\n\r\nOK\r\n").repeated(20);
        QVERIFY(!got.startsWith(clean));
        QVERIFY(std::any_of(got.begin(), got.end(), [](char c) { return quint8(c) > 0x7e || (quint8(c) < 0x20 && c != '\r' && c != '\n'); })
                || got.count("10.00.005") < 20);
    }

    void droppedBytesShortenTheAnswer()
    {
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        QVERIFY(f.module->addFault("drop:0.5"));
        f.client->skipAll();
        const QByteArray one = "AT+CGMI\r";
        f.client->write(one.repeated(20));
        QVERIFY(QTest::qWaitFor([&] { return f.client->allBytes().size() > 20; }, 3000));
        f.module->clearFaults();
        // A lone CR ends whatever half command the drops left in the module's
        // line buffer; the model name is in no earlier answer, so once it is
        // here everything before it has arrived.
        f.client->write("\rAT+CGMM\r");
        QVERIFY(!f.client->waitForLine(QStringLiteral("GE910-QUAD")).isNull());
        const QByteArray got = f.client->allBytes();
        const QByteArray clean = QByteArray("AT+CGMI\r\r\nTelit\r\n\r\nOK\r\n").repeated(20);
        QVERIFY2(got.size() < clean.size() * 3 / 4, got.constData());
        QVERIFY(got.count("Telit\r\n\r\nOK") < 20);
    }

    void aNakStormIsRiddenOutByASenderThatRepeats()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        QVERIFY(f.module->addFault("nak-storm:5"));
        const QByteArray pkg = hlPackage(4000);
        QCOMPARE(f.client->run("AT+WDSD=4000"), QStringLiteral("OK"));
        const XmodemSendResult r = sendXmodem(*f.client, pkg);
        QVERIFY(r.ok);
        QCOMPARE(r.naks, 5);
        QCOMPARE(f.module->uploadedPackage(), pkg);
    }

    void aModuleThatFallsSilentAnswersNothingUntilCleared()
    {
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        QVERIFY(f.module->addFault("silent"));
        QVERIFY(f.client->run("AT", 300).isEmpty());
        f.module->clearFaults();
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
        QVERIFY(f.module->addFault("silent:200"));
        QVERIFY(f.client->run("AT", 100).isEmpty());
        QTRY_COMPARE(f.client->run("AT", 300), QStringLiteral("OK"));
    }

    void thePortIsLostHalfwayThroughAnXmodemTransfer()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        QVERIFY(f.module->addFault("port-loss:xmodem@50%"));
        QSignalSpy rebooting(f.module.get(), &SimModule::rebooting);
        const QByteArray pkg = hlPackage(20 * 1024);
        QCOMPARE(f.client->run(QStringLiteral("AT+WDSD=%1").arg(pkg.size())), QStringLiteral("OK"));
        const XmodemSendResult r = sendXmodem(*f.client, pkg);
        QVERIFY(!r.ok);
        QCOMPARE(rebooting.size(), 1);
        QVERIFY(r.blocksSent >= 10 && r.blocksSent <= 11);
        QVERIFY(f.client->waitForClosed());
        QVERIFY(f.connectClient());
        QVERIFY(!f.client->waitForLine("+KSUP: 0").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("+CME ERROR: 3")); // nothing to install
    }

    void aPowerCutDuringAnInstallResumesAtTheNextBoot()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        QVERIFY(f.module->addFault("power-cut:install"));
        const QByteArray pkg = hlPackage(3000);
        QCOMPARE(f.client->run("AT+WDSD=3000"), QStringLiteral("OK"));
        QVERIFY(sendXmodem(*f.client, pkg).ok);
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 14").isNull());
        QVERIFY(f.reconnectAfterReboot()); // the cut
        QVERIFY(!f.client->waitForLine("+WDSI: 14").isNull()); // going on where it was
        QVERIFY(f.reconnectAfterReboot()); // the install's own reboot
        QVERIFY(!f.client->waitForLine("+WDSI: 16").isNull());
        QCOMPARE(f.module->firmware(), QStringLiteral("BHL7800.2.0"));
    }

    void aWrongChecksumFailsTheModulesIntegrityCheck()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        QVERIFY(f.module->addFault("bad-md5"));
        const QByteArray pkg(313, 's');
        QCOMPARE(f.client->run("AT+CFLE=0,0,1"), QStringLiteral("OK"));
        f.client->write("AT+CFLW=0,0,313,0,30\r");
        QVERIFY(f.client->waitForBytes("> "));
        f.client->write(pkg);
        QVERIFY(!f.client->waitForLine("OK").isNull());
        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(pkg, QCryptographicHash::Md5).toHex());
        QCOMPARE(f.client->run("AT+CFOTA=5,313," + md5), QStringLiteral("ERROR"));
        QCOMPARE(f.client->command("AT+CFOTA=5,313," + md5).last(), QStringLiteral("OK")); // one shot
    }

    // ipr-ignored: the firmware answers OK to AT+IPR=<rate> and stores the
    // rate, but only its next boot applies it; until `clear`, every change is.
    void anIgnoredRateChangeTakesEffectAtTheNextBoot_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("route");
        QTest::newRow("sierra-hl78xx, addFault") << int(Family::SierraHl78xx) << "addFault";
        QTest::newRow("simcom-sim7020, control socket") << int(Family::SimcomSim7020) << "control socket";
        QTest::newRow("sierra-hl78xx, --fault") << int(Family::SierraHl78xx) << "--fault";
    }

    void anIgnoredRateChangeTakesEffectAtTheNextBoot()
    {
        QFETCH(int, family);
        QFETCH(QString, route);
        SimFixture f;
        SimModuleConfig c = f.config(Family(family));
        if (route == QLatin1String("--fault"))
            c.faults = {"ipr-ignored"};
        QVERIFY(f.start(c));
        if (route != QLatin1String("--fault"))
            QVERIFY(addFault(*f.module, route, "ipr-ignored"));
        QCOMPARE(f.module->faultSpecs(), QStringList{"ipr-ignored"});

        QCOMPARE(f.client->run("AT+IPR=460800"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK")); // still 115200
        QCOMPARE(f.client->run("AT+IPR=921600"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK")); // ignored again
        // The firmware believes it switched: only an exchange tells.
        QCOMPARE(f.client->command("AT+IPR?"), (QStringList{"+IPR: 921600", "OK"}));
        QCOMPARE(f.module->moduleBaud(), 115200);

        // The next boot comes up at the stored rate.
        QVERIFY(f.client->setBaud(921600));
        f.module->reboot();
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(f.waitForBoot());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
        QCOMPARE(f.module->moduleBaud(), 921600);
        QSignalSpy commands(f.module.get(), &SimModule::commandReceived);
        QVERIFY(f.client->setBaud(115200));
        const qsizetype before = f.client->allBytes().size();
        f.client->write("AT\r");
        QTRY_VERIFY(f.client->allBytes().size() >= before + 3); // the echo, garbled
        QVERIFY2(isGarbage(f.client->allBytes().mid(before)), f.client->allBytes().mid(before).toHex().constData());
        QCOMPARE(commands.size(), 0);

        // Cleared, a change applies after its OK again.
        f.module->clearFaults();
        QVERIFY(f.client->setBaud(921600));
        QCOMPARE(f.client->run("AT+IPR=115200"), QStringLiteral("OK"));
        QTRY_COMPARE(f.module->moduleBaud(), 115200);
        QVERIFY(f.client->setBaud(115200));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    // line-limit: host and module agree on 921600, but the line cannot carry
    // the module's output that fast. The host's command still reaches the
    // module and runs; the answer arrives as garbage. At or below the limit
    // the line is clean.
    void aLineTooSlowForTheRateGarblesOnlyTheModulesOutput_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("route");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("garbled");
        QTest::newRow("sierra-hl78xx above the limit") << int(Family::SierraHl78xx) << "addFault"
                                                       << "line-limit:460800" << true;
        QTest::newRow("simcom-sim7020 above the limit, control socket")
            << int(Family::SimcomSim7020) << "control socket" << "line-limit:460800" << true;
        QTest::newRow("sierra-hl78xx at the limit") << int(Family::SierraHl78xx) << "addFault"
                                                    << "line-limit:921600" << false;
    }

    void aLineTooSlowForTheRateGarblesOnlyTheModulesOutput()
    {
        QFETCH(int, family);
        QFETCH(QString, route);
        QFETCH(QString, fault);
        QFETCH(bool, garbled);
        SimFixture f;
        SimModuleConfig c = f.config(Family(family));
        c.baud = 921600;
        f.module = std::make_unique<SimModule>(c);
        QVERIFY(f.module->start());
        QVERIFY(f.connectClient(921600));
        QVERIFY(f.waitForBoot());
        QVERIFY(addFault(*f.module, route, fault));

        QSignalSpy commands(f.module.get(), &SimModule::commandReceived);
        const qsizetype before = f.client->allBytes().size();
        const QByteArray command = "AT+IPR=115200\r";
        f.client->write(command);
        QTRY_COMPARE(commands.size(), 1); // it reached the module
        QCOMPARE(commands.first().first().toString(), QStringLiteral("AT+IPR=115200"));
        QTRY_COMPARE(f.module->moduleBaud(), 115200); // and ran
        const QByteArray answer = command + "\r\nOK\r\n"; // with its echo
        QTRY_VERIFY(f.client->allBytes().size() >= before + answer.size());
        const QByteArray got = f.client->allBytes().mid(before);
        if (garbled) {
            QVERIFY2(isGarbage(got), got.toHex().constData());
            QVERIFY(!f.client->allLines().contains("OK"));
        } else {
            QCOMPARE(got, answer);
        }
        // Below the limit the module's answers get through.
        QVERIFY(f.client->setBaud(115200));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void httpFaultsReachTheSimulatedServersToo()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        QTemporaryDir files;
        c.otaPackage = files.filePath("p.dwl");
        QFile p(c.otaPackage);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(hlPackage(3000));
        p.close();
        c.faults = {"http:500"};
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+CGDCONT=1,\"IP\",\"internet\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 11,1").isNull());
    }
};

QTEST_GUILESS_MAIN(tst_SimFaults)
#include "tst_simfaults.moc"
