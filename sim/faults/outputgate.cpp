#include "outputgate.h"

OutputGate::OutputGate(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_held.isEmpty())
            emit released(std::exchange(m_held, {}));
    });
}

void OutputGate::hold(std::chrono::milliseconds duration)
{
    m_timer.start(duration);
}

void OutputGate::send(const QByteArray &bytes)
{
    if (m_timer.isActive())
        m_held += bytes;
    else
        emit released(bytes);
}
