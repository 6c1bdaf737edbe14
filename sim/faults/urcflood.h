#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

// The `urc-flood:` fault: unsolicited registration lines at a steady rate,
// as a module on a flapping cell sends them, landing between (and, for
// deferred commands, inside) the answers the host waits for.
class UrcFlood : public QObject
{
    Q_OBJECT

public:
    explicit UrcFlood(QObject *parent = nullptr);

    // Replaces a flood still running.
    void start(int count, std::chrono::milliseconds interval);
    void stop();
    int remaining() const { return m_remaining; }

signals:
    void urc(const QByteArray &line);

private:
    QTimer m_timer;
    int m_remaining = 0;
    int m_sent = 0;
};
