#pragma once

#include "packageserverlimits.h"

#include <QDeadlineTimer>
#include <QHostAddress>
#include <QObject>
#include <QTimer>

class QTcpSocket;

// One accepted connection on its way to the HTTP parser, owned by its socket
// (a child, so it goes with it). It holds the socket back until the request
// head is complete (see RequestHead), closes it when the head is too slow
// (header deadline) or stalls (idle gap), answers 414/431 itself when a line
// or the head is too long, and after the hand-over drops a peer that stops
// taking the response. The bytes are only peeked at and the socket's read
// buffer is capped, so a hostile head costs at most maxHeaderBytes.
class GatedConnection : public QObject
{
    Q_OBJECT

public:
    GatedConnection(QTcpSocket *socket, const QHostAddress &peer, const PackageServerLimits &limits);

    QHostAddress peer() const { return m_peer; }
    // Answers 503 at once, reading nothing (the server is full).
    void refuseBusy();
    // Starts watching the head (call once the signal below is connected).
    void start();

signals:
    // The head is complete and within the limits: the socket may go to the parser.
    void headReady(QTcpSocket *socket);

private:
    enum class Phase { Head, Handed, Refusing };

    void onReadyRead();
    void onTimeout();
    void refuse(int status, QByteArrayView reason, const QList<QByteArray> &extraHeaders = {});
    void armHeadTimer();

    QTcpSocket *m_socket;
    QHostAddress m_peer;
    PackageServerLimits m_limits;
    Phase m_phase = Phase::Head;
    QDeadlineTimer m_headDeadline;
    qint64 m_discarded = 0; // while refusing
    QTimer m_timer;
};
