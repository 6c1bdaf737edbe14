#include "storeerror.h"

#include <QCoreApplication>

namespace StoreError {

namespace {

struct Rule
{
    const char *needle; // in the driver's text, any case
    const char *kind;
};

// SQLite's own wording (sqlite3_errstr), and what PostgreSQL says for the same.
constexpr Rule kRules[] = {
    {"database or disk is full", QT_TRANSLATE_NOOP("StoreError", "disk full")},
    {"no space left on device", QT_TRANSLATE_NOOP("StoreError", "disk full")},
    {"could not extend file", QT_TRANSLATE_NOOP("StoreError", "disk full")},
    {"readonly database", QT_TRANSLATE_NOOP("StoreError", "read-only")},
    {"read-only", QT_TRANSLATE_NOOP("StoreError", "read-only")},
    {"disk i/o error", QT_TRANSLATE_NOOP("StoreError", "disk I/O error")},
    {"database is locked", QT_TRANSLATE_NOOP("StoreError", "locked by another program")},
    {"database table is locked", QT_TRANSLATE_NOOP("StoreError", "locked by another program")},
    {"malformed", QT_TRANSLATE_NOOP("StoreError", "damaged")},
    {"not a database", QT_TRANSLATE_NOOP("StoreError", "damaged")},
    {"unable to open database", QT_TRANSLATE_NOOP("StoreError", "cannot be opened")},
    {"permission denied", QT_TRANSLATE_NOOP("StoreError", "permission denied")},
};

} // namespace

QString classified(const QString &driverText)
{
    for (const Rule &rule : kRules) {
        if (driverText.contains(QLatin1String(rule.needle), Qt::CaseInsensitive)) {
            const QString kind = QCoreApplication::translate("StoreError", rule.kind);
            if (driverText.startsWith(kind))
                return driverText; // said once already
            return QStringLiteral("%1 (%2)").arg(kind, driverText);
        }
    }
    return driverText;
}

} // namespace StoreError
