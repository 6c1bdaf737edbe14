#include "telitpfmdriver.h"

#include "telitpfmflow.h"
#include "modules/interlockrules.h"

#include <QCoreApplication>

using namespace std::chrono_literals;

Family TelitPfmDriver::family() const
{
    return Family::TelitPfm;
}

QList<UpdateMethod> TelitPfmDriver::methods() const
{
    return {UpdateMethod::Ota};
}

QString TelitPfmDriver::inhibitReason(const QString &command, UpdatePhase phase) const
{
    using namespace Interlock;
    if (!updateRuns(phase))
        return {};
    // The PFM note's inhibited commands (3.1.2, 4.1.2, 5.1.2): during the
    // download with SMS, the whole upgrade with TCP/IP, which FotaDesk cannot
    // tell apart from here.
    static const QList<Rule> inhibited{
        writes(QStringLiteral("#GPRS")),   writes(QStringLiteral("#SGACT")),
        writes(QStringLiteral("+CGATT")),  writes(QStringLiteral("+CGACT")),
        basic(QStringLiteral("D")),        setTo(QStringLiteral("+COPS"), {QStringLiteral("2")}),
        setTo(QStringLiteral("+CFUN"), {QStringLiteral("4")}), writes(QStringLiteral("+CGCLASS")),
    };
    // The running flow answers the server's request and holds the
    // registration; a second answer, update request or server would break it.
    // #OTAUP starts the local delta update of the same firmwares.
    static const QList<Rule> owned{
        writes(QStringLiteral("#OTASUAN")),      writes(QStringLiteral("#OTAIPUPD")),
        writes(QStringLiteral("#OTASNAP")),      writes(QStringLiteral("#OTASNAPIP")),
        writes(QStringLiteral("#OTASNAPIPCFG")), writes(QStringLiteral("#OTAIPCFG")),
        writes(QStringLiteral("#OTAUP")),
    };
    if (const QString found = forbiddenCommand(command, inhibited); !found.isEmpty())
        return QCoreApplication::translate("TelitPfmDriver",
                                           "%1 is inhibited while a Telit PFM update runs "
                                           "(it would break the download)")
            .arg(found);
    if (const QString found = forbiddenCommand(command, owned); !found.isEmpty())
        return QCoreApplication::translate("TelitPfmDriver",
                                           "%1 is reserved for the running Telit PFM update (it would "
                                           "answer its server or change its registration)")
            .arg(found);
    // "During the delta firmware file download the module must not be powered off."
    if (phase == UpdatePhase::Downloading) {
        if (QString why = resetRefusal(command); !why.isEmpty())
            return why;
    }
    if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
        return common;
    return unreadableRefusal(command);
}

FamilyTimeouts TelitPfmDriver::timeouts() const
{
    // The PFM note gives no durations beyond the 60 s answer window (a flow
    // option): these are assumed and every job may override them.
    FamilyTimeouts t;
    t.download = 30min;
    t.install = 15min;
    t.reboot = 3min;
    return t;
}

QStringList TelitPfmDriver::knownCommands() const
{
    return {
        QStringLiteral("AT"), QStringLiteral("ATE0"), QStringLiteral("ATE1"), QStringLiteral("ATI"),
        QStringLiteral("AT+CGMI"), QStringLiteral("AT+CGMM"), QStringLiteral("AT+CGMR"),
        QStringLiteral("AT+CGSN"), QStringLiteral("AT+CIMI"), QStringLiteral("AT#CCID"),
        QStringLiteral("AT+CPIN?"), QStringLiteral("AT+CPIN="), QStringLiteral("AT+CSQ"),
        QStringLiteral("AT+CREG?"), QStringLiteral("AT+CGREG?"), QStringLiteral("AT+COPS?"),
        QStringLiteral("AT+IPR?"), QStringLiteral("AT+IPR="), QStringLiteral("AT+CMEE=2"),
        QStringLiteral("AT#OTASNAP="), QStringLiteral("AT#OTASNAP?"),
        QStringLiteral("AT#OTASNAPIPCFG="), QStringLiteral("AT#OTASNAPIP="),
        QStringLiteral("AT#OTAIPCFG="), QStringLiteral("AT#OTAIPUPD"), QStringLiteral("AT#OTASUAN="),
        QStringLiteral("AT#OTASUAN?"), QStringLiteral("AT#OTASNAPIPCFG?"), QStringLiteral("AT#OTASNAPIP?"),
        QStringLiteral("AT#OTAIPCFG?"), QStringLiteral("AT+CGDCONT?"), QStringLiteral("AT+CGDCONT="),
        QStringLiteral("AT&V"), QStringLiteral("AT&W"), QStringLiteral("AT#SELINT?"),
    };
}

std::unique_ptr<UpdateFlow> TelitPfmDriver::createFlow(ModuleSession *session,
                                                      const UpdateRequest &request) const
{
    if (request.method != UpdateMethod::Ota)
        return nullptr;
    return std::make_unique<TelitPfmFlow>(session, request);
}
