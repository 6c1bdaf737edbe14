#include "secretmasker.h"

#include <QList>
#include <QStringList>

namespace {

// Which parameters of a command (or of its "<name>:" response) are secret.
// An empty list means every parameter.
struct Rule
{
    QLatin1StringView name;
    QList<int> secretParams;
    bool alsoInResponse;
};

const Rule kRules[] = {
    {QLatin1StringView("+CPIN"), {}, false},          // PIN, or PUK,new PIN
    {QLatin1StringView("+CPWD"), {1, 2}, false},      // facility,old,new
    {QLatin1StringView("+CLCK"), {2}, false},         // facility,mode,passwd
    {QLatin1StringView("+CGAUTH"), {3}, true},        // cid,auth,user,password
    {QLatin1StringView("#OTASNAPIPCFG"), {3}, true},  // bearer,APN,user,password
    {QLatin1StringView("^SGAUTH"), {2}, true},        // cid,type,password,user
};

// Splits a parameter list on commas outside double quotes.
QStringList splitParams(QStringView params)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (QChar c : params) {
        if (c == u'"')
            quoted = !quoted;
        if (c == u',' && !quoted) {
            out << current;
            current.clear();
        } else {
            current += c;
        }
    }
    out << current;
    return out;
}

QString maskParam(const QString &param)
{
    const QString t = param.trimmed();
    if (t.isEmpty())
        return param;
    return t.startsWith(u'"') ? QStringLiteral("\"%1\"").arg(SecretMasker::mask)
                              : QString(SecretMasker::mask);
}

QString maskParams(QStringView params, const QList<int> &which)
{
    QStringList parts = splitParams(params);
    for (int i = 0; i < parts.size(); ++i) {
        if (which.isEmpty() || which.contains(i))
            parts[i] = maskParam(parts[i]);
    }
    return parts.join(u',');
}

// ^SNLWM2M: any value that follows a PASSWORD/PSK/SECRET key, and the security
// object's secret key resource /0/x/5.
QString maskLwm2m(const QString &head, QStringView params)
{
    QStringList parts = splitParams(params);
    bool maskNext = false;
    for (QString &part : parts) {
        const QString key = part.trimmed().remove(u'"').toUpper();
        if (maskNext) {
            part = maskParam(part);
            maskNext = false;
            continue;
        }
        if (key.contains(QLatin1String("PASSWORD")) || key == QLatin1String("PSK")
            || key.contains(QLatin1String("SECRET"))
            || (key.startsWith(QLatin1String("/0/")) && key.endsWith(QLatin1String("/5")))) {
            maskNext = true;
        }
    }
    return head + parts.join(u',');
}

} // namespace

namespace SecretMasker {

QString maskLine(const QString &line)
{
    const QString upper = line.toUpper();
    const bool isCommand = upper.startsWith(QLatin1String("AT"));
    const qsizetype nameStart = isCommand ? 2 : 0;

    if (upper.indexOf(QLatin1String("^SNLWM2M"), nameStart) == nameStart) {
        const qsizetype sep = line.indexOf(isCommand ? u'=' : u':');
        if (sep > 0)
            return maskLwm2m(line.left(sep + 1), QStringView(line).sliced(sep + 1));
        return line;
    }

    for (const Rule &rule : kRules) {
        if (upper.indexOf(QString(rule.name).toUpper(), nameStart) != nameStart)
            continue;
        const qsizetype after = nameStart + rule.name.size();
        if (after >= line.size())
            return line;
        const QChar sep = line.at(after);
        if (isCommand && sep == u'=')
            return line.left(after + 1) + maskParams(QStringView(line).sliced(after + 1), rule.secretParams);
        if (!isCommand && rule.alsoInResponse && sep == u':')
            return line.left(after + 1) + maskParams(QStringView(line).sliced(after + 1), rule.secretParams);
        return line;
    }
    return line;
}

bool containsSecret(const QString &line)
{
    return maskLine(line) != line;
}

} // namespace SecretMasker
