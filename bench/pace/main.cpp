// Measures the rate of a paced simulated module over a real pty with the real
// QSerialPort, in both directions, and prints it as a share of baud/10.
//   module -> host: one long AT+CFLR answer (hex), first to last byte
//   host -> module: AT+CFLW data of about two seconds on the wire (the write
//                   limit raised for the run), data written to OK, less the
//                   OK's own wire time
#include "simmodule.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSerialPort>
#include <QTemporaryDir>
#include <QTextStream>

#include <cmath>

namespace {

bool waitFor(QSerialPort &port, const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    Q_UNUSED(port);
    return true;
}

struct Figures
{
    double outRate = 0; // bytes per second
    double inRate = 0;
};

Figures measure(qint32 baud, QTextStream &out)
{
    QTemporaryDir dir;
    SimModuleConfig c = SimModuleConfig::defaults(Family::SimcomSim7020);
    c.link = dir.filePath("sim7020");
    c.baud = baud;
    c.pace = true;
    c.flashPartitionSize = 1024 * 1024;
    // One long write instead of 4096-byte bursts, so the host's and the
    // scheduler's per-command latency do not count against the wire.
    c.flashMaxWrite = baud / 5;
    SimModule module(c);
    QString error;
    if (!module.start(&error)) {
        out << "cannot start: " << error << Qt::endl;
        return {};
    }
    QSerialPort port(module.currentLink());
    port.setBaudRate(baud);
    if (!port.open(QIODevice::ReadWrite)) {
        out << "cannot open: " << port.errorString() << Qt::endl;
        return {};
    }
    QByteArray in;
    qint64 firstNs = -1, lastNs = -1;
    qint64 bytesAtFirst = 0;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&port, &QSerialPort::readyRead, &port, [&] {
        const QByteArray chunk = port.readAll();
        if (firstNs < 0) {
            firstNs = clock.nsecsElapsed();
            bytesAtFirst = chunk.size();
        }
        lastNs = clock.nsecsElapsed();
        in += chunk;
    });
    // Let the boot URCs pass, switch echo off.
    waitFor(port, [&] { return in.contains("+CPIN: READY"); }, 5000);
    port.write("ATE0\r");
    waitFor(port, [&] { return in.endsWith("OK\r\n"); }, 5000);

    // module -> host: about two seconds of answer.
    const qint64 length = baud / 10; // hex doubles it: 2 s on the wire
    in.clear();
    firstNs = -1;
    port.write(QStringLiteral("AT+CFLR=0,0,%1\r").arg(length).toLatin1());
    waitFor(port, [&] { return in.endsWith("OK\r\n"); }, 60000);
    Figures f;
    if (lastNs > firstNs)
        f.outRate = double(in.size() - bytesAtFirst) / (double(lastNs - firstNs) / 1e9);

    // host -> module: two bursts of two seconds each.
    const double byteNs = 1e10 / baud;
    double totalBytes = 0, totalNs = 0;
    const int bursts = 2;
    const int burst = c.flashMaxWrite;
    for (int i = 0; i < bursts; ++i) {
        in.clear();
        port.write(QStringLiteral("AT+CFLW=0,%1,%2,0,30\r").arg(i * burst).arg(burst).toLatin1());
        if (!waitFor(port, [&] { return in.contains('>'); }, 10000))
            break;
        in.clear();
        const qint64 start = clock.nsecsElapsed();
        qint64 writtenAt = -1;
        auto conn = QObject::connect(&port, &QSerialPort::bytesWritten, &port, [&] {
            if (port.bytesToWrite() == 0 && writtenAt < 0)
                writtenAt = clock.nsecsElapsed();
        });
        port.write(QByteArray(burst, char(i)));
        if (!waitFor(port, [&] { return in.endsWith("OK\r\n"); }, 20000))
            break;
        const qint64 end = clock.nsecsElapsed();
        QObject::disconnect(conn);
        if (qEnvironmentVariableIsSet("BENCH_PACE_TRACE"))
            out << "    burst " << i << ": written after " << (writtenAt - start) / 1000 << " us, OK after "
                << (end - start) / 1000 << " us" << Qt::endl;
        totalBytes += burst;
        totalNs += double(end - start) - 6 * byteNs; // "\r\nOK\r\n" travels back
    }
    if (totalNs > 0)
        f.inRate = totalBytes / (totalNs / 1e9);
    return f;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    out << "bench_pace: --pace wire rate as a share of baud/10 (target: within 2 %)" << Qt::endl;
    bool allWithin = true;
    for (qint32 baud : {115200, 921600}) {
        const Figures f = measure(baud, out);
        const double ideal = baud / 10.0;
        const double outShare = 100.0 * f.outRate / ideal;
        const double inShare = 100.0 * f.inRate / ideal;
        out << QStringLiteral("  %1 baud  module->host %2 B/s = %3 %   host->module %4 B/s = %5 %")
                   .arg(baud, 7)
                   .arg(f.outRate, 9, 'f', 1)
                   .arg(outShare, 6, 'f', 2)
                   .arg(f.inRate, 9, 'f', 1)
                   .arg(inShare, 6, 'f', 2)
            << Qt::endl;
        allWithin = allWithin && std::abs(outShare - 100) <= 2 && std::abs(inShare - 100) <= 2;
    }
    out << (allWithin ? "within 2 %: yes" : "within 2 %: NO") << Qt::endl;
    return allWithin ? 0 : 1;
}
