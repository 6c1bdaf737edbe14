// Each of the package server's limits on its own, over real sockets on
// 127.0.0.1, with small values so each case takes a fraction of a second.
#include "loadclients.h"
#include "transfer/connectiongate.h"
#include "transfer/packageserver.h"
#include "transfer/requesthead.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLoggingCategory>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace LoadClients;
using namespace std::chrono_literals;

class tst_PackageServerLimits : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_data;
    std::unique_ptr<PackageServer> m_server;
    QByteArray m_target; // the package's path
    QList<ServedRequest> m_served;

    PackageServerLimits small() const
    {
        PackageServerLimits l;
        l.headerTimeout = 5000ms;
        l.idleTimeout = 5000ms;
        l.stallTimeout = 5000ms;
        l.maxConnections = 50;
        l.maxConnectionsPerPeer = 50;
        l.maxHeaderBytes = 1024;
        l.maxRequestLineBytes = 256;
        l.retryAfter = 7s;
        return l;
    }

    void serve(const PackageServerLimits &limits)
    {
        m_server = std::make_unique<PackageServer>();
        m_server->setLimits(limits);
        QVERIFY(m_server->listen());
        m_target = m_server->registerPackage(m_path, QStringLiteral("m1")).path(QUrl::FullyEncoded).toLatin1();
        m_served.clear();
        connect(m_server.get(), &PackageServer::requestServed, this,
                [this](const ServedRequest &r) { m_served << r; });
    }

    quint16 port() const { return m_server->serverPort(); }

    // Sends `request` at once and returns everything until the server closes.
    QByteArray exchange(const QByteArray &request, const QHostAddress &from = {})
    {
        QTcpSocket client;
        if (!from.isNull() && !client.bind(from, 0))
            return "cannot bind";
        QByteArray wire;
        connect(&client, &QTcpSocket::readyRead, this, [&] { wire += client.readAll(); });
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        connect(&client, &QTcpSocket::connected, this, [&] { client.write(request); });
        client.connectToHost(QHostAddress::LocalHost, port());
        if (!closed.wait(10000))
            return wire + "<still open>";
        return wire + client.readAll();
    }

    QByteArray get() const { return "GET " + m_target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"; }

    static QByteArray statusLine(const QByteArray &wire) { return wire.left(wire.indexOf("\r\n")); }

    static QByteArray header(const QByteArray &wire, const QByteArray &name)
    {
        for (const QByteArray &line : wire.left(wire.indexOf("\r\n\r\n")).split('\n')) {
            if (line.toLower().startsWith(name.toLower() + ':'))
                return line.mid(name.size() + 1).trimmed();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.debug=false\nfotadesk.transfer.info=false\nfotadesk.transfer.warning=false"));
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("pkg.bin"));
        m_data = QByteArray(1024 * 1024 + 3, 'x');
        QFile f(m_path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_data);
    }

    void cleanup() { m_server.reset(); }

    void theHeadEndsWhereQtsParserSaysItDoes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<int>("length");
        using V = RequestHead::Verdict;
        QTest::newRow("CRLF") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r\nrest") << int(V::Complete) << 27;
        QTest::newRow("LF only") << QByteArray("GET / HTTP/1.1\nHost: x\n\n") << int(V::Complete) << 24;
        QTest::newRow("no headers") << QByteArray("GET / HTTP/1.1\r\n\r\n") << int(V::Complete) << 18;
        QTest::newRow("blank lines first") << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << int(V::Complete) << 22;
        QTest::newRow("half") << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n\r") << int(V::Incomplete) << 0;
        QTest::newRow("line too long") << "GET /" + QByteArray(300, 'a') << int(V::RequestLineTooLong) << 0;
        QTest::newRow("line too long, ended") << "GET /" + QByteArray(300, 'a') + " HTTP/1.1\r\n"
                                              << int(V::RequestLineTooLong) << 0;
        QTest::newRow("head too large") << "GET / HTTP/1.1\r\nX: " + QByteArray(1100, 'a')
                                        << int(V::HeadTooLarge) << 0;
        QTest::newRow("head too large, ended") << "GET / HTTP/1.1\r\nX: " + QByteArray(1010, 'a') + "\r\n\r\n"
                                               << int(V::HeadTooLarge) << 0;
        QTest::newRow("only blank lines") << QByteArray(2000, '\n') << int(V::HeadTooLarge) << 0;
    }

    void theHeadEndsWhereQtsParserSaysItDoes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, verdict);
        QFETCH(int, length);
        const RequestHead head = RequestHead::scan(bytes, 256, 1024);
        QCOMPARE(int(head.verdict), verdict);
        QCOMPARE(head.length, qsizetype(length));
    }

    void limitsAreKeptInTheSettings()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        PackageServerLimits saved = small();
        saved.save(settings);
        PackageServerLimits loaded;
        loaded.load(settings);
        QCOMPARE(loaded, saved);
        QCOMPARE(settings.value(QStringLiteral("server/limits/maxHeaderBytes")).toInt(), 1024);
        settings.setValue(QStringLiteral("server/limits/maxConnections"), 0); // would refuse everyone
        settings.setValue(QStringLiteral("server/limits/idleTimeoutMs"), QStringLiteral("soon"));
        loaded.load(settings);
        QCOMPARE(loaded.maxConnections, PackageServerLimits().maxConnections);
        QCOMPARE(loaded.idleTimeout, PackageServerLimits().idleTimeout);
    }

    void aHeadWithinTheLimitIsServed()
    {
        serve(small());
        const QByteArray request = "GET " + m_target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: "
            + QByteArray(800, 'p') + "\r\n\r\n";
        const QByteArray wire = exchange(request);
        QCOMPARE(statusLine(wire), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(wire.endsWith(m_data));
    }

    void aHeadOverTheLimitIs431_data()
    {
        QTest::addColumn<bool>("ended");
        QTest::newRow("ended") << true;
        QTest::newRow("still coming") << false;
    }

    void aHeadOverTheLimitIs431()
    {
        QFETCH(bool, ended);
        serve(small());
        QByteArray request = "GET " + m_target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Pad: " + QByteArray(2000, 'p');
        if (ended)
            request += "\r\n\r\n";
        const QByteArray wire = exchange(request);
        QCOMPARE(statusLine(wire), QByteArray("HTTP/1.1 431 Request Header Fields Too Large"));
        QCOMPARE(header(wire, "Connection"), QByteArray("close"));
        QVERIFY(m_served.isEmpty()); // never reached the package
    }

    void aRequestLineOverTheLimitIs414_data()
    {
        QTest::addColumn<bool>("ended");
        QTest::newRow("ended") << true;
        QTest::newRow("still coming") << false;
    }

    void aRequestLineOverTheLimitIs414()
    {
        QFETCH(bool, ended);
        serve(small());
        QByteArray request = "GET " + m_target + "?" + QByteArray(400, 'q');
        if (ended)
            request += " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";
        const QByteArray wire = exchange(request);
        QCOMPARE(statusLine(wire), QByteArray("HTTP/1.1 414 URI Too Long"));
        QVERIFY(m_served.isEmpty());
    }

    void connectionsOverTheTotalCapGet503WithRetryAfter()
    {
        PackageServerLimits limits = small();
        limits.maxConnections = 3;
        serve(limits);
        std::vector<std::unique_ptr<Holder>> held;
        for (int i = 0; i < 3; ++i)
            held.push_back(std::make_unique<Holder>(port()));
        QTRY_COMPARE(m_server->connectionCount(), 3);
        const QByteArray refused = exchange(get());
        QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 503 Service Unavailable"));
        QCOMPARE(header(refused, "Retry-After"), QByteArray("7"));
        QCOMPARE(m_server->connectionCount(), 3);
        QVERIFY(m_served.isEmpty());

        held.pop_back(); // one leaves: there is room again
        QTRY_COMPARE(m_server->connectionCount(), 2);
        const QByteArray served = exchange(get());
        QCOMPARE(statusLine(served), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(served.endsWith(m_data));
    }

    void connectionsOverTheCapOfOneAddressGet503WhileOthersAreServed()
    {
        PackageServerLimits limits = small();
        limits.maxConnectionsPerPeer = 2;
        serve(limits);
        std::vector<std::unique_ptr<Holder>> held;
        for (int i = 0; i < 2; ++i)
            held.push_back(std::make_unique<Holder>(port()));
        QTRY_COMPARE(m_server->connectionCount(), 2);
        const QByteArray refused = exchange(get());
        QCOMPARE(statusLine(refused), QByteArray("HTTP/1.1 503 Service Unavailable"));
        QCOMPARE(header(refused, "Retry-After"), QByteArray("7"));
        // Another address (127.0.0.2 is loopback too on Linux) still gets in.
        const QByteArray other = exchange(get(), QHostAddress(QStringLiteral("127.0.0.2")));
        if (other == "cannot bind")
            QSKIP("cannot bind 127.0.0.2 here");
        QCOMPARE(statusLine(other), QByteArray("HTTP/1.1 200 OK"));
        QVERIFY(other.endsWith(m_data));
    }

    void anIdleConnectionIsClosed_data()
    {
        QTest::addColumn<QByteArray>("sent");
        QTest::newRow("nothing sent") << QByteArray();
        QTest::newRow("half a request line") << QByteArray("GET /p/");
        QTest::newRow("headers begun") << QByteArray("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n");
    }

    void anIdleConnectionIsClosed()
    {
        QFETCH(QByteArray, sent);
        PackageServerLimits limits = small();
        limits.idleTimeout = 300ms;
        serve(limits);
        Holder idle(port(), sent);
        QTRY_VERIFY_WITH_TIMEOUT(idle.closed, 5000);
        QVERIFY2(idle.openMs >= 250 && idle.openMs < 2000, qPrintable(QString::number(idle.openMs)));
        QVERIFY(idle.wire.isEmpty());
        QTRY_COMPARE(m_server->connectionCount(), 0);
    }

    void aHeadTricklingInIsClosedAtTheHeaderDeadline()
    {
        PackageServerLimits limits = small();
        limits.idleTimeout = 400ms;
        limits.headerTimeout = 1000ms;
        serve(limits);
        Holder slow(port(), "GET " + m_target + " HTTP/1.1\r\nX-Slow: ", 100); // a byte every 100 ms
        QTRY_VERIFY_WITH_TIMEOUT(slow.closed, 5000);
        QVERIFY2(slow.openMs >= 900 && slow.openMs < 2500, qPrintable(QString::number(slow.openMs)));
        QVERIFY(m_served.isEmpty());
    }

    void aPeerThatStopsTakingTheResponseIsDropped()
    {
        const QString bigPath = m_dir.filePath(QStringLiteral("big.bin"));
        {
            QFile big(bigPath);
            QVERIFY(big.open(QIODevice::WriteOnly));
            const QByteArray block(1024 * 1024, 'b');
            for (int i = 0; i < 64; ++i)
                big.write(block);
        }
        PackageServerLimits limits = small();
        limits.stallTimeout = 500ms;
        serve(limits);
        const QByteArray target = m_server->registerPackage(bigPath).path(QUrl::FullyEncoded).toLatin1();
        QTcpSocket client;
        client.setReadBufferSize(16 * 1024); // and never read: the kernel's buffers fill
        client.connectToHost(QHostAddress::LocalHost, port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(!m_served.isEmpty(), 10000);
        QVERIFY(!m_served.first().complete);
        QVERIFY(m_served.first().bytesSent < 64LL * 1024 * 1024);
        QTRY_COMPARE(m_server->connectionCount(), 0);
        QFile::remove(bigPath);
    }

#ifdef Q_OS_LINUX
    // At a low descriptor limit the cap gives way to it, so clients beyond get
    // 503 instead of waiting in the backlog.
    void theTotalCapStaysBelowTheDescriptorLimit()
    {
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        rlimit low = saved;
        low.rlim_cur = 128;
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        PackageServerLimits limits = small();
        limits.maxConnections = 1000;
        ConnectionGate gate(limits);
        setrlimit(RLIMIT_NOFILE, &saved);
        QCOMPARE(gate.effectiveMaxConnections(), 128 - 32);
    }

    // When accept() fails for want of descriptors, QTcpServer stops accepting
    // for good; the server must take up accepting again once there is room.
    void acceptingResumesAfterRunningOutOfDescriptors()
    {
        PackageServerLimits limits = small();
        limits.maxConnections = 100;
        serve(limits);
        // The clients connect now (the kernel completes the handshakes); the
        // server accepts only when the loop runs, with the limit lowered.
        std::vector<std::unique_ptr<Holder>> clients;
        for (int i = 0; i < 20; ++i)
            clients.push_back(std::make_unique<Holder>(port()));
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_NOFILE, &saved), 0);
        const int open = int(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
        rlimit low = saved;
        low.rlim_cur = rlim_t(open + 4);
        QCOMPARE(setrlimit(RLIMIT_NOFILE, &low), 0);
        QTest::qWait(300); // accept fails for want of descriptors
        const int accepted = m_server->connectionCount();
        setrlimit(RLIMIT_NOFILE, &saved);
        QVERIFY2(accepted < 20, qPrintable(QString::number(accepted)));
        QTRY_COMPARE_WITH_TIMEOUT(m_server->connectionCount(), 20, 5000);
        clients.clear();
        QCOMPARE(statusLine(exchange(get())), QByteArray("HTTP/1.1 200 OK"));
    }
#endif

    void aPipelinedRequestIsNotAnsweredInsideTheBody()
    {
        serve(small());
        const QByteArray wire = exchange(get() + get());
        QCOMPARE(wire.count("HTTP/1.1 "), 1);
        QVERIFY(wire.endsWith(m_data));
        QTRY_COMPARE(m_served.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_PackageServerLimits)
#include "tst_packageserverlimits.moc"
