#pragma once

#include <QMetaType>
#include <QtGlobal>

#include <chrono>
#include <deque>
#include <functional>

// What every long step in FotaDesk reports: bytes, rate and time left.
struct TransferProgress
{
    qint64 done = 0;
    qint64 total = 0;
    double bytesPerSecond = 0; // smoothed over the meter's window; 0 while unknown
    qint64 etaMs = -1;         // time left; -1 while unknown

    // 0..100, rounded down so 100 means really done; 0 when the total is unknown.
    int percent() const;
};

Q_DECLARE_METATYPE(TransferProgress)

// Turns byte counts into a rate and a time left.
//
// The rate covers a sliding window (a few seconds), not the time since start:
// a transfer that slows down (a module writing flash, a link retrying) shows
// it within the window, and a stalled one decays to 0 instead of showing the
// old average forever. Until the window holds a short minimum span the rate is
// unknown (0), so the first block does not show an absurd figure.
class RateMeter
{
public:
    // Monotonic milliseconds; replaceable so tests control time.
    using Clock = std::function<qint64()>;

    explicit RateMeter(std::chrono::milliseconds window = std::chrono::seconds(3));

    void setClock(Clock clock);
    std::chrono::milliseconds window() const { return m_window; }

    // Starts over: done = 0, the window emptied.
    void start(qint64 total);
    void setTotal(qint64 total) { m_total = total; }
    void add(qint64 bytes) { setDone(m_done + bytes); }
    void setDone(qint64 done);

    qint64 done() const { return m_done; }
    qint64 total() const { return m_total; }
    double bytesPerSecond() const;
    qint64 etaMs() const;
    TransferProgress progress() const;

private:
    struct Sample
    {
        qint64 ms;
        qint64 done;
    };

    qint64 now() const { return m_clock(); }
    void prune(qint64 nowMs);

    std::chrono::milliseconds m_window;
    Clock m_clock;
    std::deque<Sample> m_samples; // oldest first; front() is the window's anchor
    qint64 m_done = 0;
    qint64 m_total = 0;
};
