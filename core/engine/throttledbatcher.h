#pragma once

#include "at/traffic.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

// Collects what changed on the engine thread and hands it to the GUI at most
// ~30 times a second, so a fleet of chatty modules cannot flood the GUI's event
// queue: module ids whose snapshot changed (coalesced) and log entries per
// module (appended in order).
class ThrottledBatcher : public QObject
{
    Q_OBJECT

public:
    explicit ThrottledBatcher(std::chrono::milliseconds interval = std::chrono::milliseconds(33),
                              QObject *parent = nullptr);

    void markChanged(const QString &moduleId);
    void addTraffic(const QString &moduleId, const Traffic &entry);
    // Emits whatever is pending now (shutdown, tests).
    void flush();

signals:
    void modulesDue(const QStringList &moduleIds);
    void trafficDue(const QString &moduleId, const QList<Traffic> &entries);

private:
    void schedule();

    QTimer m_timer;
    QSet<QString> m_changed;
    QStringList m_changedOrder;
    QHash<QString, QList<Traffic>> m_traffic;
    QStringList m_trafficOrder;
};
