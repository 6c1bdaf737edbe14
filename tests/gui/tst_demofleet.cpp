#include "demo/demodirector.h"
#include "demo/demofleet.h"
#include "engine/enginehost.h"
#include "ui/common/moduletext.h"
#include "ui/console/consoledeck.h"
#include "ui/console/consolewidget.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/main/mainwindow.h"
#include "ui/main/notificationbar.h"
#include "ui/module/modulepanel.h"
#include "ui/settings/settingscontroller.h"
#include "ui/update/packagemodel.h"
#include "ui/update/promptbar.h"
#include "ui/update/promptcard.h"
#include "ui/update/updatedialog.h"
#include "ui/update/updateoptionsform.h"

#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

// The application as `fotadesk --demo` runs it: the real engine in its
// thread, fotadesk-sim modules on pseudo-terminals, the demo's packages.
class tst_DemoFleet : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        const QString simulator = DemoFleet::findSimulator(qEnvironmentVariable("FOTADESK_BIN_DIR")
                                                           + QStringLiteral("/fotadesk"));
        if (simulator.isEmpty())
            QSKIP("fotadesk-sim is not built");
        DemoFleet::Options options;
        options.modules = 4;
        options.simulator = simulator;
        m_fleet = std::make_unique<DemoFleet>(options);
        QString why;
        QVERIFY2(m_fleet->start(&why), qPrintable(why));
        m_store = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("fotadesk.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<SettingsController>(m_store.get(), nullptr);
        m_settings->setRuntimeOverrides({m_fleet->linkGlob()}, m_dir.filePath(QStringLiteral("data")));
        m_host = std::make_unique<EngineHost>(m_settings->effective());
        m_settings->setEngine(m_host->engine());
        m_director = std::make_unique<DemoDirector>(m_fleet.get(), m_host->engine());
        m_window = std::make_unique<MainWindow>(m_host->engine(), m_settings.get());
        // As fotadesk --demo does.
        UpdateEntries entries;
        entries.apn = DemoFleet::apn();
        entries.pfmServer = DemoFleet::pfmServerNumber();
        m_window->setUpdateEntries(entries);
    }

    void cleanup()
    {
        m_window.reset();
        m_director.reset();
        m_host.reset();
        m_settings.reset();
        m_store.reset();
        m_fleet.reset();
    }

    void everySimulatedModuleAppearsWithItsIdentity()
    {
        FleetModel *fleet = m_window->fleet();
        QTRY_COMPARE_WITH_TIMEOUT(fleet->rowCount(), 4, 30000);
        QSet<Family> families;
        for (int row = 0; row < fleet->rowCount(); ++row) {
            const ModuleSnapshot &m = fleet->moduleAt(row);
            families << m.identity.family;
            QVERIFY(m_fleet->isModule(m.identity.imei));
            QVERIFY(!m.identity.firmware.isEmpty());
        }
        QCOMPARE(families.size(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->packages()->rowCount(), 4, 10000);
    }

    void theConsoleTalksToASimulatedModule()
    {
        FleetModel *fleet = m_window->fleet();
        QTRY_COMPARE_WITH_TIMEOUT(fleet->rowCount(), 4, 30000);
        const QString id = fleet->moduleAt(0).id;
        m_window->fleetView()->selectModule(id);
        ConsoleWidget *console = m_window->modulePanel()->consoles()->console(id);
        QVERIFY(console);
        console->input()->setText(QStringLiteral("AT+CGMR"));
        console->send();
        QTRY_VERIFY_WITH_TIMEOUT(console->output()->toPlainText().contains(fleet->moduleAt(0).identity.firmware), 10000);
    }

    void anUpdateStartedFromTheDialogReachesVerified_data()
    {
        QTest::addColumn<Family>("family");
        // The HL7800 from the package FotaDesk holds (XMODEM); the Telit over
        // the air with no file, registering with the PFM server given in the
        // dialog and asking its 60 s question, answered on its card; Cinterion's own
        // client from FotaDesk's package server; the SIM7020 by flash writes.
        QTest::newRow("sierra-hl78xx") << Family::SierraHl78xx;
        QTest::newRow("telit-pfm") << Family::TelitPfm;
        QTest::newRow("cinterion") << Family::Cinterion;
        QTest::newRow("simcom-sim7020") << Family::SimcomSim7020;
    }

    void anUpdateStartedFromTheDialogReachesVerified()
    {
        QFETCH(Family, family);
        FleetModel *fleet = m_window->fleet();
        QTRY_COMPARE_WITH_TIMEOUT(fleet->rowCount(), 4, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->packages()->rowCount(), 4, 10000);
        QString id;
        for (int row = 0; row < fleet->rowCount(); ++row) {
            if (fleet->moduleAt(row).identity.family == family)
                id = fleet->moduleAt(row).id;
        }
        QVERIFY(!id.isEmpty());
        m_window->fleetView()->selectModule(id);
        QSignalSpy refused(m_host->engine(), &EngineApi::updateRefused);
        QSignalSpy finished(m_host->engine(), &EngineApi::jobFinished);
        QSignalSpy asked(m_host->engine(), &EngineApi::promptRequested);
        UpdateDialog *dialog = m_window->openUpdateDialog();
        QVERIFY(dialog);
        // The Telit's package is on its PFM server (the simulator's
        // --ota-package): no file; the others' is the demo's.
        QCOMPARE(bool(dialog->selectedPackage()), family != Family::TelitPfm);
        QCOMPARE(dialog->packageView()->isHidden(), family == Family::TelitPfm);
        // Nothing to type: the demo's entries are there.
        UpdateOptionsForm *options = dialog->options();
        QCOMPARE(options->isRowShown(options->pfmServerField()), family == Family::TelitPfm);
        if (family == Family::TelitPfm)
            QCOMPARE(options->pfmServerField()->text(), DemoFleet::pfmServerNumber());
        QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
        dialog->startButton()->click();

        if (family == Family::TelitPfm) {
            // The policy is Ask: the question comes with its deadline, on a card.
            QTRY_VERIFY_WITH_TIMEOUT(!asked.isEmpty() || !finished.isEmpty() || !refused.isEmpty(), 120000);
            QVERIFY2(finished.isEmpty() && refused.isEmpty(), "the job ended before the PFM server asked");
            const auto prompt = asked.first().at(1).value<UpdatePrompt>();
            QCOMPARE(prompt.kind, UpdatePrompt::Kind::TelitUpgradeRequest);
            QVERIFY(prompt.deadlineMsecs > QDateTime::currentMSecsSinceEpoch());
            PromptCard *card = nullptr;
            QTRY_VERIFY((card = m_window->prompts()->card(id, prompt.id)));
            QVERIFY(card->remainingMs() > 0);
            card->acceptButton()->click();
            QTRY_VERIFY_WITH_TIMEOUT(!m_window->prompts()->card(id, prompt.id), 30000);
        }

        QTRY_VERIFY_WITH_TIMEOUT(!refused.isEmpty() || !finished.isEmpty(), 180000);
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
        const auto record = finished.first().at(1).value<JobRecord>();
        QVERIFY2(record.state == JobState::Succeeded, qPrintable(record.message + QLatin1Char(' ') + record.advice));
        // A server-held update names no target (the server decides): the
        // module then runs what the simulator's server offered, the demo's package.
        QString planned;
        for (const PackageInfo &p : m_fleet->packages()) {
            if (p.family == family)
                planned = p.toVersion;
        }
        QCOMPARE(record.firmwareAfter, record.toVersion.isEmpty() ? planned : record.toVersion);
        QTRY_VERIFY(!fleet->module(id)->jobActive);
        QCOMPARE(fleet->module(id)->progress.phase, UpdatePhase::Verified);
        QCOMPARE(fleet->index(fleet->rowOf(id), 0).data(FleetModel::OutcomeRole).toInt(),
                 int(ModuleText::JobOutcome::Succeeded));
        QVERIFY(!m_window->notifications()->messages().isEmpty());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DemoFleet> m_fleet;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<DemoDirector> m_director;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_DemoFleet)
#include "tst_demofleet.moc"
