#include "wdsievent.h"

#include <QStringList>

#include <algorithm>

namespace {

bool isListed(int code)
{
    return (code >= 0 && code <= 16) || code == 18 || code == 23;
}

// A plain non-negative decimal number; toInt() alone would take "+3" or " 3".
int number(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = !t.isEmpty() && std::all_of(t.begin(), t.end(), [](QChar c) { return c.isDigit(); });
    return *ok ? t.toInt(ok) : -1;
}

} // namespace

QString WdsiEvent::vendorCode() const
{
    if (!valid)
        return {};
    return hasValue() ? QStringLiteral("+WDSI: %1,%2").arg(code).arg(value)
                      : QStringLiteral("+WDSI: %1").arg(code);
}

WdsiEvent parseWdsi(const QString &line)
{
    static const QString prefix = QStringLiteral("+WDSI:");
    WdsiEvent event;
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return event;
    const QStringList fields = trimmed.mid(prefix.size()).split(u',');
    if (fields.size() > 2)
        return event;
    bool ok = false;
    const int code = number(fields.at(0), &ok);
    if (!ok)
        return event;
    int value = -1;
    if (fields.size() == 2) {
        value = number(fields.at(1), &ok);
        if (!ok)
            return event;
    }
    event.valid = true;
    event.code = code;
    event.value = value;
    event.kind = isListed(code) ? Wdsi(code) : Wdsi::Unknown;
    return event;
}
