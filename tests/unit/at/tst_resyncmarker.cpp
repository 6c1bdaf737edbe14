#include "at/resyncmarker.h"

#include <QTest>

// The marker's answer told apart from late answers, line by line.
class tst_ResyncMarker : public QObject
{
    Q_OBJECT

private slots:
    void theMarkerReadsS3OnceMorePerAttempt_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("command");
        QTest::newRow("first") << 1 << "ATS3?";
        QTest::newRow("second") << 2 << "ATS3?S3?";
        QTest::newRow("third") << 3 << "ATS3?S3?S3?";
        QTest::newRow("nonsense attempt") << 0 << "ATS3?";
    }

    void theMarkerReadsS3OnceMorePerAttempt()
    {
        QFETCH(int, attempt);
        QFETCH(QString, command);
        QCOMPARE(ResyncMarker(attempt).command(), command);
    }

    // Lines in, the verdict on the last one and what was discarded on the way.
    void onlyTheMarkersOwnAnswerEndsIt_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<bool>("done");
        QTest::addColumn<QStringList>("discarded");
        QTest::addColumn<QStringList>("answer");

        QTest::newRow("the answer alone") << 1 << QStringList{"013", "OK"} << true << QStringList{}
                                          << QStringList{"013"};
        QTest::newRow("S3 without leading zeros, lower-case ok")
            << 1 << QStringList{"13", "ok"} << true << QStringList{} << QStringList{"13"};
        QTest::newRow("echo first") << 1 << QStringList{"ATS3?", "013", "OK"} << true << QStringList{}
                                    << QStringList{"013"};
        QTest::newRow("a late IMSI and OK first")
            << 1 << QStringList{"240071234567890", "OK", "013", "OK"} << true
            << QStringList{"240071234567890", "OK"} << QStringList{"013"};
        QTest::newRow("a late OK alone is not the marker's")
            << 1 << QStringList{"OK"} << false << QStringList{"OK"} << QStringList{};
        QTest::newRow("a late error") << 1 << QStringList{"+CME ERROR: 10", "013", "OK"} << true
                                      << QStringList{"+CME ERROR: 10"} << QStringList{"013"};
        QTest::newRow("an earlier attempt's late answer")
            << 2 << QStringList{"013", "OK", "013", "013", "OK"} << true << QStringList{"013", "OK"}
            << QStringList{"013", "013"};
        QTest::newRow("an earlier attempt's echo and answer")
            << 2 << QStringList{"ATS3?", "013", "OK", "ATS3?S3?", "013", "013", "OK"} << true
            << QStringList{"ATS3?", "013", "OK"} << QStringList{"013", "013"};
        QTest::newRow("lines before the echo are not the marker's")
            << 1 << QStringList{"013", "ATS3?", "013", "OK"} << true << QStringList{"013"}
            << QStringList{"013"};
        QTest::newRow("too many S3 lines") << 1 << QStringList{"013", "013", "OK"} << false
                                           << QStringList{"013", "013", "OK"} << QStringList{};
        QTest::newRow("another number") << 1 << QStringList{"010", "OK"} << false
                                        << QStringList{"010", "OK"} << QStringList{};
        QTest::newRow("13 inside a longer answer") << 1 << QStringList{"+CSQ: 13,99", "OK"} << false
                                                   << QStringList{"+CSQ: 13,99", "OK"} << QStringList{};
        QTest::newRow("ERROR to the marker") << 1 << QStringList{"ERROR"} << false
                                             << QStringList{"ERROR"} << QStringList{};
        QTest::newRow("S3 lines then ERROR") << 1 << QStringList{"013", "ERROR"} << false
                                             << QStringList{"013", "ERROR"} << QStringList{};
    }

    void onlyTheMarkersOwnAnswerEndsIt()
    {
        QFETCH(int, attempt);
        QFETCH(QStringList, lines);
        QFETCH(bool, done);
        QFETCH(QStringList, discarded);
        QFETCH(QStringList, answer);

        ResyncMarker marker(attempt);
        QStringList dropped;
        ResyncMarker::Verdict verdict = ResyncMarker::Verdict::Pending;
        for (const QString &line : lines) {
            QCOMPARE(verdict, ResyncMarker::Verdict::Pending); // nothing ends it early
            verdict = marker.take(line, dropped);
            if (verdict == ResyncMarker::Verdict::Echo)
                verdict = ResyncMarker::Verdict::Pending;
        }
        QCOMPARE(verdict == ResyncMarker::Verdict::Done, done);
        QCOMPARE(dropped, discarded);
        if (done)
            QCOMPARE(marker.answer(), answer);
    }
};

QTEST_GUILESS_MAIN(tst_ResyncMarker)
#include "tst_resyncmarker.moc"
