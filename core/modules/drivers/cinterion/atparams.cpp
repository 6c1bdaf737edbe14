#include "atparams.h"

namespace AtParams {

QStringList split(QStringView params)
{
    QStringList out;
    QString current;
    bool quoted = false;
    bool any = false;
    for (QChar c : params) {
        any = true;
        if (c == u'"') {
            quoted = !quoted;
            continue;
        }
        if (c == u',' && !quoted) {
            out << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (any)
        out << current.trimmed();
    return out;
}

std::optional<QStringList> after(const QString &line, const QString &prefix)
{
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return std::nullopt;
    return split(QStringView(trimmed).sliced(prefix.size()).trimmed());
}

std::optional<int> number(const QString &value)
{
    QString v = value.trimmed();
    v.remove(u'"');
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok)
        return std::nullopt;
    return n;
}

} // namespace AtParams
