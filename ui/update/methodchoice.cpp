#include "methodchoice.h"

#include "modules/moduledriver.h"

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

} // namespace MethodChoice
