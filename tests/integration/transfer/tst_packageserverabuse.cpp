// The package server under the load of issue 16, all at once, over real
// sockets on 127.0.0.1: a thousand idle connections, a slowloris, a 100 MB
// header, and 64 real downloads that must all get their whole file.
#include "loadclients.h"
#include "transfer/packageserver.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace LoadClients;
using namespace std::chrono_literals;

class tst_PackageServerAbuse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_data;
    QByteArray m_sha256;
    int m_idleCount = 1000;

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.debug=false\nfotadesk.transfer.info=false\nfotadesk.transfer.warning=false"));
        // Both ends of every connection live in this process: 2 descriptors each.
        const qint64 wanted = 2 * (m_idleCount + 64 + 16) + 256;
        const qint64 limit = raiseDescriptorLimit(wanted);
        if (limit < wanted) {
            m_idleCount = int((limit - 256) / 2 - 80);
            qWarning("descriptor limit %lld cannot be raised to %lld: %d idle connections instead of 1000",
                     limit, wanted, m_idleCount);
        }
        QVERIFY(m_idleCount > 100);
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("HL7802_4.6.9.4-HL7802_4.7.0.0.bin"));
        m_data.resize(384 * 1024 + 11);
        quint32 x = 0x9E3779B9u;
        for (char &c : m_data) {
            x = x * 1664525u + 1013904223u;
            c = char(x >> 24);
        }
        m_sha256 = QCryptographicHash::hash(m_data, QCryptographicHash::Sha256);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_data);
    }

    void realDownloadsSucceedWhileAbusersAreShed()
    {
#ifndef Q_OS_LINUX
        QSKIP("reads VmRSS from /proc");
#endif
        PackageServerLimits limits;
        limits.idleTimeout = 1500ms;   // the idle ones
        limits.headerTimeout = 3000ms; // the slowloris, whose byte a second beats the idle gap
        limits.maxConnections = m_idleCount + 200; // all abusers are held: the timeouts must shed them
        limits.maxConnectionsPerPeer = m_idleCount + 200;
        limits.maxHeaderBytes = 8 * 1024;
        limits.maxRequestLineBytes = 2 * 1024;
        PackageServer server;
        server.setLimits(limits);
        QVERIFY(server.listen());
        const QUrl url = server.registerPackage(m_path, QStringLiteral("imei-353000000000001"));
        const QByteArray path = url.path(QUrl::FullyEncoded).toLatin1();
        const quint16 port = server.serverPort();

        { // warm up the code paths and allocator before the baseline
            Download warm(port, path);
            QTRY_VERIFY_WITH_TIMEOUT(warm.done, 10000);
            QVERIFY(warm.ok(m_sha256, m_data.size()));
        }
        const qint64 before = residentKiB();
        qint64 peak = before;
        int peakConnections = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this, [&] {
            peak = qMax(peak, residentKiB());
            peakConnections = qMax(peakConnections, server.connectionCount());
        });
        sampler.start(20);

        std::vector<std::unique_ptr<Holder>> idle;
        for (int i = 0; i < m_idleCount; ++i) {
            idle.push_back(std::make_unique<Holder>(port));
            if (i % 100 == 99) // in bursts the listen backlog takes
                QTRY_VERIFY_WITH_TIMEOUT(idle.back()->connectedNow || idle.back()->closed, 5000);
        }
        Holder slowloris(port, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ", 1000);
        EndlessHeader huge(port, 100LL * 1024 * 1024);

        std::vector<std::unique_ptr<Download>> downloads;
        for (int wave = 0; wave < 4; ++wave) {
            const size_t first = downloads.size();
            for (int i = 0; i < 16; ++i)
                downloads.push_back(std::make_unique<Download>(port, path));
            QTRY_VERIFY_WITH_TIMEOUT(std::all_of(downloads.begin() + first, downloads.end(),
                                                 [](const auto &d) { return d->done; }),
                                     20000);
        }
        int good = 0;
        for (const auto &d : downloads)
            good += d->ok(m_sha256, m_data.size());
        QCOMPARE(good, 64);

        QTRY_VERIFY_WITH_TIMEOUT(huge.closed, 10000);
        QVERIFY2(huge.wire.startsWith("HTTP/1.1 431 "), huge.wire.left(64).constData());

        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(idle.begin(), idle.end(), [](const auto &h) { return h->closed; }),
                                 10000);
        QTRY_VERIFY_WITH_TIMEOUT(slowloris.closed, 10000);
        sampler.stop();

        int held = 0;
        qint64 longest = 0;
        for (const auto &h : idle) {
            QVERIFY(!h->failedToConnect);
            QVERIFY(h->wire.isEmpty()); // closed, not answered
            held += h->openMs >= 0;
            longest = qMax(longest, h->openMs);
        }
        QCOMPARE(held, m_idleCount);
        // Closed by the idle gap, with room for this loop's own load.
        QVERIFY2(longest < 1500 + 1500, qPrintable(QString::number(longest)));
        QVERIFY2(slowloris.openMs >= 2800 && slowloris.openMs < 3000 + 1500,
                 qPrintable(QString::number(slowloris.openMs)));
        QVERIFY(slowloris.wire.isEmpty());
        QTRY_COMPARE(server.connectionCount(), 0);

        const qint64 growthKiB = peak - before;
        qInfo("held %d connections at most; resident memory %lld KiB before, peak %lld KiB (+%lld KiB); "
              "the endless header sent %lld bytes",
              peakConnections, before, peak, growthKiB, huge.sent);
        QVERIFY(peakConnections >= m_idleCount);
        QVERIFY2(growthKiB < 30 * 1024, qPrintable(QString::number(growthKiB)));
    }
};

QTEST_GUILESS_MAIN(tst_PackageServerAbuse)
#include "tst_packageserverabuse.moc"
