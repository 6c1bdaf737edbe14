#include "engine/throttledbatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

class tst_ThrottledBatcher : public QObject
{
    Q_OBJECT

private slots:
    void manyChangesToOneModuleArriveAsOneUpdate()
    {
        ThrottledBatcher batcher(20ms);
        QSignalSpy due(&batcher, &ThrottledBatcher::modulesDue);
        for (int i = 0; i < 1000; ++i) {
            batcher.markChanged(QStringLiteral("imei:1"));
            batcher.markChanged(QStringLiteral("imei:2"));
        }
        QVERIFY(due.isEmpty()); // nothing inside the interval
        QVERIFY(due.wait(1000));
        QCOMPARE(due.size(), 1);
        QCOMPARE(due.first().first().toStringList(), (QStringList{"imei:1", "imei:2"}));
    }

    void logEntriesKeepTheirOrderPerModule()
    {
        ThrottledBatcher batcher(20ms);
        QSignalSpy due(&batcher, &ThrottledBatcher::trafficDue);
        for (int i = 0; i < 500; ++i)
            batcher.addTraffic(QStringLiteral("imei:1"), {i, Traffic::Kind::Urc, QString::number(i)});
        batcher.addTraffic(QStringLiteral("imei:2"), {0, Traffic::Kind::Command, QStringLiteral("AT")});
        QVERIFY(due.wait(1000));
        QCOMPARE(due.size(), 2);
        QCOMPARE(due[0][0].toString(), QStringLiteral("imei:1"));
        const auto entries = due[0][1].value<QList<Traffic>>();
        QCOMPARE(entries.size(), 500);
        for (int i = 0; i < entries.size(); ++i)
            QCOMPARE(entries[i].text, QString::number(i));
        QCOMPARE(due[1][0].toString(), QStringLiteral("imei:2"));
    }

    void aSteadyStreamIsStillDeliveredEveryInterval()
    {
        // A module logging faster than the interval must not starve the GUI:
        // the timer is not pushed back by each new entry.
        ThrottledBatcher batcher(30ms);
        QSignalSpy due(&batcher, &ThrottledBatcher::trafficDue);
        QElapsedTimer clock;
        clock.start();
        int n = 0;
        while (clock.elapsed() < 200) {
            batcher.addTraffic(QStringLiteral("imei:1"), {n, Traffic::Kind::Urc, QString::number(n)});
            ++n;
            QTest::qWait(5);
        }
        QVERIFY2(due.size() >= 3, qPrintable(QString::number(due.size())));
    }

    void flushDeliversEverythingAtOnce()
    {
        ThrottledBatcher batcher(10s);
        QSignalSpy modules(&batcher, &ThrottledBatcher::modulesDue);
        QSignalSpy traffic(&batcher, &ThrottledBatcher::trafficDue);
        batcher.markChanged(QStringLiteral("imei:1"));
        batcher.addTraffic(QStringLiteral("imei:1"), {0, Traffic::Kind::Note, QStringLiteral("x")});
        batcher.flush();
        QCOMPARE(modules.size(), 1);
        QCOMPARE(traffic.size(), 1);
        batcher.flush();
        QCOMPARE(modules.size(), 1); // nothing twice
    }
};

QTEST_GUILESS_MAIN(tst_ThrottledBatcher)
#include "tst_throttledbatcher.moc"
