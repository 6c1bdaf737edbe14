#pragma once

// Clients that load FotaDesk's package server over real sockets on
// 127.0.0.1, all event-driven in the caller's loop: the idle connection, the
// slowloris, the endless header, the real download. Shared by
// tst_packageserverabuse and bench/packageserver (the same load, measured).

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

namespace LoadClients {

// Resident memory of this process in KiB (Linux), or -1.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Raises the soft descriptor limit towards `wanted` (up to the hard limit);
// returns the soft limit now in force.
inline qint64 raiseDescriptorLimit(qint64 wanted)
{
#ifdef Q_OS_LINUX
    rlimit limit{};
    if (getrlimit(RLIMIT_NOFILE, &limit) != 0)
        return -1;
    if (limit.rlim_cur < rlim_t(wanted)) {
        limit.rlim_cur = limit.rlim_max == RLIM_INFINITY ? rlim_t(wanted) : qMin(limit.rlim_max, rlim_t(wanted));
        setrlimit(RLIMIT_NOFILE, &limit);
        getrlimit(RLIMIT_NOFILE, &limit);
    }
    return qint64(limit.rlim_cur);
#else
    return wanted;
#endif
}

// A connection that the client holds open: it sends `prefix`, then one byte
// of `trickle` every `trickleMs` (0: nothing more), and notes what came back
// and when the server closed it.
class Holder : public QObject
{
public:
    Holder(quint16 port, QByteArray prefix = {}, int trickleMs = 0, QObject *parent = nullptr)
        : QObject(parent), m_prefix(std::move(prefix))
    {
        connect(&socket, &QTcpSocket::connected, this, [this, trickleMs] {
            connectedAfter.start();
            connectedNow = true;
            if (!m_prefix.isEmpty())
                socket.write(m_prefix);
            if (trickleMs > 0) {
                m_trickle.start(trickleMs);
            }
        });
        connect(&m_trickle, &QTimer::timeout, this, [this] { socket.write("a"); });
        connect(&socket, &QTcpSocket::readyRead, this, [this] { wire += socket.readAll(); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] {
            m_trickle.stop();
            closed = true;
            openMs = connectedAfter.isValid() ? connectedAfter.elapsed() : -1;
        });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this](QAbstractSocket::SocketError e) {
            if (e != QAbstractSocket::RemoteHostClosedError && !closed && !connectedNow)
                failedToConnect = true;
            if (socket.state() == QAbstractSocket::UnconnectedState && !closed) {
                m_trickle.stop();
                closed = true;
                openMs = connectedAfter.isValid() ? connectedAfter.elapsed() : -1;
            }
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket socket;
    QByteArray wire;
    QElapsedTimer connectedAfter;
    bool connectedNow = false;
    bool closed = false;
    bool failedToConnect = false;
    qint64 openMs = -1; // from connected to closed by the server

private:
    QByteArray m_prefix;
    QTimer m_trickle;
};

// Sends one header field of `total` bytes, as fast as the server takes it,
// never holding more than a few chunks itself.
class EndlessHeader : public QObject
{
public:
    EndlessHeader(quint16 port, qint64 total, QObject *parent = nullptr) : QObject(parent), m_total(total)
    {
        connect(&socket, &QTcpSocket::connected, this, [this] {
            socket.write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Filler: ");
            pump();
        });
        connect(&socket, &QTcpSocket::bytesWritten, this, &EndlessHeader::pump);
        connect(&socket, &QTcpSocket::readyRead, this, [this] { wire += socket.readAll().left(4096); });
        connect(&socket, &QTcpSocket::disconnected, this, [this] { closed = true; });
        connect(&socket, &QTcpSocket::errorOccurred, this, [this] {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                closed = true;
        });
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    QTcpSocket socket;
    QByteArray wire;
    qint64 sent = 0;
    bool closed = false;

private:
    void pump()
    {
        static const QByteArray chunk(64 * 1024, 'a');
        while (!closed && sent < m_total && socket.state() == QAbstractSocket::ConnectedState
               && socket.bytesToWrite() < 4 * chunk.size()) {
            const qint64 n = qMin<qint64>(chunk.size(), m_total - sent);
            socket.write(chunk.constData(), n);
            sent += n;
        }
    }

    qint64 m_total;
};

// One GET of `path`, the body hashed as it arrives.
class Download : public QObject
{
    Q_OBJECT

public:
    Download(quint16 port, const QByteArray &path, QObject *parent = nullptr) : QObject(parent)
    {
        connect(&socket, &QTcpSocket::connected, this, [this, path] {
            socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: module\r\n\r\n");
        });
        connect(&socket, &QTcpSocket::readyRead, this, &Download::onReadyRead);
        connect(&socket, &QTcpSocket::disconnected, this, &Download::finish);
        connect(&socket, &QTcpSocket::errorOccurred, this, [this] {
            if (socket.state() == QAbstractSocket::UnconnectedState)
                finish();
        });
        elapsed.start();
        socket.connectToHost(QHostAddress::LocalHost, port);
    }

    bool ok(const QByteArray &sha256, qint64 size) const
    {
        return done && status == 200 && contentLength == size && received == size && digest == sha256;
    }

    QTcpSocket socket;
    QElapsedTimer elapsed;
    int status = 0;
    qint64 contentLength = -1;
    qint64 received = 0;
    QByteArray digest;
    qint64 ms = -1;
    bool done = false;

signals:
    void finished();

private:
    void onReadyRead()
    {
        QByteArray bytes = socket.readAll();
        if (!m_headDone) {
            m_head += bytes;
            const qsizetype end = m_head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = m_head.left(end).split('\n');
            status = lines.value(0).split(' ').value(1).toInt();
            for (const QByteArray &line : lines) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            bytes = m_head.mid(end + 4);
            m_head.clear();
            m_headDone = true;
        }
        received += bytes.size();
        m_hash.addData(bytes);
    }

    void finish()
    {
        if (done)
            return;
        onReadyRead();
        done = true;
        ms = elapsed.elapsed();
        digest = m_hash.result();
        emit finished();
    }

    QByteArray m_head;
    bool m_headDone = false;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
};

} // namespace LoadClients
