#include "filehasher.h"

FileHasher::FileHasher(QObject *parent)
    : QObject(parent)
{
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &FileHasher::step);
}

FileHasher::~FileHasher() = default;

void FileHasher::start(const QString &path, QCryptographicHash::Algorithm algorithm)
{
    abort();
    m_file = std::make_unique<QFile>(path);
    m_hash = std::make_unique<QCryptographicHash>(algorithm);
    m_pump.start(); // even an open error is reported from the event loop
}

void FileHasher::abort()
{
    m_pump.stop();
    m_file.reset();
    m_hash.reset();
}

void FileHasher::step()
{
    if (!m_file)
        return;
    if (!m_file->isOpen() && !m_file->open(QIODevice::ReadOnly)) {
        finishWith(tr("cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    const QByteArray chunk = m_file->read(m_chunk);
    if (chunk.isEmpty() && !m_file->atEnd()) {
        finishWith(tr("cannot read %1: %2").arg(m_file->fileName(), m_file->errorString()));
        return;
    }
    m_hash->addData(chunk);
    if (m_file->atEnd())
        finishWith({});
}

void FileHasher::finishWith(const QString &error)
{
    const QString digest = error.isEmpty() ? QString::fromLatin1(m_hash->result().toHex()) : QString();
    abort();
    if (error.isEmpty())
        emit finished(digest);
    else
        emit failed(error);
}
