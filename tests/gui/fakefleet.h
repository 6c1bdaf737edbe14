#pragma once

#include "engine/modulesnapshot.h"
#include "fleet/packageinfo.h"
#include "at/traffic.h"

#include <QObject>
#include <QTimer>

class FakeEngine;

// Modules and packages that look like the simulator's, for GUI tests,
// screenshots and the GUI benchmark.
namespace FakeFleet {

// A connected, identified module of `family` on /dev/ttyUSB<index>; the id is
// its IMEI.
ModuleSnapshot module(Family family, int index = 0);
// A package that updates module(family, ...) to the family's next version.
PackageInfo package(Family family);
UpdateProgress progress(UpdatePhase phase, int percent = -1, qint64 total = -1, double rate = 0);
// `count` lines of believable traffic starting at `first` (the sequence repeats).
QList<Traffic> traffic(Family family, qint64 first, int count, qint64 msecs = 0);

} // namespace FakeFleet

// Plays a fleet updating at once: every tick (30 Hz, like the engine's
// batcher) each module moves on and sends its share of log lines, as one
// modulesChanged batch and one trafficBatch per module.
class FleetPlayer : public QObject
{
    Q_OBJECT

public:
    FleetPlayer(FakeEngine *engine, int modules, QObject *parent = nullptr);

    void setLinesPerSecond(int perModule) { m_linesPerSecond = perModule; }
    void start() { m_timer.start(); }
    void stop() { m_timer.stop(); }
    qint64 linesSent() const { return m_lines; }
    QStringList moduleIds() const { return m_ids; }
    // A still picture of a fleet mid-update: every phase once, results too.
    void stageMidUpdate();

signals:
    void ticked();

private:
    void tick();

    FakeEngine *m_engine;
    QStringList m_ids;
    QList<double> m_position; // 0..1 through the job
    QTimer m_timer;
    int m_linesPerSecond = 50;
    double m_lineDebt = 0;
    qint64 m_lines = 0;
};
