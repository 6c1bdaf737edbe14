#include "cflwrun.h"

#include "at/atchannel.h"
#include "modules/family.h"
#include "port/serialport.h"
#include "transfer/flashwriter.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

TransferRun runFlashWriter(const BenchLink &link, const QByteArray &data)
{
    TransferRun run;
    BenchSim sim;
    QString error;
    if (!sim.start(Family::SimcomSim7020, link, &error)) {
        run.note = error;
        return run;
    }
    auto port = std::make_unique<SerialPort>(sim.link());
    port->setBaudRate(link.baud);
    if (!port->open(QIODevice::ReadWrite)) {
        run.note = port->errorString();
        return run;
    }
    AtChannel channel(std::move(port), urcRegistryFor(Family::SimcomSim7020));
    QEventLoop loop;
    channel.send(AtCommand("ATE0"), &loop, [&](const AtResult &) { loop.quit(); });
    QTimer guard; // an object, not a singleShot: it must not outlive this wait
    guard.setSingleShot(true);
    QObject::connect(&guard, &QTimer::timeout, &loop, &QEventLoop::quit);
    guard.start(5000);
    loop.exec();
    guard.stop();

    FlashWriter::Options options;
    options.partitionSize = sim.module->config().flashPartitionSize;
    options.eraseBlockSize = sim.module->config().flashBlockSize;
    options.chunkSize = sim.module->config().flashMaxWrite;
    FlashWriter writer(&channel, data, options);
    QElapsedTimer clock;
    FlashResult result;
    bool finished = false;
    QObject::connect(&writer, &FlashWriter::stageChanged, &loop, [&](FlashWriter::Stage stage) {
        if (stage == FlashWriter::Stage::Writing)
            clock.start();
    });
    QObject::connect(&writer, &FlashWriter::finished, &loop, [&](const FlashResult &r) {
        result = r;
        finished = true;
        loop.quit();
    });
    writer.start();
    guard.start(10 * 60 * 1000);
    loop.exec();
    run.seconds = clock.isValid() ? double(clock.nsecsElapsed()) / 1e9 : 0;
    run.bytes = result.bytesWritten;
    run.ok = finished && result.ok && sim.module->uploadedPackage() == data;
    if (!run.ok)
        run.note = finished ? result.message : QStringLiteral("no end");
    return run;
}
