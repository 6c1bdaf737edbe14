#pragma once

#include <QString>

// Hides secrets (SIM PIN/PUK, APN and NAP passwords, LwM2M keys) in any AT line
// before it reaches a log, transcript, store or export. Applied to what we send
// and to what comes back, because modules echo commands and read answers show
// credentials.
//
// Lines are read the way a module reads them (V250::parseCommandLine): every
// command of a chained or run-together line, blanks anywhere, any letter case,
// and a command line that starts inside a longer text ("refused AT+CPIN=...").
// Only the secret fields are replaced; the rest stays readable.
namespace SecretMasker {

inline constexpr QLatin1StringView mask{"***"};

QString maskLine(const QString &line);
// FotaDesk's package URLs in `line` with their token cut short.
QString maskPackageTokens(QString line);
bool containsSecret(const QString &line);

// The secret fields of a read answer's arguments, as a settings backup holds
// them: `name` is the answer's name ("*MCGDEFCONT"), `arguments` what follows
// "<name>:", `fieldOffset` how many leading fields the caller dropped.
QString maskArguments(const QString &name, const QString &arguments, int fieldOffset = 0);
// True when the answers of `name` can carry a secret.
bool hasSecretFields(const QString &name);

} // namespace SecretMasker
