#include "xmodemlink.h"

#include "at/atchannel.h"
#include "port/port.h"
#include "xmodemsender.h"

#include <QCoreApplication>
#include <QPointer>

#include <memory>

bool runXmodemOver(AtChannel *channel, XmodemSender *sender)
{
    Q_ASSERT(channel && sender);
    const QString busy = QCoreApplication::translate("XmodemLink", "The port is busy or gone.");
    // Someone else's raw transfer, or no port: leave the channel alone.
    if (channel->isRaw() || !channel->isConnected()) {
        sender->portLost(busy);
        return false;
    }
    // Connections die with the channel or the sender; the rest are cut when
    // the transfer ends so a reused channel does not keep feeding a done sender.
    auto connections = std::make_shared<QList<QMetaObject::Connection>>();
    const QPointer<AtChannel> channelGuard(channel);
    auto cut = [connections] {
        for (const auto &c : std::as_const(*connections))
            QObject::disconnect(c);
        connections->clear();
    };

    *connections << QObject::connect(sender, &XmodemSender::writeRequested, channel,
                                     [channel, sender](const QByteArray &bytes) {
        if (channel->writeRaw(bytes) != bytes.size())
            sender->portLost(channel->port()->errorString());
    });
    *connections << QObject::connect(channel, &AtChannel::disconnected, sender,
                                     [sender] { sender->portLost(); });
    // Any other port error mid-transfer is as final for XMODEM as an unplug
    // (a vanished pty reports a read error before, or instead of, the loss).
    *connections << QObject::connect(channel, &AtChannel::failed, sender,
                                     [sender](const QString &reason) { sender->portLost(reason); });
    // Ended inside receive() (the final ACK, CAN CAN), the sink gives the port
    // back with what followed in the same read, typically a URC; ended anywhere
    // else (a timeout, the port failing, cancel()), there is nothing to give back.
    auto receiving = std::make_shared<bool>(false);
    *connections << QObject::connect(sender, &XmodemSender::finished, channel,
                                     [channelGuard, cut, receiving](const XmodemResult &) {
        cut();
        if (channelGuard && !*receiving)
            channelGuard->leaveRawMode();
    });

    sender->start();
    const QPointer<XmodemSender> senderGuard(sender);
    const bool raw = channel->enterRawMode([channelGuard, senderGuard, receiving](const QByteArray &bytes) {
        if (!senderGuard)
            return;
        *receiving = true;
        senderGuard->receive(bytes);
        *receiving = false;
        if (!channelGuard || (senderGuard && !senderGuard->isFinished()))
            return;
        channelGuard->leaveRawMode(senderGuard ? senderGuard->takeUnconsumed() : QByteArray());
    });
    if (!raw) { // a command is still in flight
        cut();
        sender->portLost(busy);
        return false;
    }
    return true;
}
