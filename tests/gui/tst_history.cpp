#include "fakeengine.h"
#include "ui/history/historydialog.h"
#include "ui/history/historymodel.h"
#include "ui/history/jobdetailsdialog.h"
#include "ui/history/stepmodel.h"

#include <QJsonObject>
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
