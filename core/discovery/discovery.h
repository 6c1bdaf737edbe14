#pragma once

#include "discoverysettings.h"
#include "modemmanagercheck.h"
#include "portinfo.h"
#include "portstatus.h"
#include "ratememory.h"

#include "modules/moduleidentity.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <vector>

class AtChannel;
class ModuleSession;
class PortEnumerator;
class PortFactory;
class PortReservations;
class PortWatcher;
class Probe;
class Prober;
class QSettings;
class QTimer;

// What the engine, jobs and GUI use to find modules: watches the ports, probes
// what appears, keeps one ModuleSession per module (found again by IMEI, else
// serial number, after a reboot onto the same or another port), and keeps a
// status for every port it has seen. A made-up IMEI (ImeiCheck) is no
// identity, and a module whose serial number or SIM differs from the one
// known under its IMEI is another module, never the one found again.
//
// Sessions keep their channel open so URCs are seen live. A session whose port
// went away waits `reenumerationWindow` to be found again, unless a job owns it
// (then it waits for the job). A port that is not a module is reported once
// and left alone until it reappears or reprobe() is asked.
class Discovery : public QObject
{
    Q_OBJECT

public:
    // The product: the OS's ports plus the scan globs, real serial ports.
    explicit Discovery(const DiscoverySettings &settings = {}, QObject *parent = nullptr);
    // Tests and the benchmark: any enumerator and port factory.
    Discovery(const DiscoverySettings &settings, std::unique_ptr<PortEnumerator> enumerator,
              std::unique_ptr<PortFactory> factory, QObject *parent = nullptr);
    ~Discovery() override;

    const DiscoverySettings &settings() const { return m_settings; }
    void setSettings(const DiscoverySettings &settings);
    // Where last good rates are remembered (QSettings "discovery/lastRate/...");
    // without one they are remembered for this run only.
    void setRateStore(QSettings *settings);
    void setModemManagerCheck(const ModemManagerCheck &check) { m_mm = check; }

    void start();
    void stop();
    bool isRunning() const;
    // Enumerate now (within the rate limit).
    void rescan();
    // Probe `port` again although it was found not to be a module (the user
    // asks); every such port when `port` is empty.
    void reprobe(const QString &port = {});
    // Nothing settling, probing or waiting for a sibling interface.
    bool isIdle() const;

    QList<ModuleSession *> sessions() const;
    ModuleSession *session(const QString &id) const;
    ModuleSession *sessionOnPort(const QString &port) const;
    QList<PortStatus> ports() const;
    PortStatus portStatus(const QString &port) const { return m_status.value(port); }
    bool hasPort(const QString &port) const { return m_status.contains(port); }

    PortReservations *reservations();
    PortWatcher *watcher() const { return m_watcher; }
    Prober *prober() const { return m_prober; }

    static QString probeOwner() { return QStringLiteral("discovery"); }
    static QString sessionOwner(const QString &id) { return QStringLiteral("module:") + id; }

signals:
    void moduleAdded(ModuleSession *session);
    void moduleRemoved(ModuleSession *session);
    void portStatusChanged(const PortStatus &status);
    // Everything seen so far is known (no port settling or being probed).
    void idle();

private:
    struct Found; // a module answer waiting for its sibling interfaces
    struct Tracked
    {
        ModuleSession *session = nullptr;
        QTimer *expiry = nullptr;
        QString usbGroup;
    };

    void onPortAdded(const PortInfo &info);
    void onPortRemoved(const PortInfo &info);
    void considerProbe(const PortInfo &info);
    void onProbeFinished(Probe *probe);
    void adopt(Found found);
    void resolveGroup(const QString &group);
    bool groupStillProbing(const QString &group) const;
    void closeFound(Found &found, PortState state, const QString &reason, const QString &moduleId);
    // Refuses a made-up IMEI (ImeiCheck): clears it, returns why.
    QString checkImei(Found &found) const;
    // The session key `identity` is found under: its own key, unless the
    // module known by that key has another serial or SIM (`difference`).
    QString sessionKeyFor(const ModuleIdentity &identity, QString *difference) const;
    ModuleSession *createSession(const QString &id, const ModuleIdentity &identity, const QString &usbGroup);
    void onSessionDisconnected(ModuleSession *session);
    void onSessionReleased(ModuleSession *session);
    void onSessionReclaimed(ModuleSession *session);
    void checkExpiry(ModuleSession *session);
    void removeSession(ModuleSession *session);
    void setStatus(PortStatus status);
    void dropStatus(const QString &port);
    QString modemManagerAdvice(const PortInfo &info, bool onlyIfHolding) const;
    void checkIdle();

    DiscoverySettings m_settings;
    std::unique_ptr<PortFactory> m_factory;
    PortWatcher *m_watcher = nullptr;
    Prober *m_prober = nullptr;
    RateMemory m_rates;
    ModemManagerCheck m_mm;
    QHash<QString, Tracked> m_sessions;        // by identity key
    QHash<QString, PortStatus> m_status;       // by port name
    std::map<QString, std::vector<Found>> m_parked; // by USB group
    bool m_wasBusy = true;
};
