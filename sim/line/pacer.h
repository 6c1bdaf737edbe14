#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>

#include <memory>

// Releases bytes no faster than a UART at `baud` would carry them (10 bits a
// byte: start, 8 data, stop). Deadlines are absolute and computed from the start
// of the current busy period (byte k completes at start + k * 10 s / baud), so
// rounding never accumulates; a timerfd gives microsecond wake-ups instead of
// QTimer's whole milliseconds. Bytes go out in slices of about a millisecond so
// 64 paced modules do not cost 64 x 92k wake-ups a second.
class Pacer : public QObject
{
    Q_OBJECT

public:
    explicit Pacer(QObject *parent = nullptr);
    ~Pacer() override;

    // 0 = unpaced: push() releases at once.
    void setBaud(qint32 baud);
    qint32 baud() const { return m_baud; }
    void push(const QByteArray &bytes);
    void clear();
    qsizetype queued() const { return m_queue.size() - m_head; }

signals:
    void released(const QByteArray &bytes);

private:
    static qint64 nowNs();
    qint64 completionNs(qint64 count) const;
    void onTimer();
    void releaseDue();
    void arm(qint64 deadlineNs);

    int m_fd = -1;
    std::unique_ptr<QSocketNotifier> m_notifier;
    qint32 m_baud = 0;
    QByteArray m_queue;
    qsizetype m_head = 0;
    qint64 m_baseNs = 0;   // start of the busy period
    qint64 m_sent = 0;     // bytes released since m_baseNs
    bool m_armed = false;
};
