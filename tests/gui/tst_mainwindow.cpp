#include "fakeengine.h"
#include "fakefleet.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/log/logfiltermodel.h"
#include "ui/log/logmodel.h"
#include "ui/log/logpanel.h"
#include "ui/log/logview.h"
#include "ui/main/mainactions.h"
#include "ui/main/mainwindow.h"
#include "ui/main/notificationbar.h"
#include "ui/main/statuscounts.h"
#include "ui/module/identityview.h"
#include "ui/module/modemlineswidget.h"
#include "ui/module/modulepanel.h"
#include "ui/ports/portsdialog.h"
#include "ui/ports/portsmodel.h"
#include "ui/settings/settingscontroller.h"

#include <QAction>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTableView>
#include <QTest>

class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<QSettings>(m_dir->filePath("fotadesk.ini"), QSettings::IniFormat);
        m_engine = std::make_unique<FakeEngine>();
        m_settings = std::make_unique<SettingsController>(m_store.get(), m_engine.get());
        m_window = std::make_unique<MainWindow>(m_engine.get(), m_settings.get());
        m_telit = FakeFleet::module(Family::TelitPfm, 0);
        m_hl = FakeFleet::module(Family::SierraHl78xx, 1);
        m_engine->publish({m_telit, m_hl});
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_engine.reset();
        m_store.reset();
        m_dir.reset();
    }

    void selectingAModuleShowsItsIdentityAndItsLog()
    {
        emit m_engine->trafficBatch(m_telit.id, {{1, Traffic::Kind::Urc, QStringLiteral("#OTAEV: Registered")}});
        emit m_engine->trafficBatch(m_hl.id, {{1, Traffic::Kind::Urc, QStringLiteral("+WDSI: 3")},
                                              {2, Traffic::Kind::Command, QStringLiteral("AT+WDSI?")}});
        m_window->fleetView()->selectModule(m_hl.id);
        ModulePanel *panel = m_window->modulePanel();
        QCOMPARE(panel->moduleId(), m_hl.id);
        QCOMPARE(panel->identity()->fieldText(IdentityView::Imei), m_hl.identity.imei);
        QCOMPARE(panel->identity()->fieldText(IdentityView::Firmware), m_hl.identity.firmware);
        QAbstractItemModel *shown = panel->log()->view()->model();
        QTRY_COMPARE(shown->rowCount(), 2);
        QCOMPARE(shown->index(0, LogModel::Text).data().toString(), QStringLiteral("+WDSI: 3"));

        m_window->fleetView()->selectModule(m_telit.id);
        QTRY_COMPARE(shown->rowCount(), 1);
        QCOMPARE(shown->index(0, LogModel::Text).data().toString(), QStringLiteral("#OTAEV: Registered"));
    }

    void theModemLinesShowWhatThePortReports()
    {
        m_window->fleetView()->selectModule(m_telit.id);
        ModemLinesWidget *lines = m_window->modulePanel()->identity()->modemLines();
        QVERIFY(lines->lines().valid);
        QVERIFY(lines->lamp(0)->property("on").toBool()); // DCD
        m_telit.lines.dcd = false;
        m_engine->publish(m_telit);
        QVERIFY(!lines->lamp(0)->property("on").toBool());
        m_telit.lines.valid = false;
        m_engine->publish(m_telit);
        QVERIFY(!lines->lines().valid);
    }

    void theStatusBarCountsModulesRunningAndFailedJobs()
    {
        QCOMPARE(m_window->counts()->text(), QStringLiteral("Modules: 2, Running: 0, Updated: 0, Failed: 0"));
        m_telit.jobActive = true;
        m_telit.jobId = 1;
        m_engine->publish(m_telit);
        QCOMPARE(m_window->counts()->text(), QStringLiteral("Modules: 2, Running: 1, Updated: 0, Failed: 0"));
        m_telit.jobActive = false;
        m_telit.progress.phase = UpdatePhase::Failed;
        m_engine->publish(m_telit);
        m_engine->publish(FakeFleet::module(Family::Cinterion, 2));
        QCOMPARE(m_window->counts()->text(), QStringLiteral("Modules: 3, Running: 0, Updated: 0, Failed: 1"));
    }

    void theEndOfEachJobIsNotifiedOnce()
    {
        JobRecord ok;
        ok.id = 11;
        ok.moduleId = m_hl.id;
        ok.state = JobState::Succeeded;
        ok.firmwareAfter = QStringLiteral("BHL7800.1.7.0.0.20190620");
        ok.started = QDateTime::currentDateTimeUtc().addSecs(-102);
        ok.ended = QDateTime::currentDateTimeUtc();
        emit m_engine->jobFinished(m_hl.id, ok);
        JobRecord bad = ok;
        bad.id = 12;
        bad.moduleId = m_telit.id;
        bad.state = JobState::Failed;
        bad.reason = FailureReason::Timeout;
        bad.message = QStringLiteral("The module did not finish installing within 15:00.");
        bad.advice = QStringLiteral("Leave it powered; it resumes at its next boot.");
        emit m_engine->jobFinished(m_telit.id, bad);

        const QStringList messages = m_window->notifications()->messages();
        QCOMPARE(messages.size(), 2);
        QVERIFY2(messages.at(0).contains(bad.advice), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(0).contains(failureDisplayName(FailureReason::Timeout)), qPrintable(messages.at(0)));
        QVERIFY2(messages.at(1).contains(QLatin1String("BHL7800.1.7.0.0.20190620")), qPrintable(messages.at(1)));
        QVERIFY2(messages.at(1).contains(QLatin1String("1:42")), qPrintable(messages.at(1)));
        QVERIFY(messages.at(1).startsWith(QStringLiteral("HL7800 %1").arg(m_hl.identity.imei)));
    }

    void actionsFollowTheSelection()
    {
        MainActions *a = m_window->actions();
        QVERIFY(!a->update->isEnabled());
        m_window->fleetView()->selectModule(m_hl.id);
        QVERIFY(a->update->isEnabled());
        QVERIFY(!a->cancel->isEnabled());
        QVERIFY(!a->cancelAll->isEnabled());
        m_hl.jobActive = true;
        m_engine->publish(m_hl);
        QVERIFY(!a->update->isEnabled());
        QVERIFY(a->cancel->isEnabled());
        QVERIFY(a->cancelAll->isEnabled());
        a->cancel->trigger();
        QCOMPARE(m_engine->cancelled, QStringList{m_hl.id});
        a->cancelAll->trigger();
        QCOMPARE(m_engine->cancelAlls, 1);
        a->rescan->trigger();
        QCOMPARE(m_engine->rescans, 1);
    }

    void aPortCanBeReleasedAndReclaimed()
    {
        MainActions *a = m_window->actions();
        m_window->fleetView()->selectModule(m_telit.id);
        QVERIFY(a->release->isEnabled());
        QVERIFY(!a->reclaim->isEnabled());
        a->release->trigger();
        QCOMPARE(m_engine->released, QStringList{m_telit.id});
        m_telit.connection = ModuleSession::State::Released;
        m_engine->publish(m_telit);
        QVERIFY(!a->release->isEnabled());
        QVERIFY(a->reclaim->isEnabled());
        a->reclaim->trigger();
        QCOMPARE(m_engine->reclaimed, QStringList{m_telit.id});
    }

    void portsWithoutAModuleAreCountedAndExplained()
    {
        PortSnapshot module;
        module.name = QStringLiteral("/dev/ttyUSB0");
        module.status = QStringLiteral("module");
        module.moduleId = m_telit.id;
        PortSnapshot busy;
        busy.name = QStringLiteral("/dev/ttyUSB3");
        busy.status = QStringLiteral("busy");
        busy.detail = QStringLiteral("in use by ModemManager finish or close it there first");
        emit m_engine->portsChanged({module, busy});
        QVERIFY(m_window->ports()->portsWithoutModule() == 1);
        PortsDialog *dialog = m_window->openPorts();
        QAbstractItemModel *ports = dialog->view()->model();
        QCOMPARE(ports->rowCount(), 2);
        QCOMPARE(ports->index(1, PortsModel::Status).data().toString(), QStringLiteral("busy"));
        QCOMPARE(ports->index(1, PortsModel::Detail).data().toString(), busy.detail);
        QCOMPARE(ports->index(0, PortsModel::Status).data().toString(), QStringLiteral("module"));
    }

    void anUnpluggedModuleTakesItsPanelAway()
    {
        m_window->fleetView()->selectModule(m_hl.id);
        m_engine->unplug(m_hl.id);
        QVERIFY(m_window->modulePanel()->moduleId() != m_hl.id);
        QCOMPARE(m_window->fleet()->rowCount(), 1);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<MainWindow> m_window;
    ModuleSnapshot m_telit;
    ModuleSnapshot m_hl;
};

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
