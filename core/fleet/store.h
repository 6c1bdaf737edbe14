#pragma once

#include <QMutex>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include "runnerlock.h"

class QThread;
class StoreCheckpointer;

// FotaDesk's database: SQLite in WAL mode in the user's data folder by default
// (another file can be chosen), schema versioned and migrated on open.
//
//  - One connection per thread, by name: database() hands the calling thread
//    its own, so a GUI history view may read while the engine writes.
//  - Writes belong to the thread that opened the store (the engine thread);
//    a write from elsewhere is refused (see isWriterThread()).
//  - Every multi-row write runs in one transaction (Store::Transaction), so a
//    crash or a killed process never leaves half a record.
//  - SQL stays portable: TEXT timestamps (ISO 8601, UTC), no SQLite-only
//    syntax outside the dialect helpers below, so a PostgreSQL URL can follow.
class Store : public QObject
{
    Q_OBJECT

public:
    // How a commit reaches the disk. Whatever the choice, a crash or a killed
    // process loses nothing committed and never leaves half a record.
    //  - Background (default): commits do not wait for the disk; a thread of
    //    the store's own makes them durable every 250 ms (StoreCheckpointer),
    //    so a power cut loses at most that, and the engine thread never waits
    //    for an fsync (measured: it dominated the event-loop latency with 32
    //    and more jobs).
    //  - Full: every commit waits for its fsync.
    //  - Normal: commits do not wait; durable at SQLite's own checkpoints.
    enum class Durability { Background, Full, Normal };

    explicit Store(QObject *parent = nullptr);
    ~Store() override;

    // <AppDataLocation>/fotadesk.sqlite
    static QString defaultPath();
    static int latestSchemaVersion();

    // Opens (creating the file and its folder) and migrates to the latest
    // schema. `location` is a file path; empty: defaultPath().
    bool open(const QString &location = {});
    void close();
    bool isOpen() const { return m_open; }
    QString location() const { return m_location; }
    QString errorString() const;
    void setDurability(Durability durability) { m_durability = durability; }
    void setBusyTimeoutMs(int ms) { m_busyTimeoutMs = ms; }

    // The calling thread's connection (opened on first use).
    QSqlDatabase database() const;
    // Closes the calling thread's connection (a reader thread that ends).
    void releaseThreadConnection() const;
    bool isWriterThread() const;
    int schemaVersion() const;
    QString journalMode() const;

    // This process's runner id (see RunnerLock), written with every job it runs.
    QString runnerId() const { return m_runner.id(); }
    RunnerLock::State runnerState(const QString &runnerId) const;
    // The ids of the dead runners whose lock files it removed.
    QStringList pruneDeadRunners() const;

    // "INTEGER PRIMARY KEY" for SQLite, "BIGSERIAL PRIMARY KEY" for PostgreSQL.
    QString autoIdColumn() const;

    // Begin on construction, commit() or roll back when it goes out of scope.
    class Transaction
    {
    public:
        explicit Transaction(const Store &store);
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;
        bool isActive() const { return m_active; }
        bool commit();
        QSqlDatabase &db() { return m_db; }

    private:
        QSqlDatabase m_db;
        bool m_active = false;
    };

    // Records `error` (and logs it) for errorString(); returns false for
    // `return store.fail(...)` call sites.
    bool fail(const QString &error) const;

private:
    QString connectionName(const QThread *thread) const;
    bool configure(QSqlDatabase &db) const;
    bool switchToWal(QSqlDatabase &db) const;

    QString m_location;
    QString m_prefix;
    QThread *m_writer = nullptr;
    RunnerLock m_runner;
    mutable QMutex m_errorLock; // readers on other threads may fail too
    mutable QString m_error;
    Durability m_durability = Durability::Background;
    StoreCheckpointer *m_checkpointer = nullptr;
    int m_busyTimeoutMs = 5000;
    bool m_open = false;
};
