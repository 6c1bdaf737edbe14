#include "mainwindow.h"

#include "engine/engineapi.h"
#include "interruptedjobs.h"
#include "mainactions.h"
#include "notificationbar.h"
#include "statuscounts.h"
#include "fleet/pathcomponent.h"
#include "support/bundleexport.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/history/historydialog.h"
#include "ui/log/logbook.h"
#include "ui/module/modulepanel.h"
#include "ui/ports/portsdialog.h"
#include "ui/ports/portsmodel.h"
#include "ui/settings/settingscontroller.h"
#include "ui/update/packagemodel.h"
#include "ui/update/promptbar.h"
#include "ui/update/updatedialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(EngineApi *engine, SettingsController *settings, QWidget *parent)
    : QMainWindow(parent)
    , m_engine(engine)
    , m_settings(settings)
    , m_fleet(new FleetModel(this))
    , m_packages(new PackageModel(this))
    , m_ports(new PortsModel(this))
    , m_logs(new LogBook(this))
    , m_fleetView(new FleetView(m_fleet, this))
    , m_panel(new ModulePanel(engine, m_fleet, m_logs, this))
    , m_prompts(new PromptBar(engine, m_fleet, this))
    , m_notifications(new NotificationBar(this))
    , m_counts(new StatusCounts(this))
    , m_actions(new MainActions(this))
    , m_interrupted(new InterruptedJobs(engine, m_fleet, m_notifications, this))
{
    setWindowTitle(tr("FotaDesk"));
    m_fleet->attach(engine);
    m_packages->attach(engine);
    m_ports->attach(engine);
    m_logs->attach(engine);
    m_notifications->attach(engine, m_fleet);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_fleetView);
    split->addWidget(m_panel);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    // Room for a dozen modules above the module in focus.
    const int row = m_fleetView->verticalHeader()->defaultSectionSize();
    split->setSizes({row * 13, row * 16});
    split->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_prompts);
    layout->addWidget(m_notifications);
    layout->addWidget(split, 1);
    setCentralWidget(central);

    statusBar()->addPermanentWidget(m_counts);
    connect(m_fleet, &FleetModel::countsChanged, m_counts, &StatusCounts::setCounts);
    connect(m_ports, &PortsModel::portsChanged, this,
            [this] { m_counts->setPortsWithoutModule(m_ports->portsWithoutModule()); });
    connect(m_counts, &StatusCounts::portsRequested, this, &MainWindow::openPorts);
    connect(m_fleet, &FleetModel::countsChanged, this, &MainWindow::selectionChanged);
    connect(m_fleet, &FleetModel::moduleChanged, this, &MainWindow::selectionChanged);
    connect(m_fleetView, &FleetView::currentModuleChanged, m_panel, &ModulePanel::showModule);
    connect(m_fleetView, &FleetView::selectedModulesChanged, this, &MainWindow::selectionChanged);
    connect(m_notifications, &NotificationBar::moduleActivated, m_fleetView, &FleetView::selectModule);
    connect(m_notifications, &NotificationBar::notified, this,
            [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    connect(engine, &EngineApi::notice, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    connectActions();
    resize(1500, 950);
    m_interrupted->readHistory();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_quitConfirmed || m_fleet->counts().running == 0) {
        event->accept();
        return;
    }
    event->ignore();
    askBeforeQuitting();
}

void MainWindow::askBeforeQuitting()
{
    if (m_quitQuestion) {
        m_quitQuestion->raise();
        return;
    }
    int running = 0;
    int installing = 0;
    for (int row = 0; row < m_fleet->rowCount(); ++row) {
        const ModuleSnapshot &m = m_fleet->moduleAt(row);
        if (!m.jobActive)
            continue;
        ++running;
        // Past the point of no return: the module flashes (or reboots into
        // the new firmware) whatever FotaDesk does.
        if (m.progress.phase == UpdatePhase::Installing || m.progress.phase == UpdatePhase::Rebooting)
            ++installing;
    }
    QStringList details;
    details << (running == 1 ? tr("Quitting stops the running update. It is recorded as interrupted, and "
                                  "FotaDesk offers to resume it at its next start.")
                             : tr("Quitting stops the running updates. They are recorded as interrupted, "
                                  "and FotaDesk offers to resume them at its next start."));
    if (installing > 0)
        details << (installing == 1 ? tr("One module is installing its new firmware and cannot be stopped: it "
                                         "finishes on its own. Leave it powered and connected.")
                                    : tr("%1 modules are installing their new firmware and cannot be stopped: "
                                         "they finish on their own. Leave them powered and connected.")
                                          .arg(installing));
    m_quitQuestion = new QMessageBox(QMessageBox::Warning, tr("Quit FotaDesk?"),
                                     running == 1 ? tr("An update is still running.")
                                                  : tr("%1 updates are still running.").arg(running),
                                     QMessageBox::NoButton, this);
    m_quitQuestion->setAttribute(Qt::WA_DeleteOnClose);
    m_quitQuestion->setInformativeText(details.join(QStringLiteral("\n\n")));
    QPushButton *quit = m_quitQuestion->addButton(tr("Quit anyway"), QMessageBox::DestructiveRole);
    QPushButton *stay = m_quitQuestion->addButton(tr("Keep updating"), QMessageBox::RejectRole);
    m_quitQuestion->setDefaultButton(stay);
    m_quitQuestion->setEscapeButton(stay);
    connect(m_quitQuestion, &QMessageBox::buttonClicked, this, [this, quit](QAbstractButton *button) {
        if (button != quit)
            return;
        m_quitConfirmed = true;
        // After the box has gone: closing from inside its click handler
        // would delete it under its own feet.
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    });
    m_quitQuestion->open();
}

void MainWindow::connectActions()
{
    connect(m_actions->update, &QAction::triggered, this, &MainWindow::openUpdateDialog);
    connect(m_actions->cancel, &QAction::triggered, this, [this] { forSelected(&EngineApi::cancelJob); });
    connect(m_actions->cancelAll, &QAction::triggered, this, [this] { m_engine->cancelAllJobs(); });
    connect(m_actions->rescan, &QAction::triggered, this, [this] { m_engine->rescan(); });
    connect(m_actions->release, &QAction::triggered, this, [this] { forSelected(&EngineApi::releaseModule); });
    connect(m_actions->reclaim, &QAction::triggered, this, [this] { forSelected(&EngineApi::reclaimModule); });
    connect(m_actions->console, &QAction::triggered, m_panel, &ModulePanel::showConsole);
    connect(m_actions->history, &QAction::triggered, this, &MainWindow::openHistory);
    connect(m_actions->ports, &QAction::triggered, this, &MainWindow::openPorts);
    connect(m_actions->settings, &QAction::triggered, this, [this] { m_settings->edit(this); });
    connect(m_actions->quit, &QAction::triggered, this, &QWidget::close);
    connect(m_actions->about, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_actions->exportDiagnostics, &QAction::triggered, this, &MainWindow::exportDiagnostics);
    m_fleetView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_fleetView->addActions({m_actions->update, m_actions->cancel, m_actions->console, m_actions->release,
                             m_actions->reclaim, m_actions->exportDiagnostics});
    connect(m_fleetView, &QAbstractItemView::doubleClicked, m_panel, &ModulePanel::showConsole);
}

void MainWindow::selectionChanged()
{
    QList<ModuleSnapshot> selected;
    for (const QString &id : m_fleetView->selectedModuleIds()) {
        if (const ModuleSnapshot *m = m_fleet->module(id))
            selected << *m;
    }
    m_actions->setSelection(selected, m_fleet->counts().running);
}

void MainWindow::forSelected(void (EngineApi::*call)(const QString &))
{
    for (const QString &id : m_fleetView->selectedModuleIds())
        (m_engine->*call)(id);
}

UpdateDialog *MainWindow::openUpdateDialog()
{
    QList<ModuleSnapshot> selected;
    for (const QString &id : m_fleetView->selectedModuleIds()) {
        const ModuleSnapshot *m = m_fleet->module(id);
        if (m && !m->jobActive)
            selected << *m;
    }
    if (selected.isEmpty())
        return nullptr;
    // Deleted on close: the PIN and passwords typed into it go with it.
    auto *dialog = new UpdateDialog(m_engine, m_packages, selected, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const EngineSettings s = m_settings->effective();
    const bool telitOnly = std::all_of(selected.cbegin(), selected.cend(), [](const ModuleSnapshot &m) {
        return m.identity.family == Family::TelitPfm;
    });
    dialog->setAgreementDefaults(telitOnly ? s.telitRequestPolicy : s.hl78xxAgreementPolicy, s.deferMinutes);
    dialog->setEntries(m_updateEntries);
    // The next dialog starts from what was used (never the PIN or passwords).
    connect(dialog, &QDialog::accepted, this, [this, dialog] { m_updateEntries = dialog->options()->entries(); });
    dialog->open();
    return dialog;
}

HistoryDialog *MainWindow::openHistory()
{
    if (!m_history)
        m_history = new HistoryDialog(m_engine, this);
    else
        m_history->refresh();
    m_history->show();
    m_history->raise();
    m_history->activateWindow();
    return m_history;
}

PortsDialog *MainWindow::openPorts()
{
    if (!m_portsDialog)
        m_portsDialog = new PortsDialog(m_ports, this);
    m_portsDialog->show();
    m_portsDialog->raise();
    m_portsDialog->activateWindow();
    return m_portsDialog;
}

QFileDialog *MainWindow::exportDiagnostics()
{
    const QStringList ids = m_fleetView->selectedModuleIds();
    const ModuleSnapshot *module = ids.size() == 1 ? m_fleet->module(ids.first()) : nullptr;
    if (!module)
        return nullptr;
    if (!m_bundle) {
        m_bundle = new BundleExport(this);
        connect(m_bundle, &BundleExport::finished, this, [this](bool ok, const QString &message) {
            if (ok) {
                statusBar()->showMessage(message, 15000);
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Export diagnostics"),
                                        tr("The diagnostics could not be written."), QMessageBox::Close, this);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(message);
            box->open();
        });
    }
    const QString moduleId = module->id;
    const QString suggested = QDir::home().filePath(
        QStringLiteral("fotadesk-bundle-%1-%2.zip")
            .arg(pathComponentFor(module->identity.imei.isEmpty() ? moduleId : module->identity.imei),
                 QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    auto *dialog = new QFileDialog(this, tr("Export diagnostics"), suggested, tr("Zip archives (*.zip)"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("zip"));
    connect(dialog, &QFileDialog::fileSelected, this, [this, moduleId](const QString &file) {
        SupportBundle::Request request;
        request.target = moduleId;
        request.appVersion = QApplication::applicationVersion();
        const QString store = QDir(m_settings->effective().effectiveDataFolder()).filePath(QStringLiteral("fotadesk.sqlite"));
        if (!m_bundle->start(store, request, file))
            statusBar()->showMessage(tr("Diagnostics are still being written; try again in a moment."), 10000);
        else
            statusBar()->showMessage(tr("Writing diagnostics to %1\u2026").arg(file));
    });
    dialog->open();
    return dialog;
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("About FotaDesk"),
                                tr("<p><b>FotaDesk %1</b></p><p>Firmware updates for cellular IoT modules over "
                                   "serial/USB and over the air: Telit (PFM), Telit Cinterion, SIMCom SIM7020 "
                                   "and Sierra Wireless HL78xx.</p>")
                                    .arg(QApplication::applicationVersion()),
                                QMessageBox::Close, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
