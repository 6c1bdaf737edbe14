#pragma once

#include <QByteArray>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

#include <chrono>

// A deliberately slow HTTP server for one file: the body trickles out in
// small pieces on a timer, so a test can stop or cut a module's download in
// the middle. Honours "Range: bytes=N-" with 206, as a resumable server does,
// and records every request's Range header.
class TrickleHttpServer : public QObject
{
    Q_OBJECT

public:
    explicit TrickleHttpServer(const QByteArray &body, QObject *parent = nullptr);

    bool listen();
    QUrl url() const;
    void setPace(qint64 bytesPerTick, std::chrono::milliseconds tick)
    {
        m_piece = bytesPerTick;
        m_tick = tick;
    }
    // One entry per request: its Range header, empty when none.
    QStringList ranges() const { return m_ranges; }

private:
    void onConnection();

    QTcpServer m_server;
    QByteArray m_body;
    QStringList m_ranges;
    qint64 m_piece = 4096;
    std::chrono::milliseconds m_tick{10};
};
