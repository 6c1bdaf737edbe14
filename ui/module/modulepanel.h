#pragma once

#include <QWidget>

class ConsoleDeck;
class EngineApi;
class FleetModel;
class IdentityView;
class LogBook;
class LogPanel;
class QTabWidget;

// Everything about the module in focus: who it is and its modem lines on the
// left; its live log and its AT console on the right.
class ModulePanel : public QWidget
{
    Q_OBJECT

public:
    ModulePanel(EngineApi *engine, FleetModel *fleet, LogBook *logs, QWidget *parent = nullptr);

    QString moduleId() const { return m_moduleId; }
    IdentityView *identity() const { return m_identity; }
    LogPanel *log() const { return m_log; }
    ConsoleDeck *consoles() const { return m_consoles; }
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    void showModule(const QString &moduleId);
    void showConsole();

private:
    void refresh(const QString &moduleId);

    FleetModel *m_fleet;
    LogBook *m_logs;
    QString m_moduleId;
    IdentityView *m_identity;
    QTabWidget *m_tabs;
    LogPanel *m_log;
    ConsoleDeck *m_consoles;
};
