#pragma once

#include "port/porttap.h"
#include "sessionrecording.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QString>

// Writes what crosses one port into a recording (SessionRecording's format)
// while the engine talks to it, whatever opens it: the probe, identify, an
// AT console, a whole job across the module's reboots. Install it with
// SerialPortFactory::setTap().
//
// Nothing secret is written: every line, both ways, passes SecretMasker
// first. That is why the module's text is written a line at a time (a PIN
// split across two reads is still one line when masked); data bytes (XMODEM
// answers, a '>' prompt) go out at once, and so does whatever the module said
// before the host writes again, so the order of the two directions holds.
// Each event is written through (no user-space buffer): a crash keeps what
// was seen.
class SessionRecorder final : public PortTap
{
public:
    SessionRecorder() = default;
    ~SessionRecorder() override;

    // `port` as the user named it (a name, a path or a symlink): a port the
    // engine opens under any name that resolves to the same device, or under
    // that very name once the device is gone and back, is recorded.
    bool open(const QString &path, const QString &port, const QString &description, QString *error = nullptr);
    void close();
    int eventCount() const { return m_events; }

    void opened(const QString &port, qint32 baud) override;
    void rateSet(const QString &port, qint32 baud) override;
    void sent(const QString &port, QByteArrayView bytes) override;
    void received(const QString &port, QByteArrayView bytes) override;
    void lost(const QString &port) override;
    void closed(const QString &port) override;

    // The module's text or a host line with its secrets masked, line by line
    // (terminators kept).
    static QByteArray masked(const QByteArray &text);

private:
    bool isRecorded(const QString &port);
    void write(RecordedEvent event);
    void flushReceived();
    qint64 now() const { return m_clock.elapsed(); }

    QFile m_file;
    QElapsedTimer m_clock;
    QString m_port;
    QString m_device; // what m_port resolved to when recording began
    QHash<QString, bool> m_recorded; // port name -> recorded
    QByteArray m_pending;            // module text not yet ended by LF
    qint64 m_pendingAt = 0;
    int m_events = 0;
};
