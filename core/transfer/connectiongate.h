#pragma once

#include "packageserverlimits.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QTcpServer>

class GatedConnection;

// The package server's listening socket, between the network and
// QAbstractHttpServer. Qt 6.4's parser takes every socket the moment it is
// accepted and reads it byte by byte into memory, with no limit on a line, a
// header or the time taken, and no notion of how many connections are open.
// It offers no hook inside its parsing, but it only ever sees the sockets a
// QTcpServer hands it as pending connections. So this server accepts itself
// and makes a socket pending only once its request head is complete and
// within the limits (GatedConnection); everything else is answered or closed
// here. Counting happens here too: over the total or per-address cap, a new
// connection is answered 503 with Retry-After and never read.
class ConnectionGate : public QTcpServer
{
    Q_OBJECT

public:
    explicit ConnectionGate(const PackageServerLimits &limits, QObject *parent = nullptr);
    ~ConnectionGate() override;

    // For connections accepted from now on.
    void setLimits(const PackageServerLimits &limits) { m_limits = limits; }
    // Connections open now (in the gate or with the parser), refused ones aside.
    int connectionCount() const { return m_total; }
    // The total cap in force: the setting, lowered to what the process's
    // descriptor limit leaves room for.
    int effectiveMaxConnections() const;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    void release(const QHostAddress &peer);
    void note(const char *what, const QHostAddress &peer);

    PackageServerLimits m_limits;
    int m_total = 0;
    QHash<QHostAddress, int> m_perPeer;
    int m_descriptorRoom;
    // Refusals are logged a few at a time: a flood must not become a flood of log lines.
    QElapsedTimer m_lastNote;
    int m_unlogged = 0;
};
