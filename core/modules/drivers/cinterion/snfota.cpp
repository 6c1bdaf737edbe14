#include "snfota.h"

#include "at/secretmasker.h"
#include "atparams.h"

#include <QCoreApplication>

namespace Snfota {

namespace {

// The translation context "Snfota" for lupdate and for the free functions below.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Snfota)
};

} // namespace

std::optional<Act> parseAct(const QString &line)
{
    const auto params = AtParams::after(line, QStringLiteral("^SNFOTA:"));
    if (!params || params->size() < 2 || params->first().compare(QLatin1String("act"), Qt::CaseInsensitive) != 0)
        return std::nullopt;
    Act act;
    const auto action = AtParams::number(params->value(1));
    if (!action)
        return std::nullopt;
    act.action = *action;
    act.error = AtParams::number(params->value(2)).value_or(0);
    act.progress = AtParams::number(params->value(3)).value_or(0);
    return act;
}

Settings parseSettings(const QStringList &lines)
{
    Settings s;
    for (const QString &line : lines) {
        const auto params = AtParams::after(line, QStringLiteral("^SNFOTA:"));
        if (!params || params->isEmpty())
            continue;
        const QString key = params->first().toLower();
        const QString value = params->value(1);
        if (key == QLatin1String("url"))
            s.url = value;
        else if (key == QLatin1String("crc"))
            s.crc = value;
        else if (key == QLatin1String("conid"))
            s.conid = AtParams::number(value);
        else if (key == QLatin1String("urc"))
            s.urc = AtParams::number(value);
        else if (key == QLatin1String("act"))
            s.act = parseAct(line);
    }
    return s;
}

QStringList differences(const Settings &written, const Settings &readBack)
{
    QStringList out;
    if (written.url != readBack.url)
        out << Text::tr("url reads back as \"%1\"").arg(SecretMasker::maskPackageTokens(readBack.url));
    if (written.crc.compare(readBack.crc, Qt::CaseInsensitive) != 0)
        out << Text::tr("crc reads back as \"%1\"").arg(readBack.crc);
    if (written.conid != readBack.conid)
        out << Text::tr("conid reads back as %1").arg(readBack.conid ? QString::number(*readBack.conid)
                                                               : Text::tr("nothing"));
    if (written.urc != readBack.urc)
        out << Text::tr("urc reads back as %1").arg(readBack.urc ? QString::number(*readBack.urc) : Text::tr("nothing"));
    return out;
}

ErrorInfo errorInfo(int code)
{
    switch (code) {
    case 0:
        return {FailureReason::None, Text::tr("no error"), {}};
    case 1:
        return {FailureReason::Internal, Text::tr("unknown error"),
                Text::tr("Start the download again; it resumes. If the error repeats, restart the module.")};
    case 3:
        return {FailureReason::ServerError, Text::tr("the download server reported an error"),
                Text::tr("Check that the package server is running and serves the URL, then start again.")};
    case 5:
        return {FailureReason::Network, Text::tr("socket error"),
                Text::tr("Check the APN, the coverage and that the server's port is reachable from the "
                   "mobile network (firewall), then start again; the download resumes.")};
    case 6:
        return {FailureReason::Network, Text::tr("the connection timed out"),
                Text::tr("Check the server address, port and URL. For an https URL the module needs the "
                   "server's CA certificate (AT^SBNW=is_cert,<n>).")};
    case 7:
        return {FailureReason::ServerError, Text::tr("file error"),
                Text::tr("Check the package file on the server (present, readable, not empty) and start again.")};
    case 8:
        return {FailureReason::NoSpace, Text::tr("not enough space for the package"),
                Text::tr("The FOTA partition holds 11 MB: this is probably a full image. Use the delta "
                   "package from the module's current firmware.")};
    case 10:
        return {FailureReason::ServerError, Text::tr("firmware not available on the server"),
                Text::tr("The server has no file at this URL (HTTP 404): check the URL and that the "
                   "package is published.")};
    case 11:
        return {FailureReason::Integrity, Text::tr("integrity check failed: the SHA-256 does not match"),
                Text::tr("The downloaded file differs from the package FotaDesk hashed: check that the "
                   "server serves the same file, then start again.")};
    case kUserBreak:
        return {FailureReason::Cancelled, Text::tr("the download was stopped (user break)"),
                Text::tr("Start the update again to resume the download.")};
    case 13:
        return {FailureReason::Network, Text::tr("the PDP context could not be activated"),
                Text::tr("Check the APN, the user name and password (AT^SGAUTH), and that the SIM has "
                   "data service.")};
    case 14:
        return {FailureReason::ModuleRefused, Text::tr("a configuration parameter is invalid"),
                Text::tr("Check the URL, the connection id and the SHA-256 written with AT^SNFOTA.")};
    default:
        break;
    }
    return {FailureReason::Internal, Text::tr("error %1, not documented").arg(code),
            Text::tr("Start the download again; if the error repeats, read the module's settings with "
               "AT^SNFOTA? and contact support.")};
}

QString vendorCode(int code)
{
    return QStringLiteral("^SNFOTA error %1").arg(code);
}

} // namespace Snfota
