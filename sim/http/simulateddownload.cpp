#include "simulateddownload.h"

SimulatedDownload::SimulatedDownload(qint64 total, qint64 offset, std::chrono::milliseconds duration,
                                     QObject *parent)
    : QObject(parent)
    , m_total(qMax<qint64>(1, total))
    , m_received(qBound<qint64>(0, offset, total))
    , m_step(qMax<qint64>(1, m_total / 100))
{
    m_timer.setInterval(std::chrono::milliseconds(qMax<qint64>(1, duration.count() / 100)));
    connect(&m_timer, &QTimer::timeout, this, &SimulatedDownload::tick);
}

void SimulatedDownload::start()
{
    m_timer.start();
}

void SimulatedDownload::tick()
{
    m_received = qMin(m_total, m_received + m_step);
    emit progress(m_received, m_total);
    if (m_received >= m_total) {
        m_timer.stop();
        emit finished();
    }
}
