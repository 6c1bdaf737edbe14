#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

// A download from a vendor's server that the simulator only pretends to talk
// to (PFM, AirVantage, the SIMCom FOTA server): bytes "arrive" at a steady
// rate from `offset` to `total`, reported in steps of about 1 %.
class SimulatedDownload : public QObject
{
    Q_OBJECT

public:
    // `duration` is for the whole package; a resumed one takes its share.
    SimulatedDownload(qint64 total, qint64 offset, std::chrono::milliseconds duration,
                      QObject *parent = nullptr);
    void start();
    void stop() { m_timer.stop(); }
    qint64 received() const { return m_received; }
    qint64 total() const { return m_total; }

signals:
    void progress(qint64 received, qint64 total);
    void finished();

private:
    void tick();

    QTimer m_timer;
    qint64 m_total;
    qint64 m_received;
    qint64 m_step;
};
