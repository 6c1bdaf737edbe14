#include "connectiongate.h"

#include "descriptorlimit.h"
#include "gatedconnection.h"
#include "transferlog.h"

#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace {

// IPv4 peers of a dual-stack socket arrive as ::ffff:a.b.c.d; one peer is one
// address however it is written.
QHostAddress peerKey(const QHostAddress &address)
{
    bool ok = false;
    const quint32 v4 = address.toIPv4Address(&ok);
    return ok ? QHostAddress(v4) : address;
}

// When accept() fails for want of descriptors, QTcpServer stops accepting for
// good; new clients would then wait in the kernel's backlog until they time
// out. Try again soon: connections close all the time.
constexpr int kAcceptRetryMs = 200;

} // namespace

ConnectionGate::ConnectionGate(const PackageServerLimits &limits, QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_descriptorRoom(descriptorRoomForConnections())
{
    connect(this, &QTcpServer::acceptError, this, [this](QAbstractSocket::SocketError error) {
        qCWarning(lcTransfer) << "package server: cannot accept a connection (" << error << errorString()
                              << "), trying again in" << kAcceptRetryMs << "ms;" << m_total << "open";
        QTimer::singleShot(kAcceptRetryMs, this, [this] {
            if (isListening())
                resumeAccepting();
        });
    });
}

ConnectionGate::~ConnectionGate()
{
    // The sockets are our children; they must not report back to a server
    // half destroyed.
    const QList<GatedConnection *> connections = findChildren<GatedConnection *>();
    for (GatedConnection *connection : connections)
        disconnect(connection, nullptr, this, nullptr);
}

int ConnectionGate::effectiveMaxConnections() const
{
    return qMax(1, qMin(m_limits.maxConnections, m_descriptorRoom));
}

void ConnectionGate::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    const QHostAddress peer = peerKey(socket->peerAddress());
    auto *connection = new GatedConnection(socket, peer, m_limits);
    const bool full = m_total >= effectiveMaxConnections();
    if (full || m_perPeer.value(peer) >= m_limits.maxConnectionsPerPeer) {
        note(full ? "503 (connection limit reached) to" : "503 (connection limit of one address reached) to", peer);
        connection->refuseBusy();
        return;
    }
    ++m_total;
    ++m_perPeer[peer];
    connect(connection, &QObject::destroyed, this, [this, peer] { release(peer); });
    connect(connection, &GatedConnection::headReady, this, [this](QTcpSocket *ready) {
        addPendingConnection(ready);
        // The parser connects to readyRead when it takes the socket and does
        // not look at what is already buffered: tell it again, from the loop.
        QMetaObject::invokeMethod(ready, &QAbstractSocket::readyRead, Qt::QueuedConnection);
    });
    connection->start();
}

void ConnectionGate::release(const QHostAddress &peer)
{
    --m_total;
    auto it = m_perPeer.find(peer);
    if (it != m_perPeer.end() && --it.value() <= 0)
        m_perPeer.erase(it);
}

void ConnectionGate::note(const char *what, const QHostAddress &peer)
{
    if (m_lastNote.isValid() && m_lastNote.elapsed() < 10000) {
        ++m_unlogged;
        return;
    }
    qCWarning(lcTransfer).noquote() << "package server:" << what << peer.toString() << "with" << m_total
                                    << "connections open"
                                    << (m_unlogged ? QStringLiteral("(%1 more refusals since the last note)").arg(m_unlogged)
                                                   : QString());
    m_unlogged = 0;
    m_lastNote.start();
}
