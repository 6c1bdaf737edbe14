#include "packages/simpackage.h"
#include "simfixture.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace std::chrono_literals;

// Cinterion AT^SNFOTA over real HTTP, AT^SFDL=2, settings reset (PROTOCOLS.md 2).
class tst_SimCinterion : public QObject
{
    Q_OBJECT

    TestHttpServer m_http;
    QByteArray m_good;

    static QString sha(const QByteArray &b)
    {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Sha256).toHex());
    }

    // Configures the download of `path` with the given hash and starts it.
    static void configure(SimFixture &f, const QString &url, const QString &crc)
    {
        QCOMPARE(f.client->run("AT+CGDCONT=1,\"IP\",\"internet\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"url\",\"" + url + "\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"conid\",\"1\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"crc\",\"" + crc + "\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"urc\",1"), QStringLiteral("OK"));
    }

    // The act URCs until one with an error or 100 %; returns "error,progress" list.
    static QStringList actUntilDone(SimFixture &f, int timeoutMs = 10000)
    {
        QStringList seen;
        static const QRegularExpression re(QStringLiteral("\\^SNFOTA: \"act\",\"?(\\d+)\"?,\"?(\\d+)\"?,\"?(\\d+)\"?"));
        for (;;) {
            const QString line = f.client->waitForLine("^SNFOTA: \"act\"", timeoutMs);
            if (line.isNull())
                return seen << "timeout";
            const auto m = re.match(line);
            seen << m.captured(2) + "," + m.captured(3);
            if (m.captured(2) != "0" || m.captured(3) == "100")
                return seen;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_http.listen());
        m_good = SimPackage::make(Family::Cinterion, "EXS82-W", "01.000", "01.100", 400000);
        m_http.serve("/good.usf", m_good);
        m_http.serve("/wrong-version.usf", SimPackage::make(Family::Cinterion, "EXS82-W", "00.900", "01.100", 50000));
        m_http.serve("/huge.usf", QByteArray(11 * 1024 * 1024 + 1, 'x'));
    }

    void aDownloadReportsEveryTenPercentInstallsAndResetsTheSettings()
    {
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        QCOMPARE(f.client->command("AT^SCFG=\"Radio/Band/CatM\",\"00080004\"").last(), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+CEMODE=0"), QStringLiteral("OK"));
        configure(f, m_http.url("/good.usf"), sha(m_good));
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f), (QStringList{"0,0", "0,10", "0,20", "0,30", "0,40", "0,50", "0,60", "0,70", "0,80", "0,90", "0,100"}));

        QCOMPARE(f.client->run("AT^SFDL=2"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("FOTA START").isNull());
        QVERIFY(!f.client->waitForLine("Checksum OK").isNull());
        QVERIFY(!f.client->waitForLine("........").isNull());
        QVERIFY(!f.client->waitForLine("PHASE 1 OK!").isNull());
        QVERIFY(!f.client->waitForLine(".Please Wait for PHASE 2 to complete").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("^SYSSTART").isNull());
        QVERIFY(!f.client->waitForLine("+CIEV: prov,0,\"fallb3gpp\"").isNull());
        QCOMPARE(f.client->command("ATI1"), (QStringList{"Cinterion", "EXS82-W", "REVISION 01.100", "A-REVISION 01.100.02", "OK"}));
        // Table 3 is back at factory values; the ^SNFOTA configuration is not.
        QCOMPARE(f.client->command("AT^SCFG=\"Radio/Band/CatM\"").first(), QStringLiteral("^SCFG: \"Radio/Band/CatM\",\"080e189f\""));
        QCOMPARE(f.client->command("AT+CEMODE?").first(), QStringLiteral("+CEMODE: 2"));
        QCOMPARE(f.client->command("AT+CGDCONT?"), QStringList{"OK"});
        QCOMPARE(f.client->command("AT^SNFOTA=\"url\"").first(), "^SNFOTA: \"url\",\"" + m_http.url("/good.usf") + "\"");
    }

    void everyDocumentedErrorIsReachable_data()
    {
        QTest::addColumn<QString>("path");   // "" = no url; "closed" = nobody listens
        QTest::addColumn<QString>("crc");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("result"); // error,progress of the last act URC
        const QString good = sha(m_good);
        QTest::newRow("404 -> 10 firmware not available") << "/missing.usf" << good << "" << "10,0";
        QTest::newRow("bad hash -> 11 integrity") << "/good.usf" << QString(64, 'f') << "" << "11,100";
        QTest::newRow("no server -> 6 timeout") << "closed" << good << "" << "6,0";
        QTest::newRow("too large -> 8 no space") << "/huge.usf" << good << "" << "8,0";
        QTest::newRow("server error -> 3") << "/good.usf" << good << "http:500" << "3,0";
        QTest::newRow("connection reset -> 5 socket") << "/good.usf" << good << "http:reset" << "5,0";
        QTest::newRow("no answer -> 6 timeout") << "/good.usf" << good << "http:timeout" << "6,0";
        QTest::newRow("no url -> 14 config") << "" << good << "" << "14,0";
        QTest::newRow("bad-hash fault -> 11") << "/good.usf" << good << "bad-hash" << "11,100";
    }

    void everyDocumentedErrorIsReachable()
    {
        QFETCH(QString, path);
        QFETCH(QString, crc);
        QFETCH(QString, fault);
        QFETCH(QString, result);
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        if (!fault.isEmpty())
            QVERIFY(f.module->addFault(fault));
        const QString url = path.isEmpty() ? QString()
                            : path == "closed" ? QStringLiteral("http://127.0.0.1:1/x.usf") : m_http.url(path);
        configure(f, url, crc);
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), result);
        QCOMPARE(f.client->run("AT^SFDL=2"), QStringLiteral("+CME ERROR: 3")); // nothing to install
    }

    void anUndefinedContextIsAPdpActivationError()
    {
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        configure(f, m_http.url("/good.usf"), sha(m_good));
        QCOMPARE(f.client->run("AT^SNFOTA=\"conid\",\"3\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), QStringLiteral("13,0"));
    }

    void actZeroIsAUserBreak()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.timeScale = 1; // the stalled download must not time out first
        c.faults = {"http:timeout"};
        QVERIFY(f.start(c));
        configure(f, m_http.url("/good.usf"), sha(m_good));
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",0"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), QStringLiteral("12,0"));
        QCOMPARE(f.client->command("AT^SNFOTA?").value(4), QStringLiteral("^SNFOTA: \"act\",\"2\",\"12\",\"0\""));
    }

    void anInterruptedDownloadResumesWithARangeRequest()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.faults = {"port-loss:download@20%"};
        QVERIFY(f.start(c));
        configure(f, m_http.url("/good.usf"), sha(m_good));
        const qsizetype before = m_http.requests().size();
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(f.waitForBoot());
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), QStringLiteral("0,100"));
        QCOMPARE(m_http.requests().size(), before + 2);
        QVERIFY2(m_http.rangeHeaders().last().startsWith("bytes="), qPrintable(m_http.rangeHeaders().join('|')));
        QVERIFY(m_http.rangeHeaders().at(before).isEmpty());
    }

    void anInterruptedInstallStartsOverAtTheNextBoot()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.faults = {"power-cut:install@50%"};
        c.timeScale = 0.01; // the resumed install must outlast the reconnection
        QVERIFY(f.start(c));
        configure(f, m_http.url("/good.usf"), sha(m_good));
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), QStringLiteral("0,100"));
        QCOMPARE(f.client->run("AT^SFDL=2"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("FOTA START").isNull());
        QVERIFY(f.reconnectAfterReboot()); // power cut halfway
        QVERIFY(!f.client->waitForLine("FOTA START").isNull());
        QVERIFY(!f.client->waitForLine("PHASE 1 OK!").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("^SYSSTART").isNull());
        QCOMPARE(f.module->firmware(), QStringLiteral("01.100"));
    }

    void aDeltaForAnotherVersionLeavesTheFirmware()
    {
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        configure(f, m_http.url("/wrong-version.usf"), "");
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(actUntilDone(f).last(), QStringLiteral("0,100"));
        QCOMPARE(f.client->run("AT^SFDL=2"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("PHASE 1 FAILED!").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("^SYSSTART").isNull());
        QCOMPARE(f.client->command("AT+CGMR").first(), QStringLiteral("REVISION 01.000"));
    }

    // The LwM2M server of fotadesk-sim updates a module whose client was
    // started; the host follows object 5 by reading it.
    void anLwm2mServerUpdatesAStartedClientThroughObject5_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("result"); // /5/0/5 at the end
        QTest::addColumn<QString>("firmware");
        QTest::newRow("success") << QString() << "1" << "REVISION 01.100";
        QTest::newRow("integrity check failure") << "bad-checksum" << "5" << "REVISION 01.000";
        QTest::newRow("connection lost") << "http:500" << "4" << "REVISION 01.000";
        QTest::newRow("power lost while downloading") << "port-loss:download@50%" << "4" << "REVISION 01.000";
    }

    void anLwm2mServerUpdatesAStartedClientThroughObject5()
    {
        QFETCH(QString, fault);
        QFETCH(QString, result);
        QFETCH(QString, firmware);
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.otaPackage = QDir(qEnvironmentVariable("FOTADESK_TEST_TMP")).filePath("lwm2m-" + QString::fromLatin1(QTest::currentDataTag()).replace(' ', '-') + ".usf");
        QFile p(c.otaPackage);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(SimPackage::make(Family::Cinterion, "EXS82-W", "01.000", "01.100", 5000));
        p.close();
        QVERIFY(f.start(c));
        if (!fault.isEmpty())
            QVERIFY(f.module->addFault(fault));
        auto object = [&](const char *resource) {
            const QStringList answer = f.client->command(QStringLiteral("AT^SNLWM2M=cfg,MODS,%1").arg(resource));
            return answer.value(0).section(',', 3).remove('"');
        };
        QVERIFY(!f.module->serverRequest()); // no client started: nobody to talk to
        QCOMPARE(f.client->run("AT^SNLWM2M=act,MODS,start"), QStringLiteral("OK"));
        QVERIFY(f.module->serverRequest());
        QCOMPARE(object("/5/0/3"), QStringLiteral("1")); // downloading
        if (fault.startsWith("port-loss")) {
            QVERIFY(f.reconnectAfterReboot(30000));
            QCOMPARE(object("/5/0/5"), result);
            QCOMPARE(object("/5/0/3"), QStringLiteral("0"));
        } else if (result != "1") {
            QTRY_COMPARE_WITH_TIMEOUT(object("/5/0/5"), result, 20000); // 12 s at least: the download a poller can see
            QCOMPARE(object("/5/0/3"), QStringLiteral("0"));
        } else {
            // Downloaded (2), then the server executes /5/0/2: updating (3).
            QVERIFY(!f.client->waitForLine("FOTA START", 20000).isNull());
            QVERIFY(f.reconnectAfterReboot());
            QVERIFY(!f.client->waitForLine("^SYSSTART").isNull());
            QCOMPARE(object("/5/0/3"), QStringLiteral("0"));
            QCOMPARE(object("/5/0/5"), result);
        }
        QCOMPARE(f.client->command("AT+CGMR").first(), firmware);
    }

    void newerFirmwareQuotesTheNumbersOfTheProgressUrc()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::Cinterion);
        c.firmware = "02.000";
        QVERIFY(f.start(c));
        configure(f, QStringLiteral("http://127.0.0.1:1/x.usf"), "");
        QCOMPARE(f.client->run("AT^SNFOTA=\"act\",2"), QStringLiteral("OK"));
        QCOMPARE(f.client->waitForLine("^SNFOTA: \"act\""), QStringLiteral("^SNFOTA: \"act\",\"2\",\"6\",\"0\""));
    }

    void aCertificateIsTakenInBinaryDataMode()
    {
        SimFixture f;
        QVERIFY(f.start(Family::Cinterion));
        QByteArray der("\x30\x82\x01\x00", 4);
        der += QByteArray(256, 'c');
        f.client->write("AT^SBNW=is_cert,1\r");
        QVERIFY(!f.client->waitForLine("CONNECT").isNull());
        f.client->write(der);
        QVERIFY(!f.client->waitForLine("SECURE CMD END OK").isNull());
        QVERIFY(!f.client->waitForLine("OK").isNull());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }
};

QTEST_GUILESS_MAIN(tst_SimCinterion)
#include "tst_simcinterion.moc"
