#include "enginerun.h"

#include "discovery/discovery.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobrunner.h"
#include "modules/modulesession.h"
#include "packages/simpackage.h"
#include "transfer/packageserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

#include <algorithm>

using namespace std::chrono_literals;

namespace {

qint64 cpuMs()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return qint64(u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1000 + (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1000;
}

qint64 peakRssKb()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

// How late a 5 ms timer fires on the engine thread: what a slow handler (a
// store write, a hash, a burst of URCs) costs everyone else.
class LatencyProbe : public QObject
{
public:
    LatencyProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_late << std::max<qint64>(0, now - m_last - 5'000'000);
            m_last = now;
        });
    }
    void start()
    {
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentileMs(double p) const
    {
        if (m_late.isEmpty())
            return -1;
        QList<qint64> v = m_late;
        std::sort(v.begin(), v.end());
        return double(v.at(qMin<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))))) / 1e6;
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<qint64> m_late;
};

PackageInfo writePackage(const QString &path, int bytes)
{
    const QByteArray data = SimPackage::make(Family::Cinterion, QStringLiteral("EXS82-W"), QStringLiteral("01.000"),
                                             QStringLiteral("01.001"), bytes);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    PackageInfo p;
    p.path = path;
    p.family = Family::Cinterion;
    p.model = QStringLiteral("EXS82-W");
    p.fromVersion = QStringLiteral("01.000");
    p.toVersion = QStringLiteral("01.001");
    p.size = data.size();
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    p.md5 = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    return p;
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    poll.start(10);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!done())
        loop.exec();
}

} // namespace

QJsonObject runEngine(const EngineRunOptions &o)
{
    QTemporaryDir data;
    Store store;
    store.setDurability(o.durability == QLatin1String("full")     ? Store::Durability::Full
                        : o.durability == QLatin1String("normal") ? Store::Durability::Normal
                                                                  : Store::Durability::Background);
    if (!store.open(data.filePath(QStringLiteral("fotadesk.sqlite"))))
        return {{QStringLiteral("error"), store.errorString()}};
    JobStore jobs(&store);
    PackageServer server;
    server.listen();
    const PackageInfo package = writePackage(data.filePath(QStringLiteral("diff.usf")), o.packageBytes);

    DiscoverySettings s;
    s.systemPorts = false;
    s.scanGlobs = {o.dir + QStringLiteral("/*")};
    s.watcher.watchDirectories = false;
    s.reenumerationWindow = 60s;
    Discovery discovery(s);
    discovery.setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));
    discovery.start();
    waitUntil([&] { return discovery.sessions().size() >= o.count; }, 60000);
    if (discovery.sessions().size() < o.count)
        return {{QStringLiteral("error"), QStringLiteral("only %1 of %2 modules found").arg(discovery.sessions().size()).arg(o.count)}};

    JobContext c;
    c.store = &jobs;
    c.packageServer = &server;
    JobRunner runner(c);
    runner.setTranscriptFolder(data.filePath(QStringLiteral("transcripts")));
    int ok = 0, failed = 0;
    QStringList failures;
    QHash<QString, qint64> slowestStep; // the longest each step took, over all jobs
    QObject::connect(&runner, &JobRunner::jobFinished, [&](const QString &, const JobRecord &r) {
        for (const StepRecord &step : r.steps)
            slowestStep[step.name] = std::max(slowestStep.value(step.name), step.started.msecsTo(step.ended));
        if (r.state == JobState::Succeeded) {
            ++ok;
        } else {
            ++failed;
            failures << r.message;
        }
    });

    LatencyProbe latency;
    latency.start();
    const qint64 cpuBefore = cpuMs();
    QElapsedTimer wall;
    wall.start();
    UpdateRequest request;
    request.apn = QStringLiteral("internet");
    for (ModuleSession *session : discovery.sessions())
        runner.start(session, package, request);
    waitUntil([&] { return ok + failed >= o.count; }, 600000);
    const qint64 wallMs = wall.elapsed();
    const qint64 cpu = cpuMs() - cpuBefore;
    latency.stop();
    discovery.stop();
    QJsonObject steps;
    for (auto it = slowestStep.cbegin(); it != slowestStep.cend(); ++it)
        steps.insert(it.key(), it.value());
    return {
        {QStringLiteral("slowestStepsMs"), steps},
        {QStringLiteral("modules"), o.count},
        {QStringLiteral("ok"), ok},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("firstFailure"), failures.value(0)},
        {QStringLiteral("wallMs"), wallMs},
        {QStringLiteral("cpuMs"), cpu},
        {QStringLiteral("cpuPerModulePct"), wallMs > 0 ? 100.0 * double(cpu) / double(wallMs) / o.count : 0.0},
        {QStringLiteral("peakRssKb"), peakRssKb()},
        {QStringLiteral("latencyP50Ms"), latency.percentileMs(0.50)},
        {QStringLiteral("latencyP99Ms"), latency.percentileMs(0.99)},
        {QStringLiteral("latencyMaxMs"), latency.percentileMs(1.0)},
    };
}
