#pragma once

#include <QString>

// A module id (from its IMEI or, failing that, a serial number the device
// itself reports) made safe to be one file or folder name: a hostile device
// must not write outside the transcripts folder ("../", "/", NUL, a drive
// letter). Letters, digits, '.', '-' and '_' are kept; anything else becomes
// '_' and the name gains a short hash of the original, so two ids never meet
// in one folder. Never empty, never "." or "..", at most 80 characters.
QString pathComponentFor(const QString &id);
