#pragma once

#include "portinfo.h"
#include "probe.h"
#include "probesettings.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <deque>

class PortFactory;
class RateMemory;

// Probes any number of ports at once (state machines on one thread, no
// threads per port), or a few at a time when maxParallel says so.
class Prober : public QObject
{
    Q_OBJECT

public:
    explicit Prober(const PortFactory &factory, const ProbeSettings &settings = {},
                    QObject *parent = nullptr);
    ~Prober() override;

    void setSettings(const ProbeSettings &settings) { m_settings = settings; }
    const ProbeSettings &settings() const { return m_settings; }
    // Where last good rates are kept; none: the list order only.
    void setRateMemory(RateMemory *memory) { m_memory = memory; }

    // Starts (or queues) a probe of `port`; a port already being probed is not
    // probed twice.
    void probe(const PortInfo &port);
    void cancel(const QString &port);
    void cancelAll();
    bool isProbing(const QString &port) const;
    int activeCount() const { return int(m_active.size()); }
    int queuedCount() const { return int(m_queue.size()); }
    bool isIdle() const { return m_active.isEmpty() && m_queue.empty(); }

    // The order rates are tried in for `port`: its last good rate, then the list.
    QList<qint32> ratesFor(const QString &port) const;

signals:
    void started(const PortInfo &port);
    // Take what you need (Probe::takeChannel()) in the slot: the probe is
    // deleted afterwards.
    void finished(Probe *probe);
    // No probe running or queued any more.
    void idle();

private:
    void startNext();
    void onFinished(Probe *probe);

    const PortFactory &m_factory;
    ProbeSettings m_settings;
    RateMemory *m_memory = nullptr;
    QHash<QString, Probe *> m_active;
    std::deque<PortInfo> m_queue;
};
