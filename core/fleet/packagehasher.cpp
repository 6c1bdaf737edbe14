#include "packagehasher.h"

#include <QCoreApplication>

PackageHasher::PackageHasher(QObject *parent)
    : QObject(parent)
{
    m_pump.setInterval(0);
    connect(&m_pump, &QTimer::timeout, this, &PackageHasher::step);
}

PackageHasher::~PackageHasher() = default;

void PackageHasher::start(const QString &path)
{
    abort();
    m_path = path;
    m_sha.reset();
    m_md5.reset();
    m_read = 0;
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly)) {
        const QString why = QCoreApplication::translate("PackageHasher", "cannot read %1: %2")
                                .arg(path, m_file->errorString());
        m_file.reset();
        // Never from inside start(): callers connect after calling it.
        QTimer::singleShot(0, this, [this, why] { emit failed(why); });
        return;
    }
    m_pump.start();
}

void PackageHasher::abort()
{
    m_pump.stop();
    m_file.reset();
}

void PackageHasher::step()
{
    if (!m_file)
        return;
    const QByteArray chunk = m_file->read(m_chunk);
    if (!chunk.isEmpty()) {
        m_sha.addData(chunk);
        m_md5.addData(chunk);
        m_read += chunk.size();
    }
    if (m_file->error() != QFileDevice::NoError) {
        fail(QCoreApplication::translate("PackageHasher", "reading %1 failed: %2")
                 .arg(m_path, m_file->errorString()));
        return;
    }
    if (!m_file->atEnd() && !chunk.isEmpty())
        return;
    m_pump.stop();
    m_file.reset();
    emit finished({QString::fromLatin1(m_sha.result().toHex()), QString::fromLatin1(m_md5.result().toHex()),
                   m_read});
}

void PackageHasher::fail(const QString &reason)
{
    abort();
    emit failed(reason);
}
