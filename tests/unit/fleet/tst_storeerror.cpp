// A store error a person can act on: the kind first, the driver's words kept.
#include "fleet/storeerror.h"

#include <QTest>

class tst_StoreError : public QObject
{
    Q_OBJECT

private slots:
    void theKindComesFirstAndTheDriversWordsStay_data()
    {
        QTest::addColumn<QString>("driver");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sqlite full") << "database or disk is full Unable to fetch row"
                                     << "disk full (database or disk is full Unable to fetch row)";
        QTest::newRow("postgres full") << "could not extend file \"base/1/2\": No space left on device"
                                       << "disk full (could not extend file \"base/1/2\": No space left on device)";
        QTest::newRow("read-only mount") << "attempt to write a readonly database"
                                         << "read-only (attempt to write a readonly database)";
        QTest::newRow("i/o") << "Unable to commit: disk I/O error" << "disk I/O error (Unable to commit: disk I/O error)";
        QTest::newRow("locked") << "cannot start a transaction: database is locked"
                                << "locked by another program (cannot start a transaction: database is locked)";
        QTest::newRow("damaged") << "database disk image is malformed" << "damaged (database disk image is malformed)";
        QTest::newRow("not openable") << "cannot open /x/fotadesk.db: unable to open database file"
                                      << "cannot be opened (cannot open /x/fotadesk.db: unable to open database file)";
        QTest::newRow("unknown stays as it is") << "no such table: jobs" << "no such table: jobs";
        QTest::newRow("said once") << "disk full (database or disk is full)" << "disk full (database or disk is full)";
    }

    void theKindComesFirstAndTheDriversWordsStay()
    {
        QFETCH(QString, driver);
        QFETCH(QString, expected);
        QCOMPARE(StoreError::classified(driver), expected);
    }
};

QTEST_GUILESS_MAIN(tst_StoreError)
#include "tst_storeerror.moc"
