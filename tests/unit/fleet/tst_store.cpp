#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "fleet/storemigrations.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

// The store itself: WAL, schema versions and migrations, one connection per
// thread, writes only from the engine thread.
class tst_Store : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString freshPath() { return m_dir.filePath(QStringLiteral("store%1.sqlite").arg(++m_files)); }

    // A database as FotaDesk's first release left it: schema 1 with data.
    QString versionOneDatabase()
    {
        const QString path = freshPath();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "v1");
            db.setDatabaseName(path);
            if (!db.open())
                return {};
            QString error;
            if (!StoreMigrations::migrate(db, 1, &error))
                qWarning() << error;
            QSqlQuery q(db);
            q.exec("INSERT INTO jobs (module_id, family, method, state, last_step, started) "
                   "VALUES ('356167051000017', 'telit-pfm', 'ota', 'succeeded', 'record', '2025-01-02T03:04:05.000Z')");
            q.exec("INSERT INTO steps (job_id, name, started, ended, outcome) "
                   "VALUES (1, 'preflight', '2025-01-02T03:04:05.000Z', '2025-01-02T03:04:06.000Z', 'ok')");
            db.close();
        }
        QSqlDatabase::removeDatabase("v1");
        return path;
    }

    static QStringList columns(const QSqlDatabase &db, const QString &table)
    {
        QStringList out;
        const QSqlRecord r = db.record(table);
        for (int i = 0; i < r.count(); ++i)
            out << r.fieldName(i);
        return out;
    }

private slots:
    void aNewStoreIsInWalModeAtTheLatestSchema()
    {
        Store store;
        QVERIFY2(store.open(freshPath()), qPrintable(store.errorString()));
        QCOMPARE(store.journalMode(), QStringLiteral("wal"));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        const QStringList tables = store.database().tables();
        for (const char *t : {"schema_version", "devices", "packages", "jobs", "steps", "events"})
            QVERIFY2(tables.contains(QLatin1String(t)), t);
    }

    void theDefaultLocationIsTheUsersDataFolder()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(Store::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QStandardPaths::setTestModeEnabled(false);
    }

    void aFolderThatDoesNotExistYetIsCreated()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath("deep/er/fotadesk.sqlite")));
    }

    void aVersionOneDatabaseIsUpgradedWithItsDataKept()
    {
        const QString path = versionOneDatabase();
        QVERIFY(!path.isEmpty());
        Store store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), Store::latestSchemaVersion());
        QVERIFY(store.database().tables().contains("events"));
        QVERIFY(columns(store.database(), "jobs").contains("warnings"));
        JobStore jobs(&store);
        const std::optional<JobRecord> job = jobs.job(1);
        QVERIFY(job);
        QCOMPARE(job->state, JobState::Succeeded);
        QCOMPARE(job->attempts, 1);
        QVERIFY(job->warnings.isEmpty());
        QCOMPARE(job->steps.size(), 1);
        QCOMPARE(job->steps.first().name, QStringLiteral("preflight"));
        // And it takes new records at once.
        JobRecord next;
        next.moduleId = "x";
        QVERIFY(jobs.createJob(next));
        QCOMPARE(next.id, 2);
    }

    void aMigrationThatFailsLeavesTheLastCompleteVersion()
    {
        const QString path = versionOneDatabase();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "sabotage");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            // Version 2 adds `events` and three columns; a table in the way makes it fail midway.
            QVERIFY(QSqlQuery(db).exec("CREATE INDEX events_by_job ON jobs (id)"));
            db.close();
        }
        QSqlDatabase::removeDatabase("sabotage");
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains("schema 2"));
        QSqlDatabase db = QSqlDatabase::addDatabase("QSQLITE", "check");
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QCOMPARE(StoreMigrations::currentVersion(db), 1);
        QVERIFY(!db.tables().contains("events")); // nothing of step 2 is left behind
        QVERIFY(!columns(db, "jobs").contains("warnings"));
        db.close();
        db = {};
        QSqlDatabase::removeDatabase("check");
    }

    void aDatabaseFromANewerFotaDeskIsRefused()
    {
        const QString path = freshPath();
        {
            Store store;
            QVERIFY(store.open(path));
            QVERIFY(QSqlQuery(store.database()).exec("UPDATE schema_version SET version = 99"));
        }
        Store store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains("99"));
    }

    void commitsReachTheDatabaseFileInTheBackground_data()
    {
        QTest::addColumn<int>("durability");
        QTest::addColumn<bool>("checkpointed");
        QTest::newRow("background") << int(Store::Durability::Background) << true;
        QTest::newRow("normal: only SQLite's own checkpoints") << int(Store::Durability::Normal) << false;
    }
    void commitsReachTheDatabaseFileInTheBackground()
    {
        QFETCH(int, durability);
        QFETCH(bool, checkpointed);
        const QString path = freshPath();
        Store store;
        store.setDurability(Store::Durability(durability));
        QVERIFY(store.open(path));
        // Committed pages sit in the WAL until a checkpoint copies them (after
        // syncing the WAL) into the database file.
        const qint64 before = QFileInfo(path).size();
        JobStore jobs(&store);
        JobRecord job;
        job.moduleId = QStringLiteral("356167051000017");
        QVERIFY(jobs.createJob(job));
        for (int i = 0; i < 300; ++i)
            QVERIFY(jobs.addEvent({job.id, job.moduleId, {}, "note", QString(200, QChar('x'))}));
        if (checkpointed) {
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(path).size() > before + 32 * 1024, 3000);
        } else {
            // Without the background checkpoints they stay in the WAL (SQLite's
            // own checkpoint waits for 1000 pages).
            QVERIFY(QFileInfo(path).size() < before + 32 * 1024);
        }
    }

    void anotherThreadReadsWithItsOwnConnectionButCannotWrite()
    {
        Store store;
        QVERIFY(store.open(freshPath()));
        JobStore jobs(&store);
        JobRecord job;
        job.moduleId = "356167051000017";
        QVERIFY(jobs.createJob(job));
        const QString mine = store.database().connectionName();

        QString theirs;
        int seen = -1;
        bool wrote = true;
        QThread *reader = QThread::create([&] {
            theirs = store.database().connectionName();
            seen = int(jobs.recentJobs().size());
            JobRecord other;
            other.moduleId = "elsewhere";
            wrote = jobs.createJob(other);
            QSqlDatabase::database(theirs, false).close();
        });
        reader->start();
        QVERIFY(reader->wait(5000));
        delete reader;
        QVERIFY(theirs != mine);
        QCOMPARE(seen, 1);
        QVERIFY(!wrote);
        QVERIFY(store.errorString().contains("engine thread"));
        QCOMPARE(jobs.recentJobs().size(), 1);
        QSqlDatabase::removeDatabase(theirs);
    }
};

QTEST_GUILESS_MAIN(tst_Store)
#include "tst_store.moc"
