#pragma once

#include <QIODevice>
#include <QString>

// Modem status lines, where the port reports them (real UARTs and most USB CDC
// ports do; pseudo-terminals do not, hence `valid`).
struct ModemLines
{
    bool valid = false;
    bool dcd = false;
    bool dsr = false;
    bool cts = false;
    bool ri = false;

    friend bool operator==(const ModemLines &, const ModemLines &) = default;
};

// A serial link to one module. Everything above this class talks to a Port, never
// to QSerialPort, so unit tests can substitute a scripted fake and the engine can
// be exercised without hardware.
//
// Contract for implementations:
//  - open() is the QIODevice one; it must not block for long.
//  - readyRead()/bytesWritten() follow QIODevice semantics.
//  - lost() is emitted once when the device disappears (unplug, module reboot);
//    the port is closed afterwards. It is a quiet, expected event, not an error.
//  - failed() is emitted at most once per open() for any other I/O error.
class Port : public QIODevice
{
    Q_OBJECT

public:
    using QIODevice::QIODevice;

    virtual QString name() const = 0;
    virtual bool setBaudRate(qint32 baud) = 0;
    virtual qint32 baudRate() const = 0;
    virtual ModemLines modemLines() = 0;
    // Drops whatever the OS buffered before we started listening (stale URCs,
    // garbage from a previous rate).
    virtual void discardInput() = 0;

    bool isSequential() const override { return true; }

signals:
    void lost();
    void failed(const QString &reason);
};
