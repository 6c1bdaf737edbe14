#include "simcomurcs.h"

#include "at/atresult.h"

#include <QRegularExpression>

namespace {

// The text after `prefix` (letter case ignored), trimmed; nullopt when the line
// does not start with it.
std::optional<QString> payload(const QString &line, QLatin1String prefix)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    return trimmed.mid(prefix.size()).trimmed();
}

std::optional<qint64> number(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(u'"') && text.endsWith(u'"'))
        text = text.mid(1, text.size() - 2).trimmed();
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// Exactly `count` comma-separated numbers; none may be missing or text.
std::optional<QList<qint64>> numbers(const QString &text, int count)
{
    const QStringList parts = text.split(u',');
    if (parts.size() != count)
        return std::nullopt;
    QList<qint64> values;
    for (const QString &part : parts) {
        const auto value = number(part);
        if (!value)
            return std::nullopt;
        values << *value;
    }
    return values;
}

bool validClient(qint64 id)
{
    // The SIM7020 has a handful of HTTP client instances; anything else is garbage.
    return id >= 0 && id < 16;
}

// Letters and digits only, lower case: "Start to update, please wait." and
// "start to update,please wait" compare equal.
QString folded(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

} // namespace

CfotaEvent parseCfotaEvent(const QString &line)
{
    const auto text = payload(line, QLatin1String("+CFOTA:"));
    if (!text)
        return CfotaEvent::Unknown;
    const QString key = folded(*text);
    // Prefixes: "update successful", "update successfully" and "download complete(d)"
    // are all seen in the field.
    static const QList<std::pair<QString, CfotaEvent>> events{
        {QStringLiteral("starttodownload"), CfotaEvent::DownloadStarted},
        {QStringLiteral("downloadcomplete"), CfotaEvent::DownloadCompleted},
        {QStringLiteral("starttoupdate"), CfotaEvent::UpdateStarting},
        {QStringLiteral("updatesuccess"), CfotaEvent::UpdateSucceeded},
        {QStringLiteral("noupdatepackage"), CfotaEvent::NoPackage},
        {QStringLiteral("downloadpause"), CfotaEvent::DownloadPaused},
        {QStringLiteral("downloadfail"), CfotaEvent::DownloadFailed},
        {QStringLiteral("updatefail"), CfotaEvent::UpdateFailed},
    };
    for (const auto &[start, event] : events) {
        if (key.startsWith(start))
            return event;
    }
    return CfotaEvent::Unknown;
}

std::optional<HttpHeadersUrc> parseHttpHeaders(const QString &line)
{
    const auto text = payload(line, QLatin1String("+CHTTPNMIH:"));
    if (!text)
        return std::nullopt;
    const QStringList parts = text->split(u',');
    if (parts.size() < 3)
        return std::nullopt;
    const auto client = number(parts.at(0));
    const auto status = number(parts.at(1));
    const auto headerBytes = number(parts.at(2));
    if (!client || !validClient(*client) || !status || *status < 100 || *status > 999 || !headerBytes
        || *headerBytes < 0)
        return std::nullopt;
    HttpHeadersUrc urc;
    urc.client = int(*client);
    urc.status = int(*status);
    urc.headerBytes = *headerBytes;
    const QString headers = parts.mid(3).join(u',');
    static const QRegularExpression length(QStringLiteral("content-length\\s*:\\s*(\\d+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression type(QStringLiteral("content-type\\s*:\\s*([^;\\r\\n]+)"),
                                         QRegularExpression::CaseInsensitiveOption);
    if (const auto m = length.match(headers); m.hasMatch())
        urc.contentLength = m.captured(1).toLongLong();
    if (const auto m = type.match(headers); m.hasMatch())
        urc.contentType = m.captured(1).trimmed();
    return urc;
}

std::optional<HttpToFsUrc> parseHttpToFs(const QString &line)
{
    HttpToFsUrc urc;
    auto text = payload(line, QLatin1String("+CHTTPTOFSOK:"));
    urc.stored = text.has_value();
    if (!text)
        text = payload(line, QLatin1String("+CHTTPTOFS:"));
    if (!text)
        return std::nullopt;
    const auto values = numbers(*text, 3);
    if (!values || !validClient(values->at(0)) || values->at(1) < 0 || values->at(2) < 0)
        return std::nullopt;
    urc.client = int(values->at(0));
    urc.received = values->at(1);
    urc.total = values->at(2);
    return urc;
}

std::optional<HttpErrorUrc> parseHttpError(const QString &line)
{
    const auto text = payload(line, QLatin1String("+CHTTPERR:"));
    if (!text)
        return std::nullopt;
    const auto values = numbers(*text, 2);
    if (!values || !validClient(values->at(0)) || values->at(1) == 0)
        return std::nullopt;
    return HttpErrorUrc{int(values->at(0)), int(values->at(1))};
}

std::optional<int> parseHttpCreate(const AtResult &result)
{
    for (const QString &line : result.lines) {
        const auto text = payload(line, QLatin1String("+CHTTPCREATE:"));
        if (!text)
            continue;
        const auto id = number(*text);
        if (id && validClient(*id))
            return int(*id);
        return std::nullopt;
    }
    return std::nullopt;
}

bool isModuleReady(const QString &line)
{
    const auto text = payload(line, QLatin1String("*MATREADY:"));
    return text && number(*text) == 1;
}
