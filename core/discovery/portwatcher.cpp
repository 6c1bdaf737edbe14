#include "portwatcher.h"

#include "discoverylog.h"
#include "portenumerator.h"

#include <algorithm>

PortWatcher::PortWatcher(std::unique_ptr<PortEnumerator> enumerator,
                         const PortWatcherSettings &settings, QObject *parent)
    : QObject(parent), m_enumerator(std::move(enumerator)), m_settings(settings)
{
    m_clock.start();
    m_rescanTimer.setSingleShot(true);
    m_settleTimer.setSingleShot(true);
    connect(&m_rescanTimer, &QTimer::timeout, this, &PortWatcher::scan);
    connect(&m_settleTimer, &QTimer::timeout, this, &PortWatcher::requestRescan);
    connect(&m_pollTimer, &QTimer::timeout, this, &PortWatcher::requestRescan);
    connect(&m_fsWatcher, &QFileSystemWatcher::directoryChanged, this, &PortWatcher::requestRescan);
}

PortWatcher::~PortWatcher() = default;

void PortWatcher::setSettings(const PortWatcherSettings &settings)
{
    m_settings = settings;
    if (m_running)
        m_pollTimer.start(m_settings.rescanInterval);
}

void PortWatcher::start()
{
    if (m_running)
        return;
    m_running = true;
    m_firstScan = true;
    m_pollTimer.start(m_settings.rescanInterval);
    scan();
}

void PortWatcher::stop()
{
    m_running = false;
    m_pollTimer.stop();
    m_rescanTimer.stop();
    m_settleTimer.stop();
    const QStringList dirs = m_fsWatcher.directories();
    if (!dirs.isEmpty())
        m_fsWatcher.removePaths(dirs);
}

void PortWatcher::requestRescan()
{
    if (!m_running || m_rescanTimer.isActive())
        return;
    const qint64 gap = m_settings.minRescanGap.count();
    const qint64 due = m_lastScan < 0 ? 0 : m_lastScan + gap - m_clock.elapsed();
    m_rescanTimer.start(int(std::max<qint64>(0, due)));
}

void PortWatcher::forget(const QString &name)
{
    m_known.remove(name);
}

QList<PortInfo> PortWatcher::ports() const
{
    QList<PortInfo> out = m_known.values();
    std::sort(out.begin(), out.end(), [](const PortInfo &a, const PortInfo &b) { return a.name < b.name; });
    return out;
}

void PortWatcher::scan()
{
    if (!m_running)
        return;
    m_rescanTimer.stop();
    const qint64 now = m_clock.elapsed();
    m_lastScan = now;
    ++m_scanCount;
    const bool first = std::exchange(m_firstScan, false);

    const QList<PortInfo> listed = m_enumerator->ports();
    QList<PortInfo> added, removed;
    QSet<QString> seen;
    for (const PortInfo &info : listed) {
        seen.insert(info.name);
        if (auto known = m_known.find(info.name); known != m_known.end()) {
            if (known->device == info.device) {
                *known = info;
                continue;
            }
            // Same name, another device behind it: the old one is gone.
            removed << *known;
            m_known.erase(known);
        }
        if (first) {
            m_known.insert(info.name, info);
            added << info;
            continue;
        }
        auto pending = m_pending.find(info.name);
        if (pending == m_pending.end() || pending->info.device != info.device) {
            m_pending.insert(info.name, Pending{info, now});
            continue;
        }
        pending->info = info;
        if (now - pending->since >= m_settings.settleDelay.count()) {
            m_known.insert(info.name, info);
            added << info;
            m_pending.erase(pending);
        }
    }
    for (auto it = m_known.begin(); it != m_known.end();) {
        if (seen.contains(it.key())) {
            ++it;
            continue;
        }
        removed << it.value();
        it = m_known.erase(it);
    }
    // Came and went within the settle delay: never reported.
    for (auto it = m_pending.begin(); it != m_pending.end();)
        it = seen.contains(it.key()) ? std::next(it) : m_pending.erase(it);

    scheduleSettleCheck();
    updateDirectoryWatch();

    for (const PortInfo &info : std::as_const(removed)) {
        qCDebug(lcDiscovery) << "port removed:" << info.name;
        emit portRemoved(info);
    }
    for (const PortInfo &info : std::as_const(added)) {
        qCDebug(lcDiscovery) << "port added:" << info.name << info.device << info.usbId();
        emit portAdded(info);
    }
    emit scanned();
}

void PortWatcher::scheduleSettleCheck()
{
    if (m_pending.isEmpty()) {
        m_settleTimer.stop();
        return;
    }
    qint64 due = std::numeric_limits<qint64>::max();
    for (const Pending &p : std::as_const(m_pending))
        due = std::min(due, p.since + m_settings.settleDelay.count());
    m_settleTimer.start(int(std::max<qint64>(0, due - m_clock.elapsed())));
}

void PortWatcher::updateDirectoryWatch()
{
    if (!m_settings.watchDirectories)
        return;
    const QStringList wanted = m_enumerator->watchDirectories();
    const QStringList current = m_fsWatcher.directories();
    for (const QString &dir : current) {
        if (!wanted.contains(dir))
            m_fsWatcher.removePath(dir);
    }
    for (const QString &dir : wanted) {
        if (!current.contains(dir))
            m_fsWatcher.addPath(dir);
    }
}
