#include "ratemeter.h"

#include <QElapsedTimer>

#include <cmath>

int TransferProgress::percent() const
{
    if (total <= 0)
        return 0;
    return int(qBound(qint64(0), done * 100 / total, qint64(100)));
}

RateMeter::RateMeter(std::chrono::milliseconds window)
    : m_window(window.count() > 0 ? window : std::chrono::milliseconds(1))
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
    start(0);
}

void RateMeter::setClock(Clock clock)
{
    m_clock = std::move(clock);
    start(m_total);
}

void RateMeter::start(qint64 total)
{
    m_total = total;
    m_done = 0;
    m_samples.clear();
    m_samples.push_back({now(), 0});
}

void RateMeter::setDone(qint64 done)
{
    const qint64 t = now();
    m_done = done;
    // Samples closer together than a small fraction of the window add nothing
    // but memory (an HTTP download reports thousands of reads a second); the
    // rate always counts up to m_done, so skipping one loses no bytes.
    const qint64 grain = qMax<qint64>(1, m_window.count() / 64);
    if (t - m_samples.back().ms >= grain)
        m_samples.push_back({t, done});
    prune(t);
}

void RateMeter::prune(qint64 nowMs)
{
    // Keep exactly one sample at or before the window start as the anchor.
    const qint64 windowStart = nowMs - m_window.count();
    while (m_samples.size() > 1 && m_samples[1].ms <= windowStart)
        m_samples.pop_front();
}

double RateMeter::bytesPerSecond() const
{
    const qint64 t = now();
    const qint64 windowStart = t - m_window.count();
    // The newest sample at or before the window start, else the oldest one:
    // after a stall longer than the window that is the last sample, so the
    // rate reads 0.
    const Sample *anchor = &m_samples.front();
    for (const Sample &s : m_samples) {
        if (s.ms > windowStart)
            break;
        anchor = &s;
    }
    const qint64 span = t - anchor->ms;
    const qint64 minimumSpan = qMax<qint64>(1, m_window.count() / 10);
    if (span < minimumSpan)
        return 0;
    return double(m_done - anchor->done) * 1000.0 / double(span);
}

qint64 RateMeter::etaMs() const
{
    if (m_total <= 0)
        return -1;
    if (m_done >= m_total)
        return 0;
    const double rate = bytesPerSecond();
    if (rate <= 0)
        return -1;
    return qint64(std::ceil(double(m_total - m_done) * 1000.0 / rate));
}

TransferProgress RateMeter::progress() const
{
    TransferProgress p;
    p.done = m_done;
    p.total = m_total;
    p.bytesPerSecond = bytesPerSecond();
    if (m_total > 0 && m_done >= m_total)
        p.etaMs = 0;
    else if (m_total > 0 && p.bytesPerSecond > 0)
        p.etaMs = qint64(std::ceil(double(m_total - m_done) * 1000.0 / p.bytesPerSecond));
    return p;
}
