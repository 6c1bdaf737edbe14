#pragma once

#include "simmodule.h"

#include <QByteArray>
#include <QTemporaryDir>

#include <functional>
#include <memory>

// One measured transfer: payload bytes over the time from the download
// command to the sender's end.
struct TransferRun
{
    bool ok = false;
    qint64 bytes = 0;
    double seconds = 0;
    QString note; // why it failed, or what else is worth printing

    double bytesPerSecond() const { return seconds > 0 ? double(bytes) / seconds : 0; }
    double percentOf(double idealBytesPerSecond) const { return 100.0 * bytesPerSecond() / idealBytesPerSecond; }
};

// The link under test: the wire's rate and the module's flash-write time per
// block (XMODEM) or chunk (AT+CFLW), during which it answers nothing.
struct BenchLink
{
    qint32 baud = 115200;
    std::chrono::milliseconds flashWrite{0};

    // Payload bytes a second when each block of `payload` bytes costs `wire`
    // bytes at 10 bits a byte plus the flash write: 1K-XMODEM is 1024 of 1030.
    double ideal(int payload, int wire) const
    {
        return payload / (wire * 10.0 / baud + flashWrite.count() / 1000.0);
    }
};

// A fresh paced simulated module at `baud` in its own folder, booted and quiet.
struct BenchSim
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<SimModule> module;

    bool start(Family family, const BenchLink &link, QString *error);
    QString link() const { return module->currentLink(); }
};

// Runs the event loop until `done()` or `timeoutMs`; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs);

// A raw descriptor on the pty at `baud` for the external senders' runs: the
// bench writes the AT commands through it, the external sender owns reading.
class PtyHandle
{
public:
    bool open(const QString &path, qint32 baud);
    ~PtyHandle();
    bool write(const QByteArray &bytes);
    // Reads (non-blocking, through the event loop) until `needle` arrives.
    bool readUntil(const QByteArray &needle, int timeoutMs);

private:
    int m_fd = -1;
};

QByteArray benchData(qsizetype size);
