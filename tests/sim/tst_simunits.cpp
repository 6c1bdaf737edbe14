#include "command/simcommand.h"
#include "faults/faultset.h"
#include "packages/simpackage.h"
#include "simmoduleconfig.h"
#include "xmodem/xmodemreceiver.h"
#include "xmodemblocks.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSet>
#include <QTest>

// The simulator's pure parts: packages, identities, fault grammar, command
// parsing, the XMODEM receiver fed without a pty.
class tst_SimUnits : public QObject
{
    Q_OBJECT

private slots:
    void packagesRoundTripTheirHeader()
    {
        const QByteArray p = SimPackage::make(Family::SierraHl78xx, "HL7800", "1.0", "2.0", 10000);
        QCOMPARE(p.size(), 10000);
        const auto h = SimPackage::parse(p);
        QVERIFY(h);
        QCOMPARE(h->family, Family::SierraHl78xx);
        QCOMPARE(h->model, QStringLiteral("HL7800"));
        QCOMPARE(h->from, QStringLiteral("1.0"));
        QCOMPARE(h->to, QStringLiteral("2.0"));
        QVERIFY(h->intact);
        QVERIFY(h->appliesTo(Family::SierraHl78xx, "hl7800", "1.0"));
        QVERIFY(!h->appliesTo(Family::SierraHl78xx, "HL7800", "1.1"));
        QVERIFY(!h->appliesTo(Family::Cinterion, "HL7800", "1.0"));
    }

    void aDamagedOrTruncatedPackageIsNotIntact()
    {
        QByteArray p = SimPackage::make(Family::Cinterion, "EXS82-W", "01.000", "01.100", 5000);
        QByteArray flipped = p;
        flipped[4000] = char(flipped[4000] ^ 0x01);
        QVERIFY(!SimPackage::parse(flipped)->intact);
        QVERIFY(!SimPackage::parse(p.left(4999))->intact);
        QVERIFY(!SimPackage::parse(QByteArray(5000, 'x')));
    }

    void tinyPackagesGrowToTheirHeader()
    {
        const QByteArray p = SimPackage::make(Family::TelitPfm, "GE910", "a", "b", 1);
        QVERIFY(p.size() > 100);
        QVERIFY(SimPackage::parse(p)->intact);
    }

    void defaultIdentitiesAreValidAndDistinct()
    {
        QSet<QString> imeis, iccids, serials;
        for (Family f : allFamilies()) {
            for (int i = 0; i < 20; ++i) {
                const SimModuleConfig c = SimModuleConfig::defaults(f, i);
                QCOMPARE(c.imei.size(), 15);
                QCOMPARE(SimModuleConfig::luhnDigit(c.imei.left(14)), c.imei.right(1).toInt());
                QCOMPARE(SimModuleConfig::luhnDigit(c.iccid.left(c.iccid.size() - 1)), c.iccid.right(1).toInt());
                QCOMPARE(c.imsi.size(), 15);
                imeis << c.imei;
                iccids << c.iccid;
                serials << c.serial;
            }
        }
        QCOMPARE(imeis.size(), 80);
        QCOMPARE(iccids.size(), 80);
        QCOMPARE(serials.size(), 80);
        QCOMPARE(SimModuleConfig::luhnDigit("49015420323751"), 8); // a published example IMEI
    }

    void faultSpecsFollowTheGrammar_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("noise") << "noise:0.001" << true;
        QTest::newRow("noise out of range") << "noise:2" << false;
        QTest::newRow("drop") << "drop:0.0005" << true;
        QTest::newRow("nak-storm") << "nak-storm:5" << true;
        QTest::newRow("nak-storm zero") << "nak-storm:0" << false;
        QTest::newRow("silent") << "silent" << true;
        QTest::newRow("silent for a while") << "silent:2000" << true;
        QTest::newRow("port-loss") << "port-loss:xmodem@50%" << true;
        QTest::newRow("port-loss needs a point") << "port-loss:xmodem" << false;
        QTest::newRow("port-loss bad phase") << "port-loss:coffee@5%" << false;
        QTest::newRow("power-cut") << "power-cut:install" << true;
        QTest::newRow("power-cut at") << "power-cut:install@30%" << true;
        QTest::newRow("bad-md5") << "bad-md5" << true;
        QTest::newRow("bad-checksum") << "bad-checksum" << true;
        QTest::newRow("http 404") << "http:404" << true;
        QTest::newRow("http reset") << "http:reset" << true;
        QTest::newRow("http nonsense") << "http:999" << false;
        QTest::newRow("ipr-ignored") << "ipr-ignored" << true;
        QTest::newRow("line-limit") << "line-limit:460800" << true;
        QTest::newRow("line-limit needs a rate") << "line-limit" << false;
        QTest::newRow("line-limit zero") << "line-limit:0" << false;
        QTest::newRow("line-limit not a number") << "line-limit:fast" << false;
        QTest::newRow("unknown") << "gremlins" << false;
    }

    void faultSpecsFollowTheGrammar()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QString error;
        QCOMPARE(FaultSet::isValid(spec, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void oneShotFaultsFireOnceAtTheirPoint()
    {
        FaultSet f;
        QVERIFY(f.add("port-loss:download@50%"));
        QVERIFY(!f.portLossDue(FaultSet::Phase::Download, 49));
        QVERIFY(!f.portLossDue(FaultSet::Phase::Xmodem, 60));
        QVERIFY(f.portLossDue(FaultSet::Phase::Download, 50));
        QVERIFY(!f.portLossDue(FaultSet::Phase::Download, 60));
        QVERIFY(f.add("nak-storm:2"));
        QVERIFY(f.takeStormNak());
        QVERIFY(f.takeStormNak());
        QVERIFY(!f.takeStormNak());
        QVERIFY(f.add("bad-md5"));
        QVERIFY(f.takeBadChecksum());
        QVERIFY(!f.takeBadChecksum());
    }

    void lineNoiseAndDropsAreReproducible()
    {
        FaultSet a(7), b(7);
        QVERIFY(a.add("noise:0.1"));
        QVERIFY(b.add("noise:0.1"));
        const QByteArray in(10000, 'A');
        const QByteArray outA = a.corrupt(in);
        QCOMPARE(outA, b.corrupt(in));
        const auto changed = std::count_if(outA.begin(), outA.end(), [](char c) { return c != 'A'; });
        QVERIFY2(changed > 800 && changed < 1200, QByteArray::number(qint64(changed)));
        FaultSet d;
        QVERIFY(d.add("drop:0.5"));
        const qsizetype kept = d.corrupt(in).size();
        QVERIFY(kept > 4500 && kept < 5500);
    }

    void commandLinesParseLikeAModule_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("firstArgs");
        QTest::newRow("exec") << "+CGMI" << QStringList{"+CGMI"} << QStringList{};
        QTest::newRow("lower case") << "+cgmr" << QStringList{"+CGMR"} << QStringList{};
        QTest::newRow("chained") << "+CGMI;+CGMM" << QStringList{"+CGMI", "+CGMM"} << QStringList{};
        QTest::newRow("basic then extended") << "E0V1+CMEE=2" << QStringList{"E", "V", "+CMEE"} << QStringList{"0"};
        QTest::newRow("quoted comma and semicolon")
            << "^SNFOTA=\"url\",\"http://h:1/a;b,c\"" << QStringList{"^SNFOTA"} << QStringList{"url", "http://h:1/a;b,c"};
        QTest::newRow("dial") << "D*99#" << QStringList{"D"} << QStringList{};
        QTest::newRow("star command") << "*MCGDEFCONT=\"IP\",\"apn\"" << QStringList{"*MCGDEFCONT"} << QStringList{"IP", "apn"};
    }

    void commandLinesParseLikeAModule()
    {
        QFETCH(QString, body);
        QFETCH(QStringList, names);
        QFETCH(QStringList, firstArgs);
        QList<SimCommand> cmds;
        QVERIFY(SimCommand::parseLine(body, cmds));
        QStringList got;
        for (const SimCommand &c : cmds)
            got << c.name;
        QCOMPARE(got, names);
        if (!firstArgs.isEmpty())
            QCOMPARE(cmds.first().args, firstArgs);
    }

    void theXmodemReceiverTakesMixedBlocksWholeOrBytewise_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 0;
        QTest::newRow("bytewise") << 1;
        QTest::newRow("7-byte") << 7;
    }

    void theXmodemReceiverTakesMixedBlocksWholeOrBytewise()
    {
        QFETCH(int, chunk);
        QByteArray file(1024 + 200, Qt::Uninitialized);
        for (int i = 0; i < file.size(); ++i)
            file[i] = char(i * 31);
        XmodemReceiver rx(file.size(), {});
        QByteArray sent;
        connect(&rx, &XmodemReceiver::send, this, [&](const QByteArray &b) { sent += b; });
        QSignalSpy done(&rx, &XmodemReceiver::finished);
        rx.start();
        QCOMPARE(sent, QByteArray("C"));
        QByteArray wire = XmodemBlocks::block(1, file.left(1024), true) + XmodemBlocks::block(2, file.mid(1024, 128), false)
                          + XmodemBlocks::block(2, file.mid(1024, 128), false) // a repeat: ACKed, not stored
                          + XmodemBlocks::block(3, file.mid(1152), false) + XmodemBlocks::EOT;
        if (chunk == 0) {
            rx.feed(wire);
        } else {
            for (qsizetype i = 0; i < wire.size(); i += chunk)
                rx.feed(wire.mid(i, chunk));
        }
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<XmodemReceiver::Outcome>(), XmodemReceiver::Outcome::Done);
        QCOMPARE(done.first().at(1).toByteArray(), file);
        QCOMPARE(sent, QByteArray("C") + QByteArray(5, XmodemBlocks::ACK));
    }

    void aBlockIsAckedOnlyOnceItIsWrittenToFlash()
    {
        // The benchmark's delay t: the module answers each block after its
        // flash write, and what arrives meanwhile waits its turn.
        const QByteArray file(2048, 'f');
        XmodemReceiver::Timing t;
        t.flashWrite = std::chrono::milliseconds(30);
        XmodemReceiver rx(file.size(), t);
        QByteArray sent;
        connect(&rx, &XmodemReceiver::send, this, [&](const QByteArray &b) { sent += b; });
        QSignalSpy done(&rx, &XmodemReceiver::finished);
        rx.start();
        QElapsedTimer clock;
        clock.start();
        rx.feed(XmodemBlocks::block(1, file.left(1024), true) + XmodemBlocks::block(2, file.mid(1024), true)
                + XmodemBlocks::EOT);
        QCOMPARE(sent, QByteArray("C"));
        QTRY_COMPARE(sent, QByteArray("C") + QByteArray(3, XmodemBlocks::ACK));
        QVERIFY(clock.elapsed() >= 50); // two writes of 30 ms, timers being coarse
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toByteArray(), file);
    }

    void aDamagedBlockIsNakedAndItsResendAccepted()
    {
        const QByteArray file(300, 'z');
        XmodemReceiver rx(file.size(), {});
        QByteArray sent;
        connect(&rx, &XmodemReceiver::send, this, [&](const QByteArray &b) { sent += b; });
        QSignalSpy done(&rx, &XmodemReceiver::finished);
        rx.start();
        QByteArray bad = XmodemBlocks::block(1, file.left(128), false);
        bad[50] = 'y';
        rx.feed(bad);
        QCOMPARE(sent.right(1), QByteArray(1, XmodemBlocks::NAK));
        rx.feed(XmodemBlocks::block(1, file.left(128), false));
        rx.feed(XmodemBlocks::block(2, file.mid(128, 128), false));
        rx.feed(XmodemBlocks::block(3, file.mid(256), false));
        rx.feed(QByteArray(1, XmodemBlocks::EOT));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(1).toByteArray(), file);
    }

    void aBlockOutOfSequenceCancels()
    {
        XmodemReceiver rx(1000, {});
        QByteArray sent;
        connect(&rx, &XmodemReceiver::send, this, [&](const QByteArray &b) { sent += b; });
        QSignalSpy done(&rx, &XmodemReceiver::finished);
        rx.start();
        rx.feed(XmodemBlocks::block(5, "x", false));
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).value<XmodemReceiver::Outcome>(), XmodemReceiver::Outcome::OutOfSequence);
        QVERIFY(sent.endsWith(QByteArray(2, XmodemBlocks::CAN)));
    }

    void noSenderFallsBackToChecksumThenGivesUp()
    {
        XmodemReceiver::Timing t;
        t.retry = std::chrono::milliseconds(5);
        t.firstBlock = std::chrono::milliseconds(100);
        XmodemReceiver rx(1000, t);
        QByteArray sent;
        connect(&rx, &XmodemReceiver::send, this, [&](const QByteArray &b) { sent += b; });
        QSignalSpy done(&rx, &XmodemReceiver::finished);
        rx.start();
        QVERIFY(done.wait(2000));
        QVERIFY(sent.startsWith("CCC"));
        QVERIFY(sent.contains(XmodemBlocks::NAK));
        QVERIFY(!rx.isCrcMode());
        QCOMPARE(done.first().at(0).value<XmodemReceiver::Outcome>(), XmodemReceiver::Outcome::NothingArrived);
    }
};

QTEST_GUILESS_MAIN(tst_SimUnits)
#include "tst_simunits.moc"
