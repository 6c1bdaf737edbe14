#include "methodchoice.h"

#include "modules/moduledriver.h"
#include "ui/common/moduletext.h"

#include <QCoreApplication>

namespace MethodChoice {

QList<Family> familiesOf(const QList<Family> &modules)
{
    QList<Family> families;
    for (Family f : modules) {
        if (f != Family::Unknown && !families.contains(f))
            families << f;
    }
    return families;
}

QList<UpdateMethod> offered(const QList<Family> &families)
{
    QList<UpdateMethod> methods;
    if (families.size() != 1)
        methods << UpdateMethod::Auto;
    for (Family f : families) {
        if (const ModuleDriver *driver = ModuleDriver::forFamily(f)) {
            for (UpdateMethod m : driver->methods()) {
                if (!methods.contains(m))
                    methods << m;
            }
        }
    }
    return methods;
}

UpdateMethod preferred(const QList<Family> &families)
{
    if (families.size() == 1) {
        if (const ModuleDriver *driver = ModuleDriver::forFamily(families.first()))
            return driver->defaultMethod();
    }
    return UpdateMethod::Auto;
}

UpdateMethod resolve(UpdateMethod method, Family family)
{
    if (method != UpdateMethod::Auto)
        return method;
    const ModuleDriver *driver = ModuleDriver::forFamily(family);
    return driver ? driver->defaultMethod() : UpdateMethod::Auto;
}

Need apnNeed(Family family, UpdateMethod resolved)
{
    switch (family) {
    case Family::Cinterion:
        return resolved == UpdateMethod::Ota || resolved == UpdateMethod::Lwm2m ? Need::Optional : Need::None;
    case Family::SierraHl78xx:
        return resolved == UpdateMethod::Ota ? Need::Required : Need::None;
    default:
        // SIM7020: NB-IoT attaches with the network's APN; Telit: see the PFM server.
        return Need::None;
    }
}

bool takesUrl(Family family, UpdateMethod resolved)
{
    return resolved == UpdateMethod::HttpFs || (family == Family::Cinterion && resolved == UpdateMethod::Ota);
}

bool needsPackage(Family family, UpdateMethod resolved, const QUrl &url)
{
    const ModuleDriver *driver = ModuleDriver::forFamily(family);
    if (!driver || resolved == UpdateMethod::Auto) // an unknown family: nothing to carry to it
        return false;
    UpdateRequest request;
    request.method = resolved;
    request.url = url;
    return driver->needsPackageFile(resolved, request);
}

QString packageSource(Family family, UpdateMethod resolved, const QUrl &url)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("MethodChoice", text); };
    if (needsPackage(family, resolved, url))
        return {};
    if (resolved == UpdateMethod::Lwm2m)
        return tr("the LwM2M server");
    if (resolved != UpdateMethod::Ota)
        return {};
    switch (family) {
    case Family::TelitPfm: return tr("the Telit PFM server");
    case Family::SimcomSim7020: return tr("SIMCom's FOTA server (AT+CFOTA=1)");
    case Family::SierraHl78xx: return tr("AirVantage");
    case Family::Cinterion: return tr("the URL given");
    case Family::Unknown: break;
    }
    return {};
}

QString label(UpdateMethod method, const QList<Family> &families)
{
    auto tr = [](const char *text) { return QCoreApplication::translate("MethodChoice", text); };
    if (families.size() != 1)
        return ModuleText::method(method);
    const Family f = families.first();
    if (method == UpdateMethod::Ota) {
        switch (f) {
        case Family::TelitPfm: return tr("Over the air: the Telit PFM server (no file needed)");
        case Family::SimcomSim7020: return tr("Over the air: AT+CFOTA=1 from SIMCom's server (no file needed)");
        case Family::SierraHl78xx: return tr("Over the air: AirVantage (no file needed)");
        case Family::Cinterion: return tr("Over the air: ^SNFOTA download, served by FotaDesk or from a URL");
        case Family::Unknown: break;
        }
    }
    if (method == UpdateMethod::Lwm2m)
        return tr("Over the air: LwM2M client (no file needed)");
    return ModuleText::method(method);
}

} // namespace MethodChoice
