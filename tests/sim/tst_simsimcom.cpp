#include "packages/simpackage.h"
#include "simfixture.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QTest>

// SIMCom SIM7020 flows (PROTOCOLS.md 3): CFOTA over the air, the flash
// partition, CFOTA=5 with MD5, HTTP to file system.
class tst_SimSimcom : public QObject
{
    Q_OBJECT

    QTemporaryDir m_files;
    TestHttpServer m_http;

    static QString md5(const QByteArray &b)
    {
        return QString::fromLatin1(QCryptographicHash::hash(b, QCryptographicHash::Md5).toHex());
    }

    static bool write(SimFixture &f, qint64 offset, const QByteArray &data)
    {
        f.client->write(QStringLiteral("AT+CFLW=0,%1,%2,0,30\r").arg(offset).arg(data.size()).toLatin1());
        if (!f.client->waitForBytes("> "))
            return false;
        f.client->write(data);
        return !f.client->waitForLine("OK").isNull();
    }

    static bool upload(SimFixture &f, const QByteArray &package)
    {
        const int blocks = int((package.size() + 4095) / 4096);
        if (f.client->run(QStringLiteral("AT+CFLE=0,0,%1").arg(blocks)) != QLatin1String("OK"))
            return false;
        for (qsizetype off = 0; off < package.size(); off += 4096) {
            if (!write(f, off, package.mid(off, 4096)))
                return false;
        }
        return true;
    }

    static void expectUpdateBoot(SimFixture &f, const char *result)
    {
        QVERIFY(f.reconnectAfterReboot());
        QVERIFY(!f.client->waitForLine("*MATREADY: 1").isNull());
        QVERIFY(!f.client->waitForLine("+CFUN: 1").isNull());
        QVERIFY(!f.client->waitForLine(result, 15000).isNull());
        QVERIFY(!f.client->waitForLine("+CPIN: READY").isNull());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_http.listen());
    }

    void anOverTheAirUpdateRunsItsWholeSequence()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SimcomSim7020);
        c.otaPackage = m_files.filePath("ota.bin");
        QFile p(c.otaPackage);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(SimPackage::make(Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", 30000));
        p.close();
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+CFOTA=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CFOTA: Start to download new package").isNull());
        QVERIFY(!f.client->waitForLine("+CFOTA: Download completed").isNull());
        QVERIFY(!f.client->waitForLine("+CFOTA: Start to update,please wait for reset").isNull());
        expectUpdateBoot(f, "+CFOTA: Update successfully");
        QCOMPARE(f.client->command("AT+CGMR"), (QStringList{"1752B06SIM7020C", "OK"}));
        QCOMPARE(f.client->run("AT+CFOTA=4"), QStringLiteral("OK"));
        // The server has nothing newer now.
        QCOMPARE(f.client->run("AT+CFOTA=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CFOTA: No update package").isNull());
    }

    void aFailedDownloadLeavesTheModuleFreeToDownloadAgain()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SimcomSim7020);
        c.otaPackage = m_files.filePath("ota-again.bin");
        QFile p(c.otaPackage);
        QVERIFY(p.open(QIODevice::WriteOnly));
        p.write(SimPackage::make(Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", 3000));
        p.close();
        QVERIFY(f.start(c));
        f.module->addFault("bad-checksum");
        QCOMPARE(f.client->run("AT+CFOTA=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CFOTA: Download fail").isNull());
        QCOMPARE(f.client->run("AT+CFOTA=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CFOTA: Download completed").isNull());
        QVERIFY(!f.client->waitForLine("+CFOTA: Start to update,please wait for reset").isNull());
    }

    void withoutAPackageTheServerHasNothing()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        QCOMPARE(f.client->run("AT+CFOTA=1"), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CFOTA: No update package").isNull());
    }

    void aLocalUploadIsCheckedByMd5AndInstalled()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        const QByteArray pkg = SimPackage::make(Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C", "1752B07SIM7020C", 10000);
        QVERIFY(upload(f, pkg));
        QCOMPARE(f.module->uploadedPackage(), pkg);
        QCOMPARE(f.client->run(QStringLiteral("AT+CFOTA=5,%1,%2").arg(pkg.size()).arg(QString(32, 'a'))), QStringLiteral("ERROR"));
        QCOMPARE(f.client->command(QStringLiteral("AT+CFOTA=5,%1,%2").arg(pkg.size()).arg(md5(pkg))),
                 (QStringList{"+CFOTA: Start to update, please wait for reset", "OK"}));
        expectUpdateBoot(f, "+CFOTA: Update successfully");
        QCOMPARE(f.module->firmware(), QStringLiteral("1752B07SIM7020C"));
    }

    void aPackageForAnotherVersionFailsTheUpdate()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        const QByteArray pkg = SimPackage::make(Family::SimcomSim7020, "SIM7020C", "1752B04SIM7020C", "1752B07SIM7020C", 5000);
        QVERIFY(upload(f, pkg));
        QCOMPARE(f.client->run(QStringLiteral("AT+CFOTA=5,%1,%2").arg(pkg.size()).arg(md5(pkg))), QStringLiteral("OK"));
        expectUpdateBoot(f, "+CFOTA: Update fail");
        QCOMPARE(f.module->firmware(), QStringLiteral("1752B05SIM7020C"));
    }

    void theFlashBehavesLikeNorFlashWithinItsLimits()
    {
        SimFixture f;
        SimModuleConfig c = f.config(Family::SimcomSim7020);
        c.flashPartitionSize = 8192;
        QVERIFY(f.start(c));
        QCOMPARE(f.client->run("AT+CFLE=0,2,1"), QStringLiteral("ERROR"));      // beyond the partition
        QCOMPARE(f.client->run("AT+CFLW=0,0,4097,0,30"), QStringLiteral("ERROR")); // one write is 4096 at most
        QCOMPARE(f.client->run("AT+CFLW=0,8000,200,0,30"), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT+CFLE=0,0,2"), QStringLiteral("OK"));
        QVERIFY(write(f, 0, QByteArray("\x0f\xff", 2)));
        QVERIFY(write(f, 0, QByteArray("\xf0\xf0", 2))); // not erased in between: bits only clear
        QCOMPARE(f.client->command("AT+CFLR=0,0,3"), (QStringList{"+CFLR: 3,00F0FF", "OK"}));
        QCOMPARE(f.client->run("AT+CFLE=0,0,1"), QStringLiteral("OK"));
        QCOMPARE(f.client->command("AT+CFLR=0,0,2"), (QStringList{"+CFLR: 2,FFFF", "OK"}));
    }

    void aWriteThatNeverGetsItsBytesTimesOut()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        f.client->write("AT+CFLW=0,0,100,0,1\r");
        QVERIFY(f.client->waitForBytes("> "));
        f.client->write(QByteArray(10, 'x'));
        QCOMPARE(f.client->waitForLine("ERROR", 3000), QStringLiteral("ERROR"));
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void httpToFileSystemReportsHeadersAndErrors()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        const QByteArray pkg(5000, 'p');
        m_http.serve("/fw/pkg.bin", pkg);
        QCOMPARE(f.client->run("AT+CHTTPTOFS=0,\"/fw/pkg.bin\""), QStringLiteral("ERROR")); // no client
        QCOMPARE(f.client->command("AT+CHTTPCREATE=\"" + m_http.url({}) + "\"").first(), QStringLiteral("+CHTTPCREATE: 0"));
        QCOMPARE(f.client->run("AT+CHTTPTOFS=0,\"/fw/pkg.bin\""), QStringLiteral("ERROR")); // not connected
        QCOMPARE(f.client->run("AT+CHTTPCON=0"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+CHTTPTOFS=0,\"/fw/pkg.bin\""), QStringLiteral("OK"));
        const QString headers = f.client->waitForLine("+CHTTPNMIH: 0,200,");
        QVERIFY2(headers.contains("Content-Length: 5000"), qPrintable(headers));
        QCOMPARE(f.client->waitForLine("+CHTTPTOFSOK:"), QStringLiteral("+CHTTPTOFSOK: 0,5000,5000"));
        QCOMPARE(f.module->uploadedPackage(), pkg);
        QCOMPARE(f.client->run("AT+CHTTPTOFS=0,\"/fw/none.bin\""), QStringLiteral("OK"));
        QVERIFY(!f.client->waitForLine("+CHTTPNMIH: 0,404,").isNull());
        QCOMPARE(f.client->waitForLine("+CHTTPERR:"), QStringLiteral("+CHTTPERR: 0,404"));
        QCOMPARE(f.client->command("AT+CHTTPCREATE=\"http://127.0.0.1:1\"").first(), QStringLiteral("+CHTTPCREATE: 1"));
        QCOMPARE(f.client->run("AT+CHTTPCON=1"), QStringLiteral("ERROR")); // nobody listens
    }

    void theManualApnNeedsTheRadioOff()
    {
        SimFixture f;
        QVERIFY(f.start(Family::SimcomSim7020));
        QCOMPARE(f.client->run("AT*MCGDEFCONT=\"IP\",\"x\""), QStringLiteral("ERROR"));
    }
};

QTEST_GUILESS_MAIN(tst_SimSimcom)
#include "tst_simsimcom.moc"
