#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

// The store's schema as an ordered list of migrations: version n is reached
// by applying steps 1..n in order, each in its own transaction together with
// the new number in `schema_version`, so an interrupted upgrade leaves the
// database at the last complete version. Never edit a released step; add one.
namespace StoreMigrations {

enum class Dialect { Sqlite, Postgres };

Dialect dialectOf(const QSqlDatabase &db);
QString autoIdColumn(Dialect dialect);

struct Step
{
    int version;
    QString description;
    QStringList statements;
};

QList<Step> steps(Dialect dialect);
int latestVersion();

// 0 when the database has no schema_version table (a new file).
int currentVersion(const QSqlDatabase &db);
// Applies the steps after currentVersion() up to `target` (latest if 0).
// Refuses a database newer than this FotaDesk knows.
bool migrate(QSqlDatabase &db, int target, QString *error);

} // namespace StoreMigrations
