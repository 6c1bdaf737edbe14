#include "serialport.h"

#include "porttap.h"

#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPort, "fotadesk.port")

SerialPort::SerialPort(const QString &name, QObject *parent)
    : Port(parent)
{
    m_serial.setPortName(name);
    m_serial.setDataBits(QSerialPort::Data8);
    m_serial.setParity(QSerialPort::NoParity);
    m_serial.setStopBits(QSerialPort::OneStop);
    m_serial.setFlowControl(QSerialPort::NoFlowControl);
    connect(&m_serial, &QSerialPort::readyRead, this, &Port::readyRead);
    connect(&m_serial, &QSerialPort::bytesWritten, this, &Port::bytesWritten);
    connect(&m_serial, &QSerialPort::errorOccurred, this, &SerialPort::onError);
}

SerialPort::~SerialPort() = default;

QString SerialPort::name() const
{
    return m_serial.portName();
}

bool SerialPort::setBaudRate(qint32 baud)
{
    const bool set = m_serial.setBaudRate(baud);
    if (set && m_tap && isOpen())
        m_tap->rateSet(name(), baud);
    return set;
}

qint32 SerialPort::baudRate() const
{
    return m_serial.baudRate();
}

ModemLines SerialPort::modemLines()
{
    if (!m_linesSupported || !m_serial.isOpen())
        return {};
    const QSerialPort::PinoutSignals pins = m_serial.pinoutSignals();
    if (!m_linesSupported) // pinoutSignals() failed and onError() noted it
        return {};
    ModemLines lines;
    lines.valid = true;
    lines.dcd = pins & QSerialPort::DataCarrierDetectSignal;
    lines.dsr = pins & QSerialPort::DataSetReadySignal;
    lines.cts = pins & QSerialPort::ClearToSendSignal;
    lines.ri = pins & QSerialPort::RingIndicatorSignal;
    return lines;
}

void SerialPort::discardInput()
{
    if (m_serial.isOpen())
        m_serial.clear(QSerialPort::Input);
}

bool SerialPort::open(OpenMode mode)
{
    m_reported = false;
    if (!m_serial.open(mode)) {
        setErrorString(m_serial.errorString());
        return false;
    }
    const bool open = QIODevice::open(mode | Unbuffered);
    if (open && m_tap)
        m_tap->opened(name(), m_serial.baudRate());
    return open;
}

void SerialPort::close()
{
    if (m_tap && isOpen())
        m_tap->closed(name());
    m_serial.close();
    QIODevice::close();
}

qint64 SerialPort::bytesAvailable() const
{
    return m_serial.bytesAvailable() + QIODevice::bytesAvailable();
}

qint64 SerialPort::bytesToWrite() const
{
    return m_serial.bytesToWrite();
}

qint64 SerialPort::readData(char *data, qint64 maxSize)
{
    const qint64 n = m_serial.read(data, maxSize);
    if (n > 0 && m_tap)
        m_tap->received(name(), QByteArrayView(data, n));
    return n;
}

qint64 SerialPort::writeData(const char *data, qint64 size)
{
    const qint64 n = m_serial.write(data, size);
    if (n > 0 && m_tap)
        m_tap->sent(name(), QByteArrayView(data, n));
    return n;
}

bool SerialPort::deviceExists() const
{
    const QString name = m_serial.portName();
    return QFileInfo::exists(name) || QFileInfo::exists(QStringLiteral("/dev/") + name);
}

void SerialPort::onError(QSerialPort::SerialPortError error)
{
    if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
        return;
    if (error == QSerialPort::UnsupportedOperationError) {
        // Pseudo-terminals and some adapters have no modem lines; not an error.
        m_linesSupported = false;
        m_serial.clearError();
        return;
    }
    // The device went away: unplugged, or the module rebooted and its USB
    // interface re-enumerates (expected during every firmware install). A hung-up
    // tty often reports a read or write error instead of ResourceError,
    // depending on the errno left behind, so a vanished device node decides.
    const bool ioError = error == QSerialPort::ReadError || error == QSerialPort::WriteError;
    const bool gone = error == QSerialPort::ResourceError || (ioError && !deviceExists());
    if (m_reported || !isOpen())
        return;
    m_reported = true;
    setErrorString(m_serial.errorString());
    if (gone) {
        qCDebug(lcPort) << name() << "lost:" << m_serial.errorString();
        if (m_tap)
            m_tap->lost(name());
        m_serial.close();
        QIODevice::close();
        emit lost();
    } else {
        qCWarning(lcPort) << name() << m_serial.errorString();
        emit failed(m_serial.errorString());
    }
}
