#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QObject>
#include <QTimer>

#include <memory>

// What identifies a package's bytes.
struct PackageDigest
{
    QString sha256; // hex, lower case
    QString md5;    // hex, lower case
    qint64 size = 0;
};

// Reads a package file once, a chunk per event-loop turn, feeding SHA-256 and
// MD5 together: a package of several MB never blocks the engine thread and is
// read from disk only once.
class PackageHasher : public QObject
{
    Q_OBJECT

public:
    explicit PackageHasher(QObject *parent = nullptr);
    ~PackageHasher() override;

    void setChunkSize(qint64 bytes) { m_chunk = bytes; }
    // finished() or failed() follows, never from inside start().
    void start(const QString &path);
    void abort();
    bool isRunning() const { return m_file != nullptr; }
    QString path() const { return m_path; }

signals:
    void finished(const PackageDigest &digest);
    void failed(const QString &reason);

private:
    void step();
    void fail(const QString &reason);

    QString m_path;
    std::unique_ptr<QFile> m_file;
    QCryptographicHash m_sha{QCryptographicHash::Sha256};
    QCryptographicHash m_md5{QCryptographicHash::Md5};
    QTimer m_pump;
    qint64 m_chunk = 256 * 1024;
    qint64 m_read = 0;
};

Q_DECLARE_METATYPE(PackageDigest)
