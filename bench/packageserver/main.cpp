// Times 64 real downloads (16 at a time) from FotaDesk's package server, first
// alone, then while 1,000 idle connections, a slowloris (a header byte a
// second) and a 100 MB header hit it, and prints for each run: connections
// held at most, peak resident memory and the downloads' p50/p99/max.
// Limits are the defaults except the connection caps, raised so that every
// abuser is held rather than refused: the worst case for memory and latency.
// Percentiles by nearest rank: p99 of 64 samples is the slowest. Linux (reads /proc/self/status);
// loopback only.
#include "loadclients.h"
#include "transfer/packageserver.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace LoadClients;

namespace {

constexpr int kIdle = 1000;
constexpr int kDownloads = 64;
constexpr int kWave = 16;

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 10);
    }
    return true;
}

struct Figures
{
    int held = 0;
    qint64 peakKiB = 0;
    QList<qint64> ms;
    int good = 0;
    qint64 hugeSent = 0;
};

qint64 percentile(QList<qint64> v, double p)
{
    if (v.isEmpty())
        return -1;
    std::sort(v.begin(), v.end());
    const qsizetype rank = qsizetype(std::ceil(p * double(v.size())));
    return v.at(qBound<qsizetype>(0, rank - 1, v.size() - 1));
}

Figures run(PackageServer &server, const QByteArray &path, const QByteArray &sha, qint64 size, bool abuse)
{
    Figures f;
    const quint16 port = server.serverPort();
    f.peakKiB = residentKiB();
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, [&] {
        f.peakKiB = qMax(f.peakKiB, residentKiB());
        f.held = qMax(f.held, server.connectionCount());
    });
    sampler.start(20);

    std::vector<std::unique_ptr<Holder>> idle;
    std::unique_ptr<Holder> slowloris;
    std::unique_ptr<EndlessHeader> huge;
    if (abuse) {
        for (int i = 0; i < kIdle; ++i) {
            idle.push_back(std::make_unique<Holder>(port));
            if (i % 100 == 99)
                waitUntil([&] { return idle.back()->connectedNow || idle.back()->closed; }, 5000);
        }
        slowloris = std::make_unique<Holder>(port, "GET " + path + " HTTP/1.1\r\nX-Slow: ", 1000);
        huge = std::make_unique<EndlessHeader>(port, 100LL * 1024 * 1024);
    }
    std::vector<std::unique_ptr<Download>> downloads;
    for (int wave = 0; wave < kDownloads / kWave; ++wave) {
        const size_t first = downloads.size();
        for (int i = 0; i < kWave; ++i)
            downloads.push_back(std::make_unique<Download>(port, path));
        waitUntil([&] {
            return std::all_of(downloads.begin() + first, downloads.end(), [](const auto &d) { return d->done; });
        }, 60000);
    }
    for (const auto &d : downloads) {
        f.ms << d->ms;
        f.good += d->ok(sha, size);
    }
    if (huge) {
        waitUntil([&] { return huge->closed; }, 20000);
        f.hugeSent = huge->sent;
    }
    f.peakKiB = qMax(f.peakKiB, residentKiB());
    f.held = qMax(f.held, server.connectionCount());
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*=false"));
    QTextStream out(stdout);
    raiseDescriptorLimit(2 * (kIdle + kDownloads + 16) + 256);

    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("package.bin"));
    QByteArray data(384 * 1024 + 11, Qt::Uninitialized);
    quint32 x = 12345;
    for (char &c : data) {
        x = x * 1664525u + 1013904223u;
        c = char(x >> 24);
    }
    {
        QFile f(file);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        f.write(data);
    }
    const QByteArray sha = QCryptographicHash::hash(data, QCryptographicHash::Sha256);

    PackageServerLimits limits; // the defaults: 20 s header deadline, 10 s idle gap, 16 KiB head
    limits.maxConnections = limits.maxConnectionsPerPeer = kIdle + 200;
    PackageServer server;
    server.setLimits(limits);
    if (!server.listen()) {
        out << "cannot listen: " << server.errorString() << Qt::endl;
        return 1;
    }
    const QByteArray path = server.registerPackage(file).path(QUrl::FullyEncoded).toLatin1();

    out << "package server: " << kDownloads << " downloads of " << data.size() << " bytes, " << kWave
        << " at a time" << Qt::endl;
    out << "start: resident " << residentKiB() / 1024.0 << " MiB" << Qt::endl;
    run(server, path, sha, data.size(), false); // warm-up: first-use costs out of the figures
    bool allGood = true;
    for (const bool abuse : {false, true}) {
        const Figures f = run(server, path, sha, data.size(), abuse);
        allGood = allGood && f.good == kDownloads;
        out << (abuse ? "with abuse:   " : "without abuse:") << " connections held " << f.held
            << ", peak resident " << QString::number(f.peakKiB / 1024.0, 'f', 1) << " MiB"
            << ", downloads ok " << f.good << "/" << kDownloads << ", p50 " << percentile(f.ms, 0.50)
            << " ms, p99 " << percentile(f.ms, 0.99) << " ms, max " << percentile(f.ms, 1.0) << " ms";
        if (abuse)
            out << ", 100 MB header: " << f.hugeSent << " bytes sent before the close";
        out << Qt::endl;
    }
    return allGood ? 0 : 1;
}
