#pragma once

#include "modules/updatetypes.h"

#include <QString>
#include <QStringList>

#include <optional>

// The AT^SNFOTA vocabulary of Telit Cinterion modules (PROTOCOLS.md section 2).
namespace Snfota {

// `^SNFOTA: "act",<action>,<error>,<progress>`, numbers quoted or not.
struct Act
{
    int action = 0;   // 0 idle/abort, 2 download
    int error = 0;    // see errorInfo()
    int progress = 0; // percent, reported every 10 %
};
std::optional<Act> parseAct(const QString &line);

// What `AT^SNFOTA?` reads back.
struct Settings
{
    QString url;
    QString crc;
    std::optional<int> conid;
    std::optional<int> urc;
    std::optional<Act> act;
};
Settings parseSettings(const QStringList &lines);
// Differences between what was written and what the module reads back, one
// translated sentence each; empty when they agree.
QStringList differences(const Settings &written, const Settings &readBack);

inline constexpr int kUserBreak = 12;

// An error code's meaning, what to do, and how FotaDesk classifies it.
struct ErrorInfo
{
    FailureReason reason = FailureReason::None;
    QString meaning; // translated
    QString advice;  // translated
};
ErrorInfo errorInfo(int code);
// The module's own words for the outcome: "^SNFOTA error 8".
QString vendorCode(int code);

} // namespace Snfota
