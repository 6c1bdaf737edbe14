#include "pacer.h"

#include <ctime>
#include <sys/timerfd.h>
#include <unistd.h>

Pacer::Pacer(QObject *parent)
    : QObject(parent)
{
}

Pacer::~Pacer()
{
    m_notifier.reset();
    if (m_fd >= 0)
        ::close(m_fd);
}

qint64 Pacer::nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

void Pacer::setBaud(qint32 baud)
{
    if (baud == m_baud)
        return;
    // Bytes already on the wire keep their time; the new rate starts now.
    m_baud = baud;
    m_baseNs = nowNs();
    m_sent = 0;
    if (m_baud <= 0)
        releaseDue();
    else if (queued() > 0)
        arm(completionNs(1));
}

qint64 Pacer::completionNs(qint64 count) const
{
    const __int128 ns = __int128(count) * 10 * 1000000000LL / m_baud;
    return m_baseNs + qint64(ns);
}

void Pacer::push(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (m_baud <= 0) {
        emit released(bytes);
        return;
    }
    const qint64 now = nowNs();
    if (queued() == 0 && completionNs(m_sent) <= now) {
        // The line went idle: a new busy period starts with this byte.
        m_baseNs = now;
        m_sent = 0;
    }
    m_queue.append(bytes);
    if (!m_armed)
        arm(completionNs(m_sent + 1));
}

void Pacer::clear()
{
    m_queue.clear();
    m_head = 0;
}

void Pacer::onTimer()
{
    quint64 expirations = 0;
    [[maybe_unused]] const ssize_t n = ::read(m_fd, &expirations, sizeof expirations);
    m_armed = false;
    releaseDue();
}

void Pacer::releaseDue()
{
    const qsizetype waiting = queued();
    if (waiting == 0)
        return;
    qsizetype due = waiting;
    if (m_baud > 0) {
        const qint64 elapsed = nowNs() - m_baseNs;
        const qint64 onWire = qint64(__int128(elapsed) * m_baud / (10 * 1000000000LL));
        due = qBound<qsizetype>(0, onWire - m_sent, waiting);
    }
    if (due > 0) {
        const QByteArray out = m_queue.mid(m_head, due);
        m_head += due;
        m_sent += due;
        if (m_head == m_queue.size()) {
            m_queue.clear();
            m_head = 0;
        } else if (m_head > 65536) {
            m_queue.remove(0, m_head);
            m_head = 0;
        }
        emit released(out); // may re-enter push() or clear()
    }
    if (queued() > 0 && m_baud > 0 && !m_armed) {
        const qint64 slice = qMax<qint64>(1, m_baud / 10 / 1000);
        arm(completionNs(m_sent + qMin<qint64>(slice, queued())));
    }
}

void Pacer::arm(qint64 deadlineNs)
{
    if (m_fd < 0) {
        m_fd = timerfd_create(CLOCK_MONOTONIC, TFD_NONBLOCK | TFD_CLOEXEC);
        if (m_fd < 0) {
            m_baud = 0; // no timer: degrade to unpaced rather than stall
            releaseDue();
            return;
        }
        m_notifier = std::make_unique<QSocketNotifier>(m_fd, QSocketNotifier::Read);
        connect(m_notifier.get(), &QSocketNotifier::activated, this, &Pacer::onTimer);
    }
    itimerspec spec{};
    if (deadlineNs <= nowNs())
        deadlineNs = nowNs() + 1000; // already due: as soon as possible
    spec.it_value.tv_sec = deadlineNs / 1000000000LL;
    spec.it_value.tv_nsec = deadlineNs % 1000000000LL;
    timerfd_settime(m_fd, TFD_TIMER_ABSTIME, &spec, nullptr);
    m_armed = true;
}
