#pragma once

#include <QFile>
#include <QObject>
#include <QPointer>

#include <memory>

class QTcpSocket;

// Copies bytes [first, last] of a file into a socket as the peer takes them.
// At most a few chunks wait in the socket's buffer at any time, so a module on
// a slow link never makes FotaDesk hold the whole package in memory. Finishes
// when everything was handed to the socket or the socket went away, then
// deletes itself.
class FileStreamer : public QObject
{
    Q_OBJECT

public:
    // Takes an open file. The socket closing or going away ends the stream.
    FileStreamer(std::unique_ptr<QFile> file, qint64 first, qint64 last, QTcpSocket *socket,
                 QObject *parent = nullptr);
    ~FileStreamer() override;

    void start();
    qint64 sent() const { return m_sent; }

    static constexpr qint64 kChunk = 64 * 1024;
    static constexpr qint64 kHighWater = 4 * kChunk;

signals:
    // `complete`: every byte was handed to the socket.
    void finished(qint64 bytesSent, bool complete);

private:
    void pump();
    void finish(bool complete);

    std::unique_ptr<QFile> m_file;
    QPointer<QTcpSocket> m_socket;
    qint64 m_remaining;
    qint64 m_sent = 0;
    bool m_done = false;
};
