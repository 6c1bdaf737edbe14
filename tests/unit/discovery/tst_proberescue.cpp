#include "discovery/prober.h"
#include "fakeport.h"

#include "at/atchannel.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {
constexpr char NAK = 0x15;
constexpr char CAN = 0x18;
} // namespace

// A module a killed program left in a data phase, behind a FakePort: an
// XMODEM receiver after AT+WDSD (it takes only CAN CAN, and asks with 'C' or
// NAK), or an AT+CFLW prompt that takes every byte as data until it has its
// length. Once out of it, a plain AT module (echo off, as the dead program
// left it) that names itself on AT+CGMI.
class StuckModule : public QObject
{
public:
    enum class Phase { Command, Xmodem, Prompt };

    // What the host wrote and where the module ended, kept by the test: the
    // port and the module go when the probe closes the port.
    struct Log
    {
        QByteArray written;
        QStringList commands;
        Phase phase = Phase::Command;
    };

    StuckModule(FakePort *port, Phase phase, Log *log) : QObject(port), m_port(port), m_phase(phase), m_log(log)
    {
        m_log->phase = phase;
        port->setResponder([this](const QByteArray &bytes) {
            m_log->written += bytes;
            onWritten(bytes);
            m_log->phase = m_phase;
        });
    }

    char request = 0;           // the receiver's answer to anything it cannot use: 'C', NAK, or nothing
    qint64 halfBlock = 0;       // bytes the receiver still wants of a block the dead sender began
    qint64 promptRemaining = 0; // data bytes the prompt still wants
    QByteArray maker = "SIMCOM_Ltd";
    QByteArray model = "SIM7020C";


private:
    void send(const QByteArray &bytes)
    {
        QTimer::singleShot(0, m_port, [port = m_port, bytes] { port->feed(bytes); });
    }

    void onWritten(QByteArray bytes)
    {
        if (m_phase == Phase::Xmodem)
            bytes = receive(bytes);
        if (m_phase == Phase::Prompt)
            bytes = takeData(bytes);
        if (m_phase == Phase::Command)
            command(bytes);
    }

    QByteArray receive(const QByteArray &bytes)
    {
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            if (halfBlock > 0) {
                if (--halfBlock == 0)
                    send(QByteArray(1, NAK)); // the block is damaged: ask for it again
                continue;
            }
            if (bytes.at(i) == CAN && i + 1 < bytes.size() && bytes.at(i + 1) == CAN) {
                m_phase = Phase::Command;
                send("\r\n+CME ERROR: 3\r\n");
                return bytes.mid(i + 2);
            }
        }
        if (request)
            send(QByteArray(1, request));
        return {};
    }

    QByteArray takeData(const QByteArray &bytes)
    {
        const qint64 used = qMin<qint64>(promptRemaining, bytes.size());
        promptRemaining -= used;
        if (promptRemaining > 0)
            return {};
        m_phase = Phase::Command;
        send("\r\nOK\r\n");
        return bytes.mid(used); // the rest is command-line input
    }

    void command(const QByteArray &bytes)
    {
        m_line += bytes;
        qsizetype cr;
        while ((cr = m_line.indexOf('\r')) >= 0) {
            const QByteArray raw = m_line.left(cr);
            m_line.remove(0, cr + 1);
            // V.250: everything before "AT" is ignored (filler that ran over, here).
            const qsizetype at = raw.toUpper().indexOf("AT");
            if (at < 0)
                continue;
            const QString c = QString::fromLatin1(raw.mid(at)).trimmed().toUpper();
            m_log->commands << c;
            if (c == "AT+CGMI")
                send("\r\n" + maker + "\r\n\r\nOK\r\n");
            else if (c == "AT+CGMM")
                send("\r\n" + model + "\r\n\r\nOK\r\n");
            else if (c == "AT+CGMR")
                send("\r\n1752B05SIM7020C\r\n\r\nOK\r\n");
            else if (c == "AT+CGSN")
                send("\r\n867679033012345\r\n\r\nOK\r\n");
            else
                send("\r\nOK\r\n");
        }
    }

    FakePort *m_port;
    Phase m_phase;
    QByteArray m_line;
    Log *m_log;
};

// A module left inside a data phase by a program that died is brought back to
// command mode by the probe and identified, without waiting for the module's
// own timeout; a module in command mode sees none of it.
class tst_ProbeRescue : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FakePortFactory> m_factory;
    std::function<void(StuckModule *)> m_setup;
    StuckModule::Phase m_phase = StuckModule::Phase::Command;
    StuckModule::Log m_log;

    static ProbeSettings fastSettings()
    {
        ProbeSettings s;
        s.atTimeout = 100ms;
        s.atTries = 1;
        s.commandTimeout = 500ms;
        s.rateQuiet = 1ms;
        return s;
    }

    struct Result
    {
        Probe::Outcome outcome = Probe::Outcome::Running;
        ModuleIdentity identity;
    };

    Result probe()
    {
        Prober prober(*m_factory, fastSettings());
        Result r;
        connect(&prober, &Prober::finished, this, [&r](Probe *p) {
            r.outcome = p->outcome();
            r.identity = p->identity();
            p->takeChannel(); // the port stays open for the checks below
        });
        QSignalSpy idle(&prober, &Prober::idle);
        prober.probe(PortInfo::named(QStringLiteral("stuck0")));
        if (!idle.wait(10000))
            return {};
        return r;
    }

private slots:
    void init()
    {
        m_setup = nullptr;
        m_log = {};
        m_factory = std::make_unique<FakePortFactory>([this](const QString &name) {
            auto port = std::make_unique<FakePort>(name);
            auto *module = new StuckModule(port.get(), m_phase, &m_log);
            if (m_setup)
                m_setup(module);
            return port;
        });
    }

    void aModuleLeftInADataPhaseIsIdentified_data()
    {
        QTest::addColumn<int>("phase");
        QTest::addColumn<char>("request");
        QTest::addColumn<qint64>("halfBlock");
        QTest::addColumn<qint64>("promptRemaining");
        using P = StuckModule::Phase;
        QTest::newRow("xmodem receiver asking with C") << int(P::Xmodem) << 'C' << qint64(0) << qint64(0);
        QTest::newRow("xmodem receiver asking with NAK (checksum mode)") << int(P::Xmodem) << NAK << qint64(0) << qint64(0);
        QTest::newRow("xmodem receiver not asking yet") << int(P::Xmodem) << char(0) << qint64(0) << qint64(0);
        QTest::newRow("xmodem receiver holding half a block") << int(P::Xmodem) << char(0) << qint64(700) << qint64(0);
        // "AT\r" is three bytes of data: the first try completes the prompt, and its OK answers the try.
        QTest::newRow("cflw prompt wanting 1 byte") << int(P::Prompt) << char(0) << qint64(0) << qint64(1);
        QTest::newRow("cflw prompt wanting 4 bytes") << int(P::Prompt) << char(0) << qint64(0) << qint64(4);
        QTest::newRow("cflw prompt wanting 300 bytes") << int(P::Prompt) << char(0) << qint64(0) << qint64(300);
        QTest::newRow("cflw prompt wanting 4096 bytes") << int(P::Prompt) << char(0) << qint64(0) << qint64(4096);
    }

    void aModuleLeftInADataPhaseIsIdentified()
    {
        QFETCH(int, phase);
        QFETCH(char, request);
        QFETCH(qint64, halfBlock);
        QFETCH(qint64, promptRemaining);
        m_phase = StuckModule::Phase(phase);
        m_setup = [=](StuckModule *m) {
            m->request = request;
            m->halfBlock = halfBlock;
            m->promptRemaining = promptRemaining;
        };
        const Result r = probe();
        QCOMPARE(r.outcome, Probe::Outcome::Module);
        QCOMPARE(r.identity.family, Family::SimcomSim7020);
        QCOMPARE(r.identity.model, QStringLiteral("SIM7020C"));
        QCOMPARE(m_log.phase, StuckModule::Phase::Command);
        QVERIFY(m_log.commands.contains("AT+CGMI"));
        const QByteArray &written = m_log.written;
        const bool firstTryCompletesIt = m_phase == StuckModule::Phase::Prompt && promptRemaining <= 3;
        QCOMPARE(written.contains(QByteArray(2, CAN)), !firstTryCompletesIt);
        if (m_phase == StuckModule::Phase::Prompt) {
            // Filler completes the prompt, and not much more runs over into the command line.
            const qint64 filler = written.count(char(0xff));
            QVERIFY2(filler >= promptRemaining - 5 || firstTryCompletesIt, qPrintable(QString::number(filler)));
            QVERIFY2(filler <= promptRemaining + 256, qPrintable(QString::number(filler)));
        }
    }

    void aModuleInCommandModeSeesNoCancelAndNoFiller()
    {
        m_phase = StuckModule::Phase::Command;
        const Result r = probe();
        QCOMPARE(r.outcome, Probe::Outcome::Module);
        QCOMPARE(r.identity.model, QStringLiteral("SIM7020C"));
        const QByteArray &written = m_log.written;
        QVERIFY(written.startsWith("AT\r"));
        QVERIFY(!written.contains(CAN));
        QVERIFY(!written.contains(char(0xff)));
        QCOMPARE(m_log.commands.count("AT"), 1); // the first AT was answered: no retry either
    }

    // A port where nothing answers gets the rescue once, bounded, and is then
    // reported as silent like before.
    void aSilentPortGetsBoundedFillerAndStaysNotAModule()
    {
        m_factory = std::make_unique<FakePortFactory>([this](const QString &name) {
            auto port = std::make_unique<FakePort>(name);
            port->setResponder([this](const QByteArray &bytes) { m_log.written += bytes; });
            return port;
        });
        const Result r = probe();
        QCOMPARE(r.outcome, Probe::Outcome::NotAModule);
        const QByteArray &written = m_log.written;
        QCOMPARE(written.count(QByteArray(2, CAN)), 1);
        QCOMPARE(written.count(char(0xff)), CommandModeRescue::Settings{}.fillerLimit);
    }

    void theRescueIsASetting()
    {
        m_phase = StuckModule::Phase::Xmodem;
        ProbeSettings settings = fastSettings();
        settings.rescueDataPhases = false;
        Prober prober(*m_factory, settings);
        Probe::Outcome outcome = Probe::Outcome::Running;
        connect(&prober, &Prober::finished, this, [&outcome](Probe *p) { outcome = p->outcome(); });
        QSignalSpy idle(&prober, &Prober::idle);
        prober.probe(PortInfo::named(QStringLiteral("stuck0")));
        QVERIFY(idle.wait(10000));
        QCOMPARE(outcome, Probe::Outcome::NotAModule);
        QVERIFY(!m_log.written.contains(CAN));
    }
};

QTEST_GUILESS_MAIN(tst_ProbeRescue)
#include "tst_proberescue.moc"
