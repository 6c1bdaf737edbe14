#include "lwm2mprofile.h"

#include "atparams.h"
#include "modules/updatetypes.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Lwm2mProfile)
};

bool isPlainToken(const QString &text)
{
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9_.:\\-]+$"));
    return token.match(text).hasMatch();
}

} // namespace

QString Lwm2mProfile::validationError() const
{
    if (!isPlainToken(name))
        return Text::tr("The profile name must be letters, digits, '_', '-', '.' or ':'");
    if (cid < 1 || cid > 16)
        return Text::tr("The PDP context id must be between 1 and 16");
    const QString scheme = serverUri.scheme().toLower();
    if (!serverUri.isValid() || serverUri.host().isEmpty() || serverUri.port() <= 0
        || (scheme != QLatin1String("coap") && scheme != QLatin1String("coaps")))
        return Text::tr("The server must be coap://host:port or coaps://host:port");
    if (security == Security::None && scheme != QLatin1String("coap"))
        return Text::tr("Without security the server URI must use coap://");
    if (security != Security::None && scheme != QLatin1String("coaps"))
        return Text::tr("With PSK or certificate security the server URI must use coaps://");
    if (security == Security::Psk) {
        if (pskIdentity.isEmpty() || !isPlainToken(pskIdentity))
            return Text::tr("PSK security needs an identity (letters, digits, '_', '-', '.', ':')");
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        if (!hex.match(pskKey).hasMatch())
            return Text::tr("The PSK key must be given in hexadecimal");
    }
    if (lifetimeSeconds <= 0)
        return Text::tr("The lifetime must be at least one second");
    static const QRegularExpression bindings(QStringLiteral("^(U|UQ|S|SQ|US|UQS|N)$"));
    if (!bindings.match(binding).hasMatch())
        return Text::tr("The binding must be one of U, UQ, S, SQ, US, UQS or N");
    return {};
}

QStringList Lwm2mProfile::configurationCommands() const
{
    const QString cfg = QStringLiteral("AT^SNLWM2M=cfg,%1,").arg(name);
    QStringList out;
    out << QStringLiteral("AT^SNLWM2M=cfg/ext,%1,CID,%2").arg(name).arg(cid);
    out << cfg + QStringLiteral("/0/0/0,%1").arg(serverUri.toString(QUrl::FullyEncoded));
    out << cfg + QStringLiteral("/0/0/2,%1").arg(int(security));
    if (security == Security::Psk) {
        out << cfg + QStringLiteral("/0/0/3,%1").arg(pskIdentity);
        out << cfg + QStringLiteral("/0/0/5,%1").arg(pskKey);
    }
    out << cfg + QStringLiteral("/1/0/1,%1").arg(lifetimeSeconds);
    out << cfg + QStringLiteral("/1/0/6,%1").arg(storeNotifications ? 1 : 0);
    out << cfg + QStringLiteral("/1/0/7,%1").arg(binding);
    // Access control: the server may read, write and execute the firmware object.
    out << cfg + QStringLiteral("/2/2/0,5");
    out << cfg + QStringLiteral("/2/2/1,0");
    out << cfg + QStringLiteral("/2/2/2,7");
    out << cfg + QStringLiteral("/2/2/3,%1").arg(shortServerId);
    out << QStringLiteral("AT^SNLWM2M=cfg/object,%1,/0/0,new").arg(name);
    return out;
}

QString Lwm2mProfile::startCommand() const
{
    return QStringLiteral("AT^SNLWM2M=act,%1,start").arg(name);
}

QString Lwm2mProfile::readCommand(const QString &path) const
{
    return QStringLiteral("AT^SNLWM2M=cfg,%1,%2").arg(name, path);
}

namespace Lwm2mFirmware {

QString stateName(int state)
{
    switch (state) {
    case int(State::Idle): return Text::tr("idle");
    case int(State::Downloading): return Text::tr("downloading");
    case int(State::Downloaded): return Text::tr("downloaded");
    case int(State::Updating): return Text::tr("updating");
    default: break;
    }
    return Text::tr("state %1").arg(state);
}

Result result(int code)
{
    Result r;
    r.code = code;
    auto set = [&r](FailureReason reason, const QString &meaning, const QString &advice) {
        r.reason = int(reason);
        r.meaning = meaning;
        r.advice = advice;
    };
    switch (code) {
    case 0:
        set(FailureReason::None, Text::tr("no update result yet"), {});
        break;
    case 1:
        r.success = true;
        set(FailureReason::None, Text::tr("firmware updated successfully"), {});
        break;
    case 2:
        set(FailureReason::NoSpace, Text::tr("not enough flash memory for the package"),
            Text::tr("Use a delta package instead of a full image."));
        break;
    case 3:
        set(FailureReason::NoSpace, Text::tr("out of RAM during the download"),
            Text::tr("Restart the module and let the server start the update again."));
        break;
    case 4:
        set(FailureReason::Network, Text::tr("connection lost during the download"),
            Text::tr("Check the coverage and the APN; the server can start the update again."));
        break;
    case 5:
        set(FailureReason::Integrity, Text::tr("integrity check of the package failed"),
            Text::tr("Check the package on the LwM2M server."));
        break;
    case 6:
        set(FailureReason::NotApplicable, Text::tr("unsupported package type"),
            Text::tr("Publish a package made for this module on the LwM2M server."));
        break;
    case 7:
        set(FailureReason::ServerError, Text::tr("invalid package URI"),
            Text::tr("Check the package URI the LwM2M server wrote to /5/0/1."));
        break;
    case 8:
        set(FailureReason::InstallFailed, Text::tr("firmware update failed"),
            Text::tr("The module keeps its firmware; check that the package fits its base version."));
        break;
    case 9:
        set(FailureReason::NotApplicable, Text::tr("unsupported download protocol"),
            Text::tr("Let the LwM2M server offer the package over a protocol the module supports."));
        break;
    default:
        set(FailureReason::Internal, Text::tr("result %1, not documented").arg(code),
            Text::tr("Read the module's object 5 and contact support."));
        break;
    }
    return r;
}

std::optional<Reading> parseReading(const QString &line)
{
    const auto params = AtParams::after(line, QStringLiteral("^SNLWM2M:"));
    if (!params)
        return std::nullopt;
    for (qsizetype i = 0; i < params->size(); ++i) {
        if (params->at(i).startsWith(u'/'))
            return Reading{params->at(i), params->value(i + 1)};
    }
    return std::nullopt;
}

} // namespace Lwm2mFirmware
