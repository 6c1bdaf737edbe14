#pragma once

#include <QDir>
#include <QProcessEnvironment>
#include <QString>

// The build's own programs as tests run them, the way a user would: by path,
// in an environment with no user's settings, data or remembered rates.
namespace TestPrograms {

// fotadesk-cli, fotadesk-sim, ... in the build tree (ctest sets FOTADESK_BIN_DIR).
inline QString path(const QString &name)
{
    return qEnvironmentVariable("FOTADESK_BIN_DIR") + QLatin1Char('/') + name + QLatin1Char('/') + name;
}

// Settings and data under `dir` instead of the user's.
inline QProcessEnvironment isolated(const QString &dir)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), QDir(dir).filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), QDir(dir).filePath(QStringLiteral("data")));
    return e;
}

} // namespace TestPrograms
