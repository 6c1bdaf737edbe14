#pragma once

#include <QMainWindow>

class EngineApi;
class FleetModel;
class FleetView;
class HistoryDialog;
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
// actions that send intents to the engine. It owns no logic of its own.
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

public slots:
    UpdateDialog *openUpdateDialog();
    HistoryDialog *openHistory();
    PortsDialog *openPorts();

private:
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
    HistoryDialog *m_history = nullptr;
    PortsDialog *m_portsDialog = nullptr;
};
