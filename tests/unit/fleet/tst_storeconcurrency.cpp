#include "fleet/store.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>
#include <vector>

// Many FotaDesk processes (a factory station's CLI runs, a GUI beside them)
// open the same store at once, new or existing: every open succeeds and the
// schema is migrated exactly once.
//
// The children are this binary started with --open-store PATH. Each waits for
// a line on its stdin before it opens, so all of a round open together.
namespace {

const char kChildFlag[] = "--open-store";

int childOpen(const char *path)
{
    char go[8];
    if (!std::fgets(go, sizeof go, stdin)) // the start line: all children at once
        return 3;
    Store store;
    store.setDurability(Store::Durability::Normal); // no checkpoint thread for a short life
    if (!store.open(QString::fromLocal8Bit(path))) {
        std::fprintf(stderr, "OPEN FAILED: %s\n", qPrintable(store.errorString()));
        return 1;
    }
    if (store.journalMode() != QLatin1String("wal")) {
        std::fprintf(stderr, "NOT WAL: %s\n", qPrintable(store.journalMode()));
        return 2;
    }
    return 0;
}

} // namespace

class tst_StoreConcurrency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{QString::fromLocal8Bit(qgetenv("FOTADESK_TEST_TMP")) + QStringLiteral("/storeconc-XXXXXX")};

    struct Round
    {
        int ok = 0;
        int migrations = 0; // "schema now at version 1" lines: who created the schema
        QStringList failures;
    };

    Round openAtOnce(const QString &path, int children)
    {
        std::vector<std::unique_ptr<QProcess>> procs;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("fotadesk.fleet.info=true"));
        for (int i = 0; i < children; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            p->start(QCoreApplication::applicationFilePath(), {QLatin1String(kChildFlag), path});
            procs.push_back(std::move(p));
        }
        for (auto &p : procs)
            p->waitForStarted(10000);
        // QProcess writes from its event loop: flush every start line before
        // waiting for any child, or they would start one after the other.
        for (auto &p : procs)
            p->write("go\n");
        for (auto &p : procs)
            p->waitForBytesWritten(10000);
        Round round;
        for (auto &p : procs) {
            p->closeWriteChannel();
            const bool ended = p->waitForFinished(30000);
            const QString err = QString::fromLocal8Bit(p->readAllStandardError());
            round.migrations += err.count(QLatin1String("schema now at version 1 "));
            if (ended && p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0)
                ++round.ok;
            else
                round.failures << QStringLiteral("exit %1: %2").arg(p->exitCode()).arg(err.trimmed().right(300));
        }
        qInfo("%d of %d opens succeeded, %d created the schema", round.ok, children, round.migrations);
        return round;
    }

    static QList<int> versionRows(const QString &path)
    {
        QList<int> rows;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
            db.setDatabaseName(path);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT version FROM schema_version"));
                while (q.next())
                    rows << q.value(0).toInt();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
        return rows;
    }

private slots:
    void manyProcessesOpenANewStoreAtOnceAndAllSucceed_data()
    {
        QTest::addColumn<int>("round");
        for (int i = 1; i <= 4; ++i)
            QTest::addRow("round %d", i) << i;
    }

    void manyProcessesOpenANewStoreAtOnceAndAllSucceed()
    {
        QFETCH(int, round);
        const int children = 16;
        QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
        const QString path = m_dir.filePath(QStringLiteral("new%1.sqlite").arg(round));
        const Round r = openAtOnce(path, children);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QLatin1Char('\n'))));
        QCOMPARE(r.ok, children);
        QCOMPARE(r.migrations, 1); // one process created the schema, the others found it
        QCOMPARE(versionRows(path), QList<int>{Store::latestSchemaVersion()});
    }

    void manyProcessesOpenAnExistingStoreAtOnceAndNoneMigratesIt()
    {
        const QString path = m_dir.filePath(QStringLiteral("existing.sqlite"));
        {
            Store store;
            store.setDurability(Store::Durability::Normal);
            QVERIFY(store.open(path));
        }
        const Round r = openAtOnce(path, 16);
        QVERIFY2(r.failures.isEmpty(), qPrintable(r.failures.join(QLatin1Char('\n'))));
        QCOMPARE(r.ok, 16);
        QCOMPARE(r.migrations, 0);
        QCOMPARE(versionRows(path), QList<int>{Store::latestSchemaVersion()});
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], kChildFlag) == 0) {
        QCoreApplication app(argc, argv);
        return childOpen(argv[2]);
    }
    QCoreApplication app(argc, argv);
    tst_StoreConcurrency test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_storeconcurrency.moc"
