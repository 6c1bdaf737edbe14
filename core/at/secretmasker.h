#pragma once

#include <QString>

// Hides secrets (SIM PIN/PUK, APN and NAP passwords, LwM2M keys) in any AT line
// before it reaches a log, transcript, store or export. Applied to what we send
// and to what comes back, because modules echo commands.
namespace SecretMasker {

inline constexpr QLatin1StringView mask{"***"};

QString maskLine(const QString &line);
bool containsSecret(const QString &line);

} // namespace SecretMasker
