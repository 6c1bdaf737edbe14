#include "transfer/ratemeter.h"

#include <QTest>

using namespace std::chrono_literals;

class tst_RateMeter : public QObject
{
    Q_OBJECT

private:
    qint64 m_now = 0;

    RateMeter meter(std::chrono::milliseconds window = 1000ms)
    {
        RateMeter m(window);
        m.setClock([this] { return m_now; });
        return m;
    }

private slots:
    void init() { m_now = 1000; }

    void percentIsRoundedDownAndBounded_data()
    {
        QTest::addColumn<qint64>("done");
        QTest::addColumn<qint64>("total");
        QTest::addColumn<int>("percent");
        QTest::newRow("start") << 0LL << 100LL << 0;
        QTest::newRow("almost") << 999LL << 1000LL << 99;
        QTest::newRow("done") << 1000LL << 1000LL << 100;
        QTest::newRow("overshoot") << 1200LL << 1000LL << 100;
        QTest::newRow("unknown total") << 50LL << 0LL << 0;
        QTest::newRow("large") << (3LL << 40) << (4LL << 40) << 75;
    }

    void percentIsRoundedDownAndBounded()
    {
        QFETCH(qint64, done);
        QFETCH(qint64, total);
        QFETCH(int, percent);
        TransferProgress p;
        p.done = done;
        p.total = total;
        QCOMPARE(p.percent(), percent);
    }

    void theRateIsUnknownUntilTheWindowHasAMinimumSpan()
    {
        RateMeter m = meter();
        m.start(10000);
        m_now += 10;
        m.add(1000); // 1000 bytes in 10 ms would read 100 kB/s
        QCOMPARE(m.bytesPerSecond(), 0.0);
        QCOMPARE(m.etaMs(), -1);
        QCOMPARE(m.progress().etaMs, -1);
    }

    void aSteadyTransferGivesItsRateAndTimeLeft()
    {
        RateMeter m = meter();
        m.start(10000);
        for (int i = 0; i < 10; ++i) {
            m_now += 100;
            m.add(100); // 1000 B/s
        }
        QCOMPARE(m.bytesPerSecond(), 1000.0);
        QCOMPARE(m.etaMs(), 9000);
        const TransferProgress p = m.progress();
        QCOMPARE(p.done, 1000);
        QCOMPARE(p.total, 10000);
        QCOMPARE(p.bytesPerSecond, 1000.0);
        QCOMPARE(p.etaMs, 9000);
        QCOMPARE(p.percent(), 10);
    }

    // Not the average since start: a slowdown shows within one window.
    void theRateFollowsASlowdownWithinTheWindow()
    {
        RateMeter m = meter(1000ms);
        m.start(1'000'000);
        for (int i = 0; i < 50; ++i) { // 5 s at 10 kB/s
            m_now += 100;
            m.add(1000);
        }
        QCOMPARE(m.bytesPerSecond(), 10000.0);
        for (int i = 0; i < 20; ++i) { // then 2 s at 1 kB/s
            m_now += 100;
            m.add(100);
        }
        QCOMPARE(m.bytesPerSecond(), 1000.0); // since start it would be ~7400
    }

    void aStalledTransferDecaysToZero()
    {
        RateMeter m = meter(1000ms);
        m.start(100000);
        for (int i = 0; i < 10; ++i) {
            m_now += 100;
            m.add(500);
        }
        QVERIFY(m.bytesPerSecond() > 0);
        m_now += 500;
        QCOMPARE(m.bytesPerSecond(), 2500.0); // half the window still moving
        m_now += 1000;
        QCOMPARE(m.bytesPerSecond(), 0.0);
        QCOMPARE(m.etaMs(), -1);
    }

    void aFinishedTransferHasNoTimeLeft()
    {
        RateMeter m = meter();
        m.start(100);
        m_now += 5;
        m.setDone(100);
        QCOMPARE(m.etaMs(), 0);
        QCOMPARE(m.progress().etaMs, 0);
        QCOMPARE(m.progress().percent(), 100);
    }

    void startBeginsAfresh()
    {
        RateMeter m = meter();
        m.start(1000);
        m_now += 500;
        m.add(1000);
        m.start(2000);
        QCOMPARE(m.done(), 0);
        QCOMPARE(m.total(), 2000);
        QCOMPARE(m.bytesPerSecond(), 0.0);
    }

    void manySmallReportsKeepMemoryBounded()
    {
        RateMeter m = meter(1000ms);
        m.start(1 << 30);
        for (int i = 0; i < 100000; ++i) { // 100 s of one report per millisecond
            m_now += 1;
            m.add(10);
        }
        QCOMPARE(m.bytesPerSecond(), 10000.0);
    }

    void theDefaultClockMoves()
    {
        RateMeter m; // real time: only check it reads sensibly
        m.start(10);
        m.add(5);
        QVERIFY(m.bytesPerSecond() >= 0);
        QCOMPARE(m.done(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_RateMeter)
#include "tst_ratemeter.moc"
