#include "demo/demodirector.h"
#include "demo/demofleet.h"
#include "engine/enginehost.h"
#include "fakeengine.h"
#include "fakefleet.h"
#include "ui/common/moduletext.h"
#include "ui/console/consoledeck.h"
#include "ui/console/consolewidget.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/history/historydialog.h"
#include "ui/history/historymodel.h"
#include "ui/history/jobdetailsdialog.h"
#include "ui/i18n/language.h"
#include "ui/log/logbook.h"
#include "ui/log/logmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/main/notificationbar.h"
#include "ui/module/modulepanel.h"
#include "ui/settings/settingscontroller.h"
#include "ui/settings/settingsdialog.h"
#include "ui/update/packagefiledialog.h"
#include "ui/update/packagemodel.h"
#include "ui/update/promptbar.h"
#include "ui/update/promptcard.h"
#include "ui/update/updatedialog.h"
#include "ui/update/updateoptionsform.h"

#include <QDateTime>
#include <QDir>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTableView>
#include <QScreen>
#include <QSettings>
#include <QTemporaryDir>
#include <QComboBox>
#include <QTest>

// Pictures of the main window with a fleet mid-update and of the update
// dialog, in each language, for people to look at (build/screenshots/*.png).
// The test fails only when a picture cannot be taken.
class tst_Screenshots : public QObject
{
    Q_OBJECT

    // fotadesk --demo as its main() builds it: simulated modules, the real
    // engine, the window with the demo's entries for the update dialog.
    struct RealDemo
    {
        DemoFleet::Options options;
        std::unique_ptr<DemoFleet> fleet;
        QTemporaryDir dir;
        std::unique_ptr<QSettings> store;
        std::unique_ptr<SettingsController> settings;
        std::unique_ptr<EngineHost> host;
        std::unique_ptr<DemoDirector> director;
        std::unique_ptr<MainWindow> window;

        // Empty when it runs, else why not.
        QString start(const QString &simulator)
        {
            options.simulator = simulator;
            fleet = std::make_unique<DemoFleet>(options);
            QString why;
            if (!fleet->start(&why))
                return why;
            store = std::make_unique<QSettings>(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
            settings = std::make_unique<SettingsController>(store.get(), nullptr);
            settings->setRuntimeOverrides({fleet->linkGlob()}, dir.filePath(QStringLiteral("data")));
            host = std::make_unique<EngineHost>(settings->effective());
            settings->setEngine(host->engine());
            director = std::make_unique<DemoDirector>(fleet.get(), host->engine());
            window = std::make_unique<MainWindow>(host->engine(), settings.get());
            UpdateEntries entries;
            entries.apn = DemoFleet::apn();
            entries.pfmServer = DemoFleet::pfmServerNumber();
            window->setUpdateEntries(entries);
            return {};
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(QDir().mkpath(outDir()));
    }

    void mainWindowMidUpdate_data() { languages(); }
    void mainWindowMidUpdate()
    {
        QFETCH(QString, code);
        Language::install(code);
        Scene scene;
        MainWindow &w = *scene.window;
        w.resize(1560, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The person looks at the module whose transfer runs.
        w.fleetView()->selectModule(scene.player->moduleIds().at(3));
        const QString telit = scene.player->moduleIds().at(0);
        UpdatePrompt question;
        question.id = QStringLiteral("pfm-1");
        question.kind = UpdatePrompt::Kind::TelitUpgradeRequest;
        // The words the Telit flow uses (core), so they come translated.
        question.text = QCoreApplication::translate("TelitPfmFlow",
                                                    "The PFM server offers a firmware upgrade for this module. "
                                                    "Accept it? Unanswered, the request lapses.");
        question.deadlineMsecs = QDateTime::currentMSecsSinceEpoch() + 47000;
        emit scene.engine.promptRequested(telit, question);
        JobRecord ok;
        ok.id = 5;
        ok.state = JobState::Succeeded;
        ok.firmwareAfter = w.fleet()->module(scene.player->moduleIds().at(4))->identity.firmware;
        ok.started = QDateTime::currentDateTimeUtc().addSecs(-104);
        ok.ended = QDateTime::currentDateTimeUtc();
        emit scene.engine.jobFinished(scene.player->moduleIds().at(4), ok);
        // Let the log's batch timer and the layout settle.
        QTRY_VERIFY(w.modulePanel()->log() && scene.logFilled(w));
        save(w.grab(), QStringLiteral("mainwindow_%1.png").arg(code));
    }

    void updateDialog_data() { languages(); }
    void updateDialog()
    {
        QFETCH(QString, code);
        Language::install(code);
        Scene scene;
        MainWindow &w = *scene.window;
        w.resize(1560, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Two idle HL7800s (one already on the target) and an idle Telit.
        QList<ModuleSnapshot> idle{FakeFleet::module(Family::SierraHl78xx, 21),
                                   FakeFleet::module(Family::SierraHl78xx, 25),
                                   FakeFleet::module(Family::TelitPfm, 24)};
        idle[1].identity.firmware = FakeFleet::package(Family::SierraHl78xx).toVersion;
        idle[1].identity.simState = QStringLiteral("SIM PIN");
        scene.engine.publish(idle);
        UpdateDialog dialog(&scene.engine, w.packages(), idle, &w);
        dialog.selectPackage(FakeFleet::package(Family::SierraHl78xx).id());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(dialog);
        save(dialog.grab(), QStringLiteral("updatedialog_%1.png").arg(code));
    }

    // A Telit alone: the PFM server row, here mistyped, says what is wrong.
    void updateDialogForTelit_data() { languages(); }
    void updateDialogForTelit()
    {
        QFETCH(QString, code);
        Language::install(code);
        Scene scene;
        MainWindow &w = *scene.window;
        const QList<ModuleSnapshot> telits{FakeFleet::module(Family::TelitPfm, 20), FakeFleet::module(Family::TelitPfm, 24)};
        scene.engine.publish(telits);
        UpdateDialog dialog(&scene.engine, w.packages(), telits, &w);
        dialog.setAgreementDefaults(AgreementPolicy::Ask, 30);
        dialog.options()->pfmServerField()->setText(QStringLiteral("203.0.113.7"));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(dialog);
        save(dialog.grab(), QStringLiteral("updatedialog_telit_%1.png").arg(code));
    }

    // A server-held update (AirVantage): no file to choose, the line saying
    // where the update comes from, the APN it needs.
    void updateDialogServerHeld()
    {
        Language::install(QStringLiteral("en"));
        Scene scene;
        MainWindow &w = *scene.window;
        const QList<ModuleSnapshot> hls{FakeFleet::module(Family::SierraHl78xx, 20),
                                        FakeFleet::module(Family::SierraHl78xx, 22)};
        scene.engine.publish(hls);
        UpdateDialog dialog(&scene.engine, w.packages(), hls, &w);
        dialog.setAgreementDefaults(AgreementPolicy::Ask, 30);
        dialog.options()->setMethod(UpdateMethod::Ota);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        settle(dialog);
        save(dialog.grab(), QStringLiteral("updatedialog_serverheld_en.png"));
    }

    // A vendor file as shipped (no manifest, a name that says nothing): its
    // description pre-filled from the module, then the dialog with it chosen.
    void updateDialogVendorFile()
    {
        Language::install(QStringLiteral("en"));
        Scene scene;
        MainWindow &w = *scene.window;
        const QList<ModuleSnapshot> sims{FakeFleet::module(Family::SimcomSim7020, 20)};
        scene.engine.publish(sims);
        UpdateDialog dialog(&scene.engine, w.packages(), sims, &w);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.describeFile(scene.dir.filePath(QStringLiteral("update.bin")));
        auto *describe = dialog.findChild<PackageFileDialog *>();
        QVERIFY(describe);
        QVERIFY(QTest::qWaitForWindowExposed(describe));
        settle(*describe);
        save(describe->grab(), QStringLiteral("packagefile_en.png"));
        // Left empty, as the vendor shipped it.
        describe->familyBox()->setCurrentIndex(0);
        describe->modelField()->clear();
        describe->fromField()->clear();
        describe->accept();
        QTRY_VERIFY(dialog.selectedPackage());
        settle(dialog);
        save(dialog.grab(), QStringLiteral("updatedialog_vendorfile_en.png"));
    }

    void consoleWithARefusal()
    {
        Language::install(QStringLiteral("en"));
        Scene scene;
        MainWindow &w = *scene.window;
        w.resize(1560, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString telit = scene.player->moduleIds().at(0);
        w.fleetView()->selectModule(telit);
        w.modulePanel()->showConsole();
        ConsoleWidget *console = w.modulePanel()->consoles()->console(telit);
        scene.engine.consoleLines.insert(QStringLiteral("AT+CGMR"), {QStringLiteral("10.00.005")});
        scene.engine.consoleLines.insert(QStringLiteral("AT+CSQ"), {QStringLiteral("+CSQ: 18,99")});
        for (const char *command : {"AT+CGMR", "AT+CSQ", "AT#SGACT=1,1"}) {
            console->input()->setText(QLatin1String(command));
            console->send();
        }
        console->input()->setText(QStringLiteral("AT#OTA"));
        QTRY_VERIFY(!console->refusalBanner()->isHidden());
        save(w.grab(), QStringLiteral("console_en.png"));
    }

    void settingsDialog_data() { languages(); }
    void settingsDialog()
    {
        QFETCH(QString, code);
        Language::install(code);
        EngineSettings s;
        s.scanGlobs = {QStringLiteral("/tmp/modems/*"), QStringLiteral("/dev/serial/by-id/usb-Telit*")};
        SettingsDialog dialog(s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        save(dialog.grab(), QStringLiteral("settings_%1.png").arg(code));
    }

    void historyWithAJobOpen()
    {
        Language::install(QStringLiteral("en"));
        FakeEngine engine;
        const QDateTime start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        for (int i = 0; i < 6; ++i) {
            JobRecord j;
            j.id = 40 + i;
            j.imei = FakeFleet::module(allFamilies().at(i % 4), i).identity.imei;
            j.family = allFamilies().at(i % 4);
            j.model = FakeFleet::module(j.family, i).identity.model;
            const PackageInfo p = FakeFleet::package(j.family);
            j.packageName = p.fileName();
            j.fromVersion = p.fromVersion;
            j.toVersion = p.toVersion;
            j.state = i == 2 ? JobState::Failed : JobState::Succeeded;
            j.reason = i == 2 ? FailureReason::Integrity : FailureReason::None;
            j.firmwareAfter = i == 2 ? p.fromVersion : p.toVersion;
            j.message = i == 2 ? QStringLiteral("The module rejected the package's checksum") : QString();
            j.advice = i == 2 ? QStringLiteral("Download the package again, then install it.") : QString();
            j.method = UpdateMethod::Ota;
            j.started = start.addSecs(i * 300);
            j.ended = j.started.addSecs(95 + i * 7);
            // Over the air: nothing crosses the serial line; the module downloads and installs.
            j.timing = JobTiming::split(j.started.msecsTo(j.ended), 0, j.started.msecsTo(j.ended) - 1400 - i * 90);
            const char *steps[] = {"preflight", "backup", "download", "install", "reboot", "verify", "restore"};
            qint64 t = 0;
            for (const char *name : steps) {
                StepRecord s;
                s.name = QLatin1String(name);
                s.started = j.started.addSecs(t);
                t += QByteArray(name) == "download" ? 40 : 8;
                s.ended = j.started.addSecs(t);
                s.outcome = (i == 2 && QByteArray(name) == "install") ? QStringLiteral("failed") : QStringLiteral("ok");
                if (QByteArray(name) == "download")
                    s.figures = QJsonObject{{QStringLiteral("bytes"), p.size}, {QStringLiteral("bytesPerSecond"), 5400}};
                j.steps << s;
            }
            engine.history.prepend(j);
        }
        HistoryDialog history(&engine);
        history.show();
        QVERIFY(QTest::qWaitForWindowExposed(&history));
        QTRY_COMPARE(history.model()->rowCount(), 6);
        history.view()->selectRow(3);
        history.openSelected();
        JobDetailsDialog *details = nullptr;
        QTRY_VERIFY((details = history.findChild<JobDetailsDialog *>()));
        QVERIFY(QTest::qWaitForWindowExposed(details));
        save(history.grab(), QStringLiteral("history_en.png"));
        save(details->grab(), QStringLiteral("jobdetails_en.png"));
    }

    // The real thing: fotadesk --demo's engine and simulated modules.
    void demoFleetOnTheRealEngine()
    {
        Language::install(QStringLiteral("en"));
        const QString simulator = DemoFleet::findSimulator(QStringLiteral(FOTADESK_APP_DIR) + QStringLiteral("/fotadesk"));
        if (simulator.isEmpty())
            QSKIP("fotadesk-sim is not built");
        RealDemo demo;
        const QString why = demo.start(simulator);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        MainWindow &w = *demo.window;
        w.resize(1560, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.fleet()->rowCount(), demo.options.modules, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w.packages()->rowCount(), 4, 10000);
        const QString id = w.fleet()->moduleAt(0).id;
        w.fleetView()->selectModule(id);
        // An idle module says nothing: ask it something, as a person would.
        ConsoleWidget *console = w.modulePanel()->consoles()->console(id);
        for (const char *command : {"ATI", "AT+CGMR", "AT+CSQ", "AT+CPIN?"}) {
            console->input()->setText(QLatin1String(command));
            console->send();
        }
        QTRY_VERIFY_WITH_TIMEOUT(w.logs()->log(id)->rowCount() >= 8, 10000);
        save(w.grab(), QStringLiteral("demo_realengine_en.png"));
    }

    // The real engine updating the whole demo fleet, started through the
    // update dialog as a person would (one dialog per family, with the demo's
    // entries): a picture mid-update (modules in different phases, a transfer
    // with its rate and time left, Telit's question with its deadline, the
    // live log of a module in the middle of it), and one at the end.
    // FOTADESK_FILMSTRIP=1 also saves a frame every two seconds.
    void demoFleetUpdating()
    {
        Language::install(QStringLiteral("en"));
        const QString simulator = DemoFleet::findSimulator(QStringLiteral(FOTADESK_APP_DIR) + QStringLiteral("/fotadesk"));
        if (simulator.isEmpty())
            QSKIP("fotadesk-sim is not built");
        RealDemo demo;
        const QString why = demo.start(simulator);
        QVERIFY2(why.isEmpty(), qPrintable(why));
        DemoFleet &fleet = *demo.fleet;
        EngineHost &host = *demo.host;
        MainWindow &w = *demo.window;
        w.resize(1560, 940);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE_WITH_TIMEOUT(w.fleet()->rowCount(), demo.options.modules, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(w.packages()->rowCount(), 4, 10000);

        QTimer filmstrip;
        int frame = 0;
        connect(&filmstrip, &QTimer::timeout, &w, [&] {
            save(w.grab(), QStringLiteral("film_%1.png").arg(frame++, 3, 10, QLatin1Char('0')));
        });
        if (qEnvironmentVariableIntValue("FOTADESK_FILMSTRIP"))
            filmstrip.start(2000);

        // Two of them fail, as modules in the field do: a download refused by
        // the server, a package the module finds corrupt.
        for (const DemoFleet::Module &m : fleet.modules()) {
            const bool second = m.link.endsWith(QLatin1String("-1"));
            const QString fault = !second                            ? QString()
                                  : m.family == Family::Cinterion     ? QStringLiteral("http:404")
                                  : m.family == Family::SimcomSim7020 ? QStringLiteral("bad-checksum")
                                                                      : QString();
            if (fault.isEmpty())
                continue;
            QProcess control;
            control.start(simulator, {QStringLiteral("control"), QStringLiteral("--link"), m.link,
                                      QStringLiteral("fault"), fault});
            QVERIFY(control.waitForFinished(10000));
            QVERIFY2(control.readAllStandardOutput().startsWith("OK"), qPrintable(m.link));
        }

        // The slowest first, so that they are all under way together.
        QSignalSpy finished(host.engine(), &EngineApi::jobFinished);
        QStringList started;
        for (Family f : {Family::TelitPfm, Family::SimcomSim7020, Family::SierraHl78xx, Family::Cinterion}) {
            QStringList ids;
            for (int row = 0; row < w.fleet()->rowCount(); ++row) {
                if (w.fleet()->moduleAt(row).identity.family == f)
                    ids << w.fleet()->moduleAt(row).id;
            }
            w.fleetView()->selectModules(ids);
            UpdateDialog *dialog = w.openUpdateDialog();
            QVERIFY(dialog);
            QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
            dialog->start();
            started << ids;
        }

        auto midUpdate = [&] {
            QSet<UpdatePhase> phases;
            bool transferring = false;
            for (int row = 0; row < w.fleet()->rowCount(); ++row) {
                const ModuleSnapshot &m = w.fleet()->moduleAt(row);
                if (!m.jobActive)
                    continue;
                phases << m.progress.phase;
                transferring = transferring
                    || (m.progress.phase == UpdatePhase::Transferring && m.progress.percent >= 20
                        && m.progress.percent <= 80 && m.progress.etaMs > 0);
            }
            return transferring && phases.size() >= 3 && !w.prompts()->cards().isEmpty();
        };
        // Not a check: the picture is taken whatever the fleet got to.
        if (!QTest::qWaitFor(midUpdate, 90000))
            qInfo("the fleet never showed a transfer, a question and three phases at once");
        // Look at the Telit that asks, its #OTAEV events in the log.
        if (!w.prompts()->cards().isEmpty())
            w.fleetView()->selectModule(w.prompts()->cards().first()->moduleId());
        settle(w);
        save(w.grab(), QStringLiteral("demo_midupdate_en.png"));

        // Telit's questions are answered on their cards as they come.
        QTimer answer;
        connect(&answer, &QTimer::timeout, &w, [&] {
            for (PromptCard *card : w.prompts()->cards()) {
                if (card->acceptButton()->isEnabled())
                    card->acceptButton()->click();
            }
        });
        answer.start(500);
        if (!QTest::qWaitFor([&] { return finished.size() >= started.size(); }, 150000))
            qInfo("%lld of %lld jobs ended", qlonglong(finished.size()), qlonglong(started.size()));
        // Look at a module that failed: what happened and what to do.
        for (int row = 0; row < w.fleet()->rowCount(); ++row) {
            if (w.fleet()->index(row, 0).data(FleetModel::OutcomeRole).toInt() == int(ModuleText::JobOutcome::Failed))
                w.fleetView()->selectModule(w.fleet()->moduleAt(row).id);
        }
        settle(w);
        save(w.grab(), QStringLiteral("demo_finished_en.png"));
    }

    void cleanupTestCase()
    {
        Language::install(QStringLiteral("en"));
    }

private:
    struct Scene
    {
        QTemporaryDir dir;
        QSettings store{dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat};
        FakeEngine engine;
        SettingsController settings{&store, &engine};
        std::unique_ptr<MainWindow> window;
        std::unique_ptr<FleetPlayer> player;

        Scene()
        {
            window = std::make_unique<MainWindow>(&engine, &settings);
            QList<PackageInfo> catalog;
            for (Family f : allFamilies())
                catalog << FakeFleet::package(f);
            engine.setPackages(catalog);
            player = std::make_unique<FleetPlayer>(&engine, 8);
            player->stageMidUpdate();
            const qint64 start = QDateTime::currentMSecsSinceEpoch() - 60000;
            for (const QString &id : player->moduleIds())
                emit engine.trafficBatch(id, FakeFleet::traffic(engine.module(id).identity.family, 0, 120, start));
        }
        bool logFilled(MainWindow &w) const
        {
            return w.logs()->log(w.modulePanel()->moduleId())->rowCount() == 120;
        }
    };

    static QString outDir() { return QStringLiteral(FOTADESK_SCREENSHOT_DIR); }
    // Widgets added to a shown window appear on the next turns of the event
    // loop; a picture taken before would show holes.
    static void settle(QWidget &w)
    {
        // Layouts and shows are posted events: let them run once.
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        const bool shown = QTest::qWaitFor([&w] {
            const QList<QWidget *> children = w.findChildren<QWidget *>();
            return std::none_of(children.cbegin(), children.cend(), [](QWidget *c) {
                return !c->isHidden() && !c->isVisible() && c->parentWidget() && c->parentWidget()->isVisible()
                    && !c->isWindow();
            });
        }, 2000);
        if (!shown)
            qInfo("some widgets were still waiting to be shown");
    }
    static void languages()
    {
        QTest::addColumn<QString>("code");
        for (const char *code : {"en", "de", "it", "zh_CN"})
            QTest::newRow(code) << QString::fromLatin1(code);
    }
    static void save(const QPixmap &pixmap, const QString &name)
    {
        QVERIFY(!pixmap.isNull());
        const QString path = QDir(outDir()).filePath(name);
        QVERIFY2(pixmap.save(path), qPrintable(path));
        qInfo("screenshot: %s", qPrintable(path));
    }
};

QTEST_MAIN(tst_Screenshots)
#include "tst_screenshots.moc"
