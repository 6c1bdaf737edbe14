// fotadesk-cli serve, run as a user would: the URL it prints serves the exact
// bytes, ranges work, nothing else is served, and bad input is refused.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class tst_CliServe : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath()) + QStringLiteral("/serve-XXXXXX")};
    QByteArray m_package;
    QString m_packagePath;

    static QString cli()
    {
        return qEnvironmentVariable("FOTADESK_BIN_DIR") + QStringLiteral("/fotadesk-cli/fotadesk-cli");
    }

    struct Reply
    {
        int status = 0;
        QByteArray body;
    };

    static Reply get(const QUrl &url, const QByteArray &range = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        if (!range.isEmpty())
            request.setRawHeader("Range", range);
        std::unique_ptr<QNetworkReply> reply(nam.get(request));
        QSignalSpy done(reply.get(), &QNetworkReply::finished);
        if (!done.wait(10000))
            return {};
        return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), reply->readAll()};
    }

    // Starts `serve` and returns the first URL it prints.
    QUrl startServer(QProcess &p, const QStringList &args)
    {
        p.start(cli(), QStringList{QStringLiteral("serve")} + args);
        if (!QTest::qWaitFor([&] { return p.canReadLine() || p.state() == QProcess::NotRunning; }, 10000))
            return {};
        return QUrl(QString::fromUtf8(p.readLine().trimmed()));
    }

    static void stop(QProcess &p)
    {
        p.terminate();
        p.waitForFinished(5000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_package.resize(300 * 1024 + 17);
        QRandomGenerator rng(7);
        for (char &c : m_package)
            c = char(rng.bounded(256));
        m_packagePath = m_dir.filePath(QStringLiteral("HL7800 delta.bin"));
        QFile f(m_packagePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_package);
    }

    void thePrintedUrlServesThePackagesExactBytes()
    {
        QProcess p;
        const QUrl url = startServer(p, {m_packagePath});
        QVERIFY2(url.isValid() && url.scheme() == QLatin1String("http"), p.readAllStandardError().constData());
        QCOMPARE(url.host(), QStringLiteral("127.0.0.1"));
        const Reply whole = get(url);
        QCOMPARE(whole.status, 200);
        QCOMPARE(whole.body, m_package);
        const Reply tail = get(url, "bytes=1000-");
        QCOMPARE(tail.status, 206);
        QCOMPARE(tail.body, m_package.mid(1000));
        // Each request is reported on stdout with its status.
        QByteArray log;
        QTRY_VERIFY2((log += p.readAllStandardOutput()).contains(" 206 range=bytes=1000-"), log.constData());
        stop(p);
    }

    void onlyTheRegisteredUrlIsServed()
    {
        QProcess p;
        const QUrl url = startServer(p, {m_packagePath});
        QVERIFY(url.isValid());
        QUrl guessed = url;
        guessed.setPath(QStringLiteral("/p/00000000000000000000000000000000/HL7800 delta.bin"));
        QCOMPARE(get(guessed).status, 404);
        QUrl traversal = url;
        traversal.setPath(url.path() + QStringLiteral("/../../etc/passwd"));
        QCOMPARE(get(traversal).status, 404);
        stop(p);
    }

    void theBindAddressAndPortAreHonoured()
    {
        // A free port: listen on 0 once to learn one, then ask for it.
        QProcess first;
        const QUrl any = startServer(first, {m_packagePath});
        QVERIFY(any.isValid());
        const int port = any.port();
        stop(first);
        QProcess p;
        const QUrl url = startServer(p, {m_packagePath, QStringLiteral("--bind"), QStringLiteral("127.0.0.1:%1").arg(port)});
        QCOMPARE(url.port(), port);
        QCOMPARE(get(url).body, m_package);
        stop(p);
    }

    void badInputIsRefusedWithTheContractsExitCodes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no package") << QStringList{} << 2 << "at least one package";
        QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/pkg.bin")} << 2 << "cannot be read";
        QTest::newRow("malformed bind") << QStringList{QStringLiteral("--bind"), QStringLiteral("localhost:99999"), QStringLiteral("x")}
                                        << 2 << "is not ADDR:PORT";
        QTest::newRow("address not ours") << QStringList{QStringLiteral("--bind"), QStringLiteral("192.0.2.1:8080"), QStringLiteral("x")}
                                          << 3 << "cannot listen";
    }

    void badInputIsRefusedWithTheContractsExitCodes()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        QProcess p;
        p.start(cli(), QStringList{QStringLiteral("serve")} + args);
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), exitCode);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(message), qPrintable(err));
    }
};

QTEST_MAIN(tst_CliServe)
#include "tst_cli_serve.moc"
