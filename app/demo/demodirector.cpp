#include "demodirector.h"

#include "demofleet.h"
#include "engine/engineapi.h"

DemoDirector::DemoDirector(DemoFleet *fleet, EngineApi *engine, QObject *parent)
    : QObject(parent)
    , m_fleet(fleet)
    , m_engine(engine)
{
    connect(fleet, &DemoFleet::packagesReady, this, [this](const QList<PackageInfo> &packages) {
        for (const PackageInfo &p : packages)
            m_engine->addPackage(p.path, p);
    });
    connect(engine, &EngineApi::modulesChanged, this, [this](const QList<ModuleSnapshot> &changed) {
        for (const ModuleSnapshot &m : changed) {
            if (!m.jobActive || m.progress.phase != UpdatePhase::WaitingForServer || m_offered.contains(m.jobId)
                || !m_fleet->isModule(m.identity.imei))
                continue;
            m_offered.insert(m.jobId);
            m_fleet->offerUpdate(m.identity.imei);
        }
    });
}
