#include "fleet/pathcomponent.h"

#include <QDir>
#include <QTest>

// A module id becomes a folder name under transcripts/: whatever a device
// reports as its serial number, the name stays one harmless component.
class tst_PathComponent : public QObject
{
    Q_OBJECT

private slots:
    void aHostileIdNeverLeavesItsFolder_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("parent") << QStringLiteral("serial:../../etc");
        QTest::newRow("only dots") << QStringLiteral("..");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("NUL") << QStringLiteral("serial:AB") + QChar(0) + QStringLiteral("/../x");
        QTest::newRow("backslash and drive") << QStringLiteral("C:\\Windows\\..\\x");
        QTest::newRow("empty") << QString();
        QTest::newRow("very long") << QString(5000, QLatin1Char('A'));
        QTest::newRow("non-ASCII") << QStringLiteral("serial:\u00e9\u4e2d/..");
    }

    void aHostileIdNeverLeavesItsFolder()
    {
        QFETCH(QString, id);
        const QString name = pathComponentFor(id);
        QVERIFY(!name.isEmpty());
        QVERIFY(name.size() <= 80);
        QVERIFY(name != "." && name != "..");
        for (QChar c : name)
            QVERIFY2(c.isLetterOrNumber() || c == '-' || c == '_' || c == '.', qPrintable(name));
        const QString root = QStringLiteral("/data/transcripts");
        QCOMPARE(QDir::cleanPath(root + '/' + name + "/1.log").section('/', 0, 3), root + '/' + name);
    }

    void anOrdinaryImeiIsKeptAsItIs()
    {
        QCOMPARE(pathComponentFor(QStringLiteral("356167051000017")), QStringLiteral("356167051000017"));
    }

    void twoIdsThatCleanAlikeStayApart()
    {
        QVERIFY(pathComponentFor(QStringLiteral("serial:A/B")) != pathComponentFor(QStringLiteral("serial:A:B")));
        QVERIFY(pathComponentFor(QStringLiteral("serial:A/B")) != pathComponentFor(QStringLiteral("serial_A_B")));
    }
};

QTEST_GUILESS_MAIN(tst_PathComponent)
#include "tst_pathcomponent.moc"
