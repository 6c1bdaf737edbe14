#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

// How late the GUI thread serves a 1 ms timer: each timeout's lateness against
// its due time is one sample. A thread busy for 20 ms shows as a 20 ms sample,
// i.e. a frame the person would have seen drop.
class LatencyProbe : public QObject
{
    Q_OBJECT

public:
    explicit LatencyProbe(QObject *parent = nullptr);

    void start();
    void stop() { m_timer.stop(); }
    void reset() { m_samples.clear(); }
    double percentileMs(double p) const;
    double maxMs() const;
    size_t samples() const { return m_samples.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastNs = 0;
    std::vector<qint64> m_samples; // ns late
};
