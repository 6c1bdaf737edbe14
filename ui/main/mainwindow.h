#pragma once

#include "ui/update/updateoptionsform.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>

class BundleExport;
class EngineApi;
class FleetModel;
class QFileDialog;
class FleetView;
class HistoryDialog;
class InterruptedJobs;
class LogBook;
class MainActions;
class ModulePanel;
class NotificationBar;
class PackageModel;
class PortsDialog;
class PortsModel;
class PromptBar;
class SettingsController;
class StatusCounts;
class UpdateDialog;

// Wires the parts together: the fleet table over the module panel, open
// agreement requests and job results above them, counts below, and the
// actions that send intents to the engine. It owns no logic of its own, but
// asks before quitting while modules update.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(EngineApi *engine, SettingsController *settings, QWidget *parent = nullptr);

    FleetModel *fleet() const { return m_fleet; }
    FleetView *fleetView() const { return m_fleetView; }
    ModulePanel *modulePanel() const { return m_panel; }
    PromptBar *prompts() const { return m_prompts; }
    NotificationBar *notifications() const { return m_notifications; }
    StatusCounts *counts() const { return m_counts; }
    MainActions *actions() const { return m_actions; }
    PackageModel *packages() const { return m_packages; }
    PortsModel *ports() const { return m_ports; }
    LogBook *logs() const { return m_logs; }
    InterruptedJobs *interruptedJobs() const { return m_interrupted; }
    // The quit question while jobs run, when it is open.
    QMessageBox *quitQuestion() const { return m_quitQuestion; }

    // What the next update dialog starts from (a demo's APN and PFM server);
    // afterwards each started update's entries. Never a secret.
    void setUpdateEntries(const UpdateEntries &entries) { m_updateEntries = entries; }
    UpdateEntries updateEntries() const { return m_updateEntries; }

public slots:
    UpdateDialog *openUpdateDialog();
    HistoryDialog *openHistory();
    PortsDialog *openPorts();
    // "Export diagnostics…": asks where, then writes the selected module's
    // support bundle off the GUI thread. The dialog, for tests.
    QFileDialog *exportDiagnostics();
    BundleExport *bundleExport() const { return m_bundle; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void askBeforeQuitting();
    void connectActions();
    void selectionChanged();
    void cancelSelected();
    void forSelected(void (EngineApi::*call)(const QString &));
    void showAbout();

    EngineApi *m_engine;
    SettingsController *m_settings;
    FleetModel *m_fleet;
    PackageModel *m_packages;
    PortsModel *m_ports;
    LogBook *m_logs;
    FleetView *m_fleetView;
    ModulePanel *m_panel;
    PromptBar *m_prompts;
    NotificationBar *m_notifications;
    StatusCounts *m_counts;
    MainActions *m_actions;
    InterruptedJobs *m_interrupted;
    UpdateEntries m_updateEntries;
    QPointer<QMessageBox> m_quitQuestion;
    bool m_quitConfirmed = false;
    HistoryDialog *m_history = nullptr;
    PortsDialog *m_portsDialog = nullptr;
    BundleExport *m_bundle = nullptr;
};
