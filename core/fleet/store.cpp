#include "store.h"

#include "fleetlog.h"
#include "storecheckpointer.h"
#include "storeerror.h"
#include "storemigrations.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>

namespace {

QAtomicInteger<int> g_storeCount{0};

} // namespace

Store::Store(QObject *parent)
    : QObject(parent), m_prefix(QStringLiteral("fotadesk-store-%1").arg(g_storeCount.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    close();
}

QString Store::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("fotadesk.sqlite"));
}

int Store::latestSchemaVersion()
{
    return StoreMigrations::latestVersion();
}

QString Store::connectionName(const QThread *thread) const
{
    return QStringLiteral("%1-%2").arg(m_prefix).arg(quintptr(thread), 0, 16);
}

bool Store::switchToWal(QSqlDatabase &db) const
{
    // Switching a new file to WAL needs a moment with no other connection on
    // it, and SQLite answers "database is locked" at once instead of waiting
    // when another process is just creating its schema. So each retry first
    // waits, inside SQLite's busy timeout, for an exclusive lock of its own
    // (BEGIN EXCLUSIVE; ROLLBACK) and then tries again: no sleeping loop of
    // ours. Once one process has switched, the mode is in the file and the
    // pragma is a no-op for the others.
    constexpr int attempts = 20;
    QSqlQuery q(db);
    QString error;
    QString mode;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        if (q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) && q.next()) {
            mode = q.value(0).toString().toLower();
            q.finish();
            if (mode == QLatin1String("wal"))
                return true;
        } else {
            error = q.lastError().text();
        }
        QSqlQuery wait(db);
        if (wait.exec(QStringLiteral("BEGIN EXCLUSIVE")))
            wait.exec(QStringLiteral("ROLLBACK"));
    }
    if (!mode.isEmpty()) {
        // A file system without WAL support (some network shares): the store
        // still works, only readers wait for the writer.
        qCWarning(lcFleet) << "the store stays in journal mode" << mode << "- WAL was refused";
        return true;
    }
    return fail(tr("PRAGMA journal_mode=WAL failed: %1").arg(error));
}

bool Store::configure(QSqlDatabase &db) const
{
    if (StoreMigrations::dialectOf(db) != StoreMigrations::Dialect::Sqlite)
        return true;
    // WAL: readers never block the writer, and a commit is one append. The
    // mode is stored in the file; the other pragmas are per connection.
    if (!switchToWal(db))
        return false;
    QSqlQuery q(db);
    const QStringList pragmas{
        QStringLiteral("PRAGMA foreign_keys=ON"),
        m_durability == Durability::Full ? QStringLiteral("PRAGMA synchronous=FULL")
                                         : QStringLiteral("PRAGMA synchronous=NORMAL"),
    };
    for (const QString &pragma : pragmas) {
        if (!q.exec(pragma))
            return fail(tr("%1 failed: %2").arg(pragma, q.lastError().text()));
    }
    return true;
}

bool Store::open(const QString &location)
{
    close();
    m_location = location.isEmpty() ? defaultPath() : location;
    m_writer = QThread::currentThread();
    if (!QDir().mkpath(QFileInfo(m_location).absolutePath()))
        return fail(tr("cannot create the folder of %1").arg(m_location));
    QString error;
    bool migrated = false;
    {
        QSqlDatabase db = database();
        if (!db.isOpen())
            return false;
        migrated = StoreMigrations::migrate(db, 0, &error); // logs its own failure
    } // the handle goes before close() removes the connection
    if (!migrated) {
        QMutexLocker lock(&m_errorLock);
        m_error = error;
    }
    if (!migrated) {
        close();
        return false;
    }
    if (m_durability == Durability::Background) {
        m_checkpointer = new StoreCheckpointer(this, 250, this);
        m_checkpointer->start();
    }
    if (!m_runner.acquire(QFileInfo(m_location).absolutePath()))
        qCWarning(lcFleet) << "no runner lock beside" << m_location << "- jobs of this process may be "
                              "taken for interrupted by another FotaDesk";
    m_open = true;
    qCInfo(lcFleet) << "store open:" << m_location << "schema" << schemaVersion() << journalMode();
    return true;
}

void Store::close()
{
    m_open = false;
    if (m_checkpointer) {
        m_checkpointer->stop(); // its last checkpoint makes everything durable
        delete m_checkpointer;
        m_checkpointer = nullptr;
    }
    m_runner.release();
    const QString name = connectionName(QThread::currentThread());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

QSqlDatabase Store::database() const
{
    const QString name = connectionName(QThread::currentThread());
    if (QSqlDatabase::contains(name))
        return QSqlDatabase::database(name);
    if (m_location.isEmpty()) {
        fail(tr("the store is not open"));
        return {};
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_location);
    // Another connection writing (a reader thread's checkpoint, a second
    // FotaDesk, several processes opening a new file at once) makes SQLite
    // wait rather than fail at once. This waits inside SQLite, on the engine
    // thread, but only for another connection's single commit or schema
    // step (milliseconds): a store that stays locked longer fails after
    // m_busyTimeoutMs with "database is locked", as it should.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(m_busyTimeoutMs));
    if (!db.open()) {
        fail(tr("cannot open %1: %2").arg(m_location, db.lastError().text()));
        return db;
    }
    if (!configure(db))
        db.close();
    return db;
}

RunnerLock::State Store::runnerState(const QString &runnerId) const
{
    return RunnerLock::stateOf(QFileInfo(m_location).absolutePath(), runnerId);
}

QStringList Store::pruneDeadRunners() const
{
    return RunnerLock::pruneDead(QFileInfo(m_location).absolutePath());
}

void Store::releaseThreadConnection() const
{
    const QString name = connectionName(QThread::currentThread());
    if (QSqlDatabase::contains(name)) {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
}

bool Store::isWriterThread() const
{
    return m_writer == QThread::currentThread();
}

int Store::schemaVersion() const
{
    return StoreMigrations::currentVersion(database());
}

QString Store::journalMode() const
{
    QSqlQuery q(database());
    if (q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next())
        return q.value(0).toString().toLower();
    return {};
}

QString Store::autoIdColumn() const
{
    return StoreMigrations::autoIdColumn(StoreMigrations::dialectOf(database()));
}

QString Store::errorString() const
{
    QMutexLocker lock(&m_errorLock);
    return m_error;
}

bool Store::fail(const QString &error) const
{
    {
        QMutexLocker lock(&m_errorLock);
        m_error = StoreError::classified(error);
    }
    qCWarning(lcFleet) << error;
    return false;
}

Store::Transaction::Transaction(const Store &store)
    : m_db(store.database())
{
    if (!store.isWriterThread()) {
        store.fail(tr("a write from outside the engine thread was refused"));
        return;
    }
    m_active = m_db.isOpen() && m_db.transaction();
    if (!m_active)
        store.fail(tr("cannot start a transaction: %1").arg(m_db.lastError().text()));
}

Store::Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Store::Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    m_db.rollback();
    return false;
}
