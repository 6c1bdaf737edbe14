#include "latencyprobe.h"

#include <algorithm>

LatencyProbe::LatencyProbe(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(1);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        m_samples.push_back(qMax<qint64>(0, now - m_lastNs - 1'000'000));
        m_lastNs = now;
    });
}

void LatencyProbe::start()
{
    m_samples.reserve(1 << 20);
    m_clock.start();
    m_lastNs = 0;
    m_timer.start();
}

double LatencyProbe::percentileMs(double p) const
{
    if (m_samples.empty())
        return 0;
    std::vector<qint64> sorted = m_samples;
    const size_t k = std::min(sorted.size() - 1, size_t(p / 100.0 * double(sorted.size())));
    std::nth_element(sorted.begin(), sorted.begin() + qsizetype(k), sorted.end());
    return sorted[k] / 1e6;
}

double LatencyProbe::maxMs() const
{
    return m_samples.empty() ? 0 : *std::max_element(m_samples.begin(), m_samples.end()) / 1e6;
}
