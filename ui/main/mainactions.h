#pragma once

#include "engine/modulesnapshot.h"

#include <QObject>

class QAction;
class QMainWindow;

// The main window's commands, their shortcuts and icons, the menus and the
// toolbar they appear in, and which of them make sense for the selection.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QMainWindow *window);

    // Enables what applies to the selected modules (and the fleet at large).
    void setSelection(const QList<ModuleSnapshot> &selected, int runningJobs);

    QAction *update;
    QAction *cancel;
    QAction *cancelAll;
    QAction *rescan;
    QAction *release;
    QAction *reclaim;
    QAction *console;
    QAction *history;
    QAction *ports;
    QAction *settings;
    QAction *quit;
    QAction *about;
    QAction *exportDiagnostics;
};
