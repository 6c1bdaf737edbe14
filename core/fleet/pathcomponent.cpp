#include "pathcomponent.h"

#include <QCryptographicHash>

QString pathComponentFor(const QString &id)
{
    constexpr qsizetype kMaxKept = 64;
    QString safe;
    safe.reserve(qMin(id.size(), kMaxKept));
    bool changed = id.size() > kMaxKept;
    for (qsizetype i = 0; i < id.size() && safe.size() < kMaxKept; ++i) {
        const QChar c = id.at(i);
        const bool kept = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-') || c == QLatin1Char('_')
            || c == QLatin1Char('.');
        safe += kept ? c : QLatin1Char('_');
        changed = changed || !kept;
    }
    // Only dots would name this folder or its parent.
    if (safe.isEmpty() || safe.count(QLatin1Char('.')) == safe.size()) {
        safe = QStringLiteral("module");
        changed = true;
    }
    if (changed) {
        const QByteArray hash = QCryptographicHash::hash(id.toUtf8(), QCryptographicHash::Sha256).toHex().left(8);
        safe += QLatin1Char('-') + QString::fromLatin1(hash);
    }
    return safe;
}
