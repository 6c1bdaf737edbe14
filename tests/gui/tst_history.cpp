#include "fakeengine.h"
#include "ui/history/historydialog.h"
#include "ui/history/historymodel.h"
#include "ui/history/jobdetailsdialog.h"
#include "ui/history/stepmodel.h"

#include <QJsonObject>
#include <QLabel>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

namespace {

JobRecord job(qint64 id, JobState state, const QString &imei)
{
    const QDateTime start = QDateTime(QDate(2025, 11, 20), QTime(9, 30), Qt::UTC).addSecs(id * 600);
    JobRecord j;
    j.id = id;
    j.moduleId = imei;
    j.imei = imei;
    j.family = Family::SierraHl78xx;
    j.model = QStringLiteral("HL7800");
    j.packageName = QStringLiteral("hl7800_1.6.3_to_1.7.0.bin");
    j.fromVersion = QStringLiteral("BHL7800.1.6.3.0.20180803");
    j.toVersion = QStringLiteral("BHL7800.1.7.0.0.20190620");
    j.firmwareAfter = state == JobState::Succeeded ? j.toVersion : j.fromVersion;
    j.method = UpdateMethod::Xmodem;
    j.state = state;
    j.reason = state == JobState::Failed ? FailureReason::TransferFailed : FailureReason::None;
    j.message = state == JobState::Failed ? QStringLiteral("XMODEM gave up after 10 retries") : QString();
    j.started = start;
    j.ended = start.addSecs(125);
    StepRecord transfer;
    transfer.name = QStringLiteral("transfer");
    transfer.started = start.addSecs(5);
    transfer.ended = start.addSecs(65);
    transfer.outcome = state == JobState::Failed ? QStringLiteral("failed") : QStringLiteral("ok");
    transfer.figures = QJsonObject{{QStringLiteral("bytes"), 204800}, {QStringLiteral("bytesPerSecond"), 11400}};
    StepRecord verify;
    verify.name = QStringLiteral("verify");
    verify.started = start.addSecs(100);
    verify.ended = start.addSecs(125);
    verify.outcome = QStringLiteral("ok");
    verify.detail = QStringLiteral("runs BHL7800.1.7.0.0.20190620");
    j.steps = {transfer, verify};
    return j;
}

// The text of the details' row `label`; empty when there is no such row.
QString row(JobDetailsDialog &details, const QString &label)
{
    const auto *form = details.findChild<QFormLayout *>();
    for (int r = 0; form && r < form->rowCount(); ++r) {
        auto *name = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)
                                                ? form->itemAt(r, QFormLayout::LabelRole)->widget() : nullptr);
        auto *value = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::FieldRole)
                                                 ? form->itemAt(r, QFormLayout::FieldRole)->widget() : nullptr);
        if (name && value && name->text() == label)
            return value->text();
    }
    return {};
}

} // namespace

class tst_History : public QObject
{
    Q_OBJECT

private slots:
    void onlyAnInterruptedJobCanBeResumed_data()
    {
        QTest::addColumn<JobState>("state");
        QTest::addColumn<bool>("resumable");
        QTest::newRow("interrupted") << JobState::Interrupted << true;
        QTest::newRow("failed") << JobState::Failed << false;
        QTest::newRow("succeeded") << JobState::Succeeded << false;
        QTest::newRow("cancelled") << JobState::Cancelled << false;
    }

    void onlyAnInterruptedJobCanBeResumed()
    {
        QFETCH(JobState, state);
        QFETCH(bool, resumable);
        FakeEngine engine;
        engine.history = {job(7, state, QStringLiteral("352906100000001"))};
        HistoryDialog history(&engine);
        QTRY_COMPARE(history.model()->rowCount(), 1);
        QVERIFY(!history.resumeButton()->isEnabled());
        history.view()->selectRow(0);
        QCOMPARE(history.resumeButton()->isEnabled(), resumable);
        const int asked = engine.historyRequests;
        history.resumeButton()->click();
        QCOMPARE(engine.resumed, resumable ? QList<qint64>{7} : QList<qint64>{});
        // The list comes back with the job taken up.
        QCOMPARE(engine.historyRequests, asked + (resumable ? 1 : 0));
    }

    void pastJobsShowOutcomeDurationAndFigures()
    {
        FakeEngine engine;
        engine.history = {job(2, JobState::Failed, QStringLiteral("352906100700001")),
                          job(1, JobState::Succeeded, QStringLiteral("352906100700002"))};
        HistoryDialog dialog(&engine);
        QCOMPARE(engine.historyRequests, 1);
        HistoryModel *model = dialog.model();
        QTRY_COMPARE(model->rowCount(), 2);
        QCOMPARE(model->index(0, HistoryModel::Outcome).data().toString(),
                 QStringLiteral("Failed: %1").arg(failureDisplayName(FailureReason::TransferFailed)));
        QCOMPARE(model->index(1, HistoryModel::Outcome).data().toString(), jobStateDisplayName(JobState::Succeeded));
        QCOMPARE(model->index(1, HistoryModel::Duration).data().toString(), QStringLiteral("2:05"));
        QCOMPARE(model->index(1, HistoryModel::Data).data().toString(), QStringLiteral("204.8 kB at 11.4 kB/s"));
        QCOMPARE(model->index(0, HistoryModel::Outcome).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("XMODEM gave up after 10 retries"));
    }

    void theFilterFindsJobsByImei()
    {
        FakeEngine engine;
        engine.history = {job(2, JobState::Failed, QStringLiteral("352906100700001")),
                          job(1, JobState::Succeeded, QStringLiteral("352906100700002"))};
        HistoryDialog dialog(&engine);
        QTRY_COMPARE(dialog.view()->model()->rowCount(), 2);
        dialog.filterField()->setText(QStringLiteral("700002"));
        QCOMPARE(dialog.view()->model()->rowCount(), 1);
        QCOMPARE(dialog.view()->model()->index(0, HistoryModel::Module).data().toString(),
                 QStringLiteral("HL7800 352906100700002"));
    }

    void aJobThatEndsNowJoinsTheTop()
    {
        FakeEngine engine;
        engine.history = {job(1, JobState::Succeeded, QStringLiteral("352906100700002"))};
        HistoryDialog dialog(&engine);
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        emit engine.jobFinished(QStringLiteral("352906100700009"), job(3, JobState::Succeeded, QStringLiteral("352906100700009")));
        QCOMPARE(dialog.model()->rowCount(), 2);
        QCOMPARE(dialog.model()->job(0).id, 3);
    }

    void theDetailsSayWhereTheTimeWent_data()
    {
        QTest::addColumn<qint64>("wall");
        QTest::addColumn<qint64>("wire");
        QTest::addColumn<qint64>("module");
        QTest::addColumn<QString>("shown"); // empty: no such row
        QTest::newRow("short") << qint64(31200) << qint64(23000) << qint64(7900)
                               << "31.2 s in all: the line 23.0 s (74 %), the module 7.9 s (25 %), FotaDesk 0.3 s (1 %)";
        QTest::newRow("minutes") << qint64(391000) << qint64(165000) << qint64(220000)
                                 << "6:31 in all: the line 2:45 (42 %), the module 3:40 (56 %), FotaDesk 6.0 s (2 %)";
        QTest::newRow("over the air") << qint64(600000) << qint64(0) << qint64(598500)
                                      << "10:00 in all: the module 9:59 (100 %), FotaDesk 1.5 s (0 %)";
        QTest::newRow("no timing (an older job)") << qint64(0) << qint64(0) << qint64(0) << "";
    }

    void theDetailsSayWhereTheTimeWent()
    {
        QFETCH(qint64, wall);
        QFETCH(qint64, wire);
        QFETCH(qint64, module);
        QFETCH(QString, shown);
        JobRecord j = job(9, JobState::Succeeded, QStringLiteral("352906100700003"));
        j.timing = JobTiming::split(wall, wire, module);
        QCOMPARE(j.timing.isValid(), !shown.isEmpty());
        JobDetailsDialog details(j);
        QCOMPARE(row(details, QStringLiteral("Time spent")), shown);
        QCOMPARE(row(details, QStringLiteral("Duration")), QStringLiteral("2:05")); // still there
        if (!shown.isEmpty()) {
            QLabel *split = nullptr;
            for (QLabel *l : details.findChildren<QLabel *>())
                split = l->text() == shown ? l : split;
            QVERIFY(split);
            QVERIFY2(split->toolTip().contains(QLatin1String("serial line")), qPrintable(split->toolTip()));
        }
    }

    void theDetailsSayWhichRateTheTransferRanAt_data()
    {
        QTest::addColumn<QJsonObject>("rates"); // added to the transfer step's figures
        QTest::addColumn<QString>("shown");     // the "Serial line" row; empty: none
        QTest::addColumn<QString>("figure");    // in the step's figures
        QTest::newRow("switched up")
            << QJsonObject{{QStringLiteral("baud"), 921600}, {QStringLiteral("startBaud"), 115200},
                           {QStringLiteral("rateSwitchMs"), 840}}
            << "921600 baud (switched from 115200)" << "serial rate: 921600 baud";
        QTest::newRow("the module stayed")
            << QJsonObject{{QStringLiteral("baud"), 115200}, {QStringLiteral("startBaud"), 115200},
                           {QStringLiteral("rateSwitchMs"), 1200}}
            << "115200 baud (the module's own rate, not switched)" << "rate switching: 1.2 s";
        QTest::newRow("switching off")
            << QJsonObject{{QStringLiteral("baud"), 115200}} << "115200 baud" << "serial rate: 115200 baud";
        QTest::newRow("not a serial transfer") << QJsonObject{} << "" << "";
    }

    void theDetailsSayWhichRateTheTransferRanAt()
    {
        QFETCH(QJsonObject, rates);
        QFETCH(QString, shown);
        QFETCH(QString, figure);
        JobRecord j = job(9, JobState::Succeeded, QStringLiteral("352906100700003"));
        for (auto it = rates.begin(); it != rates.end(); ++it)
            j.steps[0].figures.insert(it.key(), it.value());
        JobDetailsDialog details(j);
        QCOMPARE(row(details, QStringLiteral("Serial line")), shown);
        QCOMPARE(row(details, QStringLiteral("Data")), QStringLiteral("204.8 kB at 11.4 kB/s"));
        const QString figures = details.steps()->model()->index(0, StepModel::Figures).data().toString();
        QVERIFY2(figures.contains(figure), qPrintable(figures));
        if (rates.isEmpty())
            QVERIFY2(!figures.contains(QLatin1String("baud")), qPrintable(figures));
    }

    void openingAJobShowsItsSteps()
    {
        FakeEngine engine;
        engine.history = {job(7, JobState::Failed, QStringLiteral("352906100700001"))};
        HistoryDialog dialog(&engine);
        QTRY_COMPARE(dialog.model()->rowCount(), 1);
        dialog.view()->selectRow(0);
        dialog.openSelected();
        QCOMPARE(engine.requestedJobs, QList<qint64>{7});
        JobDetailsDialog *details = nullptr;
        QTRY_VERIFY((details = dialog.findChild<JobDetailsDialog *>()));
        QAbstractItemModel *steps = details->steps()->model();
        QCOMPARE(steps->rowCount(), 2);
        QCOMPARE(steps->index(0, StepModel::Step).data().toString(), QStringLiteral("Transfer"));
        QCOMPARE(steps->index(0, StepModel::Duration).data().toString(), QStringLiteral("1:00"));
        QCOMPARE(steps->index(0, StepModel::Outcome).data().toString(), QStringLiteral("Failed"));
        QVERIFY(steps->index(0, StepModel::Figures).data().toString().contains(QLatin1String("204.8 kB")));
        // No transcript file on this machine: nothing to open.
        QVERIFY(!details->transcriptButton()->isEnabled());
    }
};

QTEST_MAIN(tst_History)
#include "tst_history.moc"
