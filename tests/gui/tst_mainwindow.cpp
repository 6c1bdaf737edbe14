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
#include "ui/main/interruptedjobs.h"
#include "ui/settings/settingscontroller.h"
#include "ui/update/updatedialog.h"
#include "ui/update/updateoptionsform.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
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

    void failuresStayWhenSuccessesPileUp()
    {
        NotificationBar *bar = m_window->notifications();
        bar->setMaximumCards(3);
        bar->notify(NotificationBar::Kind::Failure, QStringLiteral("A"), QStringLiteral("failed"));
        for (int i = 0; i < 5; ++i)
            bar->notify(NotificationBar::Kind::Success, QStringLiteral("B%1").arg(i), QStringLiteral("verified"));
        const QStringList messages = bar->messages();
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages.last(), QStringLiteral("A: failed"));
        QCOMPARE(messages.first(), QStringLiteral("B4: verified"));
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

    void closingWhileJobsRunAsksAndSaysInstallingModulesCannotStop()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_telit.jobActive = true;
        m_telit.jobId = 3;
        m_telit.progress = FakeFleet::progress(UpdatePhase::Installing);
        m_hl.jobActive = true;
        m_hl.jobId = 4;
        m_hl.progress = FakeFleet::progress(UpdatePhase::Transferring, 40, 204800, 11000);
        m_engine->publish({m_telit, m_hl});

        QVERIFY(!m_window->close());
        QMessageBox *question = m_window->quitQuestion();
        QVERIFY(question);
        QVERIFY2(question->text().contains(QLatin1String("2 updates")), qPrintable(question->text()));
        QVERIFY2(question->informativeText().contains(QLatin1String("cannot be stopped")),
                 qPrintable(question->informativeText()));
        QVERIFY2(question->informativeText().contains(QLatin1String("resume")), qPrintable(question->informativeText()));
        // Keep updating: the window stays, nothing is cancelled.
        QAbstractButton *stay = nullptr;
        QAbstractButton *quit = nullptr;
        for (QAbstractButton *b : question->buttons()) {
            if (question->buttonRole(b) == QMessageBox::RejectRole)
                stay = b;
            else if (question->buttonRole(b) == QMessageBox::DestructiveRole)
                quit = b;
        }
        QVERIFY(stay && quit);
        QCOMPARE(question->defaultButton(), stay);
        stay->click();
        QTRY_VERIFY(!m_window->quitQuestion());
        QVERIFY(m_window->isVisible());
        QVERIFY(m_engine->cancelled.isEmpty());
        QCOMPARE(m_engine->cancelAlls, 0);

        QVERIFY(!m_window->close());
        QTRY_VERIFY(m_window->quitQuestion());
        for (QAbstractButton *b : m_window->quitQuestion()->buttons()) {
            if (m_window->quitQuestion()->buttonRole(b) == QMessageBox::DestructiveRole)
                b->click();
        }
        QTRY_VERIFY(!m_window->isVisible());
    }

    void closingWithNoJobRunningDoesNotAsk()
    {
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->close());
        QVERIFY(!m_window->quitQuestion());
    }

    void oneInstallingModuleIsSaidInTheSingular()
    {
        m_hl.jobActive = true;
        m_hl.jobId = 4;
        m_hl.progress = FakeFleet::progress(UpdatePhase::Rebooting);
        m_engine->publish(m_hl);
        QVERIFY(!m_window->close());
        QVERIFY(m_window->quitQuestion());
        QVERIFY2(m_window->quitQuestion()->informativeText().contains(QLatin1String("One module is installing")),
                 qPrintable(m_window->quitQuestion()->informativeText()));
    }

    void interruptedJobsAreOfferedForResume_data()
    {
        QTest::addColumn<bool>("fromHistory");
        // The engine says so as it starts, or (when that was before the
        // window listened) the history read at start does.
        QTest::newRow("signal") << false;
        QTest::newRow("history") << true;
    }

    void interruptedJobsAreOfferedForResume()
    {
        QFETCH(bool, fromHistory);
        JobRecord cut = interrupted(31, m_hl, QStringLiteral("transfer"));
        if (fromHistory) {
            JobRecord old = interrupted(30, m_telit, QStringLiteral("transfer"));
            old.ended = QDateTime::currentDateTimeUtc().addDays(-3); // left to the History
            JobRecord failed = interrupted(29, m_telit, QStringLiteral("install"));
            failed.state = JobState::Failed;
            m_engine->history = {cut, old, failed};
            // The window asked at start: the answer comes now.
            QVERIFY(m_engine->historyRequests >= 1);
        } else {
            emit m_engine->interruptedJobsFound({cut});
        }
        QTRY_COMPARE(m_window->interruptedJobs()->pending(), QList<qint64>{31});
        const QStringList messages = m_window->notifications()->messages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(m_hl.identity.imei), qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(cut.toVersion), qPrintable(messages.first()));
        QVERIFY2(messages.first().contains(cut.advice), qPrintable(messages.first()));

        QPushButton *resume = actionButton();
        QVERIFY(resume);
        QVERIFY(resume->isEnabled());
        resume->click();
        QCOMPARE(m_engine->resumed, QList<qint64>{31});
        QTRY_VERIFY(m_window->notifications()->messages().isEmpty());
        // Said once: the engine repeating itself brings no second card.
        emit m_engine->interruptedJobsFound({cut});
        QVERIFY(m_window->notifications()->messages().isEmpty());
    }

    void resumeWaitsUntilTheJobsModuleIsConnected()
    {
        ModuleSnapshot away = FakeFleet::module(Family::Cinterion, 5);
        emit m_engine->interruptedJobsFound({interrupted(40, away, QStringLiteral("preflight"))});
        QPushButton *resume = actionButton();
        QVERIFY(resume);
        QVERIFY(!resume->isEnabled());
        resume->click();
        QVERIFY(m_engine->resumed.isEmpty());
        m_engine->publish(away);
        QVERIFY(resume->isEnabled());
        resume->click();
        QCOMPARE(m_engine->resumed, QList<qint64>{40});
    }

    void aJobRunningAgainOnTheModuleTakesItsCardAway()
    {
        // E.g. the engine verifies a module that was installing as soon as it is back.
        emit m_engine->interruptedJobsFound({interrupted(41, m_hl, QStringLiteral("install"))});
        QCOMPARE(m_window->notifications()->messages().size(), 1);
        m_hl.jobActive = true;
        m_hl.jobId = 41;
        m_engine->publish(m_hl);
        QTRY_VERIFY(m_window->notifications()->messages().isEmpty());
        QVERIFY(m_window->interruptedJobs()->pending().isEmpty());
        QVERIFY(m_engine->resumed.isEmpty());
    }

    void manyInterruptedJobsShareOneCardWithResumeAll()
    {
        QList<JobRecord> jobs;
        QList<ModuleSnapshot> modules;
        for (int i = 0; i < 6; ++i) {
            modules << FakeFleet::module(allFamilies().at(i % 4), 10 + i);
            jobs << interrupted(50 + i, modules.last(), QStringLiteral("transfer"));
        }
        m_engine->publish(modules.mid(0, 4)); // two are not back yet
        emit m_engine->interruptedJobsFound(jobs);
        QCOMPARE(m_window->notifications()->messages().size(), 1);
        QVERIFY2(m_window->notifications()->messages().first().contains(QLatin1String("6")),
                 qPrintable(m_window->notifications()->messages().first()));
        QPushButton *all = actionButton();
        QVERIFY(all && all->isEnabled());
        all->click();
        QCOMPARE(m_engine->resumed, (QList<qint64>{50, 51, 52, 53}));
        // The two left wait on a card of their own.
        QTRY_COMPARE(m_window->interruptedJobs()->pending(), (QList<qint64>{54, 55}));
        QTRY_COMPARE(m_window->notifications()->messages().size(), 2);
    }

    void theUpdateDialogStartsFromTheLastEntriesButNeverASecret()
    {
        UpdateEntries demo;
        demo.apn = QStringLiteral("internet");
        demo.pfmServer = QStringLiteral("+15550100");
        m_window->setUpdateEntries(demo);
        m_engine->setPackages({FakeFleet::package(Family::TelitPfm)});
        m_window->fleetView()->selectModule(m_telit.id);
        UpdateDialog *dialog = m_window->openUpdateDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->options()->pfmServerField()->text(), demo.pfmServer);
        dialog->options()->pfmServerField()->setText(QStringLiteral("+15550199"));
        dialog->options()->pinField()->setText(QStringLiteral("4711"));
        QVERIFY(dialog->startButton()->isEnabled());
        dialog->start();
        QCOMPARE(m_engine->orders.size(), 1);
        QCOMPARE(m_engine->orders.first().request.pfmServerNumber, QStringLiteral("+15550199"));
        QCOMPARE(m_engine->orders.first().request.simPin, QStringLiteral("4711"));

        QCOMPARE(m_window->updateEntries().pfmServer, QStringLiteral("+15550199"));
        UpdateDialog *next = m_window->openUpdateDialog();
        QVERIFY(next);
        QCOMPARE(next->options()->pfmServerField()->text(), QStringLiteral("+15550199"));
        QVERIFY(next->options()->pinField()->text().isEmpty());
        next->reject();
        m_store->sync();
        QFile stored(m_store->fileName());
        if (stored.open(QIODevice::ReadOnly))
            QVERIFY(!stored.readAll().contains("4711"));
    }

private:
    static JobRecord interrupted(qint64 id, const ModuleSnapshot &m, const QString &step)
    {
        JobRecord j;
        j.id = id;
        j.moduleId = m.id;
        j.imei = m.identity.imei;
        j.model = m.identity.model;
        j.family = m.identity.family;
        j.fromVersion = m.identity.firmware;
        j.toVersion = FakeFleet::package(m.identity.family).toVersion;
        j.state = JobState::Interrupted;
        j.lastStep = step;
        j.started = QDateTime::currentDateTimeUtc().addSecs(-300);
        j.ended = QDateTime::currentDateTimeUtc().addSecs(-5);
        j.advice = QStringLiteral("Resume the job to start it again from its checks.");
        return j;
    }

    QPushButton *actionButton() const
    {
        const QList<QPushButton *> buttons = m_window->notifications()->findChildren<QPushButton *>(QStringLiteral("action"));
        return buttons.isEmpty() ? nullptr : buttons.first();
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
