#include "cinteriondriver.h"

#include "cinterionlwm2mflow.h"
#include "cinterionotaflow.h"
#include "sfdlevent.h"
#include "modules/interlockrules.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family CinterionDriver::family() const
{
    return Family::Cinterion;
}

QList<UpdateMethod> CinterionDriver::methods() const
{
    return {UpdateMethod::Ota, UpdateMethod::Lwm2m};
}

bool CinterionDriver::needsPackageFile(UpdateMethod method, const UpdateRequest &request) const
{
    // ^SNFOTA downloads from a URL: FotaDesk's own server needs the file,
    // another server needs only the URL and the SHA-256 the module checks.
    return method == UpdateMethod::Ota && request.url.isEmpty();
}

QString CinterionDriver::missingFor(UpdateMethod method, const UpdateRequest &request) const
{
    if (method == UpdateMethod::Ota && request.packagePath.isEmpty()) {
        if (request.url.isEmpty())
            return QCoreApplication::translate("CinterionDriver",
                                               "the module downloads the package over HTTP(S): give the "
                                               "file with --package (FotaDesk serves it), or its URL "
                                               "with --url and its SHA-256 with --sha256");
        if (request.packageSha256.isEmpty())
            return QCoreApplication::translate("CinterionDriver",
                                               "the module checks the download against its SHA-256: "
                                               "give it with --sha256");
    }
    if (method == UpdateMethod::Lwm2m && request.url.isEmpty())
        return QCoreApplication::translate("CinterionDriver",
                                           "LwM2M needs the server's URI: give it with --url "
                                           "(e.g. coap://lwm2m.example.net:5683)");
    return ModuleDriver::missingFor(method, request);
}

QString CinterionDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    using namespace Interlock;
    if (!updateRuns(phase))
        return {};
    // The running flow owns ^SNFOTA (an "act" or a new URL, CRC or connection
    // would abort, restart or redirect its download, note 001) and the LwM2M
    // client; a second AT^SFDL would start the install again from the start.
    static const QList<Rule> owned{
        writes(QStringLiteral("^SNFOTA")),
        writes(QStringLiteral("^SNLWM2M")),
        writes(QStringLiteral("^SFDL")),
    };
    if (const QString found = forbiddenCommand(command, owned); !found.isEmpty())
        return QCoreApplication::translate("CinterionDriver",
                                           "%1 is reserved for the running Cinterion update (it would "
                                           "abort, restart or redirect its download or install)")
            .arg(found);
    if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
        return common;
    return unreadableRefusal(command);
}

bool CinterionDriver::showsInstallRunning(const QString &line) const
{
    return ::showsInstallRunning(parseSfdlEvent(line));
}

FamilyTimeouts CinterionDriver::timeouts() const
{
    // The note gives no durations: a delta of a few MB over LTE-M/NB-IoT, a
    // two-phase install and a boot. Assumed; every job may override them.
    FamilyTimeouts t;
    t.download = 20min;
    t.install = 15min;
    t.reboot = 3min;
    return t;
}

QStringList CinterionDriver::knownCommands() const
{
    return {
        QStringLiteral("AT"), QStringLiteral("ATE0"), QStringLiteral("ATE1"), QStringLiteral("ATI"),
        QStringLiteral("ATI1"), QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"),
        QStringLiteral("AT+CGMR"), QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"),
        QStringLiteral("AT+CCID"), QStringLiteral("AT^SCID"), QStringLiteral("AT+CPIN?"),
        QStringLiteral("AT+CPIN="), QStringLiteral("AT+CSQ"), QStringLiteral("AT+CEREG?"),
        QStringLiteral("AT+COPS?"), QStringLiteral("AT+CMEE=2"), QStringLiteral("AT+CGDCONT?"),
        QStringLiteral("AT+CGDCONT="), QStringLiteral("AT^SGAUTH?"), QStringLiteral("AT^SGAUTH="),
        QStringLiteral("AT^SNFOTA?"), QStringLiteral("AT^SNFOTA=\"url\","),
        QStringLiteral("AT^SNFOTA=\"conid\","), QStringLiteral("AT^SNFOTA=\"crc\","),
        QStringLiteral("AT^SNFOTA=\"urc\",1"), QStringLiteral("AT^SNFOTA=\"act\",2"),
        QStringLiteral("AT^SNFOTA=\"act\",0"), QStringLiteral("AT^SFDL=2"),
        QStringLiteral("AT^SBNW=is_cert,"), QStringLiteral("AT^SCFG?"), QStringLiteral("AT^SCFG="),
        QStringLiteral("AT^SNLWM2M=cfg,"), QStringLiteral("AT^SNLWM2M=cfg/ext,"),
        QStringLiteral("AT^SNLWM2M=cfg/object,"), QStringLiteral("AT^SNLWM2M=act,"),
        QStringLiteral("AT+CEDRXS?"), QStringLiteral("AT^SXRAT?"), QStringLiteral("AT+CEMODE?"),
    };
}

std::unique_ptr<UpdateFlow> CinterionDriver::createFlow(ModuleSession *session,
                                                       const UpdateRequest &request) const
{
    switch (request.method) {
    case UpdateMethod::Ota:
        return std::make_unique<CinterionOtaFlow>(session, request);
    case UpdateMethod::Lwm2m:
        // The request carries only the server URI; PSK and certificate profiles
        // are built by the profile form with CinterionLwm2mFlow directly.
        return std::make_unique<CinterionLwm2mFlow>(session, request,
                                                    CinterionLwm2mFlow::profileFromRequest(request));
    default:
        return nullptr;
    }
}
