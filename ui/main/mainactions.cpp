#include "mainactions.h"

#include <QAction>
#include <QMainWindow>
#include <QMenuBar>
#include <QStyle>
#include <QToolBar>

MainActions::MainActions(QMainWindow *window)
    : QObject(window)
{
    QStyle *style = window->style();
    auto make = [&](const QString &text, QStyle::StandardPixmap icon, const QKeySequence &key,
                    const QString &tip) {
        auto *action = new QAction(style->standardIcon(icon), text, window);
        action->setShortcut(key);
        action->setToolTip(key.isEmpty() ? tip : QStringLiteral("%1 (%2)").arg(tip, key.toString(QKeySequence::NativeText)));
        action->setStatusTip(tip);
        return action;
    };
    update = make(tr("&Update\u2026"), QStyle::SP_ArrowUp, QKeySequence(tr("Ctrl+U")),
                  tr("Update the selected modules' firmware"));
    cancel = make(tr("&Cancel"), QStyle::SP_DialogCancelButton, QKeySequence(),
                  tr("Cancel the selected modules' jobs, where the module still allows it"));
    cancelAll = make(tr("Cancel &all"), QStyle::SP_MediaStop, QKeySequence(),
                     tr("Cancel every running job, where the modules still allow it"));
    rescan = make(tr("&Rescan"), QStyle::SP_BrowserReload, QKeySequence::Refresh,
                  tr("Look for modules on every port again"));
    release = make(tr("&Release port"), QStyle::SP_DialogCloseButton, QKeySequence(),
                   tr("Close the port so another tool can use it"));
    reclaim = make(tr("Re&claim port"), QStyle::SP_DialogOpenButton, QKeySequence(),
                   tr("Take a released port back"));
    console = make(tr("AT &console"), QStyle::SP_ComputerIcon, QKeySequence(tr("Ctrl+K")),
                   tr("Talk to the selected module"));
    history = make(tr("&History"), QStyle::SP_FileDialogDetailedView, QKeySequence(tr("Ctrl+H")),
                   tr("Past update jobs"));
    ports = make(tr("Serial &ports"), QStyle::SP_DriveNetIcon, QKeySequence(),
                 tr("Every serial port and what is on it, with advice for those without a module"));
    settings = make(tr("&Settings\u2026"), QStyle::SP_FileDialogInfoView, QKeySequence::Preferences,
                    tr("Ports, agreements, timeouts, package server, data folder, language"));
    quit = make(tr("&Quit"), QStyle::SP_DialogCloseButton, QKeySequence::Quit, tr("Quit FotaDesk"));
    about = new QAction(tr("&About FotaDesk"), window);
    exportDiagnostics = make(tr("Export &diagnostics\u2026"), QStyle::SP_DialogSaveButton, QKeySequence(),
                             tr("Save everything about the selected module for support in one zip: identity, "
                                "jobs, settings backups, transcripts, versions; secrets masked"));

    QMenu *file = window->menuBar()->addMenu(tr("&File"));
    file->addAction(settings);
    file->addSeparator();
    file->addAction(quit);
    QMenu *modules = window->menuBar()->addMenu(tr("&Modules"));
    for (QAction *a : {update, cancel, cancelAll})
        modules->addAction(a);
    modules->addSeparator();
    for (QAction *a : {console, release, reclaim, rescan})
        modules->addAction(a);
    QMenu *view = window->menuBar()->addMenu(tr("&View"));
    view->addAction(history);
    view->addAction(ports);
    QMenu *help = window->menuBar()->addMenu(tr("&Help"));
    help->addAction(exportDiagnostics);
    help->addSeparator();
    help->addAction(about);

    auto *bar = window->addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    for (QAction *a : {update, cancel, cancelAll})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {rescan, release, reclaim})
        bar->addAction(a);
    bar->addSeparator();
    for (QAction *a : {history, settings})
        bar->addAction(a);
    setSelection({}, 0);
}

void MainActions::setSelection(const QList<ModuleSnapshot> &selected, int runningJobs)
{
    bool anyIdle = false, anyRunning = false, anyConnected = false, anyReleased = false;
    for (const ModuleSnapshot &m : selected) {
        anyIdle = anyIdle || (!m.jobActive && m.connection == ModuleSession::State::Connected);
        anyRunning = anyRunning || m.jobActive;
        anyConnected = anyConnected || (m.connection == ModuleSession::State::Connected && !m.jobActive);
        anyReleased = anyReleased || m.connection == ModuleSession::State::Released;
    }
    update->setEnabled(anyIdle);
    cancel->setEnabled(anyRunning);
    cancelAll->setEnabled(runningJobs > 0);
    release->setEnabled(anyConnected);
    reclaim->setEnabled(anyReleased);
    console->setEnabled(selected.size() == 1);
    exportDiagnostics->setEnabled(selected.size() == 1);
}
