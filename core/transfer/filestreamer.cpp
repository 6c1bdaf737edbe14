#include "filestreamer.h"

#include "transferlog.h"

#include <QTcpSocket>

FileStreamer::FileStreamer(std::unique_ptr<QFile> file, qint64 first, qint64 last,
                           QTcpSocket *socket, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_socket(socket), m_remaining(last - first + 1)
{
    if (!m_file->seek(first))
        m_remaining = 0;
    connect(socket, &QTcpSocket::bytesWritten, this, &FileStreamer::pump);
    connect(socket, &QTcpSocket::disconnected, this, [this] { finish(false); });
    connect(socket, &QObject::destroyed, this, [this] { finish(false); });
}

FileStreamer::~FileStreamer() = default;

void FileStreamer::start()
{
    pump();
}

void FileStreamer::pump()
{
    if (m_done)
        return;
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState) {
        finish(false);
        return;
    }
    // Refill only as far as the high-water mark: bytesWritten() brings us back
    // when the peer has taken some.
    while (m_remaining > 0 && m_socket->bytesToWrite() < kHighWater) {
        const QByteArray chunk = m_file->read(qMin(kChunk, m_remaining));
        if (chunk.isEmpty()) {
            qCWarning(lcTransfer) << "package server: reading" << m_file->fileName()
                                  << "failed:" << m_file->errorString();
            m_socket->abort(); // a short body must not pass for a whole one
            finish(false);
            return;
        }
        if (m_socket->write(chunk) != chunk.size()) {
            finish(false);
            return;
        }
        m_sent += chunk.size();
        m_remaining -= chunk.size();
    }
    if (m_remaining == 0)
        finish(true);
}

void FileStreamer::finish(bool complete)
{
    if (m_done)
        return;
    m_done = true;
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    emit finished(m_sent, complete);
    deleteLater();
}
