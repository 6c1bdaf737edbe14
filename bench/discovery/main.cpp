// Discovery benchmark: time from Discovery::start() to every identity known,
// for fleets of simulated modules on pseudo-terminals, probing all ports at
// once and (the reference) one port at a time. Prints figures; not a test.
//
//   bench_discovery [--sizes 1,8,32] [--runs 3]
#include "discovery/discovery.h"
#include "modules/modulesession.h"
#include "simfleet.h"

#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <algorithm>

namespace {

// Milliseconds until `count` modules are sessions, or -1 on timeout.
qint64 timeDiscovery(const QString &dir, int count, int maxParallel)
{
    DiscoverySettings s;
    s.systemPorts = false;
    s.scanGlobs = {dir + QStringLiteral("/*")};
    s.watcher.watchDirectories = false;
    s.probe.maxParallel = maxParallel;
    Discovery discovery(s);
    discovery.setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));

    QEventLoop loop;
    QElapsedTimer clock;
    qint64 elapsed = -1;
    QObject::connect(&discovery, &Discovery::moduleAdded, &loop, [&] {
        if (discovery.sessions().size() == count) {
            elapsed = clock.elapsed();
            loop.quit();
        }
    });
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    clock.start();
    discovery.start();
    loop.exec();
    if (elapsed < 0) {
        // Say what was missing, so a failed run can be understood.
        QTextStream err(stderr);
        err << "  only " << discovery.sessions().size() << " of " << count << " modules found:\n";
        for (const PortStatus &p : discovery.ports()) {
            if (p.state != PortState::Module)
                err << "    " << p.name() << ": " << PortStatus::stateId(p.state) << " " << p.reason << "\n";
        }
        for (ModuleSession *m : discovery.sessions()) {
            if (m->state() != ModuleSession::State::Connected)
                err << "    session " << m->id() << " not connected\n";
        }
    }
    return elapsed;
}

// The simulator in its own process, as real modules have their own CPUs: on
// a two-core machine the host's probes and the modules' answers then do not
// queue behind each other in one event loop.
class SimProcess
{
public:
    bool start(const QString &binary, const QString &dir, int count, bool pace)
    {
        QStringList args{QStringLiteral("--fleet"), QString::number(count), QStringLiteral("--dir"), dir};
        if (pace)
            args << QStringLiteral("--pace");
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(binary, args);
        if (!m_process.waitForStarted(5000))
            return false;
        // Up when every link exists (hidden control sockets do not count).
        QDeadlineTimer deadline(20000);
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            if (QDir(dir).entryList(QDir::System | QDir::Files).size() >= count)
                return true;
            QEventLoop wait;
            QTimer::singleShot(20, &wait, &QEventLoop::quit);
            wait.exec();
        }
        return false;
    }

    ~SimProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished();
    }

private:
    QProcess m_process;
};

qint64 median(QList<qint64> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? -1 : v.at(v.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("sizes"), QStringLiteral("Fleet sizes."), QStringLiteral("LIST"), QStringLiteral("1,8,32")});
    parser.addOption({QStringLiteral("no-pace"), QStringLiteral("Do not pace the simulated wire at 10 bits a byte.")});
    parser.addOption({QStringLiteral("in-process"), QStringLiteral("Run the simulated fleet in this process (one core for both sides).")});
    parser.addOption({QStringLiteral("sim"), QStringLiteral("fotadesk-sim binary."), QStringLiteral("PATH"),
                      QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/fotadesk-sim/fotadesk-sim")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per figure (median)."), QStringLiteral("N"), QStringLiteral("3")});
    parser.process(app);
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    QTextStream out(stdout);
    out << "discovery: start -> all identities known, simulated modules on ptys"
        << (parser.isSet(QStringLiteral("no-pace")) ? "" : " paced at 115200 baud")
        << (parser.isSet(QStringLiteral("in-process")) ? ", simulator in this process" : ", simulator in its own process")
        << " (median of "
        << runs << ")\n";
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("modules"), 8)
               .arg(QStringLiteral("parallel ms"), 12)
               .arg(QStringLiteral("one-at-a-time ms"), 17)
               .arg(QStringLiteral("speed-up"), 9);
    bool targetsMet = true;
    for (const QString &size : parser.value(QStringLiteral("sizes")).split(QLatin1Char(','))) {
        const int n = size.toInt();
        if (n <= 0)
            continue;
        QTemporaryDir dir;
        SimFleet fleet;
        SimProcess process;
        QString error;
        // Paced: bytes take the time they take on a real 115200 baud line, so
        // a probe waits on the wire as it does with real modules.
        const bool pace = !parser.isSet(QStringLiteral("no-pace"));
        if (parser.isSet(QStringLiteral("in-process"))) {
            SimModuleConfig base;
            base.pace = pace;
            if (!fleet.start(dir.path(), n, base, {}, &error)) {
                out << "cannot start the simulated fleet: " << error << Qt::endl;
                return 1;
            }
        } else if (!process.start(parser.value(QStringLiteral("sim")), dir.path(), n, pace)) {
            out << "cannot start " << parser.value(QStringLiteral("sim"))
                << " (build it, or give --sim PATH or --in-process)" << Qt::endl;
            return 1;
        }
        QList<qint64> parallel, serial;
        timeDiscovery(dir.path(), n, 0); // warm-up: first opens, page faults
        for (int r = 0; r < runs; ++r) {
            parallel << timeDiscovery(dir.path(), n, 0);
            serial << timeDiscovery(dir.path(), n, 1);
        }
        const qint64 p = median(parallel), s = median(serial);
        const double ratio = p > 0 ? double(s) / double(p) : 0.0;
        out << QStringLiteral("%1 %2 %3 %4x\n").arg(n, 8).arg(p, 12).arg(s, 17).arg(ratio, 8, 'f', 1);
        out.flush();
        if (n == 32 && (p < 0 || p >= 2000 || ratio < 8.0))
            targetsMet = false;
        if (parser.isSet(QStringLiteral("in-process")))
            fleet.stop();
    }
    out << "targets (32 modules < 2000 ms, >= 8x one at a time): " << (targetsMet ? "met" : "NOT met") << Qt::endl;
    return 0;
}
