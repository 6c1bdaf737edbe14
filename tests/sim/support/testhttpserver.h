#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>
#include <QTcpServer>

// A small HTTP/1.1 file server on 127.0.0.1 for the modules' downloads: GET
// with Range (206 + Content-Range), 404 for unknown paths, and a log of the
// requests so tests can see a resume happen.
class TestHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit TestHttpServer(QObject *parent = nullptr);

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path) const;
    void serve(const QString &path, const QByteArray &body) { m_files.insert(path, body); }
    QStringList requests() const { return m_requests; }       // "GET /x"
    QStringList rangeHeaders() const { return m_ranges; }     // "" when none

private:
    void onConnection();

    QTcpServer m_server;
    QHash<QString, QByteArray> m_files;
    QStringList m_requests;
    QStringList m_ranges;
};
