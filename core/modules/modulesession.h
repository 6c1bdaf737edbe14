#pragma once

#include "at/atchannel.h"
#include "moduleidentity.h"
#include "port/port.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

// A module FotaDesk knows, across reboots and port changes: the stable handle
// the GUI, jobs and update flows hold. Discovery attaches an AtChannel when it
// finds the module (again, possibly on another port) and the session drops it
// when the port goes away; URC subscriptions and the interlock guard outlive
// any one channel.
class ModuleSession : public QObject
{
    Q_OBJECT

public:
    enum class State {
        Connected,     // a channel is attached
        Disconnected,  // the port went away (reboot, unplug); waiting to find it again
        Released,      // the user handed the port to another tool; not probed until reclaimed
    };
    Q_ENUM(State)

    explicit ModuleSession(const ModuleIdentity &identity, QObject *parent = nullptr);
    // A module that shares its key with another one FotaDesk knows (the same
    // IMEI, another serial or SIM) gets an id of its own.
    ModuleSession(const ModuleIdentity &identity, const QString &id, QObject *parent = nullptr);
    ~ModuleSession() override;

    QString id() const { return m_id; }
    const ModuleIdentity &identity() const { return m_identity; }
    Family family() const { return m_identity.family; }
    State state() const { return m_state; }
    QString portName() const { return m_portName; }
    AtChannel *channel() const { return m_channel.get(); }
    // AtChannel::answerWaitMs() over every channel the session has had.
    qint64 answerWaitMs() const;
    ModemLines modemLines() const { return m_lines; }

    // --- discovery's side ---
    // Takes over a channel to this module on `portName`. `identity` is what the
    // prober just read; URCs it saw while probing are replayed to subscribers.
    void attach(std::unique_ptr<AtChannel> channel, const QString &portName,
                const ModuleIdentity &identity, const QStringList &earlyUrcs = {});
    void updateIdentity(const ModuleIdentity &identity);
    // The port is gone although the channel has not noticed (the enumerator no
    // longer lists it): drop the channel as if it had been lost.
    void detach();

    // --- the user's side ---
    // Closes the port so another tool can use it; reclaim() asks discovery to
    // take it back.
    void release();
    void reclaim();

    // --- commands and URCs, valid across reconnects ---
    // Without a channel the reply finishes with PortLost on the next turn.
    AtReply *send(const AtCommand &command);
    template<typename Functor>
    void send(const AtCommand &command, const QObject *context, Functor &&onDone)
    {
        connect(send(command), &AtReply::finished, context, std::forward<Functor>(onDone));
    }
    QMetaObject::Connection subscribe(const QString &prefix, const QObject *context,
                                      AtChannel::UrcHandler handler);
    // The interlock: applied to every command not marked privileged, on every
    // channel this session gets.
    void setGuard(AtChannel::Guard guard);
    // FotaDesk's own remark in this module's log and transcript.
    void note(const QString &text);
    // The line now runs at `baud` (a transfer's rate switch, or back): where
    // the module is to be looked for if it comes back after a crash.
    void noteLineRate(qint32 baud);

    // --- ownership by a job ---
    QString owner() const { return m_owner; }
    bool claim(const QString &owner); // false if someone else owns it
    void unclaim(const QString &owner);

    // The SIM PIN to enter when the module comes back asking for it (after a
    // firmware install). Memory only, never logged; tried once: a wrong PIN is
    // forgotten rather than retried, so the SIM's attempts are not used up.
    // Dropped when the job that gave it ends (clearSimPin()).
    void setSimPin(const QString &pin) { m_simPin = pin; }
    void clearSimPin() { m_simPin.fill(QLatin1Char('0')); m_simPin.clear(); }
    bool hasSimPin() const { return !m_simPin.isEmpty(); }
    // A PIN is 4 to 8 digits (3GPP TS 31.102); nothing else may reach
    // AT+CPIN="...", where a quote or a CR would end the command.
    static bool isValidSimPin(const QString &pin);

signals:
    void lineRateChanged(const QString &portName, qint32 baud);
    void stateChanged(ModuleSession::State state);
    void identityChanged(const ModuleIdentity &identity);
    void urcReceived(const QString &line, const QString &prefix);
    void traffic(const Traffic &entry);
    void disconnected();
    void reconnected(const QString &portName);
    void modemLinesChanged(const ModemLines &lines);
    void simUnlocked();
    void simUnlockFailed(const QString &reason);
    void releaseRequested();
    void reclaimRequested();
    void ownerChanged(const QString &owner);

private:
    void onChannelLost();
    void setState(State state);
    void pollModemLines();
    void enterSimPinIfAsked();

    QString m_id;
    ModuleIdentity m_identity;
    State m_state = State::Disconnected;
    QString m_portName;
    std::unique_ptr<AtChannel> m_channel;
    AtChannel::Guard m_guard;
    QString m_owner;
    QString m_simPin;
    ModemLines m_lines;
    QTimer m_linePoll;
    bool m_everConnected = false;
    qint64 m_pastAnswerWaitMs = 0; // of the channels before this one
};
