#include "packages/simpackage.h"
#include "simfixture.h"

#include <QSignalSpy>
#include <QTest>

// Telit PFM flows of PROTOCOLS.md section 1 end to end.
class tst_SimTelit : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    QString package(const QString &from, const QString &to)
    {
        const QString path = m_files.filePath(from + "-" + to + ".bin");
        QFile f(path);
        if (!f.exists() && f.open(QIODevice::WriteOnly))
            f.write(SimPackage::make(Family::TelitPfm, "GE910-QUAD", from, to, 20000));
        return path;
    }

private slots:
    void aManualServerRequestUpdatesAfterTheAnswerWithEveryEventInOrder()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.otaPackage = package("10.00.005", "10.00.006");
        c.simPin = "1234";
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+CIMI"), QStringLiteral("+CME ERROR: 11"));
        QCOMPARE(f.client->run("AT+CPIN=4321"), QStringLiteral("+CME ERROR: 16"));
        QCOMPARE(f.client->run("AT+CPIN=1234"), QStringLiteral("OK"));
        QCOMPARE(f.client->command("AT+CPIN?"), (QStringList{"+CPIN: READY", "OK"}));
        QCOMPARE(f.client->run("AT+CGDCONT=1,\"IP\",\"internet\""), QStringLiteral("OK")); // kept
        QCOMPARE(f.client->run("AT#SLED=2"), QStringLiteral("OK"));                          // wiped
        QCOMPARE(f.client->run("AT#OTASNAP=\"+391234560001\""), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Registered").isNull());

        QVERIFY(f.module->serverRequest());
        QVERIFY(!f.client->waitForLine("#OTAEV: Do you want to upgrade the firmware?").isNull());
        QCOMPARE(f.client->run("AT#OTASUAN=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Start Fw Download").isNull());
        // Inhibited while the download runs; everything else still answers.
        QCOMPARE(f.client->run("AT#SGACT=1,1"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT+CGATT=1"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT+CFUN=4"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT+COPS=2"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("ATD*99#"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT+CGMR"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Fw Download Complete").isNull());

        QSignalSpy firmware(f.module.get(), &SimModule::firmwareChanged);
        QVERIFY(f.reconnectAfterReboot());
        QCOMPARE(firmware.size(), 1);
        QVERIFY(!f.client->waitForLine("#OTAEV: Module Upgraded To New FW").isNull());
        QVERIFY(!f.client->waitForLine("#OTAEV: Server notified about successful FW Upgrade").isNull());
        QCOMPARE(f.client->command("AT+CPIN?"), (QStringList{"+CPIN: SIM PIN", "OK"}));
        QCOMPARE(f.client->command("AT+CGMR"), (QStringList{"10.00.006", "OK"}));
        QCOMPARE(f.client->command("AT+CGDCONT?"), (QStringList{"+CGDCONT: 1,\"IP\",\"internet\"", "OK"}));
        QCOMPARE(f.client->command("AT#SLED?"), (QStringList{"#SLED:", "OK"}));
        QCOMPARE(f.module->firmware(), QStringLiteral("10.00.006"));
    }

    void anAutomaticRequestNeedsNoAnswer()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.otaPackage = package("10.00.005", "10.00.006");
        QVERIFY(f.start(c));
        QVERIFY(!f.module->serverRequest()); // not registered yet
        QCOMPARE(f.client->run("AT#OTASNAP=\"+391234560001\""), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Registered").isNull());
        QVERIFY(f.module->serverRequest(true));
        QVERIFY(!f.client->waitForLine("#OTAEV: Automatic Fw Upgrade Requested").isNull());
        QVERIFY(!f.client->waitForLine("#OTAEV: Start Fw Download").isNull());
        QVERIFY(!f.client->waitForLine("#OTAEV: Fw Download Complete").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("#OTAEV: Module Upgraded To New FW").isNull());
    }

    void anUnansweredRequestExpiresAndARefusedOneIsGone()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.otaPackage = package("10.00.005", "10.00.006");
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT#OTASNAP=\"+391234560001\""), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Registered").isNull());
        QVERIFY(f.module->serverRequest());
        QVERIFY(!f.client->waitForLine("#OTAEV: Do you want").isNull());
        QCOMPARE(f.client->run("AT#OTASUAN=0"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT#OTASUAN=1"), QStringLiteral("ERROR"));
        QVERIFY(f.module->serverRequest());
        QVERIFY(!f.module->serverRequest()); // one request at a time
        // The 60 s window (60 ms here) passes unanswered: the request lapses
        // and the server may ask again.
        QVERIFY(QTest::qWaitFor([&] { return f.module->serverRequest(); }, 5000));
        QVERIFY(!f.client->waitForLine("#OTAEV: Do you want").isNull());
    }

    void tcpIpUpdateOfAPackageForAnotherVersionFails()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.otaPackage = package("10.00.004", "10.00.006");
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT#OTAIPUPD"), QStringLiteral("ERROR")); // not registered over IP
        QCOMPARE(f.client->run("AT#OTASNAPIP=5000,\"pfm.example\""), QStringLiteral("ERROR")); // no IPCFG yet
        QCOMPARE(f.client->run("AT#OTASNAPIPCFG=1,\"internet\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT#OTASNAPIP=5000,\"pfm.example\""), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Registered").isNull());
        QCOMPARE(f.client->run("AT#OTAIPUPD"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("#OTAEV: Start Fw Download").isNull());
        QVERIFY(!f.client->waitForLine("#OTAEV: Fw Download Complete").isNull());
        QVERIFY(!f.client->waitForLine("#OTAEV: OTA FW Upgrade Failed").isNull());
        QCOMPARE(f.client->command("AT+CGMR"), (QStringList{"10.00.005", "OK"}));
    }

    void firmwareGatesTheServerProtocols_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("snapip");
        QTest::addColumn<QString>("ipupd");
        QTest::newRow("10.00.002: SMS only") << "10.00.002" << "ERROR" << "ERROR";
        QTest::newRow("10.00.003: combined") << "10.00.003" << "OK" << "ERROR";
        QTest::newRow("10.00.004: TCP/IP only") << "10.00.004" << "OK" << "OK";
        QTest::newRow("13.00.002") << "13.00.002" << "OK" << "OK";
    }

    void firmwareGatesTheServerProtocols()
    {
        QFETCH(QString, firmware);
        QFETCH(QString, snapip);
        QFETCH(QString, ipupd);
        SimFixture f;
        SimModuleConfig c = f.config(Family::TelitPfm);
        c.firmware = firmware;
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT#OTASNAPIPCFG=1,\"internet\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT#OTASNAPIP=5000,\"pfm.example\""), snapip);
        if (snapip == QLatin1String("OK"))
            QVERIFY(!f.client->waitForLine("#OTAEV: Registered").isNull());
        QCOMPARE(f.client->run("AT#OTAIPUPD"), ipupd);
        if (ipupd == QLatin1String("OK"))
            QVERIFY(!f.client->waitForLine("#OTAEV: Notified").isNull()); // no package on the server
    }

    void aSettingWithBytesNoModuleTakesIsRefusedAndKept()
    {
        // What a backup damaged by line noise would write back.
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        QCOMPARE(f.client->run("AT#NITZ=1"), QStringLiteral("OK"));
        QCOMPARE(f.client->run(QString::fromLatin1("AT#NITZ=\xa7" "1")), QStringLiteral("ERROR"));
        QCOMPARE(f.client->command("AT#NITZ?"), (QStringList{"#NITZ: 1", "OK"}));
    }

    void otaevCanBeSwitchedOff()
    {
        SimFixture f;
        QVERIFY(f.start(Family::TelitPfm));
        QCOMPARE(f.client->run("AT#OTASUAN=0,0"), QStringLiteral("OK"));
        QCOMPARE(f.client->command("AT#OTASUAN?"), (QStringList{"#OTASUAN: 0", "OK"}));
        QCOMPARE(f.client->run("AT#OTASNAP=\"+391234560001\""), QStringLiteral("OK"));
        QTRY_VERIFY(!f.client->run("AT#OTASNAP?").isEmpty());
        QVERIFY(f.client->waitForLine("#OTAEV:", 300).isNull());
    }
};

QTEST_GUILESS_MAIN(tst_SimTelit)
#include "tst_simtelit.moc"
