#pragma once

#include "simmodule.h"

#include <QList>
#include <QObject>

// Many simulated modules in one event loop: families round-robin, distinct
// identities (SimModuleConfig::defaults with the module's index), links
// DIR/<family>-<n> and state files DIR/.<family>-<n>.json.
class SimFleet : public QObject
{
    Q_OBJECT

public:
    explicit SimFleet(QObject *parent = nullptr);
    ~SimFleet() override;

    // `base` supplies what every module shares (rate, pace, faults, time scale,
    // reboot time, reenumerate); family, link, identity and state file are set
    // per module. `families` defaults to all four.
    bool start(const QString &dir, int count, const SimModuleConfig &base = {},
               const QList<Family> &families = {}, QString *error = nullptr);
    void stop();
    QList<SimModule *> modules() const { return m_modules; }
    SimModule *module(int index) const { return m_modules.value(index); }

    static QString linkFor(const QString &dir, Family family, int familyIndex);

signals:
    void quitRequested();

private:
    QList<SimModule *> m_modules;
};
