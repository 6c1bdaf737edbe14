// bench_gui: the main window while a fleet updates and logs, batched at 30 Hz
// like the engine's batcher. Prints the GUI thread's event latency (lateness
// of a 1 ms timer, p50/p99/max) while the lines arrive, and the process's
// memory once L lines have been shown.
//
//   bench_gui [--modules 32] [--lines 1000000] [--rate 200] [--cap 20000]
//       A FakeEngine plays the modules. --rate is lines per second per
//       module; 200 is about what a module fills a 115200 baud line with
//       (50-character lines), so it is the worst real case.
//   bench_gui --real-engine [--modules 32] [--seconds 60] [--commands 10]
//       The real engine in its thread and fotadesk-sim modules (the demo
//       fleet); every module gets --commands AT commands a second through the
//       console path, so its traffic crosses the engine's batcher for real.
#include "demo/demodirector.h"
#include "demo/demofleet.h"
#include "engine/enginehost.h"
#include "fakeengine.h"
#include "fakefleet.h"
#include "latencyprobe.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/log/logbook.h"
#include "ui/log/logmodel.h"
#include "ui/main/mainwindow.h"
#include "ui/settings/settingscontroller.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

qint64 procStatusKb(const char *field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

void printLatency(const char *what, const LatencyProbe &probe)
{
    out() << QStringLiteral("%1 (1 ms timer lateness, %2 samples): p50 %3 ms, p99 %4 ms, max %5 ms")
                 .arg(QLatin1String(what))
                 .arg(probe.samples())
                 .arg(probe.percentileMs(50), 0, 'f', 2)
                 .arg(probe.percentileMs(99), 0, 'f', 2)
                 .arg(probe.maxMs(), 0, 'f', 1)
          << Qt::endl;
}

// The same probe on an idle window first: on a shared or busy machine the
// scheduler alone makes the timer late, and that is not the GUI's doing.
void measureIdle(QApplication &app)
{
    LatencyProbe idle;
    QTimer::singleShot(5000, &app, [] { QCoreApplication::exit(0); });
    idle.start();
    app.exec();
    idle.stop();
    printLatency("idle window, 5 s", idle);
}

qint64 rowsHeld(MainWindow &window)
{
    qint64 rows = 0;
    for (int r = 0; r < window.fleet()->rowCount(); ++r)
        rows += window.logs()->log(window.fleet()->moduleAt(r).id)->rowCount();
    return rows;
}

void printMemory(MainWindow &window, qint64 rssBefore)
{
    out() << QStringLiteral("memory: VmRSS %1 MB (window shown: %2 MB), peak VmHWM %3 MB; log rows held: %4")
                 .arg(procStatusKb("VmRSS:") / 1024)
                 .arg(rssBefore / 1024)
                 .arg(procStatusKb("VmHWM:") / 1024)
                 .arg(rowsHeld(window))
          << Qt::endl;
}

int fakeFleet(QApplication &app, const QCommandLineParser &p)
{
    const int modules = p.value(QStringLiteral("modules")).toInt();
    const qint64 total = p.value(QStringLiteral("lines")).toLongLong();
    const int rate = p.value(QStringLiteral("rate")).toInt();
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    FakeEngine engine;
    SettingsController settings(&store, &engine);
    MainWindow window(&engine, &settings);
    window.logs()->setMaxRowsPerModule(p.value(QStringLiteral("cap")).toInt());
    window.resize(1560, 940);
    window.show();
    FleetPlayer player(&engine, modules);
    player.setLinesPerSecond(rate);
    // The worst case for the GUI: the log in view is one that grows.
    window.fleetView()->selectModule(player.moduleIds().first());
    measureIdle(app);
    const qint64 rssBefore = procStatusKb("VmRSS:");

    out() << QStringLiteral("FakeEngine: %1 modules, %2 lines/s each, until %3 lines; %4 rows kept per module")
                 .arg(modules).arg(rate).arg(total).arg(window.logs()->maxRowsPerModule())
          << Qt::endl;
    LatencyProbe probe;
    QElapsedTimer clock;
    QObject::connect(&player, &FleetPlayer::ticked, &app, [&] {
        if (player.linesSent() >= total)
            QCoreApplication::exit(0);
    });
    QTimer report;
    report.setInterval(10000);
    QObject::connect(&report, &QTimer::timeout, &app, [&] {
        out() << QStringLiteral("  %1 s: %2 lines, p99 so far %3 ms, VmRSS %4 MB")
                     .arg(clock.elapsed() / 1000)
                     .arg(player.linesSent())
                     .arg(probe.percentileMs(99), 0, 'f', 2)
                     .arg(procStatusKb("VmRSS:") / 1024)
              << Qt::endl;
    });
    clock.start();
    probe.start();
    player.start();
    report.start();
    app.exec();
    player.stop();
    probe.stop();
    const double seconds = clock.elapsed() / 1000.0;
    out() << QStringLiteral("lines shown: %1 in %2 s (%3 lines/s)")
                 .arg(player.linesSent()).arg(seconds, 0, 'f', 1).arg(player.linesSent() / seconds, 0, 'f', 0)
          << Qt::endl;
    printLatency("GUI event latency", probe);
    printMemory(window, rssBefore);
    return 0;
}

int realEngine(QApplication &app, const QCommandLineParser &p)
{
    const int modules = p.value(QStringLiteral("modules")).toInt();
    const int seconds = p.value(QStringLiteral("seconds")).toInt();
    const int commands = p.value(QStringLiteral("commands")).toInt();
    DemoFleet::Options options;
    options.modules = modules;
    // bench/gui/bench_gui in the build tree; the simulator is beside app/fotadesk.
    options.simulator = DemoFleet::findSimulator(QCoreApplication::applicationDirPath()
                                                 + QStringLiteral("/../../app/fotadesk"));
    DemoFleet fleet(options);
    QString why;
    if (!fleet.start(&why)) {
        out() << "cannot start the demo fleet: " << why << Qt::endl;
        return 1;
    }
    QTemporaryDir dir;
    QSettings store(dir.filePath(QStringLiteral("bench.ini")), QSettings::IniFormat);
    SettingsController settings(&store, nullptr);
    settings.setRuntimeOverrides({fleet.linkGlob()}, dir.filePath(QStringLiteral("data")));
    EngineHost host(settings.effective());
    settings.setEngine(host.engine());
    DemoDirector director(&fleet, host.engine());
    MainWindow window(host.engine(), &settings);
    window.resize(1560, 940);
    window.show();
    measureIdle(app);

    // Wait until every simulated module has a row (probing 32 modules).
    QElapsedTimer clock;
    clock.start();
    QTimer wait;
    wait.setInterval(200);
    QObject::connect(&wait, &QTimer::timeout, &app, [&] {
        if (window.fleet()->rowCount() >= modules || clock.elapsed() > 120000)
            QCoreApplication::exit(0);
    });
    wait.start();
    app.exec();
    wait.stop();
    out() << QStringLiteral("real engine: %1 of %2 modules found in %3 s")
                 .arg(window.fleet()->rowCount()).arg(modules).arg(clock.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    window.fleetView()->selectModule(window.fleet()->moduleAt(0).id);
    const qint64 rssBefore = procStatusKb("VmRSS:");

    static const QStringList queries{QStringLiteral("AT+CSQ"), QStringLiteral("AT+CGMR"), QStringLiteral("ATI"),
                                     QStringLiteral("AT+CPIN?"), QStringLiteral("AT+CGSN")};
    int next = 0;
    QTimer load;
    load.setInterval(qMax(1, 1000 / qMax(1, commands)));
    QObject::connect(&load, &QTimer::timeout, &app, [&] {
        for (int r = 0; r < window.fleet()->rowCount(); ++r)
            host.engine()->sendConsoleCommand(window.fleet()->moduleAt(r).id, queries.at(next % queries.size()));
        ++next;
    });
    qint64 lines = 0;
    QObject::connect(host.engine(), &EngineApi::trafficBatch, &app,
                     [&lines](const QString &, const QList<Traffic> &entries) { lines += entries.size(); });
    LatencyProbe probe;
    QTimer::singleShot(seconds * 1000, &app, [] { QCoreApplication::exit(0); });
    clock.restart();
    probe.start();
    load.start();
    app.exec();
    load.stop();
    probe.stop();
    out() << QStringLiteral("real engine, %1 modules, %2 commands/s each, %3 s: %4 log lines (%5 lines/s)")
                 .arg(window.fleet()->rowCount()).arg(commands).arg(seconds).arg(lines)
                 .arg(lines / (clock.elapsed() / 1000.0), 0, 'f', 0)
          << Qt::endl;
    printLatency("GUI event latency", probe);
    printMemory(window, rssBefore);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser p;
    p.addOptions({
        {QStringLiteral("modules"), QStringLiteral("Modules updating at once."), QStringLiteral("N"), QStringLiteral("32")},
        {QStringLiteral("lines"), QStringLiteral("Log lines in all (FakeEngine)."), QStringLiteral("L"), QStringLiteral("1000000")},
        {QStringLiteral("rate"), QStringLiteral("Lines per second per module (FakeEngine)."), QStringLiteral("R"), QStringLiteral("200")},
        {QStringLiteral("cap"), QStringLiteral("Log rows kept per module."), QStringLiteral("C"), QStringLiteral("20000")},
        {QStringLiteral("real-engine"), QStringLiteral("The real engine and fotadesk-sim modules.")},
        {QStringLiteral("seconds"), QStringLiteral("How long to load the real engine."), QStringLiteral("S"), QStringLiteral("60")},
        {QStringLiteral("commands"), QStringLiteral("AT commands a second per module (real engine)."), QStringLiteral("K"), QStringLiteral("10")},
    });
    p.addHelpOption();
    p.process(app);
    return p.isSet(QStringLiteral("real-engine")) ? realEngine(app, p) : fakeFleet(app, p);
}
