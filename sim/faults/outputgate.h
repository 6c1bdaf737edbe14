#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>

// The `late:` fault: what the interpreter answers is held back for a while,
// the way a module stuck in a slow command answers after the host gave up on
// it. Everything answered meanwhile queues behind, in order, as it would on a
// UART.
class OutputGate : public QObject
{
    Q_OBJECT

public:
    explicit OutputGate(QObject *parent = nullptr);

    void hold(std::chrono::milliseconds duration);
    void send(const QByteArray &bytes);
    bool isHolding() const { return m_timer.isActive(); }

signals:
    void released(const QByteArray &bytes);

private:
    QTimer m_timer;
    QByteArray m_held;
};
