#pragma once

#include "port/port.h"
#include "port/portfactory.h"

#include <QByteArray>
#include <QHash>

#include <functional>

// A scriptable Port for unit tests: feed what the module sends, read back what
// the host wrote, make the device vanish, fail or stall writes.
class FakePort : public Port
{
    Q_OBJECT

public:
    explicit FakePort(const QString &name = QStringLiteral("fake0"), QObject *parent = nullptr);

    // --- the module's side ---
    // Bytes from the module; readyRead() is emitted before feed() returns.
    void feed(const QByteArray &bytes);
    // Called with every chunk the host writes (after it is recorded).
    void setResponder(std::function<void(const QByteArray &written)> responder);
    QByteArray written() const { return m_written; }
    QByteArray takeWritten();
    // Unplug: the port closes and lost() is emitted once.
    void simulateLoss();
    void simulateFailure(const QString &reason);
    // Writes are accepted but never drain (a hung USB endpoint).
    void setWritesStalled(bool stalled) { m_stalled = stalled; }
    void setWritesFail(bool fail) { m_writesFail = fail; }
    void setOpenError(const QString &error) { m_openError = error; }
    void setModemLines(const ModemLines &lines) { m_lines = lines; }
    int openCount() const { return m_openCount; }

    // --- Port ---
    QString name() const override { return m_name; }
    bool setBaudRate(qint32 baud) override;
    qint32 baudRate() const override { return m_baud; }
    ModemLines modemLines() override { return m_lines; }
    void discardInput() override { m_rx.clear(); }
    bool open(OpenMode mode) override;
    void close() override;
    qint64 bytesAvailable() const override { return m_rx.size() + QIODevice::bytesAvailable(); }
    qint64 bytesToWrite() const override { return m_pendingWrite; }

signals:
    void baudRateChanged(qint32 baud);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QString m_name;
    QByteArray m_rx;
    QByteArray m_written;
    std::function<void(const QByteArray &)> m_responder;
    ModemLines m_lines;
    QString m_openError;
    qint32 m_baud = 115200;
    qint64 m_pendingWrite = 0;
    int m_openCount = 0;
    bool m_stalled = false;
    bool m_writesFail = false;
    bool m_lostEmitted = false;
};

// Hands out FakePorts by name; a test prepares them (or a maker) beforehand.
class FakePortFactory : public PortFactory
{
public:
    using Maker = std::function<std::unique_ptr<FakePort>(const QString &name)>;
    explicit FakePortFactory(Maker maker) : m_maker(std::move(maker)) { }
    std::unique_ptr<Port> create(const QString &name) const override { return m_maker(name); }

private:
    Maker m_maker;
};
