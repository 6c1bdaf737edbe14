#include "at/atchannel.h"
#include "fakeport.h"
#include "transfer/rateswitch.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

// A port whose adapter refuses rates above its limit (setBaudRate fails).
class AdapterPort : public FakePort
{
public:
    qint32 limit = 4000000;
    bool setBaudRate(qint32 baud) override { return baud <= limit && FakePort::setBaudRate(baud); }
};

// A module behind the port, as far as rates go: it hears a command only when
// the port runs at its rate, answers garbage when the rates differ, takes
// AT+IPR=<rate> for the rates it knows and changes after its OK.
class RateModule : public QObject
{
public:
    explicit RateModule(FakePort *port) : m_port(port)
    {
        port->setResponder([this](const QByteArray &bytes) { onWritten(bytes); });
    }

    QList<qint32> accepted{9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
    qint32 rate = 115200;
    qint32 stored = 115200; // what it would start at next time
    bool appliesAtRestartOnly = false; // OK to AT+IPR, but the line keeps its rate
    qint32 outputLimit = 0;            // above it the module's output arrives garbled (0: none)
    qint32 deafAbove = 0;              // above it the module hears nothing either (0: none)
    QStringList heard;

private:
    void onWritten(const QByteArray &bytes)
    {
        if (m_port->baudRate() != rate || (deafAbove > 0 && rate > deafAbove))
            return; // sampled at the wrong rate: never a command
        m_line += bytes;
        qsizetype cr;
        while ((cr = m_line.indexOf('\r')) >= 0) {
            const QString command = QString::fromLatin1(m_line.left(cr)).trimmed();
            m_line.remove(0, cr + 1);
            heard << command;
            answer(command);
        }
    }

    void answer(const QString &command)
    {
        if (command.compare(QLatin1String("AT"), Qt::CaseInsensitive) == 0) {
            reply("\r\nOK\r\n");
            return;
        }
        if (command.startsWith(QLatin1String("AT+IPR="), Qt::CaseInsensitive)) {
            const qint32 asked = command.mid(7).toInt();
            if (!accepted.contains(asked)) {
                reply("\r\nERROR\r\n");
                return;
            }
            reply("\r\nOK\r\n");
            stored = asked;
            if (!appliesAtRestartOnly)
                rate = asked; // after the OK, which left at the old rate
            return;
        }
        reply("\r\nERROR\r\n");
    }

    void reply(const QByteArray &text)
    {
        const bool garbled = m_port->baudRate() != rate || (outputLimit > 0 && rate > outputLimit);
        const QByteArray bytes = garbled ? QByteArray(text.size(), char(0xf3)) : text;
        QTimer::singleShot(1, m_port, [port = m_port, bytes] { port->feed(bytes); });
    }

    FakePort *m_port;
    QByteArray m_line;
};

RateSwitch::Settings fast()
{
    RateSwitch::Settings s;
    s.verifyTimeout = 100ms;
    s.commandTimeout = 300ms;
    s.settle = 2ms;
    return s;
}

// A module behind a fake port, the channel over it and a switch on the channel.
struct Line
{
    explicit Line(std::unique_ptr<FakePort> p = std::make_unique<FakePort>())
        : port(p.get()), module((p->open(QIODevice::ReadWrite), p.get())), channel(std::move(p)),
          rates(&channel, fast()), finished(&rates, &RateSwitch::finished)
    {
    }

    RateSwitch::Result result()
    {
        return finished.wait(5000) ? finished.constFirst().constFirst().value<RateSwitch::Result>()
                                   : RateSwitch::Result{false, -1, QStringLiteral("no end within 5 s"), {}, 0};
    }

    FakePort *port;
    RateModule module;
    AtChannel channel;
    RateSwitch rates;
    QSignalSpy finished;
};

} // namespace

// RateSwitch moves module and port together: up as far as both hold, each
// step proven by an AT; a step that shows garbage or silence is left at once
// for the last good rate; and moveTo() brings both back.
class tst_RateSwitch : public QObject
{
    Q_OBJECT

private slots:
    void raiseStopsAtTheFastestRateBothHold_data()
    {
        QTest::addColumn<qint32>("adapterLimit");
        QTest::addColumn<QList<qint32>>("moduleRates");
        QTest::addColumn<bool>("appliesAtRestartOnly");
        QTest::addColumn<qint32>("outputLimit");
        QTest::addColumn<qint32>("expected");
        QTest::addColumn<QString>("noteAbout");

        const QList<qint32> all{115200, 230400, 460800, 921600};
        QTest::newRow("everything holds 921600") << 4000000 << all << false << 0 << 921600 << "921600 baud verified";
        QTest::newRow("the adapter refuses 921600") << 460800 << all << false << 0 << 460800 << "port does not take 921600";
        QTest::newRow("the module refuses 460800")
            << 4000000 << QList<qint32>{115200, 230400} << false << 0 << 230400 << "module refuses 460800";
        QTest::newRow("garbage above 230400: back to 230400") << 4000000 << all << false << 230400 << 230400
                                                             << "no clean answer at 460800";
        QTest::newRow("the rate applies only at the next start: stays")
            << 4000000 << all << true << 0 << 115200 << "no clean answer at 230400";
    }

    void raiseStopsAtTheFastestRateBothHold()
    {
        QFETCH(qint32, adapterLimit);
        QFETCH(QList<qint32>, moduleRates);
        QFETCH(bool, appliesAtRestartOnly);
        QFETCH(qint32, outputLimit);
        QFETCH(qint32, expected);
        QFETCH(QString, noteAbout);
        auto adapter = std::make_unique<AdapterPort>();
        adapter->limit = adapterLimit;
        Line line(std::move(adapter));
        line.module.accepted = moduleRates;
        line.module.appliesAtRestartOnly = appliesAtRestartOnly;
        line.module.outputLimit = outputLimit;

        line.rates.raise({9600, 115200, 230400, 460800, 921600});
        const RateSwitch::Result result = line.result();
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(result.rate, expected);
        QCOMPARE(line.port->baudRate(), expected);
        QCOMPARE(line.module.rate, expected);
        QCOMPARE(line.module.stored, expected); // also after its next start
        QVERIFY2(result.notes.join('\n').contains(noteAbout), qPrintable(result.notes.join('\n')));
        QVERIFY(!line.module.heard.contains(QStringLiteral("AT+IPR=9600"))); // never down while raising
        // Both really talk at the end.
        QSignalSpy answered(line.channel.send(AtCommand("AT", 200ms)), &AtReply::finished);
        QVERIFY(answered.wait(1000));
        QVERIFY(answered.constFirst().constFirst().value<AtResult>().ok());
    }

    void moveToBringsModuleAndPortBack()
    {
        Line line;
        line.module.rate = 921600;
        line.port->setBaudRate(921600);

        line.rates.moveTo(115200);
        const RateSwitch::Result result = line.result();
        QVERIFY(result.ok);
        QCOMPARE(result.rate, 115200);
        QCOMPARE(line.module.rate, 115200);
        QCOMPARE(line.port->baudRate(), 115200);
        QCOMPARE(line.module.heard, (QStringList{"AT+IPR=115200", "AT"}));
    }

    void aModuleThatHearsButCannotBeHeardIsToldToGoBack()
    {
        Line line;
        line.module.outputLimit = 115200; // garbled above 115200, but it hears the way back

        line.rates.raise({230400});
        const RateSwitch::Result result = line.result();
        // The module heard the blind AT+IPR=115200 and went back: the switch
        // ends where it started, and says why.
        QVERIFY(result.ok);
        QCOMPARE(result.rate, 115200);
        QCOMPARE(line.module.rate, 115200);
        QVERIFY(result.message.contains("230400"));
    }

    void aModuleThatAnswersAtNoRateIsReportedAsLost()
    {
        Line line;
        line.module.outputLimit = 115200;
        line.module.deafAbove = 115200;

        line.rates.raise({230400});
        const RateSwitch::Result result = line.result();
        QVERIFY(!result.ok);
        QVERIFY2(result.message.contains("neither at 230400 nor at 115200"), qPrintable(result.message));
    }
};

QTEST_GUILESS_MAIN(tst_RateSwitch)
#include "tst_rateswitch.moc"
