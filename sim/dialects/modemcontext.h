#pragma once

#include "faults/faultset.h"

#include <QByteArray>
#include <QString>

#include <chrono>

class AtInterpreter;
class QNetworkAccessManager;
class SimState;
struct SimModuleConfig;
struct SimReply;

enum class BootReason {
    PowerOn,    // the simulator started the module
    Reboot,     // an orderly restart (AT command, control socket, end of an install)
    PowerLoss,  // unplugged, power cut, port lost: RAM and transfers are gone
};

// What a dialect may ask of the module around it. Dialects never touch the pty,
// the event loop's clock or other modules; everything goes through here.
class ModemContext
{
public:
    virtual ~ModemContext() = default;

    virtual const SimModuleConfig &config() const = 0;
    virtual SimState &state() const = 0;
    virtual FaultSet &faults() = 0;
    virtual QNetworkAccessManager &network() = 0;
    virtual AtInterpreter &interpreter() = 0;

    // An unsolicited line, framed <CR><LF>line<CR><LF>; lost while the module
    // cannot know the host's rate (autobaud right after boot).
    virtual void urc(const QByteArray &line) = 0;
    // Bytes as they are: prompts, XMODEM control bytes, bootloader lines.
    virtual void raw(const QByteArray &bytes) = 0;
    // Completes a deferred command.
    virtual void finish(const SimReply &reply) = 0;

    // Protocol time, multiplied by the time scale.
    virtual std::chrono::milliseconds scaled(std::chrono::milliseconds real) const = 0;

    // The port goes away and comes back after the reboot time; the dialect is
    // replaced by a fresh one (RAM is lost), the state stays.
    virtual void reboot(BootReason reason = BootReason::Reboot) = 0;
    // At `percent` of `phase`: fires a port-loss or power-cut fault if one is
    // armed there. false: the module just went down; stop what you are doing.
    virtual bool checkpoint(FaultSet::Phase phase, int percent) = 0;

    virtual QString firmware() const = 0;
    virtual void setFirmware(const QString &version) = 0;
    virtual qint32 moduleBaud() const = 0;
    // Takes effect after the current output (the OK of AT+IPR) has been sent.
    virtual void setModuleBaud(qint32 baud) = 0;
    virtual qint32 hostBaud() const = 0;
    // The bytes of the last local upload (XMODEM, CFLW, HTTP to file system).
    virtual void setUploaded(const QByteArray &bytes) = 0;
};
