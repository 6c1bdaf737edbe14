#include "at/atchannel.h"
#include "fakeport.h"
#include "modules/family.h"
#include "scriptedmodule.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <tuple>

using namespace std::chrono_literals;

// Collects replies' results; a QObject so a catcher that goes out of scope is
// disconnected rather than called.
struct ResultCatcher : QObject
{
    QList<AtResult> results;
    void attach(AtReply *reply)
    {
        QObject::connect(reply, &AtReply::finished, this, [this](const AtResult &r) { results << r; });
    }
};

class tst_AtChannel : public QObject
{
    Q_OBJECT

private:
    FakePort *m_port = nullptr; // owned by m_channel
    ScriptedModule *m_module = nullptr;
    std::unique_ptr<AtChannel> m_channel;
    QStringList m_urcs;
    QList<Traffic> m_traffic;

    AtResult run(const AtCommand &command)
    {
        QSignalSpy finished(m_channel->send(command), &AtReply::finished);
        if (!finished.wait(3000))
            return {};
        return finished.first().first().value<AtResult>();
    }

private slots:
    void init()
    {
        auto port = std::make_unique<FakePort>();
        port->open(QIODevice::ReadWrite);
        m_port = port.get();
        m_module = new ScriptedModule(m_port);
        m_channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(Family::Unknown));
        m_channel->setDefaultTimeout(2s);
        m_urcs.clear();
        m_traffic.clear();
        connect(m_channel.get(), &AtChannel::urcReceived, this,
                [this](const QString &line, const QString &) { m_urcs << line; });
        connect(m_channel.get(), &AtChannel::traffic, this,
                [this](const Traffic &t) { m_traffic << t; });
    }

    void cleanup()
    {
        m_channel.reset();
    }

    // Transcripts from PROTOCOLS.md, each delivered whole, in 3-byte chunks and
    // byte by byte: the result must not depend on how the bytes arrive.
    void transcriptsGiveTheDocumentedResults_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("moduleBytes");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("status");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("urcs");
        QTest::addColumn<int>("errorCode");

        const QList<QPair<QByteArray, int>> chunkings{{"whole", 0}, {"3-byte", 3}, {"bytewise", 1}};

        struct Case
        {
            const char *name;
            QString cmd;
            QByteArray bytes;
            bool echo;
            AtStatus status;
            QStringList lines;
            QStringList urcs;
            int code;
        };
        const QList<Case> cases{
            {"telit CGMR", "AT+CGMR", "\r\n10.00.005\r\n\r\nOK\r\n", false, AtStatus::Ok,
             {"10.00.005"}, {}, -1},
            {"telit OTAEV between lines", "AT+CGSN",
             "\r\n#OTAEV: Registered\r\n\r\n351234567890123\r\n\r\nOK\r\n", false, AtStatus::Ok,
             {"351234567890123"}, {"#OTAEV: Registered"}, -1},
            {"telit OTAIPUPD then URC", "AT#OTAIPUPD", "\r\nOK\r\n\r\n#OTAEV: Start Fw Download\r\n",
             false, AtStatus::Ok, {}, {"#OTAEV: Start Fw Download"}, -1},
            {"telit echo on", "AT+CGMI", "AT+CGMI\r\r\nTelit\r\n\r\nOK\r\n", true, AtStatus::Ok,
             {"Telit"}, {}, -1},
            {"cinterion SNFOTA query is a response", "AT^SNFOTA?",
             "\r\n^SNFOTA: \"url\",\"http://h:80/diff.usf\"\r\n^SNFOTA: \"crc\",\"ab12\"\r\n"
             "^SNFOTA: \"urc\",\"1\"\r\n^SNFOTA: \"conid\",\"1\"\r\n^SNFOTA: \"act\",\"0\",\"0\",\"0\"\r\n"
             "\r\nOK\r\n",
             false, AtStatus::Ok,
             {"^SNFOTA: \"url\",\"http://h:80/diff.usf\"", "^SNFOTA: \"crc\",\"ab12\"",
              "^SNFOTA: \"urc\",\"1\"", "^SNFOTA: \"conid\",\"1\"", "^SNFOTA: \"act\",\"0\",\"0\",\"0\""},
             {}, -1},
            {"cinterion progress URC during ATI1", "ATI1",
             "\r\nCinterion\r\n^SNFOTA: \"act\",2,0,40\r\nEXS82-W\r\nREVISION 01.000\r\n\r\nOK\r\n",
             false, AtStatus::Ok, {"Cinterion", "EXS82-W", "REVISION 01.000"},
             {"^SNFOTA: \"act\",2,0,40"}, -1},
            {"cinterion install lines after OK", "AT^SFDL=2",
             "\r\nOK\r\nFOTA START\r\nChecksum OK\r\n....\r\nPHASE 1 OK!\r\n", false, AtStatus::Ok, {},
             {"FOTA START", "Checksum OK", "....", "PHASE 1 OK!"}, -1},
            {"simcom CGMR", "AT+CGMR", "\r\n1752B05SIM7020C\r\n\r\nOK\r\n", false, AtStatus::Ok,
             {"1752B05SIM7020C"}, {}, -1},
            {"simcom CHTTPCREATE", "AT+CHTTPCREATE=\"http://117.131.85.139:5265\"",
             "\r\n+CHTTPCREATE: 0\r\n\r\nOK\r\n", false, AtStatus::Ok, {"+CHTTPCREATE: 0"}, {}, -1},
            {"simcom CHTTPTOFS", "AT+CHTTPTOFS=0,\"/path/file.bin\"",
             "\r\nOK\r\n\r\n+CHTTPNMIH: 0,200,60\r\n\r\n+CHTTPTOFSOK: 0,313,313\r\n", false,
             AtStatus::Ok, {}, {"+CHTTPNMIH: 0,200,60", "+CHTTPTOFSOK: 0,313,313"}, -1},
            {"simcom CFOTA=5 answer is a response", "AT+CFOTA=5,313,0123456789abcdef0123456789abcdef",
             "\r\n+CFOTA: Start to update, please wait for reset\r\n\r\nOK\r\n", false, AtStatus::Ok,
             {"+CFOTA: Start to update, please wait for reset"}, {}, -1},
            {"sierra KGSN", "AT+KGSN=3", "\r\n+KGSN: 4L927260060410\r\n\r\nOK\r\n", false,
             AtStatus::Ok, {"+KGSN: 4L927260060410"}, {}, -1},
            {"sierra WDSI without space", "AT+WDSS=1,1", "\r\nOK\r\n\r\n+WDSI: 23,1\r\n\r\n+WDSI:6\r\n",
             false, AtStatus::Ok, {}, {"+WDSI: 23,1", "+WDSI:6"}, -1},
            {"sierra 650", "AT+WDSS=2,1", "\r\n+CME ERROR: 650\r\n", false, AtStatus::CmeError, {},
             {}, 650},
            {"lower-case ok", "AT", "\r\nok\r\n", false, AtStatus::Ok, {}, {}, -1},
            {"verbose cme", "AT+CIMI", "\r\n+CME ERROR: SIM PIN required\r\n", false,
             AtStatus::CmeError, {}, {}, -1},
            {"cms error", "AT+CMGS=1", "\r\n+CMS ERROR: 304\r\n", false, AtStatus::CmsError, {}, {}, 304},
            {"no carrier", "ATD*99#", "\r\nNO CARRIER\r\n", false, AtStatus::NoCarrier, {}, {}, -1},
            {"busy", "ATD123;", "\r\nBUSY\r\n", false, AtStatus::Busy, {}, {}, -1},
            {"no answer", "ATD123;", "\r\nNO ANSWER\r\n", false, AtStatus::NoAnswer, {}, {}, -1},
            {"no dialtone", "ATD123;", "\r\nNO DIALTONE\r\n", false, AtStatus::NoDialtone, {}, {}, -1},
            {"connect", "AT^SBNW=is_cert,1", "\r\nCONNECT\r\n", false, AtStatus::Connect, {}, {}, -1},
            {"error", "AT+FOO", "\r\nERROR\r\n", false, AtStatus::Error, {}, {}, -1},
            {"own query answer not a URC", "AT+CPIN?", "\r\n+CPIN: READY\r\n\r\nOK\r\n", false,
             AtStatus::Ok, {"+CPIN: READY"}, {}, -1},
        };
        for (const Case &c : cases) {
            for (const auto &[chunkName, chunk] : chunkings) {
                QTest::addRow("%s/%s", c.name, chunkName.constData())
                    << c.cmd << c.bytes << c.echo << int(c.status) << c.lines << c.urcs << c.code;
            }
        }
    }

    void transcriptsGiveTheDocumentedResults()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, moduleBytes);
        QFETCH(bool, echo);
        QFETCH(int, status);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, urcs);
        QFETCH(int, errorCode);

        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        m_module->setChunkSize(tag.endsWith("bytewise") ? 1 : tag.endsWith("3-byte") ? 3 : 0);
        // The scripted module echoes on its own when asked; strip the echo we
        // wrote into the transcript so it is not sent twice.
        QByteArray reply = moduleBytes;
        if (echo) {
            m_module->setEcho(true);
            reply.remove(0, command.size() + 1);
        }
        m_module->on(command, reply);

        const AtResult result = run(command);
        QCOMPARE(int(result.status), status);
        QCOMPARE(result.lines, lines);
        QTRY_COMPARE(m_urcs, urcs);
        if (errorCode >= 0)
            QCOMPARE(result.errorCode, errorCode);
    }

    void urcsReachTheirSubscribersOutsideCommands()
    {
        QStringList wdsi, otaev;
        m_channel->subscribe("+WDSI:", this, [&](const QString &l) { wdsi << l; });
        m_channel->subscribe("#OTAEV:", this, [&](const QString &l) { otaev << l; });
        m_port->feed("\r\n+WDSI: 2\r\n\r\n#OTAEV: Registered\r\n+WDSI:3\r\n");
        QCOMPARE(wdsi, (QStringList{"+WDSI: 2", "+WDSI:3"}));
        QCOMPARE(otaev, QStringList{"#OTAEV: Registered"});
    }

    void commandsAreSentOneAtATimeInOrder()
    {
        m_module->on("AT+CGMI", "\r\nTelit\r\n\r\nOK\r\n");
        m_module->on("AT+CGMM", "\r\nLE910\r\n\r\nOK\r\n");
        m_module->on("AT+CGMR", "\r\n10.00.005\r\n\r\nOK\r\n");
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT+CGMI"));
        catcher.attach(m_channel->send("AT+CGMM"));
        catcher.attach(m_channel->send("AT+CGMR"));
        QCOMPARE(m_channel->pendingCount(), 3);
        QTRY_COMPARE(catcher.results.size(), 3);
        QCOMPARE(catcher.results[0].firstLine(), QString("Telit"));
        QCOMPARE(catcher.results[1].firstLine(), QString("LE910"));
        QCOMPARE(catcher.results[2].firstLine(), QString("10.00.005"));
        QCOMPARE(m_module->received(), (QStringList{"AT+CGMI", "AT+CGMM", "AT+CGMR"}));
    }

    void theNextCommandWaitsForTheFinalCodeOfTheCurrentOne()
    {
        m_module->setFallback({}); // silent: we answer by hand
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT+CGMI"));
        catcher.attach(m_channel->send("AT+CGMM"));
        QTRY_COMPARE(m_port->written(), QByteArray("AT+CGMI\r"));
        QTest::qWait(20);
        QCOMPARE(m_port->written(), QByteArray("AT+CGMI\r")); // not yet the second one
        m_port->feed("\r\nTelit\r\n\r\nOK\r\n");
        QTRY_COMPARE(m_port->written(), QByteArray("AT+CGMI\rAT+CGMM\r"));
    }

    void aSilentModuleEndsTheCommandWithTimeoutAndTheQueueMovesOn()
    {
        m_module->setFallback({});
        m_module->on("AT+CGMM", "\r\nLE910\r\n\r\nOK\r\n");
        m_module->on("ATS3?", "\r\n013\r\n\r\nOK\r\n");
        ResultCatcher catcher;
        catcher.attach(m_channel->send(AtCommand("AT+CGMI", 50ms)));
        catcher.attach(m_channel->send("AT+CGMM"));
        QTRY_COMPARE(catcher.results.size(), 2);
        QCOMPARE(catcher.results[0].status, AtStatus::Timeout);
        QCOMPARE(catcher.results[1].status, AtStatus::Ok);
        // The line is resynchronised (tst_atresync) before the queue moves on.
        QCOMPARE(m_module->received(), (QStringList{"AT+CGMI", "ATS3?", "AT+CGMM"}));
    }

    void stalledWritesEndInTimeout()
    {
        m_port->setWritesStalled(true);
        const AtResult result = run(AtCommand("AT", 50ms));
        QCOMPARE(result.status, AtStatus::Timeout);
    }

    void aFailedWriteEndsTheCommandWithPortLost()
    {
        m_port->setWritesFail(true);
        QCOMPARE(run("AT").status, AtStatus::PortLost);
    }

    void cancellingAQueuedCommandNeverSendsIt()
    {
        m_module->setFallback({});
        ResultCatcher catcher;
        AtReply *first = m_channel->send("AT+CGMI");
        AtReply *second = m_channel->send("AT+CGMM");
        catcher.attach(first);
        catcher.attach(second);
        QTRY_COMPARE(m_port->written(), QByteArray("AT+CGMI\r"));
        second->cancel();
        QCOMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results[0].status, AtStatus::Cancelled);
        m_port->feed("\r\nOK\r\n");
        QTRY_COMPARE(catcher.results.size(), 2);
        QTest::qWait(20);
        QCOMPARE(m_port->written(), QByteArray("AT+CGMI\r"));
    }

    void aCancelledCommandOnTheWireStillHoldsTheLineUntilItsFinalCode()
    {
        m_module->setFallback({});
        ResultCatcher catcher;
        AtReply *first = m_channel->send("AT+COPS=?");
        catcher.attach(first);
        catcher.attach(m_channel->send("AT+CGMM"));
        QTRY_COMPARE(m_port->written(), QByteArray("AT+COPS=?\r"));
        first->cancel();
        QCOMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results[0].status, AtStatus::Cancelled);
        QTest::qWait(20);
        QCOMPARE(m_port->written(), QByteArray("AT+COPS=?\r"));
        // The late answer to the cancelled command must not become AT+CGMM's.
        m_port->feed("\r\n+COPS: (1,\"x\",\"x\",\"1\")\r\n\r\nOK\r\n");
        QTRY_COMPARE(m_port->written(), QByteArray("AT+COPS=?\rAT+CGMM\r"));
        QCOMPARE(catcher.results.size(), 1);
        m_port->feed("\r\nLE910\r\n\r\nOK\r\n");
        QTRY_COMPARE(catcher.results.size(), 2);
        QCOMPARE(catcher.results[1].firstLine(), QString("LE910"));
    }

    void unplugEndsEveryPendingCommandOnceAndDisconnectsQuietly()
    {
        m_module->setFallback({});
        QSignalSpy disconnected(m_channel.get(), &AtChannel::disconnected);
        QSignalSpy failed(m_channel.get(), &AtChannel::failed);
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT+CGMI"));
        catcher.attach(m_channel->send("AT+CGMM"));
        QTRY_COMPARE(m_port->written(), QByteArray("AT+CGMI\r"));
        m_port->simulateLoss();
        m_port->simulateLoss();
        QCOMPARE(catcher.results.size(), 2);
        QCOMPARE(catcher.results[0].status, AtStatus::PortLost);
        QCOMPARE(catcher.results[1].status, AtStatus::PortLost);
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(!m_channel->isConnected());
        // After the loss, new commands end at once (but not inside send()).
        ResultCatcher later;
        later.attach(m_channel->send("AT"));
        QVERIFY(later.results.isEmpty());
        QTRY_COMPARE(later.results.size(), 1);
        QCOMPARE(later.results[0].status, AtStatus::PortLost);
    }

    void finishedIsNeverEmittedFromInsideSend()
    {
        m_channel->setGuard([](const QString &) { return QStringLiteral("busy"); });
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT"));
        QVERIFY(catcher.results.isEmpty());
        QTRY_COMPARE(catcher.results.size(), 1);
    }

    void theDataPromptSendsThePayloadExactlyOnce_data()
    {
        QTest::addColumn<QByteArray>("prompt");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("chunk");
        QTest::newRow("'> ' without line end") << QByteArray("\r\n> ") << false << 0;
        QTest::newRow("'>' with line end") << QByteArray("\r\n>\r\n") << false << 0;
        QTest::newRow("echo and prompt bytewise") << QByteArray("\r\n> ") << true << 1;
    }

    void theDataPromptSendsThePayloadExactlyOnce()
    {
        QFETCH(QByteArray, prompt);
        QFETCH(bool, echo);
        QFETCH(int, chunk);
        m_module->setEcho(echo);
        m_module->setChunkSize(chunk);
        const QByteArray payload = QByteArray(313, '\x5a') + QByteArray("\r\nOK\r\n>", 7);
        m_module->onPrefix("AT+CFLW=", [&](const QString &) {
            m_module->expectData(payload.size());
            return prompt;
        });
        ResultCatcher catcher;
        catcher.attach(m_channel->send(AtCommand("AT+CFLW=0,0,320,0,30").withPayload(payload)));
        QTRY_VERIFY(m_port->written().endsWith(payload));
        QVERIFY(catcher.results.isEmpty()); // the payload's own "OK" bytes are ours, not an answer
        m_module->send("\r\nOK\r\n");
        QTRY_COMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results[0].status, AtStatus::Ok);
        QCOMPARE(m_port->written(), "AT+CFLW=0,0,320,0,30\r" + payload);
        QCOMPARE(m_module->data(), payload);
        QCOMPARE(m_module->received(), QStringList{"AT+CFLW=0,0,320,0,30"});
    }

    void rawModeTakesOverWithTheBytesThatFollowedOk()
    {
        m_module->on("AT+WDSD=4096", "\r\nOK\r\nC");
        QByteArray raw;
        AtReply *reply = m_channel->send("AT+WDSD=4096");
        AtResult result;
        connect(reply, &AtReply::finished, this, [&](const AtResult &r) {
            result = r;
            QVERIFY(m_channel->enterRawMode([&](const QByteArray &b) { raw += b; }));
        });
        QTRY_COMPARE(raw, QByteArray("C"));
        QCOMPARE(result.status, AtStatus::Ok);
        m_port->feed("\x06\x06\r\nOK\r\n");
        QCOMPARE(raw, QByteArray("C\x06\x06\r\nOK\r\n"));
        m_module->expectData(1);
        QCOMPARE(m_channel->writeRaw("\x04"), 1);
        QCOMPARE(m_module->data(), QByteArray("\x04"));

        // Commands wait while the port is handed over, then run in line mode.
        m_module->on("AT+CGMR", "\r\nBHL7800.1.6.3.0\r\n\r\nOK\r\n");
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT+CGMR"));
        QTest::qWait(20);
        QVERIFY(!m_port->written().contains("AT+CGMR"));
        m_channel->leaveRawMode();
        m_port->feed("\r\n+WDSI: 3\r\n");
        QTRY_COMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results[0].firstLine(), QString("BHL7800.1.6.3.0"));
        QCOMPARE(m_urcs, QStringList{"+WDSI: 3"});
    }

    // A transfer ends in the middle of a read: the bytes behind its last byte
    // (XMODEM's final ACK here) are line-mode output again and come back through
    // leaveRawMode(). Their URCs reach subscribers before the command queued
    // during the transfer goes out, and that command gets its own answer;
    // however the module's bytes are chunked, the result is the same.
    void leavingRawModeWithLeftoverBytesDeliversTheUrcAndTheNextAnswer_data()
    {
        QTest::addColumn<QByteArray>("moduleBytes");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QStringList>("urcs");

        const QList<QPair<QByteArray, int>> chunkings{{"whole", 0}, {"3-byte", 3}, {"bytewise", 1}};
        const QList<std::tuple<const char *, QByteArray, QStringList>> cases{
            {"one URC", "\x06\r\n+WDSI: 3\r\n", {"+WDSI: 3"}},
            {"two URCs", "\x06\r\n+WDSI: 3\r\n\r\n+WDSI: 14\r\n", {"+WDSI: 3", "+WDSI: 14"}},
            {"URC without the leading line end", "\x06+KSUP: 0\r\n", {"+KSUP: 0"}},
        };
        for (const auto &[name, bytes, urcs] : cases) {
            for (const auto &[chunkName, chunk] : chunkings)
                QTest::addRow("%s/%s", name, chunkName.constData()) << bytes << chunk << urcs;
        }
    }

    void leavingRawModeWithLeftoverBytesDeliversTheUrcAndTheNextAnswer()
    {
        QFETCH(QByteArray, moduleBytes);
        QFETCH(int, chunk);
        QFETCH(QStringList, urcs);
        m_channel->setUrcRegistry(urcRegistryFor(Family::SierraHl78xx));
        QStringList seen;
        QByteArray writtenAtFirstUrc;
        for (const QString &prefix : {QStringLiteral("+WDSI:"), QStringLiteral("+KSUP:")}) {
            m_channel->subscribe(prefix, this, [&](const QString &line) {
                if (seen.isEmpty())
                    writtenAtFirstUrc = m_port->written();
                seen << line;
            });
        }
        // A transfer that ends on ACK and hands back whatever followed it.
        QVERIFY(m_channel->enterRawMode([this](const QByteArray &bytes) {
            const qsizetype end = bytes.indexOf('\x06');
            if (end >= 0)
                m_channel->leaveRawMode(bytes.sliced(end + 1));
        }));
        m_module->on("AT+CGMR", "\r\nBHL7800.1.6.3.0\r\n\r\nOK\r\n");
        QSignalSpy answered(m_channel->send("AT+CGMR"), &AtReply::finished);

        for (qsizetype pos = 0; pos < moduleBytes.size();) {
            const qsizetype n = chunk > 0 ? chunk : moduleBytes.size();
            m_port->feed(moduleBytes.mid(pos, n));
            pos += n;
        }
        QVERIFY(!m_channel->isRaw());
        QCOMPARE(seen, urcs);
        QCOMPARE(m_urcs, urcs);
        QVERIFY(!writtenAtFirstUrc.contains("AT+CGMR")); // the URCs came first
        QVERIFY(answered.wait(3000));
        const AtResult result = answered.first().first().value<AtResult>();
        QCOMPARE(result.status, AtStatus::Ok);
        QCOMPARE(result.lines, QStringList{"BHL7800.1.6.3.0"});
        QCOMPARE(m_urcs, urcs); // the answer is the command's, not a URC
    }

    void garbageIsDroppedWithANoteAndTheCommandStillCompletes_data()
    {
        QTest::addColumn<QByteArray>("garbage");
        QTest::newRow("NUL bytes") << QByteArray("\0\0\0\r\n", 5);
        QTest::newRow("wrong baud") << QByteArray("\xf0\x8c\xfe\x00\x3c\x9e\r\n", 8);
        QTest::newRow("overlong line") << QByteArray(70 * 1024, 'A') + "\r\n";
        QTest::newRow("overlong unterminated") << QByteArray(70 * 1024, 'A');
    }

    void garbageIsDroppedWithANoteAndTheCommandStillCompletes()
    {
        QFETCH(QByteArray, garbage);
        QSignalSpy noise(m_channel.get(), &AtChannel::noiseDetected);
        m_module->setFallback({});
        ResultCatcher catcher;
        catcher.attach(m_channel->send("AT+CGMR"));
        QTRY_VERIFY(!m_port->written().isEmpty());
        m_port->feed(garbage);
        m_port->feed("\r\n10.00.005\r\n\r\nOK\r\n");
        QTRY_COMPARE(catcher.results.size(), 1);
        QCOMPARE(catcher.results[0].status, AtStatus::Ok);
        QCOMPARE(catcher.results[0].lines, QStringList{"10.00.005"});
        QVERIFY(noise.size() >= 1);
        QVERIFY(m_channel->noiseBytes() > 0);
        QVERIFY(std::any_of(m_traffic.cbegin(), m_traffic.cend(),
                            [](const Traffic &t) { return t.kind == Traffic::Kind::Noise; }));
    }

    void randomGarbageNeverHangsOrCrashes()
    {
        auto *rng = QRandomGenerator::global();
        for (int round = 0; round < 50; ++round) {
            QByteArray junk(int(rng->bounded(1, 2000)), Qt::Uninitialized);
            for (char &c : junk)
                c = char(rng->bounded(256));
            m_port->feed(junk);
        }
        m_module->on("AT", "\r\nOK\r\n");
        m_port->feed("\r\n");
        QCOMPARE(run("AT").status, AtStatus::Ok);
    }

    void theSameTranscriptFedInRandomPiecesGivesTheSameResults()
    {
        // A whole session's worth of module output, cut at random points.
        const QByteArray session =
            "AT+CGMI\r\r\nSierra Wireless\r\n\r\nOK\r\n"
            "\r\n+WDSI: 9,1024\r\n"
            "AT+CGMR\r\r\n+WDSI:18,50\r\nBHL7800.1.6.3.0.20180803\r\n\r\nOK\r\n"
            "AT+WDSS=2,1\r\r\n+CME ERROR: 650\r\n";
        m_module->setFallback({});
        for (int trial = 0; trial < 20; ++trial) {
            init();
            m_module->setFallback({});
            ResultCatcher catcher;
            catcher.attach(m_channel->send("AT+CGMI"));
            catcher.attach(m_channel->send("AT+CGMR"));
            catcher.attach(m_channel->send("AT+WDSS=2,1"));
            QTRY_VERIFY(!m_port->written().isEmpty());
            qsizetype pos = 0;
            while (pos < session.size()) {
                const qsizetype n = QRandomGenerator::global()->bounded(1, 12);
                m_port->feed(session.mid(pos, n));
                pos += n;
                QCoreApplication::sendPostedEvents(); // let the queue start the next command
            }
            QTRY_COMPARE(catcher.results.size(), 3);
            QCOMPARE(catcher.results[0].lines, QStringList{"Sierra Wireless"});
            QCOMPARE(catcher.results[1].lines, QStringList{"BHL7800.1.6.3.0.20180803"});
            QCOMPARE(catcher.results[2].status, AtStatus::CmeError);
            QCOMPARE(catcher.results[2].errorCode, 650);
            QCOMPARE(m_urcs, (QStringList{"+WDSI: 9,1024", "+WDSI:18,50"}));
            cleanup();
        }
    }

    void theInterlockRefusesForbiddenCommandsButNotTheJobsOwn()
    {
        m_channel->setGuard([](const QString &cmd) {
            return cmd.startsWith("AT#SGACT", Qt::CaseInsensitive)
                ? QStringLiteral("inhibited while the firmware downloads")
                : QString();
        });
        m_module->on("AT#SGACT=1,1", "\r\nOK\r\n");
        const AtResult refused = run("AT#SGACT=1,1");
        QCOMPARE(refused.status, AtStatus::Refused);
        QCOMPARE(refused.detail, QString("inhibited while the firmware downloads"));
        QVERIFY(m_port->written().isEmpty());
        QCOMPARE(run(AtCommand("AT#SGACT=1,1").asPrivileged()).status, AtStatus::Ok);
    }

    void secretsNeverReachTheTranscript()
    {
        m_module->setEcho(true);
        m_module->on("AT+CPIN=\"4711\"", "\r\nOK\r\n");
        m_module->on("AT^SGAUTH=1,2,\"s3cret\",\"user\"", "\r\nOK\r\n");
        QCOMPARE(run("AT+CPIN=\"4711\"").status, AtStatus::Ok);
        const AtResult auth = run("AT^SGAUTH=1,2,\"s3cret\",\"user\"");
        QCOMPARE(auth.status, AtStatus::Ok);
        QVERIFY(!auth.command.contains("s3cret"));
        QVERIFY(!m_traffic.isEmpty());
        for (const Traffic &t : m_traffic) {
            QVERIFY2(!t.text.contains("4711"), qPrintable(t.text));
            QVERIFY2(!t.text.contains("s3cret"), qPrintable(t.text));
        }
        QVERIFY(std::any_of(m_traffic.cbegin(), m_traffic.cend(),
                            [](const Traffic &t) { return t.kind == Traffic::Kind::Echo; }));
    }

    void secretsInEchoesAndReadAnswersNeverReachTheTranscript_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("kept"); // must still be readable
        QTest::newRow("chained PIN") << "AT+CMEE=2;+CPIN=\"1234\"" << QByteArray("\r\nOK\r\n") << "1234" << "+CMEE=2";
        QTest::newRow("spaced PIN") << "AT +CPIN = 0000" << QByteArray("\r\nOK\r\n") << "0000" << "+CPIN";
        QTest::newRow("concatenated PIN") << "ATE0+CPIN=98765432" << QByteArray("\r\nOK\r\n") << "98765432" << "E0";
        QTest::newRow("SGAUTH read") << "AT^SGAUTH?" << QByteArray("\r\n^SGAUTH: 1,2,\"pass9\",\"user\"\r\n\r\nOK\r\n")
                                     << "pass9" << "\"user\"";
        QTest::newRow("MCGDEFCONT read") << "AT*MCGDEFCONT?"
                                         << QByteArray("\r\n*MCGDEFCONT: \"IP\",\"internet\",\"u\",\"pw77\"\r\n\r\nOK\r\n")
                                         << "pw77" << "\"internet\"";
        QTest::newRow("OTASNAPIPCFG read") << "AT#OTASNAPIPCFG?"
                                           << QByteArray("\r\n#OTASNAPIPCFG: 1,\"apn\",\"u\",\"napPw\"\r\n\r\nOK\r\n")
                                           << "napPw" << "\"apn\"";
    }

    void secretsInEchoesAndReadAnswersNeverReachTheTranscript()
    {
        QFETCH(QString, command);
        QFETCH(QByteArray, answer);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        m_module->setEcho(true);
        m_module->on(command, answer);
        const AtResult result = run(command);
        QCOMPARE(result.status, AtStatus::Ok);
        QVERIFY(!result.command.contains(secret));
        bool keptSeen = false;
        for (const Traffic &t : m_traffic) {
            QVERIFY2(!t.text.contains(secret), qPrintable(t.text));
            keptSeen |= t.text.contains(kept);
        }
        QVERIFY(keptSeen);
    }

    void aGreaterThanSignInAnAnswerIsTextHoweverItIsSplit_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole") << 0;
        QTest::newRow("bytewise") << 1;
        QTest::newRow("2-byte") << 2;
    }

    void aGreaterThanSignInAnAnswerIsTextHoweverItIsSplit()
    {
        QFETCH(int, chunk);
        m_module->setChunkSize(chunk);
        m_module->on("AT+VENDOR", "\r\n> >\r\n>\r\n\r\nOK\r\n");
        const AtResult result = run("AT+VENDOR");
        QCOMPARE(result.status, AtStatus::Ok);
        QCOMPARE(result.lines, (QStringList{"> >", ">"}));
        QCOMPARE(m_channel->noiseBytes(), 0u);
    }

    void aNulGluedToTheFinalCodeStillEndsTheCommand_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("NUL before OK") << QByteArray("\r\n10.00.005\r\n\0OK\r\n", 18);
        QTest::newRow("high byte before OK") << QByteArray("\r\n10.00.005\r\n\xffOK\r\n");
    }

    void aNulGluedToTheFinalCodeStillEndsTheCommand()
    {
        QFETCH(QByteArray, answer);
        m_module->on("AT+CGMR", answer);
        const AtResult result = run("AT+CGMR");
        QCOMPARE(result.status, AtStatus::Ok);
        QCOMPARE(result.lines, QStringList{"10.00.005"});
    }

    void aLateFinalCodeWithNoCommandWaitingIsNotAUrc()
    {
        m_port->feed("\r\nOK\r\n");
        QVERIFY(m_urcs.isEmpty());
        QVERIFY(std::any_of(m_traffic.cbegin(), m_traffic.cend(),
                            [](const Traffic &t) { return t.kind == Traffic::Kind::Unsolicited; }));
    }
};

QTEST_GUILESS_MAIN(tst_AtChannel)
#include "tst_atchannel.moc"
