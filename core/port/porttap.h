#pragma once

#include <QByteArrayView>
#include <QString>

// Sees everything that crosses a SerialPort, for a recording of the
// conversation (SessionRecorder). Called in the port's thread, synchronously,
// with the bytes as they pass; it must not block.
class PortTap
{
public:
    virtual ~PortTap() = default;

    virtual void opened(const QString &port, qint32 baud) = 0;
    virtual void rateSet(const QString &port, qint32 baud) = 0;
    virtual void sent(const QString &port, QByteArrayView bytes) = 0;
    virtual void received(const QString &port, QByteArrayView bytes) = 0;
    virtual void lost(const QString &port) = 0;
    virtual void closed(const QString &port) = 0;
};
