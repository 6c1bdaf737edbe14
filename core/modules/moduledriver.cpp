#include "moduledriver.h"

#include "drivers/cinterion/cinteriondriver.h"
#include "drivers/sierra/sierradriver.h"
#include "drivers/simcom/simcomdriver.h"
#include "drivers/telitpfm/telitpfmdriver.h"
#include "interlockrules.h"

#include <QCoreApplication>

ModuleDriver::~ModuleDriver() = default;

UpdateMethod ModuleDriver::resolveMethod(const UpdateRequest &request) const
{
    if (request.method != UpdateMethod::Auto)
        return request.method;
    if (!request.packagePath.isEmpty())
        return defaultMethod();
    for (UpdateMethod m : methods()) {
        if (!needsPackageFile(m, request))
            return m;
    }
    return defaultMethod();
}

bool ModuleDriver::needsPackageFile(UpdateMethod method, const UpdateRequest &) const
{
    return method == UpdateMethod::Xmodem || method == UpdateMethod::Cflw || method == UpdateMethod::HttpFs;
}

bool ModuleDriver::downloadsFromPackageServer(UpdateMethod method, const UpdateRequest &request) const
{
    return method == UpdateMethod::HttpFs && request.url.isEmpty();
}

QString ModuleDriver::missingFor(UpdateMethod method, const UpdateRequest &request) const
{
    if (needsPackageFile(method, request) && request.packagePath.isEmpty())
        return QCoreApplication::translate("ModuleDriver",
                                           "method %1 sends the package from this computer: give the "
                                           "file with --package (or choose it in the update dialog)")
            .arg(methodId(method));
    return {};
}

const ModuleDriver *ModuleDriver::forFamily(Family family)
{
    static const TelitPfmDriver telit;
    static const CinterionDriver cinterion;
    static const SimcomDriver simcom;
    static const SierraDriver sierra;
    switch (family) {
    case Family::TelitPfm: return &telit;
    case Family::Cinterion: return &cinterion;
    case Family::SimcomSim7020: return &simcom;
    case Family::SierraHl78xx: return &sierra;
    case Family::Unknown: break;
    }
    return nullptr;
}

QString commonInhibitReason(const QString &command, UpdatePhase phase)
{
    if (!Interlock::moduleIsFlashing(phase))
        return {};
    if (QString why = Interlock::resetRefusal(command); !why.isEmpty())
        return why;
    return Interlock::unreadableRefusal(command);
}

FamilyTimeouts ModuleDriver::timeoutsFor(Family family, const UpdateRequest &request)
{
    FamilyTimeouts t;
    if (const ModuleDriver *driver = forFamily(family))
        t = driver->timeouts();
    if (request.downloadTimeout.count() > 0)
        t.download = request.downloadTimeout;
    if (request.installTimeout.count() > 0)
        t.install = request.installTimeout;
    if (request.rebootTimeout.count() > 0)
        t.reboot = request.rebootTimeout;
    return t;
}
