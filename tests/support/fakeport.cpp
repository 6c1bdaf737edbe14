#include "fakeport.h"

#include <QTimer>

FakePort::FakePort(const QString &name, QObject *parent)
    : Port(parent), m_name(name)
{
}

void FakePort::feed(const QByteArray &bytes)
{
    if (!isOpen())
        return;
    m_rx.append(bytes);
    emit readyRead();
}

void FakePort::setResponder(std::function<void(const QByteArray &)> responder)
{
    m_responder = std::move(responder);
}

QByteArray FakePort::takeWritten()
{
    QByteArray out;
    out.swap(m_written);
    return out;
}

void FakePort::simulateLoss()
{
    if (m_lostEmitted)
        return;
    m_lostEmitted = true;
    setErrorString(QStringLiteral("No such device"));
    close();
    emit lost();
}

void FakePort::simulateFailure(const QString &reason)
{
    setErrorString(reason);
    emit failed(reason);
}

bool FakePort::setBaudRate(qint32 baud)
{
    m_baud = baud;
    emit baudRateChanged(baud);
    return true;
}

bool FakePort::open(OpenMode mode)
{
    if (!m_openError.isEmpty()) {
        setErrorString(m_openError);
        return false;
    }
    ++m_openCount;
    m_lostEmitted = false;
    return QIODevice::open(mode | Unbuffered);
}

void FakePort::close()
{
    m_rx.clear();
    QIODevice::close();
}

qint64 FakePort::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_rx.size());
    memcpy(data, m_rx.constData(), size_t(n));
    m_rx.remove(0, n);
    return n;
}

qint64 FakePort::writeData(const char *data, qint64 size)
{
    if (m_writesFail) {
        setErrorString(QStringLiteral("Input/output error"));
        return -1;
    }
    const QByteArray chunk(data, size);
    m_written.append(chunk);
    if (m_stalled) {
        m_pendingWrite += size;
        return size;
    }
    QTimer::singleShot(0, this, [this, size] { emit bytesWritten(size); });
    if (m_responder)
        m_responder(chunk);
    return size;
}
