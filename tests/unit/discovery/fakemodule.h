#pragma once

#include "modules/family.h"

#include <QByteArray>
#include <QObject>
#include <QStringList>

class FakePort;

// What a pretend module behind a FakePort is and how it behaves.
struct FakeModuleSpec
{
    enum class Kind {
        Module,     // an AT module of `family`
        Silent,     // a device that never answers
        Garbage,    // garbage at every rate
        ErrorToAll, // answers ERROR to everything, AT included
        TextOnly,   // prints readable text, never OK (a GPS, a console)
    };

    Kind kind = Kind::Module;
    Family family = Family::TelitPfm;
    qint32 baud = 115200;
    QString manufacturer, model, firmware, imei, imsi, iccid, serial;
    bool echo = true;        // modules come up with ATE1
    bool simLocked = false;  // +CPIN: SIM PIN, AT+CIMI fails
    QByteArray bootUrcs;     // printed before the first answer at the right rate
    int latencyMs = 0;       // from a command to its answer (a real module takes a few ms)
    int damagedImeiReads = 0; // the first answers to AT+CGSN with a digit the line changed

    // The families' strings as PROTOCOLS.md and the vendors print them, with
    // a distinct IMEI per `index`.
    static FakeModuleSpec defaults(Family family, int index = 0);
};

// Answers like a module of the spec's family, but only when the host's rate
// (FakePort::baudRate()) matches the module's: otherwise garbage, as a UART
// at the wrong rate would give. Lives as a child of its port.
class FakeModule : public QObject
{
    Q_OBJECT

public:
    FakeModule(FakePort *port, const FakeModuleSpec &spec);

    const FakeModuleSpec &spec() const { return m_spec; }
    QStringList received() const { return m_received; }
    int wrongRateCommands() const { return m_wrongRate; }
    // Unsolicited bytes from the module, delivered on the next event-loop turn.
    void send(const QByteArray &bytes);
    // Every command after this one gets no answer (hangs mid-probe).
    void goSilentAfter(const QString &command) { m_silentAfter = command.toUpper(); }

signals:
    void commandReceived(const QString &command);
    void wrongRateCommand();

private:
    void onWritten(const QByteArray &bytes);
    QByteArray answer(const QString &command);

    FakePort *m_port;
    FakeModuleSpec m_spec;
    QByteArray m_pending;
    QStringList m_received;
    QString m_silentAfter;
    bool m_silent = false;
    bool m_bootSent = false;
    int m_wrongRate = 0;
};
