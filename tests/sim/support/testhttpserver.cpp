#include "testhttpserver.h"

#include <QRegularExpression>
#include <QTcpSocket>

TestHttpServer::TestHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TestHttpServer::onConnection);
}

bool TestHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QString TestHttpServer::url(const QString &path) const
{
    return QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path);
}

void TestHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *buffer = new QByteArray;
        connect(socket, &QTcpSocket::disconnected, socket, [socket, buffer] {
            delete buffer;
            socket->deleteLater();
        });
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket, buffer] {
            *buffer += socket->readAll();
            const qsizetype end = buffer->indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = buffer->left(end).split('\n');
            buffer->remove(0, end + 4);
            const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
            const QString path = QString::fromLatin1(requestLine.value(1));
            QByteArray range;
            for (const QByteArray &l : lines) {
                if (l.toLower().startsWith("range:"))
                    range = l.mid(6).trimmed();
            }
            m_requests << QStringLiteral("GET ") + path;
            m_ranges << QString::fromLatin1(range);
            QByteArray response;
            if (!m_files.contains(path)) {
                response = "HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            } else {
                const QByteArray body = m_files.value(path);
                static const QRegularExpression re(QStringLiteral("bytes=(\\d+)-"));
                const auto m = re.match(QString::fromLatin1(range));
                const qint64 from = m.hasMatch() ? m.captured(1).toLongLong() : -1;
                if (from >= 0 && from < body.size()) {
                    response = "HTTP/1.1 206 Partial Content\r\nContent-Type: application/octet-stream\r\n"
                               "Content-Range: bytes " + QByteArray::number(from) + '-'
                               + QByteArray::number(body.size() - 1) + '/' + QByteArray::number(body.size())
                               + "\r\nContent-Length: " + QByteArray::number(body.size() - from)
                               + "\r\nConnection: close\r\n\r\n" + body.mid(from);
                } else {
                    response = "HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: "
                               + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
                }
            }
            socket->write(response);
            socket->disconnectFromHost();
        });
    }
}
