#include "packages/simpackage.h"
#include "simfixture.h"
#include "testhttpserver.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

// Every transcript block of PROTOCOLS.md, replayed against the simulator with a
// plain serial host. Each row: the family, the commands sent in order, and for
// each the lines expected back (regular expressions, anchored), final result
// included; then URCs expected afterwards, in order.
class tst_SimTranscripts : public QObject
{
    Q_OBJECT

    struct Step
    {
        QString command;
        QStringList expected;
    };

private:
    TestHttpServer m_http;
    QByteArray m_seed;

private slots:
    void initTestCase()
    {
        QVERIFY(m_http.listen());
        m_seed = SimPackage::make(Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C", "1752B06SIM7020C", 313);
        m_http.serve("/path/file.bin", m_seed);
    }

    void documentedTranscriptsGiveTheDocumentedResponses_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QVariantList>("steps"); // pairs of command, expected lines
        QTest::addColumn<QStringList>("urcs");

        auto row = [](const char *name, Family f, const QList<Step> &steps, const QStringList &urcs = {}) {
            QVariantList v;
            for (const Step &s : steps)
                v << s.command << s.expected;
            QTest::newRow(name) << int(f) << v << urcs;
        };
        const SimModuleConfig telit = SimModuleConfig::defaults(Family::TelitPfm);
        row("general: AT, echo off, lower case, unknown command", Family::TelitPfm,
            {{"AT", {"OK"}}, {"ATE0", {"OK"}}, {"at+cgmi", {"Telit", "OK"}}, {"AT+NOSUCH", {"ERROR"}},
             {"AT+CMEE=2", {"OK"}}, {"AT+CPIN=1234", {"\\+CME ERROR: operation not allowed"}}});
        row("telit identity", Family::TelitPfm,
            {{"AT+CGMI", {"Telit", "OK"}}, {"AT+CGMM", {"GE910-QUAD", "OK"}}, {"AT+CGMR", {"10\\.00\\.005", "OK"}},
             {"AT+CGSN", {telit.imei, "OK"}}, {"AT+CIMI", {telit.imsi, "OK"}},
             {"AT#CCID", {"#CCID: " + telit.iccid, "OK"}}});
        row("telit SMS registration", Family::TelitPfm,
            {{"AT#OTASNAP=\"+391234560001\"", {"OK"}}}, {"#OTAEV: Registered"});
        row("telit SMS registration stopped", Family::TelitPfm,
            {{"AT#OTASNAP=\"\"", {"OK"}}, {"AT#OTASNAP?", {"#OTASNAP: \"\"", "OK"}}});
        row("telit TCP/IP registration and update", Family::TelitPfm,
            {{"AT#OTASNAPIPCFG=1,\"internet.wind.biz\",\"user\",\"secret\"", {"OK"}},
             {"AT#OTASNAPIP=5000,\"pfm.example\",\"+391234560001\"", {"OK"}}},
            {"#OTAEV: Registered"});
        row("telit fixed rate", Family::TelitPfm, {{"AT+IPR=115200", {"OK"}}, {"AT+IPR?", {"\\+IPR: 115200", "OK"}}});

        row("cinterion setup", Family::Cinterion,
            {{"AT+CGDCONT=1,\"IP\",\"internet\"", {"OK"}}, {"AT^SGAUTH=1,2,\"pw\",\"user\"", {"OK"}},
             {"AT+COPS?", {"\\+COPS: 0,0,\".*\",7", "OK"}}});
        row("cinterion configure and query", Family::Cinterion,
            {{"AT^SNFOTA=\"url\",\"http://host:8080/diff.usf\"", {"OK"}},
             {"AT^SNFOTA=\"conid\",\"1\"", {"OK"}},
             {"AT^SNFOTA=\"crc\",\"" + QString(64, 'a') + "\"", {"OK"}},
             {"AT^SNFOTA=\"urc\",1", {"OK"}},
             {"AT^SNFOTA?", {"\\^SNFOTA: \"url\",\"http://host:8080/diff.usf\"",
                             "\\^SNFOTA: \"crc\",\"" + QString(64, 'a') + "\"", "\\^SNFOTA: \"urc\",\"1\"",
                             "\\^SNFOTA: \"conid\",\"1\"", "\\^SNFOTA: \"act\",\"0\",\"0\",\"0\"", "OK"}}});
        row("cinterion identity", Family::Cinterion,
            {{"ATI1", {"Cinterion", "EXS82-W", "REVISION 01\\.000", "A-REVISION 01\\.000\\.02", "OK"}},
             {"AT^SCID", {"\\^SCID: 89\\d+", "OK"}}, {"AT+CCID", {"\\+CCID: 89\\d+", "OK"}}});
        row("cinterion settings read and written back", Family::Cinterion,
            {{"AT^SCFG=\"Radio/Band/CatM\",\"00080004\"", {"\\^SCFG: \"Radio/Band/CatM\",\"00080004\"", "OK"}},
             {"AT^SCFG=\"Radio/Band/CatM\"", {"\\^SCFG: \"Radio/Band/CatM\",\"00080004\"", "OK"}}});
        row("cinterion LwM2M configuration", Family::Cinterion,
            {{"AT^SNLWM2M=cfg/ext,MODULE,CID,1", {"OK"}},
             {"AT^SNLWM2M=cfg,MODULE,/0/0/0,coap://leshan.example:5683", {"OK"}},
             {"AT^SNLWM2M=cfg,MODULE,/0/0/2,3", {"OK"}},
             {"AT^SNLWM2M=cfg/object,MODULE,/0/0,new", {"OK"}},
             {"AT^SNLWM2M=act,MODULE,start", {"OK"}}});

        const QString md5 = QString::fromLatin1(QCryptographicHash::hash(m_seed, QCryptographicHash::Md5).toHex());
        row("simcom identity and bearer", Family::SimcomSim7020,
            {{"AT+CGMR", {"1752B05SIM7020C", "OK"}}, {"AT+CPIN?", {"\\+CPIN: READY", "OK"}},
             {"AT+CSQ", {"\\+CSQ: \\d+,\\d+", "OK"}}, {"AT+CGREG?", {"\\+CGREG: 0,1", "OK"}},
             {"AT+CGACT?", {"OK"}}, {"AT+COPS?", {"\\+COPS: .*", "OK"}},
             {"AT+CGCONTRDP", {"\\+CGCONTRDP: 1,5,\"cmnbiot\",.*", "OK"}}});
        row("simcom manual APN", Family::SimcomSim7020,
            {{"AT+CFUN=0", {"OK"}}, {"AT*MCGDEFCONT=\"IP\",\"iot.example\"", {"OK"}}, {"AT+CFUN=1", {"OK"}},
             {"AT+CGCONTRDP", {"\\+CGCONTRDP: 1,5,\"iot\\.example\",.*", "OK"}}});
        row("simcom HTTP to file system", Family::SimcomSim7020,
            {{"AT+CHTTPCREATE=\"" + m_http.url({}) + "\"", {"\\+CHTTPCREATE: 0", "OK"}},
             {"AT+CHTTPCON=0", {"OK"}},
             {"AT+CHTTPTOFS=0,\"/path/file.bin\"", {"OK"}}},
            {"+CHTTPNMIH: 0,200,", "+CHTTPTOFSOK: 0,313,313"});
        row("simcom CFOTA=5 after HTTP", Family::SimcomSim7020,
            {{"AT+CHTTPCREATE=\"" + m_http.url({}) + "\"", {"\\+CHTTPCREATE: 0", "OK"}},
             {"AT+CHTTPCON=0", {"OK"}},
             {"AT+CHTTPTOFS=0,\"/path/file.bin\"", {"OK"}},
             {"WAIT +CHTTPTOFSOK: 0,313,313", {}},
             {"AT+CFOTA=5,313," + md5, {"\\+CFOTA: Start to update, please wait for reset", "OK"}},
             {"REBOOT", {}}},
            {"*MATREADY: 1", "+CFUN: 1", "+CFOTA: Update successfully", "+CPIN: READY"});
        row("simcom erase, write, read back", Family::SimcomSim7020,
            {{"AT+CFLE=0,0,1", {"OK"}}, {"WRITE 313", {"OK"}},
             {"AT+CFLR=0,0,4", {"\\+CFLR: 4," + QString::fromLatin1(m_seed.left(4).toHex().toUpper()), "OK"}},
             {"AT+CFOTA=5,313," + md5, {"\\+CFOTA: Start to update, please wait for reset", "OK"}},
             {"REBOOT", {}}},
            {"*MATREADY: 1", "+CFUN: 1", "+CFOTA: Update successfully", "+CPIN: READY"});

        const SimModuleConfig hl = SimModuleConfig::defaults(Family::SierraHl78xx);
        row("sierra identity", Family::SierraHl78xx,
            {{"AT+CGMM", {"HL7800", "OK"}}, {"AT+KGSN=3", {"\\+KGSN: " + hl.serial, "OK"}},
             {"AT+CGSN", {hl.imei, "OK"}}, {"ATI8", {"BHL7800\\.1\\.6\\.3\\.0\\.20180803", "OK"}},
             {"AT+CGMR", {"BHL7800\\.1\\.6\\.3\\.0\\.20180803", "OK"}}});
        row("sierra device services", Family::SierraHl78xx,
            {{"AT+WDSS=2,1", {"\\+CME ERROR: 650"}}, {"AT+CGDCONT=1,\"IP\",\"internet\"", {"OK"}},
             {"AT+WDSS=2,1", {"OK"}}, {"AT+WDSS?", {"\\+WDSS: 1,0", "\\+WDSS: 2,1", "OK"}},
             {"AT+WDSI=?", {"\\+WDSI: \\(0-4479\\)", "OK"}}, {"AT+WDSI=4479", {"OK"}},
             {"AT+WDSC=3,60", {"OK"}}, {"AT+WDSC=0,1", {"OK"}}, {"AT+WDSC=1,1", {"OK"}},
             {"AT+WDSC=2,1", {"OK"}}, {"AT+WDSC?", {"\\+WDSC: 0,1", "\\+WDSC: 1,1", "\\+WDSC: 2,1", "\\+WDSC: 3,60", "OK"}},
             {"AT+WDSR=3", {"\\+CME ERROR: 3"}},
             {"AT+WDSS=1,1", {"OK"}}},
            {"+WDSI: 23,1", "+WDSI: 4", "+WDSI: 6", "+WDSI: 8"});
        row("sierra local update accepted as WDSD and WSDS", Family::SierraHl78xx,
            {{"AT+WDSD=?", {"\\+WDSD: \\(1-\\d+\\)", "OK"}}, {"AT+WSDS=0", {"ERROR"}}});
    }

    void documentedTranscriptsGiveTheDocumentedResponses()
    {
        QFETCH(int, family);
        QFETCH(QVariantList, steps);
        QFETCH(QStringList, urcs);
        SimFixture f;
        QVERIFY(f.start(Family(family)));
        for (qsizetype i = 0; i < steps.size(); i += 2) {
            const QString command = steps.at(i).toString();
            const QStringList expected = steps.at(i + 1).toStringList();
            QStringList got;
            if (command.startsWith(QLatin1String("WAIT "))) {
                QVERIFY2(!f.client->waitForLine(command.mid(5)).isNull(), qPrintable(command));
                continue;
            }
            if (command == QLatin1String("REBOOT")) {
                QVERIFY(f.reconnectAfterReboot());
                continue;
            }
            if (command.startsWith(QLatin1String("WRITE "))) {
                // AT+CFLW: the prompt, then exactly <length> raw bytes.
                f.client->skipAll();
                f.client->write("AT+CFLW=0,0,313,0,30\r");
                QVERIFY(f.client->waitForBytes("> "));
                f.client->write(m_seed);
                QVERIFY(!f.client->waitForLine("OK").isNull());
                continue;
            }
            got = f.client->command(command);
            QVERIFY2(got.size() == expected.size(),
                     qPrintable(command + " -> " + got.join(" | ") + " / expected " + expected.join(" | ")));
            for (qsizetype j = 0; j < expected.size(); ++j) {
                const QRegularExpression re(QRegularExpression::anchoredPattern(expected.at(j)));
                QVERIFY2(re.match(got.at(j)).hasMatch(), qPrintable(command + ": " + got.at(j) + " !~ " + expected.at(j)));
            }
        }
        for (const QString &urc : urcs)
            QVERIFY2(!f.client->waitForLine(urc, 10000).isNull(),
                     qPrintable("missing " + urc + "; saw " + f.client->allLines().join(" | ")));
        QVERIFY(f.client->isOpen() || !urcs.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SimTranscripts)
#include "tst_simtranscripts.moc"
