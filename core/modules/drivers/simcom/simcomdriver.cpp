#include "simcomdriver.h"

#include "simcomcflwflow.h"
#include "simcomhttpfsflow.h"
#include "simcomotaflow.h"
#include "modules/interlockrules.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family SimcomDriver::family() const
{
    return Family::SimcomSim7020;
}

QList<UpdateMethod> SimcomDriver::methods() const
{
    // CFLW first (Auto): FotaDesk has the package in hand, and the serial line
    // needs neither coverage, nor a FOTA server with the package, nor a
    // package server the module can reach from its mobile network.
    return {UpdateMethod::Cflw, UpdateMethod::HttpFs, UpdateMethod::Ota};
}

QString SimcomDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    using namespace Interlock;
    if (!updateRuns(phase))
        return {};
    // Each would break the update under way: a second write into the FOTA
    // partition or a second install, a rate change that silences the URCs,
    // the HTTP client or the radio taken from under a download.
    static const QList<Rule> inhibited{
        writes(QStringLiteral("+CFOTA")),
        writes(QStringLiteral("+CFLE")),
        writes(QStringLiteral("+CFLW")),
        writes(QStringLiteral("+IPR")),
        writes(QStringLiteral("+CHTTPTOFS")),
        writes(QStringLiteral("+CHTTPDISCON")),
        writes(QStringLiteral("+CHTTPDESTROY")),
        setTo(QStringLiteral("+CFUN"), {QStringLiteral("0"), QStringLiteral("4")}),
        setTo(QStringLiteral("+COPS"), {QStringLiteral("2")}),
        setTo(QStringLiteral("+CGACT"), {QStringLiteral("0")}),
        writes(QStringLiteral("*MCGDEFCONT")),
    };
    if (const QString found = forbiddenCommand(command, inhibited); !found.isEmpty())
        return QCoreApplication::translate("SimcomDriver",
                                           "%1 is inhibited while a SIM7020 update runs (it would "
                                           "break the update)")
            .arg(found);
    if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
        return common;
    return unreadableRefusal(command);
}

FamilyTimeouts SimcomDriver::timeouts() const
{
    // "An update takes about 10 minutes" (PROTOCOLS.md); the download of a
    // delta of up to a MiB at NB-IoT's few kB/s is assumed. Every job may
    // override them.
    FamilyTimeouts t;
    t.download = 20min;
    t.install = 15min;
    t.reboot = 2min;
    // It flashes after its restart and answers AT meanwhile on its old
    // firmware, printing nothing until "+CFOTA: Update successfully": only
    // the whole install time shows that no install runs.
    t.installSilence = t.install;
    return t;
}

QStringList SimcomDriver::knownCommands() const
{
    return {
        QStringLiteral("AT"), QStringLiteral("ATE0"), QStringLiteral("ATE1"), QStringLiteral("ATI"),
        QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"), QStringLiteral("AT+CGMR"),
        QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"), QStringLiteral("AT+CCID"),
        QStringLiteral("AT+CPIN?"), QStringLiteral("AT+CPIN="), QStringLiteral("AT+CSQ"),
        QStringLiteral("AT+CGREG?"), QStringLiteral("AT+CGACT?"), QStringLiteral("AT+COPS?"),
        QStringLiteral("AT+CGCONTRDP"), QStringLiteral("AT+CFUN?"), QStringLiteral("AT+CFUN="),
        QStringLiteral("AT*MCGDEFCONT="), QStringLiteral("AT*MCGDEFCONT?"), QStringLiteral("AT+IPR?"),
        QStringLiteral("AT+IPR="), QStringLiteral("AT+CMEE=2"), QStringLiteral("AT+CFOTA=?"),
        QStringLiteral("AT+CFOTA=1"), QStringLiteral("AT+CFOTA=4"), QStringLiteral("AT+CFOTA=5,"),
        QStringLiteral("AT+CFLE="), QStringLiteral("AT+CFLW="), QStringLiteral("AT+CFLR="),
        QStringLiteral("AT+CHTTPCREATE="), QStringLiteral("AT+CHTTPCON="), QStringLiteral("AT+CHTTPTOFS="),
        QStringLiteral("AT+CHTTPDISCON="), QStringLiteral("AT+CHTTPDESTROY="),
    };
}

QList<qint32> SimcomDriver::transferRates(UpdateMethod method, const QString &) const
{
    // The SIM7020 AT reference lists up to 921600 baud for AT+IPR; only the
    // AT+CFLW upload carries the package over the line.
    if (method != UpdateMethod::Cflw)
        return {};
    return {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
}

std::unique_ptr<UpdateFlow> SimcomDriver::createFlow(ModuleSession *session, const UpdateRequest &request) const
{
    switch (request.method) {
    case UpdateMethod::Ota:
        return std::make_unique<SimcomOtaFlow>(session, request);
    case UpdateMethod::Cflw:
        return std::make_unique<SimcomCflwFlow>(session, request, SimcomFlow::defaultOptions(request),
                                                &m_writeSizes);
    case UpdateMethod::HttpFs:
        return std::make_unique<SimcomHttpFsFlow>(session, request);
    default:
        return nullptr;
    }
}
