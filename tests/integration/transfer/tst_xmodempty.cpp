#include "peertool.h"
#include "at/atchannel.h"
#include "port/serialport.h"
#include "transfer/xmodemlink.h"
#include "transfer/xmodemsender.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

QByteArray testData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x9E3779B9u ^ quint32(size);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

// Two pseudo-terminals joined by socat: FotaDesk's SerialPort on one end, the
// receiver on the other. The test keeps the receiver's end open itself, so the
// receiver exiting right after its last ACK cannot hang the pty up (and drop
// that ACK) before our side has read it.
class PtyPair
{
public:
    bool start(const QString &dir)
    {
        a = QDir(dir).filePath(QStringLiteral("host"));
        b = QDir(dir).filePath(QStringLiteral("module"));
        socat.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        socat.start(QStringLiteral("socat"),
                    {QStringLiteral("pty,raw,echo=0,link=%1").arg(a),
                     QStringLiteral("pty,raw,echo=0,link=%1").arg(b)});
        if (!socat.waitForStarted(5000))
            return false;
        QElapsedTimer timer;
        timer.start();
        while (!(QFileInfo::exists(a) && QFileInfo::exists(b)) && timer.elapsed() < 5000)
            QTest::qWait(10);
        if (!QFileInfo::exists(b))
            return false;
        holdFd = ::open(QFile::encodeName(b).constData(), O_RDWR | O_NOCTTY);
        return holdFd >= 0;
    }

    void stop()
    {
        if (holdFd >= 0)
            ::close(holdFd);
        holdFd = -1;
        if (socat.state() != QProcess::NotRunning) {
            socat.kill();
            socat.waitForFinished(2000);
        }
    }

    ~PtyPair() { stop(); }

    QProcess socat;
    QString a;
    QString b;
    int holdFd = -1;
};

struct Outcome
{
    XmodemResult result;
    qint64 elapsedMs = 0;
};

} // namespace

class tst_XmodemPty : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PtyPair> m_pty;
    std::unique_ptr<AtChannel> m_channel;

    std::unique_ptr<QProcess> startReceiver(const QString &receiver, const QString &output)
    {
        auto process = std::make_unique<QProcess>();
        if (receiver == u"rx") {
            // rx ends with tcflush(TCIOFLUSH) on its terminal right after writing
            // the EOT's ACK; on a pty that also discards what the other side
            // has not read yet, so that ACK is lost whenever socat is a few
            // microseconds late (about every other run). A second socat hands
            // the pty's bytes to rx over a socket pair, where the flush is a
            // no-op: the wire on our side is still the pty pair.
            // rx refuses absolute paths ("Security Violation") in its default
            // restricted mode, which lrzsz turns on for root: it writes the
            // file by name in its working directory.
            const QFileInfo file(output);
            process->setStandardErrorFile(QProcess::nullDevice()); // rx's progress lines
            process->setWorkingDirectory(file.absolutePath());
            process->start(QStringLiteral("socat"),
                           {QStringLiteral("FILE:%1,raw,echo=0").arg(m_pty->b),
                            QStringLiteral("EXEC:rx -c -b %1").arg(file.fileName())});
        } else {
            process->start(QStringLiteral("/usr/bin/python3"),
                           {QStringLiteral(FOTADESK_XMODEM_RECEIVER_PY), m_pty->b, output,
                            receiver.endsWith(u"checksum") ? QStringLiteral("checksum")
                                                           : QStringLiteral("crc")});
        }
        return process;
    }

    Outcome send(XmodemSender &sender)
    {
        QSignalSpy finished(&sender, &XmodemSender::finished);
        QElapsedTimer timer;
        timer.start();
        if (!runXmodemOver(m_channel.get(), &sender) && finished.isEmpty())
            return {};
        if (finished.isEmpty() && !finished.wait(60000))
            return {};
        return {finished.first().first().value<XmodemResult>(), timer.elapsed()};
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
        FOTADESK_REQUIRE_PEER(!QStandardPaths::findExecutable(QStringLiteral("socat")).isEmpty(), "socat");
        FOTADESK_REQUIRE_PEER(!QStandardPaths::findExecutable(QStringLiteral("rx")).isEmpty(), "lrzsz (rx)");
    }

    void init()
    {
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(QDir(base).filePath(QStringLiteral("xmodempty-XXXXXX")));
        QVERIFY(m_dir->isValid());
        m_pty = std::make_unique<PtyPair>();
        QVERIFY2(m_pty->start(m_dir->path()), "socat did not make the pty pair");
        auto port = std::make_unique<SerialPort>(m_pty->a);
        QVERIFY2(port->open(QIODevice::ReadWrite), qPrintable(port->errorString()));
        port->setBaudRate(115200);
        m_channel = std::make_unique<AtChannel>(std::move(port));
    }

    void cleanup()
    {
        m_channel.reset();
        m_pty.reset();
        m_dir.reset();
    }

    void realReceiversGetByteIdenticalFiles_data()
    {
        QTest::addColumn<QString>("receiver");
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("paddedTo"); // the receiver keeps the padding of the last block
        for (const char *receiver : {"rx", "python-crc", "python-checksum"}) {
            QTest::addRow("%s, 300 KiB (300 1K blocks, wraps past 255)", receiver)
                << QString::fromLatin1(receiver) << 300 * 1024 << 128;
            QTest::addRow("%s, 300 KiB + 100 (short tail)", receiver)
                << QString::fromLatin1(receiver) << 300 * 1024 + 100 << 128;
            QTest::addRow("%s, 3000 bytes", receiver) << QString::fromLatin1(receiver) << 3000 << 128;
        }
    }

    void realReceiversGetByteIdenticalFiles()
    {
        QFETCH(QString, receiver);
        QFETCH(int, size);
        QFETCH(int, paddedTo);
        if (receiver.startsWith(u"python")) {
            QProcess probe;
            probe.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import xmodem")});
            FOTADESK_REQUIRE_PEER(probe.waitForFinished(10000) && probe.exitCode() == 0, "python3-xmodem");
        }
        const QByteArray data = testData(size);
        const QString output = m_dir->filePath(QStringLiteral("received.bin"));
        XmodemOptions options;
        options.startTimeout = 10s;
        options.ackTimeout = 5s;
        XmodemSender sender(data, options);
        QList<TransferProgress> progress;
        QElapsedTimer clock;
        qint64 firstBlockMs = -1, lastAckMs = -1; // the data phase, without the receivers' end-of-file pauses
        connect(&sender, &XmodemSender::progress, this, [&](const TransferProgress &p) {
            if (progress.isEmpty())
                clock.start(), firstBlockMs = 0;
            if (p.done == p.total)
                lastAckMs = clock.elapsed();
            progress << p;
        });

        std::unique_ptr<QProcess> peer;
        QTimer::singleShot(0, this, [&] { peer = startReceiver(receiver, output); });
        const Outcome outcome = send(sender);
        QVERIFY2(outcome.result.ok, qPrintable(outcome.result.message));
        QVERIFY(peer);
        if (peer->state() != QProcess::NotRunning)
            QVERIFY(peer->waitForFinished(20000));
        QCOMPARE(peer->exitStatus(), QProcess::NormalExit);
        QCOMPARE(peer->exitCode(), 0);

        QFile file(output);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray received = file.readAll();
        const qsizetype padded = (size + paddedTo - 1) / paddedTo * paddedTo;
        QCOMPARE(received.size(), padded);
        QVERIFY(received.left(size) == data);
        QCOMPARE(received.mid(size), QByteArray(padded - size, 0x1A));
        QCOMPARE(outcome.result.crcMode, receiver != u"python-checksum");
        QCOMPARE(progress.last().done, qint64(size));
        QCOMPARE(outcome.result.resends, 0); // a clean link needs none

        const qint64 dataMs = qMax<qint64>(1, lastAckMs - firstBlockMs);
        qInfo().noquote() << QStringLiteral("%1: %2 bytes, %3 blocks; data phase %4 ms = %5 KiB/s, "
                                            "%6 us per block; whole transfer %7 ms")
                                 .arg(receiver).arg(size).arg(outcome.result.blocksAcked).arg(dataMs)
                                 .arg(size * 1000.0 / dataMs / 1024, 0, 'f', 0)
                                 .arg(dataMs * 1000.0 / outcome.result.blocksAcked, 0, 'f', 0)
                                 .arg(outcome.elapsedMs);
    }

    void aReceiverThatDiesMidTransferEndsInATimeout()
    {
        const QByteArray data = testData(2 * 1024 * 1024);
        XmodemOptions options;
        options.startTimeout = 10s;
        options.ackTimeout = 100ms;
        options.maxRetries = 3;
        XmodemSender sender(data, options);
        std::unique_ptr<QProcess> peer;
        connect(&sender, &XmodemSender::progress, this, [&](const TransferProgress &p) {
            if (p.done >= 64 * 1024 && peer && peer->state() == QProcess::Running)
                peer->kill(); // our own child, by its handle
        });
        QTimer::singleShot(0, this, [&] { peer = startReceiver(QStringLiteral("rx"), m_dir->filePath("x.bin")); });
        const Outcome outcome = send(sender);
        QCOMPARE(outcome.result.error, XmodemError::Timeout);
        QVERIFY(m_channel->isConnected());
        QVERIFY(!m_channel->isRaw()); // the port is back in line mode
    }

    void theTransferEndsWithPortLostWhenThePtyVanishes()
    {
        const QByteArray data = testData(2 * 1024 * 1024);
        XmodemOptions options;
        options.startTimeout = 10s;
        options.ackTimeout = 2s;
        XmodemSender sender(data, options);
        std::unique_ptr<QProcess> peer;
        connect(&sender, &XmodemSender::progress, this, [&](const TransferProgress &p) {
            if (p.done >= 64 * 1024 && m_pty->socat.state() == QProcess::Running)
                m_pty->socat.kill(); // both ptys go away: an unplug
        });
        QTimer::singleShot(0, this, [&] { peer = startReceiver(QStringLiteral("rx"), m_dir->filePath("x.bin")); });
        const Outcome outcome = send(sender);
        QCOMPARE(outcome.result.error, XmodemError::PortLost);
        QVERIFY(!m_channel->isRaw());
        if (peer)
            peer->kill();
    }
};

QTEST_GUILESS_MAIN(tst_XmodemPty)
#include "tst_xmodempty.moc"
