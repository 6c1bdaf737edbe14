#pragma once

#include "at/traffic.h"
#include "engine/modulesnapshot.h"
#include "modules/updatetypes.h"

#include <QCoreApplication>
#include <QString>

// Words for what a module is doing, shared by the fleet table, the module panel,
// prompts and notifications, so one state reads the same everywhere.
class ModuleText
{
    Q_DECLARE_TR_FUNCTIONS(ModuleText)

public:
    // Where the module's current or last job stands, for row colours and counts.
    enum class JobOutcome { None, Running, Succeeded, Failed, Cancelled };
    static JobOutcome outcome(const ModuleSnapshot &module);

    static QString label(const ModuleSnapshot &module);    // "HL7800 352906101300002"
    static QString connection(ModuleSession::State state); // "Connected", "Disconnected", ...
    static QString jobState(const ModuleSnapshot &module); // "Installing", the job's result, "Idle"
    // The same in a word for a narrow column: "Installing", "Verified", "Failed", "Idle".
    static QString jobWord(const ModuleSnapshot &module);
    // The module cannot be stopped now: it flashes, or restarts into the new firmware.
    static bool mustNotBeInterrupted(const UpdateProgress &progress);
    // The port as people name it: "/dev/ttyUSB0", "COM3"; a long path by its
    // last part ("telit-pfm-0" for /tmp/.../modems/telit-pfm-0).
    static QString portName(const QString &port);
    // "42 % · 11.2 kB/s · 921600 Bd · 0:35 left", "Installing 3:12 of 15:00 max"; empty when
    // there is nothing to measure.
    static QString progress(const UpdateProgress &progress);
    // The same without the percentage, for beside a progress bar.
    static QString progressFigures(const UpdateProgress &progress);
    // progress() for a table cell: a step without a percentage also says what
    // goes on ("0:10 of 15:00 max · The module installs ...; never power it off").
    static QString progressLine(const UpdateProgress &progress);
    static QString percent(int percent); // "42 %"
    static QString method(UpdateMethod method);     // "Local: 1K-XMODEM over the serial port"
    static QString trafficKind(Traffic::Kind kind); // "Command", "URC", ...
    static QString simState(const QString &cpin);   // "Ready", "PIN needed", else as reported
};
