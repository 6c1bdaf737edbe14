#pragma once

#include "portwatcher.h"
#include "probesettings.h"

#include <QStringList>

#include <chrono>

class QSettings;

// Everything Discovery can be told, with load/save so the GUI's settings and
// the CLI's options meet in one place.
struct DiscoverySettings
{
    static constexpr int version = 1;

    QStringList scanGlobs;        // ports/extra and --scan: paths besides the OS's ports
    bool systemPorts = true;      // include the ports the OS lists
    PortWatcherSettings watcher;
    ProbeSettings probe;
    // How long a module whose port went away is waited for (it reboots after
    // an install and may come back on another port) before it is dropped.
    // Sessions owned by a job are kept regardless.
    std::chrono::milliseconds reenumerationWindow{std::chrono::minutes(3)};
    // Test IMEIs taken as they are (ImeiCheck): evaluation boards and
    // simulators that print a made-up or checksum-less IMEI.
    QStringList acceptedImeis;

    // Scan globs are kept under "ports/extra" (shared with the CLI and the
    // GUI); the rest under `group` with a version key.
    void load(QSettings &settings, const QString &group = QStringLiteral("discovery"));
    void save(QSettings &settings, const QString &group = QStringLiteral("discovery")) const;
};
