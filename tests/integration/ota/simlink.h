#pragma once

#include "modules/modulesession.h"
#include "simmodule.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

// Plays discovery's part for the OTA integration tests until core/discovery
// can: opens the simulated module's current link with the real SerialPort,
// wraps it in an AtChannel and attaches it to the session, at start and again
// after every boot (on a new path when the simulator re-enumerates).
//
// The identity handed over is what a prober would read: the simulator's
// identity and firmware, and "SIM PIN" when the SIM has a PIN (every boot asks).
class SimLink : public QObject
{
    Q_OBJECT

public:
    SimLink(SimModule *sim, ModuleSession *session, qint32 hostBaud = 115200, QObject *parent = nullptr);

    bool attachNow(QString *error = nullptr);
    ModuleIdentity identity() const;
    QStringList attachedPaths() const { return m_paths; }

signals:
    void attached(const QString &path);

private:
    void onBooted();

    QPointer<SimModule> m_sim;
    QPointer<ModuleSession> m_session;
    qint32 m_hostBaud;
    QStringList m_paths;
    bool m_active = false;
};
