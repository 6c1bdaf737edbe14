#pragma once

#include "command/simcommand.h"
#include "dialects/modemcontext.h"
#include "modules/family.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace SimPackage { struct Header; }

// One module family's AT personality for one boot: RAM state lives here and is
// thrown away on reboot; non-volatile state goes to ModemContext::state().
// The base answers what every 3GPP module answers (identity, SIM, +CMEE,
// +IPR, registration, V.250 basics); a family answers its own commands first.
class Dialect : public QObject
{
    Q_OBJECT

public:
    explicit Dialect(ModemContext &context, QObject *parent = nullptr);

    SimReply execute(const SimCommand &command);
    // Called once the new port is published: boot URCs, resumed installs.
    virtual void boot(BootReason reason) { Q_UNUSED(reason); }
    // A server (PFM, AirVantage, ...) asks the module to update.
    virtual bool serverRequest(bool automatic) { Q_UNUSED(automatic); return false; }
    // Raw lines/bytes of an in-progress upload, for SimModule::uploadedPackage().

    static std::unique_ptr<Dialect> create(Family family, ModemContext &context);

protected:
    // The family's own commands; nullopt when the command is not the family's.
    virtual std::optional<SimReply> handle(const SimCommand &command) = 0;
    // Refuses a command during an update (Telit's inhibited list), or nullopt.
    virtual std::optional<SimReply> refuse(const SimCommand &command) { Q_UNUSED(command); return std::nullopt; }
    // ATI<n> lines; empty = ERROR.
    virtual QList<QByteArray> identification(int n) const;
    virtual QByteArray revision() const;   // AT+CGMR
    // The rates AT+IPR=<rate> takes (0: autobaud), from the family's AT
    // reference: a rate the family does not list answers ERROR.
    virtual QList<qint32> supportedRates() const;
    // Those of supportedRates() that AT+IPR=? lists apart as fixed-only (V.250's
    // second list, after the autodetectable rates); empty: one list.
    virtual QList<qint32> fixedOnlyRates() const { return {}; }
    // Whether AT+CIMI and network services answer: SIM present and PIN given.
    bool simReady() const { return m_pinGiven; }
    int functionality() const { return m_cfun; }

    // A NV setting command stored verbatim: AT<name>=<args> writes,
    // AT<name>? reads "<name>: <args>". Indexed settings (+CGDCONT) keep one
    // entry per first argument.
    std::optional<SimReply> setting(const SimCommand &command, bool indexed = false,
                                    const QString &defaultValue = {});
    QStringList indexedEntries(const QString &name) const;

    // Package checks shared by the families.
    std::optional<SimPackage::Header> packageHeader(const QByteArray &bytes) const;
    bool packageApplies(const QByteArray &bytes) const;
    // What the family's update server holds (--ota-package); empty: nothing.
    QByteArray serverPackage() const;

    // Runs `fn` after `delay` of protocol time (scaled) unless this boot ends
    // first: the module stopping, rebooting or losing power cancels it.
    void after(std::chrono::milliseconds delay, std::function<void()> fn);
    ModemContext &ctx() { return m_ctx; }
    const ModemContext &ctx() const { return m_ctx; }
    // Helper: "+CME ERROR: 11" when the SIM is locked.
    std::optional<SimReply> requireSim() const;

private:
    std::optional<SimReply> common(const SimCommand &command);
    SimReply ipr(const SimCommand &command);
    QByteArray rateListing() const;

    ModemContext &m_ctx;
    bool m_pinGiven = false;
    int m_cfun = 1;
};
