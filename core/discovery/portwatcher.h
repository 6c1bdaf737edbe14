#pragma once

#include "portinfo.h"
#include "portreservations.h"

#include <QElapsedTimer>
#include <QFileSystemWatcher>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>

class PortEnumerator;

struct PortWatcherSettings
{
    // A port that just appeared is reported only once it has been listed for
    // this long: USB interfaces appear one by one, udev fixes permissions late,
    // and a module that is still booting answers nothing useful.
    std::chrono::milliseconds settleDelay{300};
    // Polling period; directory change notifications trigger earlier rescans.
    std::chrono::milliseconds rescanInterval{1000};
    // At most one enumeration per this period, however many triggers arrive
    // (a module re-enumerating fires a burst of /dev changes).
    std::chrono::milliseconds minRescanGap{150};
    bool watchDirectories = true;
};

// The one enumeration service: reports ports appearing (after the settle
// delay) and disappearing, from rate-limited rescans, and holds the
// reservations so two users never open one port.
class PortWatcher : public QObject
{
    Q_OBJECT

public:
    explicit PortWatcher(std::unique_ptr<PortEnumerator> enumerator,
                         const PortWatcherSettings &settings = {}, QObject *parent = nullptr);
    ~PortWatcher() override;

    void setSettings(const PortWatcherSettings &settings);
    const PortWatcherSettings &settings() const { return m_settings; }
    PortEnumerator *enumerator() const { return m_enumerator.get(); }
    PortReservations *reservations() { return &m_reservations; }

    // The first scan reports the ports already present at once (they did not
    // just appear); later ones wait for the settle delay.
    void start();
    void stop();
    bool isRunning() const { return m_running; }

    // Enumerate again soon, within the rate limit.
    void requestRescan();
    // The next scan that lists `name` reports it as added again (after the
    // settle delay), even if it never left the list: a pseudo-terminal or a
    // reused device node can come back behind the same name between two polls.
    void forget(const QString &name);

    QList<PortInfo> ports() const;
    bool contains(const QString &name) const { return m_known.contains(name); }
    PortInfo port(const QString &name) const { return m_known.value(name); }
    int scanCount() const { return m_scanCount; }
    // Ports seen but not yet reported (settling).
    int settlingCount() const { return int(m_pending.size()); }

signals:
    void portAdded(const PortInfo &port);
    void portRemoved(const PortInfo &port);
    // After every enumeration, once its events are out.
    void scanned();

private:
    struct Pending
    {
        PortInfo info;
        qint64 since = 0; // ms on m_clock
    };

    void scan();
    void scheduleSettleCheck();
    void updateDirectoryWatch();

    std::unique_ptr<PortEnumerator> m_enumerator;
    PortWatcherSettings m_settings;
    PortReservations m_reservations;
    QHash<QString, PortInfo> m_known;
    QHash<QString, Pending> m_pending;
    QFileSystemWatcher m_fsWatcher;
    QTimer m_pollTimer;
    QTimer m_rescanTimer;  // the rate-limited "scan soon"
    QTimer m_settleTimer;  // wakes up when the next settling port is due
    QElapsedTimer m_clock;
    qint64 m_lastScan = -1;
    int m_scanCount = 0;
    bool m_running = false;
    bool m_firstScan = true;
};
