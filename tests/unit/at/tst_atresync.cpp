#include "at/atchannel.h"
#include "fakeport.h"
#include "modules/family.h"
#include "scriptedmodule.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace std::chrono_literals;

// Line discipline after a timeout (issue 15): the channel resynchronises with
// a marker before the next command, so a late answer is never paired with
// another command; and the interlock is asked again when a command goes to
// the wire.
namespace {

const QByteArray kImsiAnswer = "\r\n240071234567890\r\n\r\nOK\r\n";
const QByteArray kCcidAnswer = "\r\n+CCID: 89460712345678901234\r\n\r\nOK\r\n";
const QByteArray kCpinAnswer = "\r\n+CPIN: READY\r\n\r\nOK\r\n";

// Collects replies' results in the order they finish.
struct Results : QObject
{
    QList<AtResult> list;
    void attach(AtReply *reply)
    {
        connect(reply, &AtReply::finished, this, [this](const AtResult &r) { list << r; });
    }
};

// A module that runs one command line at a time, as V.250 modules do. Its
// answer to a slow command is not lost: it comes out when the module gets to
// the next line, ahead of that line's own answer (so the old channel paired
// the IMSI with AT+CCID). The marker is answered like a real module answers
// S3 reads, unless told otherwise.
class SerialModule
{
public:
    enum class Marker { Answered, Silent, Error, OkOnly, AnsweredLate };

    explicit SerialModule(ScriptedModule *module) : m_module(module)
    {
        module->onPrefix(QStringLiteral("AT"), [this](const QString &command) { return answer(command); });
    }

    void on(const QString &command, const QByteArray &bytes) { m_answers.insert(command.toUpper(), bytes); }
    void setSlow(const QString &command) { m_slow.insert(command.toUpper()); }
    void setMarker(Marker marker) { m_marker = marker; }
    void setS3Text(const QByteArray &text) { m_s3 = text; }
    // Bytes the module puts out in the middle of its next answer (a URC
    // that falls between the late answer and the marker's).
    void setInterjection(const QByteArray &bytes) { m_interjection = bytes; }
    std::function<void(const QString &)> onCommand;

private:
    QByteArray answer(const QString &command)
    {
        if (onCommand)
            onCommand(command);
        const QString key = command.toUpper();
        QByteArray out = m_held;
        m_held.clear();
        if (!out.isEmpty() && !m_interjection.isEmpty())
            out += std::exchange(m_interjection, {});
        if (m_slow.contains(key)) {
            m_held = m_answers.value(key);
            return out;
        }
        static const QRegularExpression marker(QStringLiteral("^ATS3\\?((S3\\?)*)$"));
        if (const auto match = marker.match(key); match.hasMatch()) {
            const int reads = 1 + int(match.captured(1).size() / 3);
            QByteArray reply;
            for (int i = 0; i < reads; ++i)
                reply += "\r\n" + m_s3 + "\r\n";
            reply += "\r\nOK\r\n";
            switch (m_marker) {
            case Marker::Answered:
                return out + reply;
            case Marker::Silent:
                return out;
            case Marker::Error:
                return out + "\r\nERROR\r\n";
            case Marker::OkOnly:
                return out + "\r\nOK\r\n";
            case Marker::AnsweredLate:
                // This attempt's answer comes with the next line; later ones in time.
                m_held = reply;
                m_marker = Marker::Answered;
                return out;
            }
        }
        return out + m_answers.value(key, QByteArrayLiteral("\r\nERROR\r\n"));
    }

    ScriptedModule *m_module;
    QHash<QString, QByteArray> m_answers;
    QSet<QString> m_slow;
    QByteArray m_held;
    QByteArray m_interjection;
    QByteArray m_s3 = "013";
    Marker m_marker = Marker::Answered;
};

QStringList commandsIn(const QByteArray &written)
{
    QStringList out;
    for (const QByteArray &line : written.split('\r')) {
        if (!line.isEmpty())
            out << QString::fromLatin1(line);
    }
    return out;
}

} // namespace

class tst_AtResync : public QObject
{
    Q_OBJECT

private:
    FakePort *m_port = nullptr; // owned by m_channel
    ScriptedModule *m_module = nullptr;
    std::unique_ptr<SerialModule> m_serial;
    std::unique_ptr<AtChannel> m_channel;
    QStringList m_urcs;
    QList<Traffic> m_traffic;

    QStringList notes(const QString &containing) const
    {
        QStringList out;
        for (const Traffic &t : m_traffic) {
            if (t.kind == Traffic::Kind::Note && t.text.contains(containing))
                out << t.text;
        }
        return out;
    }

    // The sequence: AT+CIMI times out, AT+CCID and AT+CPIN? wait behind it.
    void sendIdentityReads(Results &results)
    {
        results.attach(m_channel->send(AtCommand("AT+CIMI", 50ms)));
        results.attach(m_channel->send("AT+CCID"));
        results.attach(m_channel->send("AT+CPIN?"));
    }

private slots:
    void init()
    {
        auto port = std::make_unique<FakePort>();
        port->open(QIODevice::ReadWrite);
        m_port = port.get();
        m_module = new ScriptedModule(m_port);
        m_serial = std::make_unique<SerialModule>(m_module);
        m_serial->on("AT+CIMI", kImsiAnswer);
        m_serial->on("AT+CCID", kCcidAnswer);
        m_serial->on("AT+CPIN?", kCpinAnswer);
        m_serial->on("AT+CGMR", "\r\n10.00.005\r\n\r\nOK\r\n");
        m_channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(Family::Unknown));
        m_channel->setDefaultTimeout(2s);
        m_urcs.clear();
        m_traffic.clear();
        connect(m_channel.get(), &AtChannel::urcReceived, this,
                [this](const QString &line, const QString &) { m_urcs << line; });
        connect(m_channel.get(), &AtChannel::traffic, this, [this](const Traffic &t) { m_traffic << t; });
    }

    void cleanup()
    {
        m_channel.reset();
        m_serial.reset();
    }

    void aLateAnswerAfterATimeoutIsNeverGivenToTheNextCommand_data()
    {
        QTest::addColumn<bool>("echo");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QByteArray>("late");     // what AT+CIMI answers, late
        QTest::addColumn<QByteArray>("s3");       // how the module prints S3
        QTest::addColumn<QString>("discarded");   // a line noted as discarded, or empty

        const QList<std::tuple<const char *, QByteArray, QString>> answers{
            {"IMSI and OK", kImsiAnswer, "240071234567890"},
            {"an error", "\r\n+CME ERROR: 10\r\n", "+CME ERROR: 10"},
            {"a bare OK", "\r\nOK\r\n", "OK"},
            {"never", {}, {}},
        };
        for (const auto &[name, late, discarded] : answers) {
            for (const bool echo : {false, true}) {
                for (const int chunk : {0, 1}) {
                    QTest::addRow("%s/%s/%s", name, echo ? "echo" : "no echo", chunk ? "bytewise" : "whole")
                        << echo << chunk << late << QByteArray("013") << discarded;
                }
            }
        }
        QTest::newRow("IMSI and OK/S3 printed as 13") << false << 0 << kImsiAnswer << QByteArray("13")
                                                      << QString("240071234567890");
    }

    void aLateAnswerAfterATimeoutIsNeverGivenToTheNextCommand()
    {
        QFETCH(bool, echo);
        QFETCH(int, chunk);
        QFETCH(QByteArray, late);
        QFETCH(QByteArray, s3);
        QFETCH(QString, discarded);
        m_module->setEcho(echo);
        m_module->setChunkSize(chunk);
        m_serial->on("AT+CIMI", late);
        m_serial->setSlow("AT+CIMI");
        m_serial->setS3Text(s3);

        Results results;
        sendIdentityReads(results);
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(results.list[0].status, AtStatus::Timeout);
        QCOMPARE(results.list[1].command, QString("AT+CCID"));
        QCOMPARE(results.list[1].status, AtStatus::Ok);
        QCOMPARE(results.list[1].lines, QStringList{"+CCID: 89460712345678901234"});
        QCOMPARE(results.list[2].command, QString("AT+CPIN?"));
        QCOMPARE(results.list[2].status, AtStatus::Ok);
        QCOMPARE(results.list[2].lines, QStringList{"+CPIN: READY"});
        QVERIFY2(m_urcs.isEmpty(), qPrintable(m_urcs.join(" | ")));
        // One marker after the timeout, none between commands that answered.
        QCOMPARE(commandsIn(m_port->written()), (QStringList{"AT+CIMI", "ATS3?", "AT+CCID", "AT+CPIN?"}));
        QVERIFY(!m_channel->isOutOfStep());
        if (!discarded.isEmpty()) {
            QVERIFY2(!notes(QStringLiteral("late answer discarded: %1").arg(discarded)).isEmpty(),
                     qPrintable(notes("discarded").join(" | ")));
        }
    }

    // The module is idle again by the time its late answer comes: the lines
    // are noted, not handed out as unsolicited lines, and the next command
    // still gets its own answer.
    void aLateAnswerWhileNothingWaitsIsDiscardedAndNotAUrc()
    {
        m_serial->setSlow("AT+CIMI");
        m_serial->on("AT+CIMI", {});
        QSignalSpy timedOut(m_channel->send(AtCommand("AT+CIMI", 50ms)), &AtReply::finished);
        QVERIFY(timedOut.wait(2000));
        QCOMPARE(timedOut.first().first().value<AtResult>().status, AtStatus::Timeout);
        m_port->feed(kImsiAnswer);
        QVERIFY(m_urcs.isEmpty());
        QCOMPARE(notes("late answer discarded").size(), 2); // the IMSI and its OK

        Results results;
        results.attach(m_channel->send("AT+CCID"));
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].lines, QStringList{"+CCID: 89460712345678901234"});
        QCOMPARE(commandsIn(m_port->written()), (QStringList{"AT+CIMI", "ATS3?", "AT+CCID"}));
    }

    void aUrcArrivingDuringTheResynchronisationIsStillDelivered_data()
    {
        QTest::addColumn<QByteArray>("urc");
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("echo");
        QTest::newRow("+CREG") << QByteArray("\r\n+CREG: 1\r\n") << "+CREG: 1" << false;
        QTest::newRow("#OTAEV with echo") << QByteArray("\r\n#OTAEV: Start Fw Download\r\n")
                                          << "#OTAEV: Start Fw Download" << true;
        QTest::newRow("+CPIN, the prefix of a queued command") << QByteArray("\r\n+CPIN: SIM PIN\r\n")
                                                               << "+CPIN: SIM PIN" << false;
        QTest::newRow("+WDSI without a blank") << QByteArray("\r\n+WDSI:6\r\n") << "+WDSI:6" << true;
    }

    void aUrcArrivingDuringTheResynchronisationIsStillDelivered()
    {
        QFETCH(QByteArray, urc);
        QFETCH(QString, line);
        QFETCH(bool, echo);
        m_module->setEcho(echo);
        m_serial->setSlow("AT+CIMI");
        m_serial->setInterjection(urc);
        Results results;
        sendIdentityReads(results);
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(m_urcs, QStringList{line});
        QCOMPARE(results.list[1].lines, QStringList{"+CCID: 89460712345678901234"});
        QCOMPARE(results.list[2].lines, QStringList{"+CPIN: READY"});
        QVERIFY(std::any_of(m_traffic.cbegin(), m_traffic.cend(), [&](const Traffic &t) {
            return t.kind == Traffic::Kind::Urc && t.text == line;
        }));
    }

    void aMarkerThatIsNeverAnsweredFailsTheWaitingCommandsAfterBoundedRetries_data()
    {
        QTest::addColumn<int>("marker");
        QTest::addColumn<int>("attempts");
        QTest::newRow("silent") << int(SerialModule::Marker::Silent) << 3;
        QTest::newRow("ERROR (no S3 read)") << int(SerialModule::Marker::Error) << 3;
        QTest::newRow("OK without the S3 values") << int(SerialModule::Marker::OkOnly) << 2;
        QTest::newRow("one attempt only") << int(SerialModule::Marker::Silent) << 1;
    }

    void aMarkerThatIsNeverAnsweredFailsTheWaitingCommandsAfterBoundedRetries()
    {
        QFETCH(int, marker);
        QFETCH(int, attempts);
        m_serial->setSlow("AT+CIMI");
        m_serial->setMarker(SerialModule::Marker(marker));
        m_channel->setResyncPolicy(attempts, 40ms);
        Results results;
        sendIdentityReads(results);
        QTRY_COMPARE(results.list.size(), 3);
        for (int i = 1; i < 3; ++i) {
            QCOMPARE(results.list[i].status, AtStatus::Timeout);
            QVERIFY2(results.list[i].detail.contains(QStringLiteral("resynchronise")),
                     qPrintable(results.list[i].detail));
            QVERIFY(results.list[i].lines.isEmpty());
        }
        QStringList expected{"AT+CIMI"};
        for (int i = 1; i <= attempts; ++i)
            expected << "AT" + QString("S3?").repeated(i);
        QCOMPARE(commandsIn(m_port->written()), expected);
        QVERIFY(m_channel->isOutOfStep());
        QVERIFY(!notes("failed").isEmpty());

        // Not given up for good: the next command tries again, and once the
        // module answers the marker the command gets its own answer.
        m_serial->setMarker(SerialModule::Marker::Answered);
        m_port->takeWritten();
        Results later;
        later.attach(m_channel->send("AT+CGMR"));
        QTRY_COMPARE(later.list.size(), 1);
        QCOMPARE(later.list[0].status, AtStatus::Ok);
        QCOMPARE(later.list[0].lines, QStringList{"10.00.005"});
        QCOMPARE(commandsIn(m_port->written()).last(), QString("AT+CGMR"));
    }

    // An attempt that timed out answers during the next one: its single S3
    // line and OK are not the answer of "ATS3?S3?".
    void theLateAnswerOfAnEarlierMarkerIsNotTakenForTheCurrentOne()
    {
        m_serial->setSlow("AT+CIMI");
        m_serial->setMarker(SerialModule::Marker::AnsweredLate);
        m_channel->setResyncPolicy(3, 40ms);
        Results results;
        sendIdentityReads(results);
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(results.list[1].lines, QStringList{"+CCID: 89460712345678901234"});
        QCOMPARE(results.list[2].lines, QStringList{"+CPIN: READY"});
        QCOMPARE(commandsIn(m_port->written()),
                 (QStringList{"AT+CIMI", "ATS3?", "ATS3?S3?", "AT+CCID", "AT+CPIN?"}));
        QVERIFY(!notes("late answer discarded: 013").isEmpty());
    }

    void aPortLostDuringTheResynchronisationEndsEveryWaitingCommandOnce()
    {
        m_serial->setSlow("AT+CIMI");
        m_serial->setMarker(SerialModule::Marker::Silent);
        QSignalSpy disconnected(m_channel.get(), &AtChannel::disconnected);
        Results results;
        sendIdentityReads(results);
        QTRY_COMPARE(results.list.size(), 1);
        QTRY_VERIFY(m_port->written().contains("ATS3?"));
        m_port->simulateLoss();
        QCOMPARE(results.list.size(), 3);
        QCOMPARE(results.list[1].status, AtStatus::PortLost);
        QCOMPARE(results.list[2].status, AtStatus::PortLost);
        QCOMPARE(disconnected.size(), 1);
        QCOMPARE(commandsIn(m_port->written()), (QStringList{"AT+CIMI", "ATS3?"}));
        QTest::qWait(100); // no stray marker timeout afterwards
        QCOMPARE(results.list.size(), 3);
    }

    // XMODEM and other transfers take the port between commands; a timeout
    // before them leaves raw mode alone, and the marker goes out only when
    // the next command does.
    void rawModeAfterATimeoutIsUntouchedAndTheNextCommandIsResynchronised()
    {
        m_serial->setSlow("AT+CIMI");
        m_serial->on("AT+CIMI", {});
        QSignalSpy timedOut(m_channel->send(AtCommand("AT+CIMI", 50ms)), &AtReply::finished);
        QVERIFY(timedOut.wait(2000));
        QByteArray raw;
        QVERIFY(m_channel->enterRawMode([&](const QByteArray &b) { raw += b; }));
        m_port->feed("C\x06\r\nOK\r\n");
        QCOMPARE(raw, QByteArray("C\x06\r\nOK\r\n")); // a transfer's bytes are its own
        QCOMPARE(commandsIn(m_port->written()), QStringList{"AT+CIMI"});
        Results results;
        results.attach(m_channel->send("AT+CGMR"));
        QTest::qWait(20);
        QCOMPARE(commandsIn(m_port->written()), QStringList{"AT+CIMI"});
        m_channel->leaveRawMode();
        QTRY_COMPARE(results.list.size(), 1);
        QCOMPARE(results.list[0].lines, QStringList{"10.00.005"});
        QCOMPARE(commandsIn(m_port->written()), (QStringList{"AT+CIMI", "ATS3?", "AT+CGMR"}));
    }

    // The interlock at the wire: the phase may change between send() and the
    // moment the command is written (AT+CFUN=1,1 queued during AT+CFOTA=5,
    // whose OK moves the job to Installing).
    void aGuardThatStartsRefusingAfterQueueingRefusesAtTheWire_data()
    {
        QTest::addColumn<bool>("afterTimeout"); // the phase changes during a resynchronisation
        QTest::addColumn<bool>("echo");
        QTest::newRow("after the command ahead answers") << false << false;
        QTest::newRow("after the command ahead answers, echo") << false << true;
        QTest::newRow("during the resynchronisation") << true << false;
    }

    void aGuardThatStartsRefusingAfterQueueingRefusesAtTheWire()
    {
        QFETCH(bool, afterTimeout);
        QFETCH(bool, echo);
        m_module->setEcho(echo);
        const QString cfota = QStringLiteral("AT+CFOTA=5,313,0123456789abcdef0123456789abcdef");
        m_serial->on(cfota, "\r\n+CFOTA: Start to update, please wait for reset\r\n\r\nOK\r\n");
        m_serial->on("AT+CFUN=1,1", "\r\nOK\r\n");
        if (afterTimeout)
            m_serial->setSlow(cfota);
        bool installing = false;
        m_serial->onCommand = [&](const QString &command) {
            if (command.startsWith(QLatin1String("ATS3?")))
                installing = true; // the job moved on while the line was resynchronised
        };
        m_channel->setGuard([&](const QString &command) -> QString {
            if (installing && command.startsWith(QLatin1String("AT+CFUN"), Qt::CaseInsensitive))
                return QStringLiteral("resets are inhibited while the module installs");
            return {};
        });

        Results results;
        AtReply *trigger = m_channel->send(AtCommand(cfota, 50ms).asPrivileged());
        connect(trigger, &AtReply::finished, this, [&](const AtResult &r) {
            if (r.ok())
                installing = true;
        });
        results.attach(trigger);
        results.attach(m_channel->send("AT+CFUN=1,1"));
        results.attach(m_channel->send("AT+CGMR"));
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(results.list[0].status, afterTimeout ? AtStatus::Timeout : AtStatus::Ok);
        QCOMPARE(results.list[1].command, QString("AT+CFUN=1,1"));
        QCOMPARE(results.list[1].status, AtStatus::Refused);
        QCOMPARE(results.list[1].detail, QString("resets are inhibited while the module installs"));
        QCOMPARE(results.list[2].status, AtStatus::Ok); // the next command goes on
        QCOMPARE(results.list[2].lines, QStringList{"10.00.005"});
        QVERIFY(!m_port->written().contains("CFUN"));
        QVERIFY(!notes("refused AT+CFUN=1,1: resets are inhibited").isEmpty());
    }

    void aPrivilegedCommandPassesTheGuardAtTheWire()
    {
        bool refusing = false;
        m_channel->setGuard([&](const QString &) {
            return refusing ? QStringLiteral("inhibited") : QString();
        });
        Results results;
        AtReply *first = m_channel->send("AT+CCID");
        connect(first, &AtReply::finished, this, [&] { refusing = true; });
        results.attach(first);
        results.attach(m_channel->send(AtCommand("AT+CPIN?").asPrivileged()));
        results.attach(m_channel->send("AT+CGMR"));
        QTRY_COMPARE(results.list.size(), 3);
        QCOMPARE(results.list[1].status, AtStatus::Ok);
        QCOMPARE(results.list[2].status, AtStatus::Refused);
        QCOMPARE(commandsIn(m_port->written()), (QStringList{"AT+CCID", "AT+CPIN?"}));
    }

    // Resynchronisation costs nothing while nothing times out: no marker, and
    // after one marker the line runs without any again.
    void withoutATimeoutNoMarkerIsWritten()
    {
        Results results;
        for (int i = 0; i < 20; ++i)
            results.attach(m_channel->send(i % 2 ? "AT+CCID" : "AT+CPIN?"));
        QTRY_COMPARE(results.list.size(), 20);
        QVERIFY(!m_port->written().contains("S3?"));
        QVERIFY(notes("resynchronis").isEmpty());

        m_serial->setSlow("AT+CIMI");
        m_port->takeWritten();
        Results after;
        sendIdentityReads(after);
        after.attach(m_channel->send("AT+CGMR"));
        QTRY_COMPARE(after.list.size(), 4);
        QCOMPARE(commandsIn(m_port->written()),
                 (QStringList{"AT+CIMI", "ATS3?", "AT+CCID", "AT+CPIN?", "AT+CGMR"}));
    }
};

QTEST_GUILESS_MAIN(tst_AtResync)
#include "tst_atresync.moc"
