#include "telitpfmdriver.h"

#include "telitpfmflow.h"

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
    if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
        return common;
    const bool updating = phase != UpdatePhase::Verified && phase != UpdatePhase::Failed
        && phase != UpdatePhase::Cancelled && phase != UpdatePhase::Preparing;
    if (!updating)
        return {};
    // PFM application note: inhibited during download and upgrade.
    static const QStringList inhibited{
        QStringLiteral("AT#GPRS"), QStringLiteral("AT#SGACT"), QStringLiteral("AT+CGATT"),
        QStringLiteral("AT+CGACT"), QStringLiteral("ATD"), QStringLiteral("AT+COPS=2"),
        QStringLiteral("AT+CFUN=4"), QStringLiteral("AT+CGCLASS"),
    };
    const QString c = command.trimmed().toUpper();
    for (const QString &prefix : inhibited) {
        if (c.startsWith(prefix) && !c.endsWith(QLatin1Char('?')))
            return QCoreApplication::translate("TelitPfmDriver",
                                               "%1 is inhibited while a Telit PFM update runs "
                                               "(it would break the download)")
                .arg(prefix);
    }
    return {};
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
