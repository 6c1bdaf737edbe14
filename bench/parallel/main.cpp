// Parallel updates benchmark: 1, 8, 32 and 64 simulated Cinterion modules on
// paced ptys (115200 baud) updated at once by the job engine (discovery,
// preflight, settings backup, the real OTA flow over FotaDesk's package
// server, reboot, verify, restore, record). Prints, per fleet size: wall time
// and its ratio to one module, the engine's CPU time per module, its peak
// memory, and the engine thread's event-loop latency (p50/p99).
//
// The simulator runs in its own process and every measured run in a fresh
// process of its own, so CPU time and peak memory are FotaDesk's alone.
//
//   bench_parallel [--sizes 1,8,32,64] [--scale 0.2] [--no-pace]
#include "enginerun.h"
#include "simfleet.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QEventLoop>
#include <QTimer>

namespace {

// --sims N --dir D: the simulated fleet, until stdin closes or it is killed.
int runSims(int count, const QString &dir, bool pace, double scale)
{
    SimModuleConfig base;
    base.pace = pace;
    base.baud = 115200;
    base.timeScale = scale;
    base.rebootTime = std::chrono::milliseconds(500);
    SimFleet fleet;
    QString error;
    if (!fleet.start(dir, count, base, {Family::Cinterion}, &error)) {
        QTextStream(stderr) << "simulated fleet: " << error << Qt::endl;
        return 1;
    }
    return QCoreApplication::exec();
}

bool waitForLinks(const QString &dir, int count, QProcess &sims)
{
    // Up when every link exists (the hidden control sockets do not count).
    for (int i = 0; i < 1000 && sims.state() == QProcess::Running; ++i) {
        if (QDir(dir).entryList(QDir::System | QDir::Files).size() >= count)
            return true;
        QEventLoop wait;
        QTimer::singleShot(20, &wait, &QEventLoop::quit);
        wait.exec();
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Fleet sizes."), QStringLiteral("LIST"), QStringLiteral("1,8,32,64")});
    parser.addOption({QStringLiteral("scale"), QStringLiteral("Simulator time scale (1 = real protocol time)."), QStringLiteral("X"), QStringLiteral("0.2")});
    parser.addOption({QStringLiteral("no-pace"), QStringLiteral("Do not pace the simulated wire.")});
    parser.addOption({QStringLiteral("steps"), QStringLiteral("Also print the slowest duration of each step.")});
    parser.addOption({QStringLiteral("durability"), QStringLiteral("Store commits: background (FotaDesk's default), full (fsync each), normal."),
                      QStringLiteral("D"), QStringLiteral("background")});
    parser.addOption({QStringLiteral("sims"), QStringLiteral("(internal) host N simulated modules."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("engine"), QStringLiteral("(internal) one measured run of N modules."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("(internal) the fleet's folder."), QStringLiteral("DIR")});
    parser.process(app);
    const bool pace = !parser.isSet(QStringLiteral("no-pace"));
    const double scale = parser.value(QStringLiteral("scale")).toDouble();
    if (parser.isSet(QStringLiteral("sims")))
        return runSims(parser.value(QStringLiteral("sims")).toInt(), parser.value(QStringLiteral("dir")), pace, scale);
    if (parser.isSet(QStringLiteral("engine"))) {
        EngineRunOptions options;
        options.dir = parser.value(QStringLiteral("dir"));
        options.count = parser.value(QStringLiteral("engine")).toInt();
        options.durability = parser.value(QStringLiteral("durability"));
        const QJsonObject figures = runEngine(options);
        QTextStream(stdout) << QJsonDocument(figures).toJson(QJsonDocument::Compact) << Qt::endl;
        return figures.contains(QStringLiteral("error")) ? 1 : 0;
    }

    QTextStream out(stdout);
    out << "parallel updates: Cinterion OTA jobs on simulated modules"
        << (pace ? ", wire paced at 115200 baud" : "") << ", protocol time x" << scale
        << ", store durability " << parser.value(QStringLiteral("durability"))
        << "\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
               .arg("modules", 7).arg("ok", 4).arg("wall ms", 9).arg("ratio", 6).arg("cpu %/module", 13)
               .arg("peak MB", 8).arg("p50 ms", 7).arg("p99 ms", 7);
    double single = 0;
    bool met = true;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int n = size.toInt();
        if (n <= 0)
            continue;
        QTemporaryDir dir;
        QProcess sims;
        sims.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QStringList simArgs{"--sims", QString::number(n), "--dir", dir.path(), "--scale", QString::number(scale)};
        if (!pace)
            simArgs << "--no-pace";
        sims.start(QCoreApplication::applicationFilePath(), simArgs);
        if (!sims.waitForStarted() || !waitForLinks(dir.path(), n, sims)) {
            out << "the simulated fleet of " << n << " did not start" << Qt::endl;
            return 1;
        }
        QProcess engine;
        engine.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QStringList engineArgs{"--engine", QString::number(n), "--dir", dir.path(), "--durability",
                                     parser.value(QStringLiteral("durability"))};
        engine.start(QCoreApplication::applicationFilePath(), engineArgs);
        engine.waitForFinished(900000);
        sims.kill();
        sims.waitForFinished();
        const QJsonObject f = QJsonDocument::fromJson(engine.readAllStandardOutput()).object();
        if (f.contains("error") || f.isEmpty()) {
            out << n << ": " << (f.isEmpty() ? QStringLiteral("no figures") : f.value("error").toString()) << Qt::endl;
            met = false;
            continue;
        }
        const double wall = f.value("wallMs").toDouble();
        if (n == 1)
            single = wall;
        const double ratio = single > 0 ? wall / single : 0;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8\n")
                   .arg(n, 7).arg(f.value("ok").toInt(), 4).arg(qint64(wall), 9).arg(ratio, 6, 'f', 2)
                   .arg(f.value("cpuPerModulePct").toDouble(), 13, 'f', 2)
                   .arg(f.value("peakRssKb").toDouble() / 1024.0, 8, 'f', 1)
                   .arg(f.value("latencyP50Ms").toDouble(), 7, 'f', 2)
                   .arg(f.value("latencyP99Ms").toDouble(), 7, 'f', 2);
        if (parser.isSet(QStringLiteral("steps")))
            out << "    slowest steps (ms): " << QJsonDocument(f.value("slowestStepsMs").toObject()).toJson(QJsonDocument::Compact) << "\n";
        if (f.value("failed").toInt() > 0)
            out << "    failures, first: " << f.value("firstFailure").toString() << "\n";
        out.flush();
        if (n == 32 && ratio > 1.15)
            met = false;
        if (f.value("latencyP99Ms").toDouble() >= 20 || f.value("cpuPerModulePct").toDouble() >= 2)
            met = false;
    }
    out << "targets (32 modules within 1.15x one; p99 < 20 ms; < 2 % of a core per module): "
        << (met ? "met" : "NOT met") << Qt::endl;
    return 0;
}
