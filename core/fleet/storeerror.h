#pragma once

#include <QString>

// What a person can act on in a database driver's error text: "disk full",
// "read-only", "disk I/O error", "locked by another program", "damaged",
// "cannot be opened", put in front of the driver's own words, which stay for
// the support desk. Text no rule knows is returned as it is.
namespace StoreError {

QString classified(const QString &driverText);

} // namespace StoreError
