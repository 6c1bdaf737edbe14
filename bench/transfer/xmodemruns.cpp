#include "xmodemruns.h"

#include "at/atchannel.h"
#include "modules/family.h"
#include "port/serialport.h"
#include "transfer/xmodemlink.h"
#include "transfer/xmodemsender.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QProcess>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

constexpr int kTimeoutMs = 10 * 60 * 1000;

QString writeFile(const BenchSim &sim, const QByteArray &data)
{
    const QString path = sim.dir->filePath(QStringLiteral("package.dwl"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

// The module must hold exactly what was sent.
void checkUpload(const BenchSim &sim, const QByteArray &data, TransferRun &run)
{
    if (run.ok && sim.module->uploadedPackage() != data) {
        run.ok = false;
        run.note = QStringLiteral("the module received other bytes");
    }
}

// An external sender on the pty: started first (it waits for the 'C'), then
// AT+WDSD is written and the clock runs until the process exits.
TransferRun runExternal(const BenchLink &link, const QByteArray &data, const QString &program,
                        const std::function<QStringList(const QString &link, const QString &file)> &arguments,
                        bool waitsForReadyLine)
{
    TransferRun run;
    BenchSim sim;
    QString error;
    if (!sim.start(Family::SierraHl78xx, link, &error)) {
        run.note = error;
        return run;
    }
    const QString file = writeFile(sim, data);
    PtyHandle pty;
    if (file.isEmpty() || !pty.open(sim.link(), link.baud)) {
        run.note = QStringLiteral("cannot prepare the pty or the file");
        return run;
    }
    // Echo off, so the sender sees no more than "OK" before the 'C'.
    pty.write("ATE0\r");
    if (!pty.readUntil("OK\r\n", 5000)) {
        run.note = QStringLiteral("the module did not answer ATE0");
        return run;
    }

    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(program, arguments(sim.link(), file));
    if (!process.waitForStarted(5000)) {
        run.note = QStringLiteral("%1 did not start").arg(program);
        return run;
    }
    if (waitsForReadyLine)
        spinUntil([&] { return process.canReadLine() || process.state() != QProcess::Running; }, 10000);
    else
        spinUntil([] { return false; }, 300); // sx has no ready line: let it set the tty up

    QElapsedTimer clock;
    clock.start();
    pty.write(QStringLiteral("AT+WDSD=%1\r").arg(data.size()).toLatin1());
    const bool ended = spinUntil([&] { return process.state() == QProcess::NotRunning; }, kTimeoutMs);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.bytes = data.size();
    run.ok = ended && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    if (!run.ok)
        run.note = QStringLiteral("%1 ended with %2: %3")
                       .arg(program).arg(process.exitCode())
                       .arg(QString::fromLocal8Bit(process.readAllStandardError()).trimmed().left(200));
    if (!ended)
        process.kill();
    // The module finishes its side (the last ACK, the package check) on the loop.
    spinUntil([&] { return !sim.module->uploadedPackage().isEmpty(); }, 3000);
    checkUpload(sim, data, run);
    return run;
}

} // namespace

TransferRun runFotaDeskXmodem(const BenchLink &link, const QByteArray &data)
{
    TransferRun run;
    BenchSim sim;
    QString error;
    if (!sim.start(Family::SierraHl78xx, link, &error)) {
        run.note = error;
        return run;
    }
    auto port = std::make_unique<SerialPort>(sim.link());
    port->setBaudRate(link.baud);
    if (!port->open(QIODevice::ReadWrite)) {
        run.note = port->errorString();
        return run;
    }
    AtChannel channel(std::move(port), urcRegistryFor(Family::SierraHl78xx));
    QEventLoop loop;
    bool echoOff = false;
    channel.send(AtCommand("ATE0"), &loop, [&](const AtResult &r) {
        echoOff = r.ok();
        loop.quit();
    });
    QTimer guard; // an object, not a singleShot: it must not outlive this wait
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(5000);
    loop.exec();
    guard.stop();
    if (!echoOff) {
        run.note = QStringLiteral("the module did not answer ATE0");
        return run;
    }

    XmodemSender sender(data);
    XmodemResult result;
    bool finished = false;
    QObject::connect(&sender, &XmodemSender::finished, &loop, [&](const XmodemResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    channel.send(AtCommand(QStringLiteral("AT+WDSD=%1").arg(data.size())), &loop, [&](const AtResult &r) {
        if (!r.ok()) {
            run.note = QStringLiteral("AT+WDSD: %1").arg(r.describe());
            loop.quit();
            return;
        }
        runXmodemOver(&channel, &sender);
    });
    guard.start(kTimeoutMs);
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.bytes = data.size();
    run.ok = finished && result.ok;
    if (!finished && run.note.isEmpty())
        run.note = QStringLiteral("no end within the time limit");
    else if (finished && !result.ok)
        run.note = result.message;
    else if (result.resends > 0)
        run.note = QStringLiteral("%1 resends").arg(result.resends);
    spinUntil([&] { return !sim.module->uploadedPackage().isEmpty(); }, 3000);
    checkUpload(sim, data, run);
    return run;
}

TransferRun runSx(const BenchLink &link, const QByteArray &data)
{
    // sx talks on its stdin/stdout: the pty, opened by the shell.
    return runExternal(link, data, QStringLiteral("/bin/sh"),
                       [](const QString &link, const QString &file) {
                           return QStringList{QStringLiteral("-c"),
                                              QStringLiteral("exec sx -k -q \"$1\" < \"$0\" > \"$0\""), link, file};
                       },
                       false);
}

TransferRun runPythonXmodem(const BenchLink &link, const QByteArray &data)
{
    return runExternal(link, data, QStringLiteral("/usr/bin/python3"),
                       [](const QString &link, const QString &file) {
                           return QStringList{QStringLiteral(FOTADESK_BENCH_XMODEM_SEND_PY), link, file};
                       },
                       true);
}
