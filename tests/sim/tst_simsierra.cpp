#include "packages/simpackage.h"
#include "simfixture.h"
#include "xmodemsender.h"

#include <QTest>

// HL78xx flows (PROTOCOLS.md 4): local 1K-XMODEM update, AirVantage operation
// with agreements, deferrals, suspend and resume.
class tst_SimSierra : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;

    static QByteArray package(const QString &from, const QString &to, qint64 size = 20000)
    {
        return SimPackage::make(Family::SierraHl78xx, "HL7800", from, to, size);
    }

    QString packageFile(const QByteArray &bytes)
    {
        const QString path = m_files.filePath(QString::number(qHash(bytes)) + ".dwl");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }

    static void withApn(SimFixture &f)
    {
        QCOMPARE(f.client->run("AT+CGDCONT=1,\"IP\",\"internet\""), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSS=2,1"), QStringLiteral("OK"));
    }

private slots:
    void aLocalXmodemUpdateInstallsAndReportsSuccess_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("oneK");
        QTest::newRow("WDSD, 1K blocks") << "AT+WDSD" << true;
        QTest::newRow("WSDS, 128-byte blocks") << "AT+WSDS" << false;
    }

    void aLocalXmodemUpdateInstallsAndReportsSuccess()
    {
        QFETCH(QString, command);
        QFETCH(bool, oneK);
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        const QByteArray pkg = package("BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190101", 5000);
        QCOMPARE(f.client->run(QStringLiteral("%1=%2").arg(command).arg(pkg.size())), QStringLiteral("OK"));
        const XmodemSendResult sent = sendXmodem(*f.client, pkg, oneK);
        QVERIFY(sent.ok);
        QCOMPARE(sent.naks, 0);
        QCOMPARE(f.module->uploadedPackage(), pkg);
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 12").isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 14").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("+WDSI: 16").isNull());
        QCOMPARE(f.client->command("AT+CGMR"), (QStringList{"BHL7800.1.7.0.0.20190101", "OK"}));
    }

    void aDeltaForAnotherVersionFailsWith15()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        const QByteArray pkg = package("BHL7800.1.5.0.0.20170101", "BHL7800.1.7.0.0.20190101", 3000);
        QCOMPARE(f.client->run(QStringLiteral("AT+WDSD=%1").arg(pkg.size())), QStringLiteral("OK"));
        QVERIFY(sendXmodem(*f.client, pkg).ok);
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 14").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("+WDSI: 15").isNull());
        QCOMPARE(f.module->firmware(), QStringLiteral("BHL7800.1.6.3.0.20180803"));
    }

    void bytesThatAreNoSignedPackageAreNotCertified()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SierraHl78xx));
        const QByteArray junk(2000, 'j');
        QCOMPARE(f.client->run("AT+WDSD=2000"), QStringLiteral("OK"));
        QVERIFY(sendXmodem(*f.client, junk).ok);
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 13").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("+CME ERROR: 3"));
    }

    void nothingArrivingEndsTheTransferWithCme3()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.timeScale = 0.0002; // 5 min -> 60 ms (the receiver waits at least 1 s)
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+WDSD=1000"), QStringLiteral("OK"));
        QVERIFY(f.client->waitForBytes("C"));
        QVERIFY(!f.client->waitForLine("+CME ERROR: 3").isNull());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK")); // back in command mode
    }

    void firmware4DropsTheBlankInWdsi()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.firmware = "HL7800.4.4.14.0";
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+WDSD=500"), QStringLiteral("OK"));
        QVERIFY(sendXmodem(*f.client, QByteArray(500, 'x')).ok);
        QVERIFY(!f.client->waitForLine("+WDSI:3").isNull());
    }

    void anAirVantageOperationRunsWithAgreements()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        const QByteArray pkg = package(c.firmware, "BHL7800.1.7.0.0.20190101", 40000);
        c.otaPackage = packageFile(pkg);
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("+CME ERROR: 650")); // no APN yet
        withApn(f);
        QCOMPARE(f.client->run("AT+WDSC=1,1"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSC=2,1"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("OK"));
        for (const char *urc : {"+WDSI: 23,1", "+WDSI: 4", "+WDSI: 6"})
            QVERIFY2(!f.client->waitForLine(urc).isNull(), urc);
        QCOMPARE(f.client->waitForLine("+WDSI: 9,"), "+WDSI: 9," + QString::number(pkg.size()));
        QVERIFY(!f.client->waitForLine("+WDSI: 2").isNull());
        // Deferred by a minute (60 ms here): the request comes back.
        QCOMPARE(f.client->run("AT+WDSR=2,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 2").isNull());
        QCOMPARE(f.client->run("AT+WDSR=3"), QStringLiteral("OK"));
        for (int p = 10; p <= 100; p += 10)
            QVERIFY(!f.client->waitForLine(QStringLiteral("+WDSI: 18,%1").arg(p)).isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 10").isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 12").isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=5,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
        QCOMPARE(f.client->run("AT+WDSR=4"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 14").isNull());
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("+WDSI: 16").isNull());
        QCOMPARE(f.module->firmware(), QStringLiteral("BHL7800.1.7.0.0.20190101"));
    }

    void aConnectAgreementComesFirstWhenEnabled()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.otaPackage = packageFile(package(c.firmware, "X", 3000));
        QVERIFY(f.start(c));
        withApn(f);
        QCOMPARE(f.client->run("AT+WDSC=0,1"), QStringLiteral("OK"));
        QVERIFY(f.module->serverRequest());
        QVERIFY(!f.client->waitForLine("+WDSI: 1").isNull());
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("+CME ERROR: 650")); // an agreement is pending
        QCOMPARE(f.client->run("AT+WDSR=0,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 1").isNull());
        QCOMPARE(f.client->run("AT+WDSR=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 23,1").isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 9,").isNull());
    }

    void aFailedDownloadEndsTheSessionAndTheNextSessionOffersItAgain_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("indication");
        QTest::newRow("HTTP error") << "http:500" << "+WDSI: 11,1";
        QTest::newRow("not certified") << "bad-checksum" << "+WDSI: 13";
    }

    void aFailedDownloadEndsTheSessionAndTheNextSessionOffersItAgain()
    {
        QFETCH(QString, fault);
        QFETCH(QString, indication);
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        const QByteArray pkg = package(c.firmware, "BHL7800.1.7.0.0.20190101", 3000);
        c.otaPackage = packageFile(pkg);
        QVERIFY(f.start(c));
        withApn(f);
        f.module->addFault(fault);
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine(indication).isNull());
        // The failure is reported and the session ends; the operation stays open.
        QVERIFY(!f.client->waitForLine("+WDSI: 8").isNull());
        QVERIFY(f.client->command("AT+WDSS?").contains("+WDSS: 1,0"));
        f.module->clearFaults();
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("OK"));
        QCOMPARE(f.client->waitForLine("+WDSI: 9,"), "+WDSI: 9," + QString::number(pkg.size()));
        QVERIFY(!f.client->waitForLine("+WDSI: 12").isNull());
    }

    void aSuspendedDownloadResumesWithWhatIsLeft()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.timeScale = 0.002;
        const QByteArray pkg = package(c.firmware, "BHL7800.1.7.0.0.20190101", 100000);
        c.otaPackage = packageFile(pkg);
        QVERIFY(f.start(c));
        withApn(f);
        QCOMPARE(f.client->run("AT+WDSC=1,1"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSS=1,1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 2").isNull());
        QCOMPARE(f.client->run("AT+WDSR=3"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 18,40").isNull());
        QCOMPARE(f.client->run("AT+WDSS=1,0"), QStringLiteral("OK")); // stopping the session suspends
        QVERIFY(!f.client->waitForLine("+WDSI: 8").isNull());
        f.module->unplug(std::chrono::milliseconds(20)); // and so does a power loss
        QVERIFY(f.reconnectAfterReboot());
        const QString remaining = f.client->waitForLine("+WDSI: 9,");
        QVERIFY(!remaining.isNull());
        const qint64 left = remaining.section(',', 1).toLongLong();
        QVERIFY2(left > 0 && left <= pkg.size() * 6 / 10, qPrintable(remaining));
        QVERIFY(!f.client->waitForLine("+WDSI: 2").isNull());
        QCOMPARE(f.client->run("AT+WDSR=3"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+WDSI: 18,100").isNull());
        QVERIFY(!f.client->waitForLine("+WDSI: 10").isNull());
    }
};

QTEST_GUILESS_MAIN(tst_SimSierra)
#include "tst_simsierra.moc"
