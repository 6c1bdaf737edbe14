#include "sierradriver.h"

#include "sierraotaflow.h"
#include "sierraxmodemflow.h"
#include "modules/interlockrules.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family SierraDriver::family() const
{
    return Family::SierraHl78xx;
}

QList<UpdateMethod> SierraDriver::methods() const
{
    // XMODEM first (Auto): it needs only the package file and the cable, where
    // AirVantage needs coverage, an APN and an operation scheduled on the server.
    return {UpdateMethod::Xmodem, UpdateMethod::Ota};
}

QString SierraDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    using namespace Interlock;
    if (!updateRuns(phase))
        return {};
    // The running flow answers the agreements and owns the session and the
    // download; another answer or a stopped session would break its update.
    static const QList<Rule> owned{
        writes(QStringLiteral("+WDSR")), setTo(QStringLiteral("+WDSS"), {QStringLiteral("1")}),
        setTo(QStringLiteral("+WDS"), {QStringLiteral("1")}), writes(QStringLiteral("+WDSC")),
        writes(QStringLiteral("+WDSI")), writes(QStringLiteral("+WDSD")), writes(QStringLiteral("+WSDS")),
    };
    if (const QString found = forbiddenCommand(command, owned); !found.isEmpty())
        return QCoreApplication::translate("SierraDriver",
                                           "%1 is reserved for the running HL78xx update (it would "
                                           "answer or stop its AirVantage operation)")
            .arg(found);
    if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
        return common;
    return unreadableRefusal(command);
}

FamilyTimeouts SierraDriver::timeouts() const
{
    // The note gives the install watchdog (15 min); the rest is assumed and
    // every job may override it.
    FamilyTimeouts t;
    t.download = 30min;
    t.install = 15min;
    t.reboot = 3min;
    return t;
}

QStringList SierraDriver::knownCommands() const
{
    return {QStringLiteral("AT"), QStringLiteral("ATI1"), QStringLiteral("ATI8"), QStringLiteral("AT+CGMI"),
            QStringLiteral("AT+CGMM"), QStringLiteral("AT+CGMR"), QStringLiteral("AT+CGSN"),
            QStringLiteral("AT+KGSN=3"), QStringLiteral("AT+CIMI"), QStringLiteral("AT+CCID"),
            QStringLiteral("AT+CPIN?"), QStringLiteral("AT+CGDCONT?"), QStringLiteral("AT+CGDCONT="),
            QStringLiteral("AT+WDSI=?"), QStringLiteral("AT+WDSI?"), QStringLiteral("AT+WDSI=4479"),
            QStringLiteral("AT+WDSS?"), QStringLiteral("AT+WDSS=2,"), QStringLiteral("AT+WDSS=1,1"),
            QStringLiteral("AT+WDSS=1,0"), QStringLiteral("AT+WDSC?"), QStringLiteral("AT+WDSC="),
            QStringLiteral("AT+WDSR="), QStringLiteral("AT+WDSD="), QStringLiteral("AT+WSDS=")};
}

QList<qint32> SierraDriver::transferRates(UpdateMethod method, const QString &) const
{
    // The HL78xx AT reference lists 9600 to 921600 baud for AT+IPR on the
    // UART, every model alike; XMODEM is the only method on the line.
    if (method != UpdateMethod::Xmodem)
        return {};
    return {9600, 19200, 38400, 57600, 115200, 230400, 460800, 921600};
}

std::unique_ptr<UpdateFlow> SierraDriver::createFlow(ModuleSession *session, const UpdateRequest &request) const
{
    switch (request.method) {
    case UpdateMethod::Xmodem:
        return std::make_unique<SierraXmodemFlow>(session, request);
    case UpdateMethod::Ota:
        return std::make_unique<SierraOtaFlow>(session, request);
    default:
        return nullptr;
    }
}
