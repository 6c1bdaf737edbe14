#include "throttledbatcher.h"

ThrottledBatcher::ThrottledBatcher(std::chrono::milliseconds interval, QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(interval);
    connect(&m_timer, &QTimer::timeout, this, &ThrottledBatcher::flush);
}

void ThrottledBatcher::markChanged(const QString &moduleId)
{
    if (!m_changed.contains(moduleId)) {
        m_changed.insert(moduleId);
        m_changedOrder << moduleId;
    }
    schedule();
}

void ThrottledBatcher::addTraffic(const QString &moduleId, const Traffic &entry)
{
    auto it = m_traffic.find(moduleId);
    if (it == m_traffic.end()) {
        it = m_traffic.insert(moduleId, {});
        m_trafficOrder << moduleId;
    }
    it->append(entry);
    schedule();
}

void ThrottledBatcher::schedule()
{
    // Not restarted on every change: the first change of a quiet period is
    // delivered after one interval at the latest, however busy the modules are.
    if (!m_timer.isActive())
        m_timer.start();
}

void ThrottledBatcher::flush()
{
    m_timer.stop();
    if (!m_changedOrder.isEmpty()) {
        const QStringList ids = std::exchange(m_changedOrder, {});
        m_changed.clear();
        emit modulesDue(ids);
    }
    const QStringList order = std::exchange(m_trafficOrder, {});
    QHash<QString, QList<Traffic>> traffic = std::exchange(m_traffic, {});
    for (const QString &id : order)
        emit trafficDue(id, traffic.value(id));
}
