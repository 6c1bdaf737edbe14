#include "fakeengine.h"
#include "fakefleet.h"
#include "ui/common/uicolors.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/module/identityview.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QSignalSpy>
#include <QTest>

class tst_FleetTable : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_engine = new FakeEngine(this);
        m_fleet = new FleetModel(this);
        m_fleet->attach(m_engine);
        m_tester = new QAbstractItemModelTester(m_fleet, QAbstractItemModelTester::FailureReportingMode::QtTest, this);
    }

    void cleanup()
    {
        delete m_tester;
        delete m_fleet;
        delete m_engine;
    }

    void aPluggedModuleAppearsAsARow()
    {
        QSignalSpy inserted(m_fleet, &QAbstractItemModel::rowsInserted);
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 3);
        m_engine->publish(hl);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(m_fleet->rowCount(), 1);
        const int row = m_fleet->rowOf(hl.id);
        QCOMPARE(m_fleet->index(row, FleetModel::Port).data().toString(), QStringLiteral("/dev/ttyUSB3"));
        QCOMPARE(m_fleet->index(row, FleetModel::Model).data().toString(), QStringLiteral("HL7800"));
        QCOMPARE(m_fleet->index(row, FleetModel::Imei).data().toString(), hl.identity.imei);
        QCOMPARE(m_fleet->index(row, FleetModel::Firmware).data().toString(), hl.identity.firmware);
        QCOMPARE(m_fleet->index(row, FleetModel::Family).data().toString(), familyDisplayName(Family::SierraHl78xx));
    }

    void anUnpluggedModuleLosesItsRowAndOnlyItsRow()
    {
        const ModuleSnapshot a = FakeFleet::module(Family::TelitPfm, 0);
        const ModuleSnapshot b = FakeFleet::module(Family::Cinterion, 1);
        const ModuleSnapshot c = FakeFleet::module(Family::SimcomSim7020, 2);
        m_engine->publish({a, b, c});
        QCOMPARE(m_fleet->rowCount(), 3);
        QSignalSpy removed(m_fleet, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(m_fleet, &QAbstractItemModel::modelReset);
        m_engine->unplug(b.id);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_fleet->rowCount(), 2);
        QCOMPARE(m_fleet->rowOf(b.id), -1);
        QCOMPARE(m_fleet->index(m_fleet->rowOf(c.id), FleetModel::Imei).data().toString(), c.identity.imei);
        QVERIFY(!m_fleet->module(b.id));
    }

    void aModuleKeepsItsRowAcrossARebootOntoAnotherPort()
    {
        const ModuleSnapshot other = FakeFleet::module(Family::TelitPfm, 0);
        ModuleSnapshot m = FakeFleet::module(Family::SierraHl78xx, 1);
        m_engine->publish({other, m});
        const int row = m_fleet->rowOf(m.id);
        QSignalSpy inserted(m_fleet, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(m_fleet, &QAbstractItemModel::rowsRemoved);

        // The port goes away while it reboots, then it is found again elsewhere.
        m.connection = ModuleSession::State::Disconnected;
        m.jobActive = true;
        m.progress.phase = UpdatePhase::Rebooting;
        m_engine->publish(m);
        m.connection = ModuleSession::State::Connected;
        m.port = QStringLiteral("/dev/ttyUSB7");
        m.progress.phase = UpdatePhase::Reconnected;
        m_engine->publish(m);

        QCOMPARE(inserted.count(), 0);
        QCOMPARE(removed.count(), 0);
        QCOMPARE(m_fleet->rowCount(), 2);
        QCOMPARE(m_fleet->rowOf(m.id), row);
        QCOMPARE(m_fleet->index(row, FleetModel::Port).data().toString(), QStringLiteral("/dev/ttyUSB7"));
        QCOMPARE(m_fleet->index(row, FleetModel::Job).data().toString(), phaseDisplayName(UpdatePhase::Reconnected));
    }

    void aSelectedModuleStaysSelectedAcrossItsReboot()
    {
        FleetView view(m_fleet);
        ModuleSnapshot m = FakeFleet::module(Family::SierraHl78xx, 1);
        m_engine->publish({FakeFleet::module(Family::TelitPfm, 0), m});
        view.selectModule(m.id);
        m.port = QStringLiteral("/dev/ttyUSB9");
        m_engine->publish(m);
        QCOMPARE(view.selectedModuleIds(), QStringList{m.id});
        QCOMPARE(view.currentModuleId(), m.id);
    }

    void severalModulesCanBeSelectedAtOnce()
    {
        FleetView view(m_fleet);
        QList<ModuleSnapshot> all;
        for (int i = 0; i < 4; ++i)
            all << FakeFleet::module(allFamilies().at(i), i);
        m_engine->publish(all);
        view.selectRow(0);
        view.selectionModel()->select(view.model()->index(2, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(view.selectedModuleIds(), (QStringList{all.at(0).id, all.at(2).id}));
    }

    void theProgressColumnShowsPercentRateAndTimeLeft()
    {
        ModuleSnapshot m = FakeFleet::module(Family::SierraHl78xx, 0);
        m.jobActive = true;
        m.jobId = 4;
        m.progress = FakeFleet::progress(UpdatePhase::Transferring, 40, 250000, 10000);
        m_engine->publish(m);
        const QModelIndex cell = m_fleet->index(0, FleetModel::Progress);
        QCOMPARE(cell.data(FleetModel::PercentRole).toInt(), 40);
        const QString text = cell.data().toString();
        QVERIFY2(text.contains(QLatin1String("40 %")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("10.0 kB/s")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("0:15 left")), qPrintable(text)); // 150 kB at 10 kB/s
    }

    void aTransferShowsTheSerialRateItRunsAt_data()
    {
        QTest::addColumn<qint32>("baud");
        QTest::addColumn<QString>("shown"); // empty: no rate in the text
        QTest::newRow("switched up") << 921600 << "921600 Bd";
        QTest::newRow("at the module's rate") << 115200 << "115200 Bd";
        QTest::newRow("not a serial transfer") << 0 << "";
    }

    void aTransferShowsTheSerialRateItRunsAt()
    {
        QFETCH(qint32, baud);
        QFETCH(QString, shown);
        ModuleSnapshot m = FakeFleet::module(Family::SierraHl78xx, 0);
        m.jobActive = true;
        m.jobId = 4;
        m.progress = FakeFleet::progress(UpdatePhase::Transferring, 40, 250000, 10000);
        m.progress.baud = baud;
        m_engine->publish(m);
        const QModelIndex cell = m_fleet->index(0, FleetModel::Progress);
        const QString text = cell.data().toString();
        const QString figures = cell.data(FleetModel::FiguresRole).toString(); // beside the bar
        IdentityView panel;
        panel.setModule(m_fleet->module(m.id));
        const QString job = panel.fieldText(IdentityView::Job);
        for (const QString &t : {text, figures, job}) {
            QVERIFY2(t.contains(QLatin1String("10.0 kB/s")), qPrintable(t));
            QVERIFY2(t.contains(QLatin1String("0:15 left")), qPrintable(t));
            if (shown.isEmpty())
                QVERIFY2(!t.contains(QLatin1String("Bd")), qPrintable(t));
            else
                QVERIFY2(t.contains(QStringLiteral(" \u00b7 %1 \u00b7 ").arg(shown)), qPrintable(t));
        }
    }

    void aPhaseWithoutPercentShowsTimeAgainstItsWatchdog()
    {
        ModuleSnapshot m = FakeFleet::module(Family::SierraHl78xx, 0);
        m.jobActive = true;
        m.progress = FakeFleet::progress(UpdatePhase::Installing);
        m.progress.elapsedMs = 75000;
        m.progress.limitMs = 900000;
        m_engine->publish(m);
        QCOMPARE(m_fleet->index(0, FleetModel::Progress).data(FleetModel::PercentRole).toInt(), -1);
        QCOMPARE(m_fleet->index(0, FleetModel::Progress).data().toString(), QStringLiteral("1:15 of 15:00 max"));
        // What goes on, beside the time, and a warning on the job while it flashes.
        m.progress.message = QStringLiteral("The module installs the new firmware; never power it off");
        m_engine->publish(m);
        QCOMPARE(m_fleet->index(0, FleetModel::Progress).data().toString(),
                 QStringLiteral("1:15 of 15:00 max \u00b7 The module installs the new firmware; never power it off"));
        QVERIFY(m_fleet->index(0, FleetModel::Job).data(Qt::ToolTipRole).toString().contains(QLatin1String("never unplug")));
        m.progress = FakeFleet::progress(UpdatePhase::Downloading);
        m_engine->publish(m);
        QVERIFY(!m_fleet->index(0, FleetModel::Job).data(Qt::ToolTipRole).toString().contains(QLatin1String("never unplug")));
    }

    void aPortPathIsShownByItsNameAndInFullInItsTooltip_data()
    {
        QTest::addColumn<QString>("port");
        QTest::addColumn<QString>("shown");
        QTest::newRow("linux") << "/dev/ttyUSB0" << "/dev/ttyUSB0";
        QTest::newRow("by-id") << "/dev/serial/by-id/usb-Telit_LE910-if00" << "/dev/serial/by-id/usb-Telit_LE910-if00";
        QTest::newRow("windows") << "COM3" << "COM3";
        QTest::newRow("demo-link") << "/tmp/fotadesk-demo-AbC123/modems/telit-pfm-0.r1" << "telit-pfm-0.r1";
    }

    void aPortPathIsShownByItsNameAndInFullInItsTooltip()
    {
        QFETCH(QString, port);
        QFETCH(QString, shown);
        ModuleSnapshot m = FakeFleet::module(Family::TelitPfm, 0);
        m.port = port;
        m_engine->publish(m);
        QCOMPARE(m_fleet->index(0, FleetModel::Port).data().toString(), shown);
        QVERIFY(m_fleet->index(0, FleetModel::Port).data(Qt::ToolTipRole).toString().contains(port));
    }

    void theEndOfAJobColoursTheRowAndCountsIt_data()
    {
        QTest::addColumn<bool>("ok");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("failed");
        QTest::addColumn<int>("succeeded");
        QTest::newRow("verified") << true << UpdatePhase::Verified << int(ModuleText::JobOutcome::Succeeded) << 0 << 1;
        QTest::newRow("failed") << false << UpdatePhase::Failed << int(ModuleText::JobOutcome::Failed) << 1 << 0;
        QTest::newRow("cancelled") << false << UpdatePhase::Cancelled << int(ModuleText::JobOutcome::Cancelled) << 0 << 0;
    }

    void theEndOfAJobColoursTheRowAndCountsIt()
    {
        QFETCH(bool, ok);
        QFETCH(UpdatePhase, phase);
        QFETCH(int, outcome);
        QFETCH(int, failed);
        QFETCH(int, succeeded);
        ModuleSnapshot m = FakeFleet::module(Family::Cinterion, 0);
        m.jobId = 9;
        m.jobActive = true;
        m_engine->publish(m);
        QCOMPARE(m_fleet->counts().running, 1);
        QVERIFY(!m_fleet->index(0, 0).data(Qt::BackgroundRole).isValid());

        QSignalSpy counts(m_fleet, &FleetModel::countsChanged);
        m.jobActive = false;
        m.jobOk = ok;
        m.progress.phase = phase;
        m.jobResult = QStringLiteral("the sentence the engine wrote");
        m_engine->publish(m);
        QCOMPARE(counts.count(), 1);
        QCOMPARE(m_fleet->counts().running, 0);
        QCOMPARE(m_fleet->counts().failed, failed);
        QCOMPARE(m_fleet->counts().succeeded, succeeded);
        QCOMPARE(m_fleet->index(0, 0).data(FleetModel::OutcomeRole).toInt(), outcome);
        const QColor tint = m_fleet->index(0, FleetModel::Imei).data(Qt::BackgroundRole).value<QColor>();
        QCOMPARE(tint, UiColors::outcomeTint(ModuleText::JobOutcome(outcome), QApplication::palette()));
        // The Job column in a word, the wide Progress column in the engine's sentence.
        QCOMPARE(m_fleet->index(0, FleetModel::Job).data().toString(), phaseDisplayName(phase));
        QCOMPARE(m_fleet->index(0, FleetModel::Progress).data().toString(), QStringLiteral("the sentence the engine wrote"));
        QCOMPARE(m_fleet->index(0, FleetModel::Progress).data(FleetModel::PercentRole).toInt(), -1);
    }

    void aSimSeenInTwoModulesIsFlagged()
    {
        ModuleSnapshot a = FakeFleet::module(Family::TelitPfm, 0);
        ModuleSnapshot b = FakeFleet::module(Family::TelitPfm, 1);
        m_engine->publish({a, b});
        const QModelIndex simA = m_fleet->index(m_fleet->rowOf(a.id), FleetModel::Sim);
        QVERIFY(simA.data(Qt::DecorationRole).isNull());
        b.identity.imsi = a.identity.imsi; // the SIM was moved
        m_engine->publish(b);
        QVERIFY(!simA.data(Qt::DecorationRole).isNull());
        QVERIFY(simA.data(Qt::ToolTipRole).toString().contains(b.identity.imei));
    }

private:
    FakeEngine *m_engine = nullptr;
    FleetModel *m_fleet = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
};

QTEST_MAIN(tst_FleetTable)
#include "tst_fleettable.moc"
