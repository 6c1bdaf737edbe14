#include "at/atchannel.h"
#include "fakeport.h"
#include "modules/family.h"
#include "scriptedmodule.h"
#include "transfer/xmodemlink.h"
#include "transfer/xmodemsender.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The sender on an AtChannel: the port handed over in raw mode and back.
class tst_XmodemLink : public QObject
{
    Q_OBJECT

private:
    FakePort *m_port = nullptr; // owned by m_channel
    ScriptedModule *m_module = nullptr;
    std::unique_ptr<AtChannel> m_channel;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
    }

    void init()
    {
        auto port = std::make_unique<FakePort>();
        port->open(QIODevice::ReadWrite);
        m_port = port.get();
        m_module = new ScriptedModule(m_port);
        m_channel = std::make_unique<AtChannel>(std::move(port));
        m_channel->setDefaultTimeout(2s);
    }

    void cleanup()
    {
        m_channel.reset();
    }

    // AT+WDSD answers OK and its 'C' in the same read: the 'C' must start the
    // transfer, and the port must come back to line mode for the next command.
    void theCAfterOkStartsTheTransferAndLineModeFollowsIt()
    {
        const QByteArray data(300, 'x');
        XmodemSender sender(data);
        QSignalSpy finished(&sender, &XmodemSender::finished);
        // The module: OK and 'C' in one piece, then an ACK for every block and the EOT.
        m_port->setResponder([this](const QByteArray &written) {
            QByteArray answer;
            if (written == "AT+WDSD=300\r")
                answer = "\r\nOK\r\nC";
            else if (written.startsWith('\x02') || written.startsWith('\x01') || written == "\x04")
                answer = "\x06";
            if (!answer.isEmpty())
                QTimer::singleShot(0, m_port, [this, answer] { m_port->feed(answer); });
        });
        AtReply *reply = m_channel->send("AT+WDSD=300");
        connect(reply, &AtReply::finished, this, [&](const AtResult &result) {
            QVERIFY(result.ok());
            QVERIFY(runXmodemOver(m_channel.get(), &sender));
        });
        QVERIFY(finished.wait(3000));
        const XmodemResult result = finished.first().first().value<XmodemResult>();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.blocksAcked, 1); // 300 bytes: one 1K block
        QCOMPARE(result.bytesAcked, 300);
        QVERIFY(!m_channel->isRaw());

        // Line mode again: a command goes out and gets its answer.
        m_port->setResponder({});
        m_port->takeWritten();
        QSignalSpy answered(m_channel->send("AT+CGMR"), &AtReply::finished);
        QTRY_COMPARE(m_port->written(), QByteArray("AT+CGMR\r"));
        m_port->feed("\r\nBHL7800.1.6.3.0\r\n\r\nOK\r\n");
        QTRY_COMPARE(answered.size(), 1);
        QCOMPARE(answered.first().first().value<AtResult>().firstLine(), QStringLiteral("BHL7800.1.6.3.0"));
    }

    // The HL78xx acknowledges the EOT and reports the download in the same
    // breath: "+WDSI: 3" often arrives in the read that carries the final ACK.
    // The URC must reach its subscriber, and the next command its answer.
    void aUrcInTheReadOfTheFinalAckReachesItsSubscriber_data()
    {
        QTest::addColumn<QList<QByteArray>>("afterEot"); // the module's reads after our EOT
        QTest::newRow("ACK and URC in one read") << QList<QByteArray>{"\x06\r\n+WDSI: 3\r\n"};
        QTest::newRow("ACK and half the URC, then the rest")
            << QList<QByteArray>{"\x06\r\n+WDS", "I: 3\r\n"};
        QTest::newRow("ACK alone, then the URC") << QList<QByteArray>{"\x06", "\r\n+WDSI: 3\r\n"};
    }

    void aUrcInTheReadOfTheFinalAckReachesItsSubscriber()
    {
        QFETCH(QList<QByteArray>, afterEot);
        m_channel->setUrcRegistry(urcRegistryFor(Family::SierraHl78xx));
        QStringList wdsi;
        m_channel->subscribe(QStringLiteral("+WDSI:"), this, [&](const QString &line) { wdsi << line; });
        XmodemSender sender(QByteArray(300, 'x'));
        QSignalSpy finished(&sender, &XmodemSender::finished);
        m_port->setResponder([this, afterEot](const QByteArray &written) {
            QList<QByteArray> reads;
            if (written.startsWith('\x01') || written.startsWith('\x02'))
                reads = {"\x06"};
            else if (written == "\x04")
                reads = afterEot;
            else if (written == "AT+CGMR\r")
                reads = {"\r\nBHL7800.1.6.3.0\r\n\r\nOK\r\n"};
            for (const QByteArray &read : std::as_const(reads))
                QTimer::singleShot(0, m_port, [this, read] { m_port->feed(read); });
        });
        QVERIFY(runXmodemOver(m_channel.get(), &sender));
        m_port->feed("C");
        QVERIFY(finished.wait(3000));
        QVERIFY2(finished.first().first().value<XmodemResult>().ok,
                 qPrintable(finished.first().first().value<XmodemResult>().message));
        QTRY_COMPARE(wdsi, QStringList{"+WDSI: 3"});
        QVERIFY(!m_channel->isRaw());

        QSignalSpy answered(m_channel->send("AT+CGMR"), &AtReply::finished);
        QVERIFY(answered.wait(3000));
        QCOMPARE(answered.first().first().value<AtResult>().lines, QStringList{"BHL7800.1.6.3.0"});
        QCOMPARE(wdsi, QStringList{"+WDSI: 3"});
    }

    void anUnplugMidTransferEndsItWithPortLost()
    {
        XmodemSender sender(QByteArray(10 * 1024, 'y'));
        QSignalSpy finished(&sender, &XmodemSender::finished);
        QVERIFY(runXmodemOver(m_channel.get(), &sender));
        m_port->feed("C\x06");
        m_port->simulateLoss();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<XmodemResult>().error, XmodemError::PortLost);
    }

    void aFailingWriteEndsItWithPortLost()
    {
        XmodemSender sender(QByteArray(10 * 1024, 'y'));
        QSignalSpy finished(&sender, &XmodemSender::finished);
        QVERIFY(runXmodemOver(m_channel.get(), &sender));
        m_port->setWritesFail(true);
        m_port->feed("C");
        QCOMPARE(finished.size(), 1);
        const XmodemResult result = finished.first().first().value<XmodemResult>();
        QCOMPARE(result.error, XmodemError::PortLost);
        QVERIFY(result.message.contains(QLatin1String("Input/output error")));
        QVERIFY(!m_channel->isRaw());
    }

    void aBusyChannelIsNotTakenOver()
    {
        m_module->setFallback({}); // the command stays in flight
        m_channel->send("AT+WDSD=300");
        QTRY_VERIFY(!m_port->written().isEmpty());
        XmodemSender sender(QByteArray(300, 'z'));
        QSignalSpy finished(&sender, &XmodemSender::finished);
        QVERIFY(!runXmodemOver(m_channel.get(), &sender));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<XmodemResult>().error, XmodemError::PortLost);
        QVERIFY(!m_channel->isRaw());

        // Someone else's raw transfer is left alone too.
        AtChannel::RawSink theirs = [](const QByteArray &) { };
        auto port = std::make_unique<FakePort>();
        port->open(QIODevice::ReadWrite);
        AtChannel other(std::move(port));
        QVERIFY(other.enterRawMode(theirs));
        XmodemSender second(QByteArray(300, 'z'));
        QVERIFY(!runXmodemOver(&other, &second));
        QVERIFY(other.isRaw());
    }
};

QTEST_GUILESS_MAIN(tst_XmodemLink)
#include "tst_xmodemlink.moc"
