#pragma once

#include "port.h"

#include <QSerialPort>

class PortTap;

// The product's Port: a QSerialPort, 8N1, no flow control, opened unbuffered so
// bytes reach the AT engine the moment the OS hands them over.
class SerialPort final : public Port
{
    Q_OBJECT

public:
    explicit SerialPort(const QString &name, QObject *parent = nullptr);
    ~SerialPort() override;

    QString name() const override;
    bool setBaudRate(qint32 baud) override;
    qint32 baudRate() const override;
    ModemLines modemLines() override;
    void discardInput() override;

    bool open(OpenMode mode) override;
    void close() override;
    qint64 bytesAvailable() const override;
    qint64 bytesToWrite() const override;

    void setTap(PortTap *tap) { m_tap = tap; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    void onError(QSerialPort::SerialPortError error);
    bool deviceExists() const;

    QSerialPort m_serial;
    bool m_linesSupported = true;
    bool m_reported = false;
    PortTap *m_tap = nullptr;
};
