#include "peertool.h"
#include "transfer/packageserver.h"

#include <QDir>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray testData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x2545F491u ^ quint32(size);
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 747796405u + 2891336453u;
        data[i] = char(x >> 23);
    }
    return data;
}

// What curl saw: status, headers (names lower-cased) and body.
struct CurlResult
{
    int exitCode = -1;
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

} // namespace

class tst_PackageServer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_data;
    std::unique_ptr<PackageServer> m_server;
    QUrl m_url;
    QList<ServedRequest> m_served;

    // curl runs beside our event loop (the server lives in it), never blocking it.
    CurlResult curl(QStringList args)
    {
        const QString body = m_dir.filePath(QStringLiteral("body"));
        const QString head = m_dir.filePath(QStringLiteral("head"));
        QFile::remove(body);
        QFile::remove(head);
        args = QStringList{"-s", "-S", "--path-as-is", "-o", body, "-D", head} + args;
        QProcess process;
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("curl"), args);
        CurlResult r;
        if (!finished.wait(20000))
            return r;
        r.exitCode = process.exitCode();
        QFile h(head);
        if (h.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> lines = h.readAll().split('\n');
            if (!lines.isEmpty())
                r.status = lines.first().split(' ').value(1).toInt();
            for (const QByteArray &line : lines) {
                const qsizetype colon = line.indexOf(':');
                if (colon > 0)
                    r.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
            }
        }
        QFile b(body);
        if (b.open(QIODevice::ReadOnly))
            r.body = b.readAll();
        return r;
    }

    QString path() const { return m_url.path(QUrl::FullyEncoded); }
    QString token() const { return path().section(u'/', 2, 2); }
    QString base() const { return m_server->baseUrl().toString(); }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.info=false"));
        FOTADESK_REQUIRE_PEER(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty(), "curl");
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("SIM7020C_V1-SIM7020C_V2.bin"));
        m_data = testData(300 * 1024 + 7);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_data);
    }

    void init()
    {
        m_server = std::make_unique<PackageServer>();
        QVERIFY2(m_server->listen(), qPrintable(m_server->errorString()));
        m_url = m_server->registerPackage(m_path, QStringLiteral("imei-351234567890123"));
        QVERIFY(m_url.isValid());
        m_served.clear();
        connect(m_server.get(), &PackageServer::requestServed, this,
                [this](const ServedRequest &r) { m_served << r; });
    }

    void cleanup()
    {
        m_server.reset();
    }

    void listensOnLoopbackByDefaultAtAnUnguessablePath()
    {
        QCOMPARE(m_server->serverAddress(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_url.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_url.port(), int(m_server->serverPort()));
        QVERIFY(m_url.toString().startsWith(base()));
        QCOMPARE(path().section(u'/', 1, 1), QStringLiteral("p"));
        QCOMPARE(token().size(), 32); // 128 bits in hex
        QCOMPARE(path().section(u'/', 3), QStringLiteral("SIM7020C_V1-SIM7020C_V2.bin"));
        const QUrl second = m_server->registerPackage(m_path);
        QVERIFY(second.path().section(u'/', 2, 2) != token());
        QVERIFY(m_server->registerPackage(m_dir.filePath("missing.bin")).isEmpty());
    }

    void aFullGetReturnsTheWholeFileAsOctetStream()
    {
        const CurlResult r = curl({m_url.toString()});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/octet-stream"));
        QCOMPARE(r.headers.value("content-length"), QByteArray::number(m_data.size()));
        QCOMPARE(r.headers.value("accept-ranges"), QByteArray("bytes"));
        QVERIFY(r.body == m_data);

        QTRY_COMPARE(m_served.size(), 1);
        const ServedRequest s = m_served.first();
        QCOMPARE(s.method, QStringLiteral("GET"));
        QCOMPARE(s.path, "/p/" + token().left(6) + QStringLiteral("…/") + path().section(u'/', 3));
        QCOMPARE(s.status, 200);
        QCOMPARE(s.bytesSent, m_data.size());
        QVERIFY(s.complete);
        QCOMPARE(s.moduleId, QStringLiteral("imei-351234567890123"));
        QCOMPARE(s.peer, QHostAddress(QHostAddress::LocalHost));
        QVERIFY(s.range.isEmpty());
    }

    void rangesGivePartialContent_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        const qint64 size = 300 * 1024 + 7;
        QTest::newRow("a-b") << "bytes=0-99" << 0LL << 99LL;
        QTest::newRow("middle") << "bytes=100000-200000" << 100000LL << 200000LL;
        QTest::newRow("a-") << "bytes=300000-" << 300000LL << size - 1;
        QTest::newRow("-n") << "bytes=-1000" << size - 1000 << size - 1;
        QTest::newRow("b past the end") << "bytes=307000-999999" << 307000LL << size - 1;
        QTest::newRow("last byte") << "bytes=-1" << size - 1 << size - 1;
    }

    void rangesGivePartialContent()
    {
        QFETCH(QString, range);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const CurlResult r = curl({"-H", "Range: " + range, m_url.toString()});
        QCOMPARE(r.status, 206);
        QCOMPARE(r.headers.value("content-range"),
                 QStringLiteral("bytes %1-%2/%3").arg(first).arg(last).arg(m_data.size()).toLatin1());
        QCOMPARE(r.headers.value("content-length"), QByteArray::number(last - first + 1));
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/octet-stream"));
        QVERIFY(r.body == m_data.mid(first, last - first + 1));
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].status, 206);
        QCOMPARE(m_served[0].range, range);
        QCOMPARE(m_served[0].bytesSent, last - first + 1);
    }

    void headerNamesAreMatchedWithoutRegardToCase()
    {
        const CurlResult r = curl({"-H", "rAnGe: bytes=0-9", m_url.toString()});
        QCOMPARE(r.status, 206);
        QVERIFY(r.body == m_data.left(10));
    }

    void aResumeOfADownloadAlreadyWholeGetsTheWholeFileAgain()
    {
        // A module that lost its port after the last byte asks for what follows it.
        const CurlResult r = curl({"-H", "Range: bytes=" + QString::number(m_data.size()) + "-", m_url.toString()});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body == m_data);
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].status, 200);
    }

    void anUnsatisfiableRangeIs416()
    {
        const CurlResult r = curl({"-H", "Range: bytes=400000-", m_url.toString()});
        QCOMPARE(r.status, 416);
        QCOMPARE(r.headers.value("content-range"), "bytes */" + QByteArray::number(m_data.size()));
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].status, 416);
        QCOMPARE(m_served[0].bytesSent, 0);
    }

    void aStaleIfRangeGetsTheWholeFile()
    {
        const CurlResult fresh = curl({"-I", m_url.toString()});
        const QByteArray etag = fresh.headers.value("etag");
        QVERIFY(!etag.isEmpty());
        const CurlResult same = curl({"-H", "Range: bytes=10-19", "-H", "If-Range: " + QString::fromLatin1(etag), m_url.toString()});
        QCOMPARE(same.status, 206);
        const CurlResult stale = curl({"-H", "Range: bytes=10-19", "-H", "If-Range: \"0-0\"", m_url.toString()});
        QCOMPARE(stale.status, 200);
        QVERIFY(stale.body == m_data);
    }

    void headGivesTheHeadersWithoutABody_data()
    {
        QTest::addColumn<QString>("range");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("length");
        QTest::newRow("whole") << QString() << 200 << QByteArray::number(300 * 1024 + 7);
        QTest::newRow("range") << "bytes=0-9" << 206 << QByteArray("10");
    }

    void headGivesTheHeadersWithoutABody()
    {
        QFETCH(QString, range);
        QFETCH(int, status);
        QFETCH(QByteArray, length);
        QStringList args{"-I"};
        if (!range.isEmpty())
            args << "-H" << "Range: " + range;
        const CurlResult r = curl(args << m_url.toString());
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, status);
        QCOMPARE(r.headers.value("content-length"), length);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/octet-stream"));
        QVERIFY(!r.body.contains(m_data.left(16))); // curl -I writes the headers there
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].method, QStringLiteral("HEAD"));
        QCOMPARE(m_served[0].bytesSent, 0);

        // On the wire: the headers, then the connection ends, no body byte.
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(client.waitForConnected(5000));
        QByteArray request = "HEAD " + path().toLatin1() + " HTTP/1.1\r\nHost: x\r\n";
        if (!range.isEmpty())
            request += "Range: " + range.toLatin1() + "\r\n";
        client.write(request + "\r\n");
        QByteArray wire;
        connect(&client, &QTcpSocket::readyRead, this, [&] { wire += client.readAll(); });
        QSignalSpy closed(&client, &QTcpSocket::disconnected);
        QVERIFY(closed.wait(5000));
        wire += client.readAll();
        QVERIFY2(wire.startsWith("HTTP/1.1 " + QByteArray::number(status)), wire.constData());
        QVERIFY2(wire.endsWith("\r\n\r\n"), wire.constData());
        QCOMPARE(wire.count("\r\n\r\n"), 1);
    }

    void everythingElseIs404_data()
    {
        QTest::addColumn<QString>("pathTemplate"); // {token}: the token, %2: the file name
        QTest::newRow("root") << "/";
        QTest::newRow("prefix only") << "/p/";
        QTest::newRow("token without name") << "/p/{token}";
        QTest::newRow("token with slash") << "/p/{token}/";
        QTest::newRow("wrong name") << "/p/{token}/other.bin";
        QTest::newRow("wrong token") << "/p/00000000000000000000000000000000/{name}";
        QTest::newRow("extra segment") << "/p/{token}/{name}/x";
        QTest::newRow("name at the top") << "/{name}";
        QTest::newRow("dot-dot back into itself") << "/p/x/../{token}/{name}";
        QTest::newRow("dot-dot out") << "/p/{token}/../../../etc/passwd";
        QTest::newRow("dot-dot to the file system") << "/../../../../etc/passwd";
        QTest::newRow("encoded dot-dot") << "/p/%2e%2e/{token}/{name}";
        QTest::newRow("encoded dot-dot upper case") << "/p/{token}/%2E%2E/{name}";
        QTest::newRow("dot segment") << "/p/./{token}/{name}";
        QTest::newRow("encoded slash") << "/p/{token}%2f{name}";
        QTest::newRow("encoded slash in the name") << "/p/{token}/..%2f..%2fetc%2fpasswd";
        QTest::newRow("encoded backslash") << "/p/{token}/..%5c{name}";
        QTest::newRow("encoded NUL") << "/p/{token}/{name}%00";
        QTest::newRow("double slash") << "//p/{token}/{name}";
    }

    void everythingElseIs404()
    {
        QFETCH(QString, pathTemplate);
        const QString target = QString(pathTemplate)
                                   .replace(QLatin1String("{token}"), token())
                                   .replace(QLatin1String("{name}"), path().section(u'/', 3));
        const CurlResult r = curl({base() + target});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.status, 404);
        QVERIFY(!r.body.contains(m_data.left(64)));
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].status, 404);
        QVERIFY(m_served[0].moduleId.isEmpty());
    }

    void otherMethodsOnAPackageAre405()
    {
        const CurlResult r = curl({"-X", "POST", "-d", "x", m_url.toString()});
        QCOMPARE(r.status, 405);
        QCOMPARE(r.headers.value("allow"), QByteArray("GET, HEAD"));
    }

    void anUnregisteredPackageIsGone()
    {
        m_server->unregisterPackage(m_url);
        QCOMPARE(curl({m_url.toString()}).status, 404);
        QCOMPARE(m_server->packageCount(), 0);
    }

    void aFileNameWithSpacesIsServedUnderItsEncodedName()
    {
        const QString spaced = m_dir.filePath(QStringLiteral("delta v1 to v2.bin"));
        QVERIFY(QFile::copy(m_path, spaced));
        const QUrl url = m_server->registerPackage(spaced, QStringLiteral("m2"));
        QVERIFY(url.toString(QUrl::FullyEncoded).endsWith(QLatin1String("/delta%20v1%20to%20v2.bin")));
        const CurlResult r = curl({url.toString(QUrl::FullyEncoded)});
        QCOMPARE(r.status, 200);
        QVERIFY(r.body == m_data);
        QTRY_COMPARE(m_served.size(), 1);
        QCOMPARE(m_served[0].moduleId, QStringLiteral("m2"));
        QFile::remove(spaced);
    }

    // A download broken off and resumed with Range, as a module resumes.
    void qnamResumesADownloadWithRange()
    {
        const QByteArray data = testData(4 * 1024 * 1024);
        const QString bigPath = m_dir.filePath(QStringLiteral("resume.bin"));
        {
            QFile file(bigPath);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        }
        const QUrl url = m_server->registerPackage(bigPath, QStringLiteral("m3"));
        QNetworkAccessManager manager;
        QByteArray got;
        QNetworkReply *first = manager.get(QNetworkRequest(url));
        first->setReadBufferSize(64 * 1024);
        QSignalSpy firstDone(first, &QNetworkReply::finished);
        connect(first, &QNetworkReply::readyRead, this, [&] {
            got += first->readAll();
            if (got.size() >= 100000)
                first->abort();
        });
        QVERIFY(firstDone.wait(10000));
        QCOMPARE(first->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(got.size() >= 100000 && got.size() < data.size());
        first->deleteLater();

        QNetworkRequest resume(url);
        resume.setRawHeader("Range", "bytes=" + QByteArray::number(got.size()) + '-');
        QNetworkReply *second = manager.get(resume);
        QSignalSpy secondDone(second, &QNetworkReply::finished);
        QVERIFY(secondDone.wait(10000));
        QCOMPARE(second->error(), QNetworkReply::NoError);
        QCOMPARE(second->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 206);
        QCOMPARE(second->header(QNetworkRequest::ContentTypeHeader).toString(),
                 QStringLiteral("application/octet-stream"));
        QCOMPARE(second->rawHeader("Content-Range"),
                 "bytes " + QByteArray::number(got.size()) + '-' + QByteArray::number(data.size() - 1)
                     + '/' + QByteArray::number(data.size()));
        got += second->readAll();
        second->deleteLater();
        QCOMPARE(got.size(), data.size());
        QVERIFY(got == data);
        QTRY_COMPARE(m_served.size(), 2);
        QVERIFY(!m_served[0].complete); // broken off
        QCOMPARE(m_served[1].status, 206);
        QVERIFY(m_served[1].complete);
        QCOMPARE(m_served[1].moduleId, QStringLiteral("m3"));
        QFile::remove(bigPath);
    }

    // The body goes out as the peer reads it, not all at once into memory: a
    // peer that stops reading holds the server at its high-water mark.
    void aPeerThatStopsReadingIsNotSentTheWholeFile()
    {
        const QString bigPath = m_dir.filePath(QStringLiteral("big.bin"));
        const qint64 bigSize = 48LL * 1024 * 1024;
        {
            QFile big(bigPath);
            QVERIFY(big.open(QIODevice::WriteOnly));
            const QByteArray block = testData(1024 * 1024);
            for (int i = 0; i < 48; ++i)
                big.write(block);
        }
        const QUrl url = m_server->registerPackage(bigPath);
        QTcpSocket client;
        client.setReadBufferSize(64 * 1024);
        client.connectToHost(QHostAddress::LocalHost, m_server->serverPort());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET " + url.path(QUrl::FullyEncoded).toLatin1() + " HTTP/1.1\r\nHost: x\r\n\r\n");
        QTest::qWait(300); // the kernel's buffers fill; the server must then wait
        QVERIFY(m_served.isEmpty());

        qint64 received = 0;
        connect(&client, &QTcpSocket::readyRead, this, [&] { received += client.readAll().size(); });
        received += client.readAll().size();
        QTRY_VERIFY_WITH_TIMEOUT(!m_served.isEmpty(), 20000);
        QCOMPARE(m_served[0].bytesSent, bigSize);
        QVERIFY(m_served[0].complete);
        QTRY_VERIFY_WITH_TIMEOUT(received > bigSize, 20000); // headers + body
        QFile::remove(bigPath);
    }

    // The token is the package's only credential: people see its first
    // characters, in the log and in every path reported, whatever was asked.
    void theTokenIsShownOnlyAsAShortPrefix_data()
    {
        QTest::addColumn<QString>("pathTemplate");
        QTest::newRow("the package") << "/p/{token}/{name}";
        QTest::newRow("a wrong name") << "/p/{token}/other.bin";
        QTest::newRow("dot-dot before the token") << "/p/x/../{token}/{name}";
        QTest::newRow("token in the name") << "/p/{token}/{token}";
    }

    void theTokenIsShownOnlyAsAShortPrefix()
    {
        QFETCH(QString, pathTemplate);
        static QStringList logged;
        logged.clear();
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.info=true"));
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { logged << message; });
        const QString target = QString(pathTemplate)
                                   .replace(QLatin1String("{token}"), token())
                                   .replace(QLatin1String("{name}"), path().section(u'/', 3));
        const CurlResult r = curl({base() + target});
        QTRY_COMPARE(m_served.size(), 1);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.info=false"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(!m_served[0].path.contains(token()), qPrintable(m_served[0].path));
        QVERIFY(m_served[0].path.contains(token().left(6) + QStringLiteral("…")));
        QVERIFY(!logged.isEmpty());
        for (const QString &line : std::as_const(logged))
            QVERIFY2(!line.contains(token()), qPrintable(line));
    }

    void aChosenAddressAndPortAreUsed()
    {
        PackageServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost, m_server->serverPort()) == false); // taken
        QVERIFY(!other.errorString().isEmpty());
        PackageServer any;
        QVERIFY(any.listen(QHostAddress::AnyIPv4, 0));
        any.setAdvertisedHost(QStringLiteral("192.0.2.10"));
        QCOMPARE(any.baseUrl().host(), QStringLiteral("192.0.2.10"));
        const QUrl url = any.registerPackage(m_path);
        QCOMPARE(url.host(), QStringLiteral("192.0.2.10"));
        // Reachable on loopback too, since it listens on every IPv4 address.
        QUrl local = url;
        local.setHost(QStringLiteral("127.0.0.1"));
        QCOMPARE(curl({local.toString()}).status, 200);
    }
};

QTEST_GUILESS_MAIN(tst_PackageServer)
#include "tst_packageserver.moc"
