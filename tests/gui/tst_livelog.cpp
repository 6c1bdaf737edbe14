#include "fakefleet.h"
#include "ui/log/logfiltermodel.h"
#include "ui/log/logmodel.h"
#include "ui/log/logpanel.h"
#include "ui/log/logview.h"

#include <QAbstractItemModelTester>
#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

namespace {

QList<Traffic> lines(int first, int count)
{
    QList<Traffic> out;
    for (int i = first; i < first + count; ++i)
        out << Traffic{i, Traffic::Kind::Response, QStringLiteral("line %1").arg(i)};
    return out;
}

} // namespace

class tst_LiveLog : public QObject
{
    Q_OBJECT

private slots:
    void batchesJoinTheModelTogetherAtTheNextFlush()
    {
        LogModel log;
        QSignalSpy inserted(&log, &QAbstractItemModel::rowsInserted);
        log.enqueue(lines(0, 10));
        log.enqueue(lines(10, 5));
        QCOMPARE(log.rowCount(), 0);
        QCOMPARE(log.pendingCount(), 15);
        QVERIFY(inserted.wait(2000)); // the flush timer
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 14);
        QCOMPARE(log.rowCount(), 15);
        QCOMPARE(log.index(14, LogModel::Text).data().toString(), QStringLiteral("line 14"));
    }

    void theOldestRowsAreTrimmedWithRemoveRowsNeverAReset()
    {
        LogModel log;
        QAbstractItemModelTester tester(&log, QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setMaxRows(100);
        QSignalSpy removed(&log, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&log, &QAbstractItemModel::modelReset);
        for (int batch = 0; batch < 30; ++batch) {
            log.enqueue(lines(batch * 7, 7));
            log.flush();
        }
        QCOMPARE(log.rowCount(), 100);
        QCOMPARE(reset.count(), 0);
        QVERIFY(removed.count() > 0);
        for (const QList<QVariant> &r : std::as_const(removed))
            QCOMPARE(r.at(1).toInt(), 0); // always from the top
        QCOMPARE(log.index(0, LogModel::Text).data().toString(), QStringLiteral("line 110"));
        QCOMPARE(log.index(99, LogModel::Text).data().toString(), QStringLiteral("line 209"));
        QCOMPARE(log.totalLines(), 210);
        QCOMPARE(log.trimmedLines(), 110);
    }

    void aBatchLargerThanTheCapKeepsOnlyItsNewestLines()
    {
        LogModel log;
        log.setMaxRows(50);
        log.enqueue(lines(0, 20));
        log.flush();
        log.enqueue(lines(20, 500));
        log.flush();
        QCOMPARE(log.rowCount(), 50);
        QCOMPARE(log.index(0, LogModel::Text).data().toString(), QStringLiteral("line 470"));
        QCOMPARE(log.index(49, LogModel::Text).data().toString(), QStringLiteral("line 519"));
    }

    void theViewFollowsTheTailUntilThePersonScrollsUp()
    {
        LogModel log;
        log.setMaxRows(1000);
        LogPanel panel;
        panel.resize(800, 300);
        panel.setLog(&log, {});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        LogView *view = panel.view();
        QScrollBar *bar = view->verticalScrollBar();

        log.enqueue(lines(0, 200));
        log.flush();
        QVERIFY(view->isFollowingTail());
        QCOMPARE(bar->value(), bar->maximum());
        QVERIFY(bar->maximum() > 0);

        // The person scrolls up to read: new lines must not move the view.
        bar->setValue(10);
        QVERIFY(!view->isFollowingTail());
        const QModelIndex top = view->indexAt(QPoint(5, 5));
        log.enqueue(lines(200, 50));
        log.flush();
        QCOMPARE(view->indexAt(QPoint(5, 5)), top);
        QVERIFY(bar->value() < bar->maximum());

        // Back at the bottom: following again.
        bar->setValue(bar->maximum());
        QVERIFY(view->isFollowingTail());
        log.enqueue(lines(250, 50));
        log.flush();
        QCOMPARE(bar->value(), bar->maximum());
        QCOMPARE(view->model()->index(view->rowAt(view->viewport()->height() - 2), LogModel::Text).data().toString(),
                 QStringLiteral("line 299"));
    }

    void linesBeingReadStayInPlaceWhileOldOnesAreTrimmed()
    {
        LogModel log;
        log.setMaxRows(300);
        LogPanel panel;
        panel.resize(800, 300);
        panel.setLog(&log, {});
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        log.enqueue(lines(0, 300));
        log.flush();
        QScrollBar *bar = panel.view()->verticalScrollBar();
        bar->setValue(150);
        const QString reading = panel.view()->indexAt(QPoint(5, 5)).siblingAtColumn(LogModel::Text).data().toString();
        log.enqueue(lines(300, 40)); // trims 40 from the top
        log.flush();
        QCOMPARE(panel.view()->indexAt(QPoint(5, 5)).siblingAtColumn(LogModel::Text).data().toString(), reading);
        QVERIFY(!panel.view()->isFollowingTail());
    }

    void kindsCanBeHiddenAndShownAgain()
    {
        LogModel log;
        log.enqueue({{1, Traffic::Kind::Command, QStringLiteral("AT+CGMR")},
                     {2, Traffic::Kind::Response, QStringLiteral("10.00.005")},
                     {3, Traffic::Kind::Final, QStringLiteral("OK")},
                     {4, Traffic::Kind::Urc, QStringLiteral("#OTAEV: Registered")},
                     {5, Traffic::Kind::Note, QStringLiteral("Preparing: fixed rate 115200")}});
        log.flush();
        LogPanel panel;
        panel.setLog(&log, {});
        QCOMPARE(panel.filter()->rowCount(), 5);
        panel.kindButton(Traffic::Kind::Response)->click(); // hides responses and final codes
        QCOMPARE(panel.filter()->rowCount(), 3);
        panel.kindButton(Traffic::Kind::Command)->click();
        QCOMPARE(panel.filter()->rowCount(), 2);
        QCOMPARE(panel.filter()->index(0, LogModel::Text).data().toString(), QStringLiteral("#OTAEV: Registered"));
        panel.kindButton(Traffic::Kind::Command)->click();
        panel.kindButton(Traffic::Kind::Response)->click();
        QCOMPARE(panel.filter()->rowCount(), 5);
    }

    void transferDataIsHiddenUntilAskedFor()
    {
        LogModel log;
        log.enqueue({{1, Traffic::Kind::Urc, QStringLiteral("+WDSI: 3")},
                     {2, Traffic::Kind::RawOut, QStringLiteral("1029 bytes: 02 01 fe ...")},
                     {3, Traffic::Kind::RawIn, QStringLiteral("1 bytes: 06")},
                     {4, Traffic::Kind::Note, QStringLiteral("Sending the package with 1K-XMODEM (1 %)")}});
        log.flush();
        LogPanel panel;
        panel.setLog(&log, {});
        QCOMPARE(panel.filter()->rowCount(), 2);
        QVERIFY(!panel.kindButton(Traffic::Kind::RawOut)->isChecked());
        QCOMPARE(panel.kindButton(Traffic::Kind::RawOut), panel.kindButton(Traffic::Kind::RawIn));
        panel.kindButton(Traffic::Kind::RawOut)->click();
        QCOMPARE(panel.filter()->rowCount(), 4);
    }

    void theSearchShowsMatchingLinesIgnoringCase()
    {
        LogModel log;
        log.enqueue(FakeFleet::traffic(Family::TelitPfm, 0, 100, 1000));
        log.flush();
        LogPanel panel;
        panel.setLog(&log, {});
        panel.searchField()->setText(QStringLiteral("otaev"));
        QCOMPARE(panel.filter()->rowCount(), 10); // every tenth line is the URC
        for (int r = 0; r < panel.filter()->rowCount(); ++r)
            QVERIFY(panel.filter()->index(r, LogModel::Text).data().toString().contains(QLatin1String("#OTAEV")));
        // Lines arriving later are searched too.
        log.enqueue({{2000, Traffic::Kind::Urc, QStringLiteral("#OTAEV: Fw Download Complete")}});
        log.flush();
        QCOMPARE(panel.filter()->rowCount(), 11);
        panel.searchField()->clear();
        panel.kindButton(Traffic::Kind::RawOut)->setChecked(true); // transfer data too
        QCOMPARE(panel.filter()->rowCount(), 101);
    }

    void eachKindHasItsOwnColour()
    {
        LogModel log;
        log.enqueue({{1, Traffic::Kind::Command, QStringLiteral("AT")},
                     {2, Traffic::Kind::Final, QStringLiteral("OK")},
                     {3, Traffic::Kind::Final, QStringLiteral("ERROR")},
                     {4, Traffic::Kind::Urc, QStringLiteral("+WDSI: 3")},
                     {5, Traffic::Kind::Note, QStringLiteral("note")}});
        log.flush();
        QSet<QRgb> colours;
        for (int r = 0; r < 5; ++r)
            colours << log.index(r, LogModel::Text).data(Qt::ForegroundRole).value<QColor>().rgb();
        QCOMPARE(colours.size(), 5);
    }
};

QTEST_MAIN(tst_LiveLog)
#include "tst_livelog.moc"
