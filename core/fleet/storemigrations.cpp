#include "storemigrations.h"

#include "fleetlog.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace StoreMigrations {

Dialect dialectOf(const QSqlDatabase &db)
{
    return db.driverName().startsWith(QLatin1String("QPSQL")) ? Dialect::Postgres : Dialect::Sqlite;
}

QString autoIdColumn(Dialect dialect)
{
    return dialect == Dialect::Postgres ? QStringLiteral("BIGSERIAL PRIMARY KEY")
                                        : QStringLiteral("INTEGER PRIMARY KEY");
}

QList<Step> steps(Dialect dialect)
{
    const QString id = autoIdColumn(dialect);
    return {
        {1,
         QStringLiteral("devices, packages, jobs and their steps"),
         {
             QStringLiteral("CREATE TABLE schema_version (version INTEGER NOT NULL, applied TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE devices (id TEXT PRIMARY KEY, family TEXT NOT NULL, "
                            "manufacturer TEXT, model TEXT, imei TEXT, imsi TEXT, iccid TEXT, "
                            "serial TEXT, firmware TEXT, port TEXT, first_seen TEXT NOT NULL, "
                            "last_seen TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE packages (id TEXT PRIMARY KEY, path TEXT NOT NULL, "
                            "family TEXT NOT NULL, model TEXT, from_version TEXT, to_version TEXT, "
                            "size BIGINT NOT NULL, sha256 TEXT NOT NULL, md5 TEXT NOT NULL, "
                            "source TEXT NOT NULL, added TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE jobs (id %1, module_id TEXT NOT NULL, imei TEXT, "
                            "family TEXT NOT NULL, model TEXT, port TEXT, package_id TEXT, "
                            "package_name TEXT, from_version TEXT, to_version TEXT, "
                            "firmware_after TEXT, method TEXT NOT NULL, state TEXT NOT NULL, "
                            "last_step TEXT, reason TEXT, message TEXT, advice TEXT, "
                            "started TEXT NOT NULL, ended TEXT, transcript TEXT)").arg(id),
             QStringLiteral("CREATE TABLE steps (id %1, job_id BIGINT NOT NULL REFERENCES jobs(id), "
                            "name TEXT NOT NULL, started TEXT NOT NULL, ended TEXT, "
                            "outcome TEXT NOT NULL, detail TEXT, figures TEXT)").arg(id),
             QStringLiteral("CREATE INDEX steps_by_job ON steps (job_id)"),
             QStringLiteral("CREATE INDEX jobs_by_module ON jobs (module_id)"),
             QStringLiteral("CREATE INDEX jobs_by_state ON jobs (state)"),
         }},
        {2,
         QStringLiteral("events; warnings and resumable options on jobs"),
         {
             QStringLiteral("CREATE TABLE events (id %1, job_id BIGINT REFERENCES jobs(id), "
                            "module_id TEXT NOT NULL, at TEXT NOT NULL, kind TEXT NOT NULL, "
                            "text TEXT NOT NULL)").arg(id),
             QStringLiteral("CREATE INDEX events_by_job ON events (job_id)"),
             // Warnings: restore differences and the like, one per line.
             QStringLiteral("ALTER TABLE jobs ADD COLUMN warnings TEXT"),
             // The request without its secrets (JSON), so a job can be resumed.
             QStringLiteral("ALTER TABLE jobs ADD COLUMN options TEXT"),
             QStringLiteral("ALTER TABLE jobs ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1"),
         }},
        {3,
         QStringLiteral("the process running each job"),
         {
             // RunnerLock id: a restart interrupts only jobs whose process died.
             QStringLiteral("ALTER TABLE jobs ADD COLUMN runner TEXT"),
         }},
        {4,
         QStringLiteral("the commit point of each job"),
         {
             // What the module was told that lets it download or install on
             // its own, and when (JSON): written before the command is sent.
             QStringLiteral("ALTER TABLE jobs ADD COLUMN commit_point TEXT"),
         }},
        {5,
         QStringLiteral("where each job's time went"),
         {
             // JobTiming (JSON): wall, wire, module and FotaDesk's own share.
             QStringLiteral("ALTER TABLE jobs ADD COLUMN timing TEXT"),
         }},
    };
}

int latestVersion()
{
    return steps(Dialect::Sqlite).constLast().version;
}

int currentVersion(const QSqlDatabase &db)
{
    if (!db.tables().contains(QLatin1String("schema_version")))
        return 0;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT MAX(version) FROM schema_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

namespace {

// Several FotaDesk processes may open a new file at the same moment (a
// station's CLI runs, the GUI beside them). Each step therefore reads the
// version and applies the step under the database's write lock, taken at
// BEGIN: SQLite's BEGIN IMMEDIATE (a plain BEGIN reads first and then fails
// with "database is locked" when it upgrades, without waiting), PostgreSQL's
// transaction-scoped advisory lock (schema_version may not exist yet). The
// others wait for it in the connection's busy timeout and then find the step
// done.
bool beginLocked(QSqlDatabase &db, QString *why)
{
    QSqlQuery q(db);
    if (dialectOf(db) == Dialect::Sqlite) {
        if (q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return true;
    } else if (db.transaction()) {
        if (q.exec(QStringLiteral("SELECT pg_advisory_xact_lock(4607)"))) // any constant of our own
            return true;
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    }
    *why = q.lastError().text().isEmpty() ? db.lastError().text() : q.lastError().text();
    return false;
}

bool commitLocked(QSqlDatabase &db, QString *why)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("COMMIT")))
        return true;
    *why = q.lastError().text();
    return false;
}

void rollbackLocked(QSqlDatabase &db)
{
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
}

} // namespace

bool migrate(QSqlDatabase &db, int target, QString *error)
{
    const int latest = latestVersion();
    if (target <= 0)
        target = latest;
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        qCWarning(lcFleet) << message;
        return false;
    };
    const QList<Step> all = steps(dialectOf(db));
    for (;;) {
        QString why;
        if (!beginLocked(db, &why))
            return failWith(QCoreApplication::translate("Store", "the store cannot be locked for its schema "
                                                                 "check: %1")
                                .arg(why));
        const int current = currentVersion(db);
        if (current < 0) {
            rollbackLocked(db);
            return failWith(QCoreApplication::translate("Store", "the schema version cannot be read"));
        }
        if (current > latest) {
            rollbackLocked(db);
            return failWith(QCoreApplication::translate("Store",
                                                        "the database has schema version %1, newer than "
                                                        "this FotaDesk knows (%2); use a newer FotaDesk")
                                .arg(current)
                                .arg(latest));
        }
        const auto next = std::find_if(all.cbegin(), all.cend(), [current](const Step &s) {
            return s.version > current;
        });
        if (next == all.cend() || next->version > target) {
            // Nothing to do: another process did it, or it was done before.
            if (!commitLocked(db, &why))
                rollbackLocked(db);
            return true;
        }
        const Step &step = *next;
        QSqlQuery q(db);
        for (const QString &sql : step.statements) {
            if (!q.exec(sql)) {
                const QString failed = QCoreApplication::translate("Store", "migration to schema %1 failed: %2")
                                           .arg(step.version)
                                           .arg(q.lastError().text());
                rollbackLocked(db);
                return failWith(failed);
            }
        }
        q.prepare(step.version == 1
                      ? QStringLiteral("INSERT INTO schema_version (version, applied) VALUES (?, ?)")
                      : QStringLiteral("UPDATE schema_version SET version = ?, applied = ?"));
        q.addBindValue(step.version);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        if (!q.exec()) {
            const QString failed = q.lastError().text();
            rollbackLocked(db);
            return failWith(failed);
        }
        if (!commitLocked(db, &why)) {
            rollbackLocked(db);
            return failWith(why);
        }
        qCInfo(lcFleet) << "store schema now at version" << step.version << "-" << step.description;
    }
}

} // namespace StoreMigrations
