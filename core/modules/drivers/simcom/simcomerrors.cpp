#include "simcomerrors.h"

#include "at/atresult.h"

namespace {

enum class CmeKind { Other, Sim, Network, Memory };

// 27.007 section 9.2: numeric with AT+CMEE=1, the same words with AT+CMEE=2.
CmeKind cmeKind(const AtResult &result)
{
    if (result.status != AtStatus::CmeError)
        return CmeKind::Other;
    switch (result.errorCode) {
    case 10: case 11: case 12: case 13: case 14: case 15: case 16: case 17: case 18:
        return CmeKind::Sim;
    case 30: case 31: case 32:
        return CmeKind::Network;
    case 20:
        return CmeKind::Memory;
    case -1:
        break;
    default:
        return CmeKind::Other;
    }
    const QString text = result.detail.toLower();
    if (text.contains(QLatin1String("sim")) || text.contains(QLatin1String("password")))
        return CmeKind::Sim;
    if (text.contains(QLatin1String("network")))
        return CmeKind::Network;
    if (text.contains(QLatin1String("memory")))
        return CmeKind::Memory;
    return CmeKind::Other;
}

} // namespace

SimcomError SimcomError::forCommand(const AtResult &result)
{
    SimcomError e;
    e.message = tr("The module refused %1 (%2)").arg(result.command, result.describe());
    switch (cmeKind(result)) {
    case CmeKind::Sim:
        e.reason = FailureReason::SimLocked;
        e.advice = tr("The SIM is missing, locked or refused its PIN. Check the SIM and give its PIN "
                      "(the SIM locks after three wrong ones), then start again.");
        break;
    case CmeKind::Network:
        e.reason = FailureReason::Network;
        e.advice = tr("The module has no network service. Check the antenna, the coverage (AT+CSQ) "
                      "and the registration (AT+CGREG?), then start again.");
        break;
    case CmeKind::Memory:
        e.reason = FailureReason::NoSpace;
        e.advice = tr("The module's memory is full. Restart the module, then start again.");
        break;
    case CmeKind::Other:
        e.reason = FailureReason::ModuleRefused;
        e.advice = tr("Check that the firmware supports this update method, that no other update or "
                      "download runs on the module, then start again.");
        break;
    }
    return e;
}

SimcomError SimcomError::forHttpError(int code)
{
    if (code >= 100)
        return forHttpStatus(code);
    SimcomError e;
    switch (code) {
    case -3:
        e.reason = FailureReason::NoSpace;
        e.message = tr("The package does not fit the module's file system");
        e.advice = tr("Use a delta package for this module, not a full image.");
        break;
    case -2:
        e.reason = FailureReason::Network;
        e.message = tr("The connection to the package server was reset during the download");
        e.advice = tr("Check the coverage and that FotaDesk's package server is still running, then "
                      "start again.");
        break;
    default:
        e.reason = FailureReason::Network;
        e.message = tr("The module could not download the package (network error %1)").arg(code);
        e.advice = tr("Check that the module has a data connection (AT+CGACT?, AT+CGCONTRDP) and "
                      "can reach FotaDesk's package server, then start again.");
        break;
    }
    return e;
}

SimcomError SimcomError::forHttpStatus(int status)
{
    SimcomError e;
    e.reason = FailureReason::ServerError;
    e.message = tr("The package server answered HTTP %1").arg(status);
    if (status == 404 || status == 410)
        e.advice = tr("The package is not (or no longer) served at that address. Start the update "
                      "again so FotaDesk serves it anew, or check the URL given.");
    else if (status >= 500)
        e.advice = tr("The package server has a problem; check its log, then start again.");
    else
        e.advice = tr("Check the URL and the server's access rules, then start again.");
    return e;
}
