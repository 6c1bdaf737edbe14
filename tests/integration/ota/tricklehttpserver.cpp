#include "tricklehttpserver.h"

#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimer>

TrickleHttpServer::TrickleHttpServer(const QByteArray &body, QObject *parent)
    : QObject(parent), m_body(body)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TrickleHttpServer::onConnection);
}

bool TrickleHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl TrickleHttpServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/fw/diff.usf").arg(m_server.serverPort()));
}

void TrickleHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *request = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, request] {
            delete request;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, request] {
            request->append(socket->readAll());
            if (!request->contains("\r\n\r\n") || request->isEmpty())
                return;
            static const QRegularExpression rangeRe(QStringLiteral("(?im)^Range:\\s*bytes=(\\d+)-\\s*$"));
            const auto m = rangeRe.match(QString::fromLatin1(*request));
            request->clear();
            m_ranges << (m.hasMatch() ? QStringLiteral("bytes=%1-").arg(m.captured(1)) : QString());
            const qint64 from = m.hasMatch() ? qBound<qint64>(0, m.captured(1).toLongLong(), m_body.size()) : 0;
            QByteArray head = m.hasMatch() ? "HTTP/1.1 206 Partial Content\r\n" : "HTTP/1.1 200 OK\r\n";
            head += "Content-Type: application/octet-stream\r\nContent-Length: "
                    + QByteArray::number(m_body.size() - from) + "\r\n";
            if (m.hasMatch())
                head += "Content-Range: bytes " + QByteArray::number(from) + '-'
                        + QByteArray::number(m_body.size() - 1) + '/' + QByteArray::number(m_body.size()) + "\r\n";
            head += "Connection: close\r\n\r\n";
            socket->write(head);
            auto *timer = new QTimer(socket);
            auto offset = std::make_shared<qint64>(from);
            connect(timer, &QTimer::timeout, socket, [this, socket, timer, offset] {
                if (*offset >= m_body.size()) {
                    timer->stop();
                    socket->disconnectFromHost();
                    return;
                }
                const QByteArray piece = m_body.mid(*offset, m_piece);
                *offset += piece.size();
                socket->write(piece);
            });
            timer->start(m_tick);
        });
    }
}
