#include "packages/simpackage.h"
#include "simfixture.h"
#include "xmodemsender.h"

#include <QTest>

// The strict personality (sim/README.md): never kinder than a real module.
// Unknown commands answer +CME ERROR, the HL78xx knows only AT+WSDS, the
// SIM7020 takes 1024 bytes per AT+CFLW, and a host that dies mid-transfer
// leaves the XMODEM receiver or the CFLW prompt waiting in real time.
class tst_SimStrict : public QObject
{
    Q_OBJECT

    static SimModuleConfig strict(SimFixture &f, Family family, bool on = true)
    {
        SimModuleConfig c = f.config(family);
        c.strict = on;
        return c;
    }

private slots:
    void unknownCommandsAnswerCmeErrorAsCmeeWordsIt_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<bool>("strict");
        QTest::addColumn<QString>("cmee");
        QTest::addColumn<QString>("answer");
        for (Family family : {Family::TelitPfm, Family::Cinterion, Family::SimcomSim7020, Family::SierraHl78xx}) {
            const QByteArray id = familyId(family).toLatin1();
            QTest::addRow("%s strict numeric", id.constData()) << int(family) << true << "AT+CMEE=1" << "+CME ERROR: 100";
            QTest::addRow("%s strict verbose", id.constData()) << int(family) << true << "AT+CMEE=2" << "+CME ERROR: unknown";
            QTest::addRow("%s strict, CMEE=0", id.constData()) << int(family) << true << "AT+CMEE=0" << "ERROR";
            QTest::addRow("%s default", id.constData()) << int(family) << false << "AT+CMEE=2" << "ERROR";
        }
    }

    void unknownCommandsAnswerCmeErrorAsCmeeWordsIt()
    {
        QFETCH(int, family);
        QFETCH(bool, strict);
        QFETCH(QString, cmee);
        QFETCH(QString, answer);
        SimFixture f;
        QVERIFY(f.start(tst_SimStrict::strict(f, Family(family), strict)));
        QCOMPARE(f.client->run(cmee), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+FDNOSUCHCMD"), answer);
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void theStrictHl78xxKnowsOnlyTheNotesSpelling()
    {
        SimFixture f;
        QVERIFY(f.start(strict(f, Family::SierraHl78xx)));
        QCOMPARE(f.client->run("AT+WDSD=3000"), QStringLiteral("+CME ERROR: 100"));
        QCOMPARE(f.client->run("AT+CMEE=2"), QStringLiteral("OK"));
        QCOMPARE(f.client->run("AT+WDSD=3000"), QStringLiteral("+CME ERROR: unknown"));
        const QByteArray pkg = SimPackage::make(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803",
                                                "BHL7800.1.7.0.0.20190101", 3000);
        QCOMPARE(f.client->run(QStringLiteral("AT+WSDS=%1").arg(pkg.size())), QStringLiteral("OK"));
        QVERIFY(sendXmodem(*f.client, pkg).ok);
        QCOMPARE(f.module->uploadedPackage(), pkg);
    }

    void theStrictSim7020TakesAtMost1024BytesAWrite_data()
    {
        QTest::addColumn<bool>("strict");
        QTest::addColumn<int>("length");
        QTest::addColumn<bool>("taken");
        QTest::newRow("strict 1024") << true << 1024 << true;
        QTest::newRow("strict 1025") << true << 1025 << false;
        QTest::newRow("strict 4096") << true << 4096 << false;
        QTest::newRow("default 4096") << false << 4096 << true;
    }

    void theStrictSim7020TakesAtMost1024BytesAWrite()
    {
        QFETCH(bool, strict);
        QFETCH(int, length);
        QFETCH(bool, taken);
        SimFixture f;
        QVERIFY(f.start(tst_SimStrict::strict(f, Family::SimcomSim7020, strict)));
        QCOMPARE(f.client->run("AT+CFLE=0,0,1"), QStringLiteral("OK"));
        f.client->skipAll();
        if (!taken) {
            QCOMPARE(f.client->run(QStringLiteral("AT+CFLW=0,0,%1,0,30").arg(length)), QStringLiteral("ERROR"));
            return;
        }
        f.client->write(QStringLiteral("AT+CFLW=0,0,%1,0,30\r").arg(length).toLatin1());
        QVERIFY(f.client->waitForBytes("> "));
        f.client->write(QByteArray(length, 'x'));
        QVERIFY(!f.client->waitForLine("OK").isNull());
    }

    // Before the first block (the sender died after AT+WSDS) and after some
    // blocks (it died mid-file): a new host's AT is not answered, the
    // receiver keeps asking long past the default personality's scaled
    // give-up, and only CAN CAN brings it back.
    void aReceiverLeftByADeadSenderWaitsUntilCancelled_data()
    {
        QTest::addColumn<int>("blocks");
        QTest::newRow("before the first block") << 0;
        QTest::newRow("after three blocks") << 3;
    }

    void aReceiverLeftByADeadSenderWaitsUntilCancelled()
    {
        QFETCH(int, blocks);
        SimFixture f;
        QVERIFY(f.start(strict(f, Family::SierraHl78xx)));
        const QByteArray pkg = SimPackage::make(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803",
                                                "BHL7800.1.7.0.0.20190101", 20000);
        QCOMPARE(f.client->run(QStringLiteral("AT+WSDS=%1").arg(pkg.size())), QStringLiteral("OK"));
        if (blocks > 0)
            QCOMPARE(sendXmodem(*f.client, pkg, true, blocks).blocksSent, blocks);
        else
            QCOMPARE(waitForControl(*f.client), 'C');
        QVERIFY(f.connectClient()); // the dead host's port is gone; a new one opens
        // At a time scale of 1/1000 the default personality gave up after
        // 1 s before the first block; the strict one still asks after 3 s.
        QCOMPARE(f.client->run("AT", 1000), QString());
        const char asked = waitForControl(*f.client, 12000);
        QVERIFY2(asked == (blocks > 0 ? XmodemBlocks::NAK : 'C'), qPrintable(QString::number(int(asked))));
        QVERIFY(f.client->linesStartingWith("+CME ERROR").isEmpty());
        f.client->write(QByteArray(2, XmodemBlocks::CAN));
        QVERIFY(!f.client->waitForLine("+CME ERROR: 3").isNull());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }

    void aCflwPromptLeftByADeadHostTakesTheNextBytesAsData()
    {
        SimFixture f;
        QVERIFY(f.start(strict(f, Family::SimcomSim7020)));
        QCOMPARE(f.client->run("AT+CFLE=0,0,1"), QStringLiteral("OK"));
        f.client->write("AT+CFLW=0,0,1024,0,30\r");
        QVERIFY(f.client->waitForBytes("> "));
        f.client->write(QByteArray(300, 'x'));
        QVERIFY(f.connectClient());
        QCOMPARE(f.client->run("AT", 1000), QString()); // three more bytes of data
        f.client->write(QByteArray(1024 - 300 - 3, char(0xff)));
        QVERIFY(!f.client->waitForLine("OK").isNull());
        QCOMPARE(f.client->run("AT"), QStringLiteral("OK"));
    }
};

QTEST_GUILESS_MAIN(tst_SimStrict)
#include "tst_simstrict.moc"
