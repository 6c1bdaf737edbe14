#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

// Hashes a file a chunk per event-loop turn, so a large package never blocks
// the engine thread.
class FileHasher : public QObject
{
    Q_OBJECT

public:
    explicit FileHasher(QObject *parent = nullptr);
    ~FileHasher() override;

    void setChunkSize(qint64 bytes) { m_chunk = bytes; }
    // finished() or failed() follows, never from inside start().
    void start(const QString &path, QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256);
    void abort();
    bool isRunning() const { return m_file != nullptr; }

signals:
    void finished(const QString &hexDigest);
    void failed(const QString &reason);

private:
    void step();
    void finishWith(const QString &error);

    std::unique_ptr<QFile> m_file;
    std::unique_ptr<QCryptographicHash> m_hash;
    QTimer m_pump;
    qint64 m_chunk = 256 * 1024;
};
