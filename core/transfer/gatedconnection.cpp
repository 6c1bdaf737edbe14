#include "gatedconnection.h"

#include "requesthead.h"
#include "transferlog.h"

#include <QTcpSocket>

#include <algorithm>

namespace {

// A refused client that keeps sending (the 100 MB header) gets this long to
// read our answer while what it sends is thrown away, then the connection is
// cut. Closing at once with its bytes unread would send a reset, which can
// destroy the answer before the client reads it (Apache's lingering close).
// Nor is the peer allowed to keep us copying its bytes for the whole linger:
// past this much it is cut at once.
constexpr int kLingerMs = 1000;
constexpr qint64 kLingerBytes = 1024 * 1024;

qint64 ms(std::chrono::milliseconds d)
{
    return qMax<qint64>(1, d.count());
}

} // namespace

GatedConnection::GatedConnection(QTcpSocket *socket, const QHostAddress &peer,
                                 const PackageServerLimits &limits)
    : QObject(socket), m_socket(socket), m_peer(peer), m_limits(limits)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &GatedConnection::onTimeout);
    // Bytes stay in the socket until the head is whole; this cap is what keeps
    // a hostile head from growing memory (Qt stops reading the kernel's buffer
    // when it is reached).
    m_socket->setReadBufferSize(qint64(m_limits.maxHeaderBytes) + 1);
    connect(m_socket, &QTcpSocket::readyRead, this, &GatedConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Handed)
            m_timer.start(int(qMin<qint64>(ms(m_limits.stallTimeout), INT_MAX)));
    });
    // Until the hand-over the parser does not know this socket, so nobody
    // else would delete it.
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        if (m_phase != Phase::Handed)
            m_socket->deleteLater();
    });
}

void GatedConnection::start()
{
    m_headDeadline.setRemainingTime(ms(m_limits.headerTimeout));
    armHeadTimer();
    if (m_socket->bytesAvailable() > 0)
        onReadyRead();
}

void GatedConnection::armHeadTimer()
{
    const qint64 left = qMax<qint64>(1, m_headDeadline.remainingTime());
    m_timer.start(int(std::min<qint64>({left, ms(m_limits.idleTimeout), qint64(INT_MAX)})));
}

void GatedConnection::onReadyRead()
{
    if (m_phase == Phase::Refusing) {
        m_discarded += qMax<qint64>(0, m_socket->skip(m_socket->bytesAvailable())); // only to throw away
        if (m_discarded > kLingerBytes) {
            m_timer.stop();
            onTimeout();
        }
        return;
    }
    if (m_phase != Phase::Head)
        return; // the parser's now
    const QByteArray received = m_socket->peek(qint64(m_limits.maxHeaderBytes) + 1);
    const RequestHead head = RequestHead::scan(received, m_limits.maxRequestLineBytes, m_limits.maxHeaderBytes);
    switch (head.verdict) {
    case RequestHead::Verdict::Incomplete:
        armHeadTimer();
        return;
    case RequestHead::Verdict::RequestLineTooLong:
        refuse(414, "URI Too Long");
        return;
    case RequestHead::Verdict::HeadTooLarge:
        refuse(431, "Request Header Fields Too Large");
        return;
    case RequestHead::Verdict::Complete:
        break;
    }
    m_phase = Phase::Handed;
    // Room for the head and a small body the parser may still want (we serve
    // GET and HEAD only); a bigger body never fits and stalls out.
    m_socket->setReadBufferSize(2 * qint64(m_limits.maxHeaderBytes));
    m_timer.start(int(qMin<qint64>(ms(m_limits.stallTimeout), INT_MAX)));
    emit headReady(m_socket);
}

void GatedConnection::onTimeout()
{
    switch (m_phase) {
    case Phase::Head:
        qCDebug(lcTransfer).noquote() << "package server: closed" << m_peer.toString()
                                      << (m_headDeadline.hasExpired() ? "(request head too slow)"
                                                                      : "(idle during the request head)");
        break;
    case Phase::Handed:
        qCDebug(lcTransfer).noquote() << "package server: dropped" << m_peer.toString()
                                      << "(took no byte of the response for"
                                      << m_limits.stallTimeout.count() << "ms)";
        break;
    case Phase::Refusing:
        break;
    }
    const Phase phase = m_phase;
    QTcpSocket *socket = m_socket;
    socket->abort(); // may delete nothing yet; `this` still lives
    if (phase != Phase::Handed)
        socket->deleteLater();
}

void GatedConnection::refuseBusy()
{
    refuse(503, "Service Unavailable",
           {"Retry-After: " + QByteArray::number(qint64(m_limits.retryAfter.count()))});
}

void GatedConnection::refuse(int status, QByteArrayView reason, const QList<QByteArray> &extraHeaders)
{
    m_phase = Phase::Refusing;
    const QByteArray body = QByteArray::number(status) + '\n';
    QByteArray response = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason.toByteArray() + "\r\n";
    for (const QByteArray &header : extraHeaders)
        response += header + "\r\n";
    response += "Content-Type: text/plain\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
    m_socket->write(response);
    // Not disconnectFromHost(): it stops reading, and closing with the peer's
    // bytes unread resets the connection. Whatever comes is thrown away until
    // the peer leaves or the linger ends.
    m_socket->skip(m_socket->bytesAvailable());
    m_socket->setReadBufferSize(64 * 1024);
    m_timer.start(kLingerMs);
}
