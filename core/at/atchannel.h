#pragma once

#include "atcommand.h"
#include "atlinereader.h"
#include "atreply.h"
#include "resyncmarker.h"
#include "traffic.h"
#include "urcregistry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class Port;

// Bytes in, typed results out, without ever blocking the event loop.
//
//  - One command on the wire at a time, a queue behind it; every command ends in
//    exactly one AtResult: a final code, Timeout, Cancelled, PortLost or Refused.
//  - Lines answering the in-flight command go to it; URCs (by the registry's
//    prefixes) go to subscribers whenever they arrive, also between a command's
//    lines; our own echo is recognised and dropped.
//  - '>' prompts send the command's payload; enterRawMode() hands the port to a
//    transfer (XMODEM) until leaveRawMode(), which takes back the bytes the
//    transfer did not use.
//  - Noise, NUL bytes and over-long lines are dropped with a Traffic::Noise entry
//    and counted, never fatal.
//  - The port vanishing ends everything pending with PortLost and emits
//    disconnected() once.
//  - After a timeout the line is out of step: the timed-out command may still
//    answer. Before the next command is written the channel resynchronises: it
//    sends a ResyncMarker and discards everything up to the marker's own final
//    code (noted as "late answer discarded"), URCs still delivered as URCs. A
//    marker left unanswered is tried again a few times; then the commands
//    waiting fail with Timeout and a detail saying so. No timeout, no marker.
//  - The guard (the interlock) is asked when a command is queued and again
//    when it is about to be written: the phase may have changed in between.
class AtChannel : public QObject
{
    Q_OBJECT

public:
    using UrcHandler = std::function<void(const QString &line)>;
    using RawSink = std::function<void(const QByteArray &bytes)>;
    // Returns why `command` may not be sent now, or an empty string.
    using Guard = std::function<QString(const QString &command)>;

    // Takes ownership of an open port.
    explicit AtChannel(std::unique_ptr<Port> port, const UrcRegistry &urcs = {},
                       QObject *parent = nullptr);
    ~AtChannel() override;

    Port *port() const { return m_port.get(); }
    bool isConnected() const { return !m_lost; }

    void setUrcRegistry(const UrcRegistry &urcs) { m_urcs = urcs; }
    const UrcRegistry &urcRegistry() const { return m_urcs; }
    void setDefaultTimeout(std::chrono::milliseconds timeout) { m_defaultTimeout = timeout; }
    std::chrono::milliseconds defaultTimeout() const { return m_defaultTimeout; }
    void setGuard(Guard guard) { m_guard = std::move(guard); }
    // How often a resynchronisation marker is sent before the waiting commands
    // fail, and how long each waits (0: the default timeout).
    void setResyncPolicy(int attempts, std::chrono::milliseconds timeout = {})
    {
        m_resyncAttempts = qMax(1, attempts);
        m_resyncTimeout = timeout;
    }
    // True from a timeout until a marker was answered: the next command is
    // preceded by a resynchronisation.
    bool isOutOfStep() const { return m_outOfStep; }

    AtReply *send(const AtCommand &command);
    // Convenience: `onDone(const AtResult&)` runs in `context`'s thread unless
    // `context` is destroyed first.
    template<typename Functor>
    void send(const AtCommand &command, const QObject *context, Functor &&onDone)
    {
        connect(send(command), &AtReply::finished, context, std::forward<Functor>(onDone));
    }
    // Ends every queued and in-flight command with Cancelled.
    void cancelAll();
    int pendingCount() const { return int(m_queue.size()) + (m_current ? 1 : 0); }

    // Calls `handler` in `context` for every URC whose registry prefix is `prefix`.
    QMetaObject::Connection subscribe(const QString &prefix, const QObject *context,
                                      UrcHandler handler);

    // Raw mode: no line parsing; bytes go to `sink` as they arrive, starting with
    // any unparsed bytes already buffered. Only between commands (not while a
    // resynchronisation marker is on the wire).
    bool enterRawMode(RawSink sink);
    // Back to line mode. `unconsumed` is what the transfer was handed but did
    // not use (a URC in the same read as XMODEM's final ACK): it is parsed at
    // once, its URCs dispatched, before the next queued command is sent.
    void leaveRawMode(const QByteArray &unconsumed = {});
    bool isRaw() const { return bool(m_rawSink); }
    qint64 writeRaw(const QByteArray &bytes);

    // Forgets partial input (after a baud change, or before probing). A
    // command that timed out before can no longer be answered in step on a
    // line whose rate changed: the next command goes without resynchronising.
    void resetInput();

    quint64 noiseBytes() const { return m_noiseBytes; }
    // How long commands have waited for their final code, all together: the
    // module's (and the line's) share of the time, not the host's.
    qint64 answerWaitMs() const { return m_answerWaitNs / 1000000; }
    // Bytes that crossed the line both ways (commands, answers, raw data):
    // what a transfer costs the wire, framing included.
    quint64 bytesCarried() const { return m_bytesCarried; }

signals:
    // Every URC (prefix empty for an unknown line outside any command).
    void urcReceived(const QString &line, const QString &prefix);
    // Transcript tap; text already masked.
    void traffic(const Traffic &entry);
    // Garbage was dropped; `bytes` is a sample. The prober uses this to tell a
    // wrong rate from silence.
    void noiseDetected(const QByteArray &bytes);
    void disconnected();
    void failed(const QString &reason);

private:
    struct Pending
    {
        AtCommand command;
        QPointer<AtReply> reply;
        QString name;
        AtResult result;
        bool payloadSent = false;
    };

    friend class AtReply;
    void cancel(AtReply *reply);

    void startNext();
    bool refuseAtWrite();
    void writeFront();
    void startResync();
    void onResyncTimeout();
    void handleResyncLine(const QString &line);
    void failQueued(AtStatus status, const QString &detail);
    void noteDiscarded(const QString &line);
    void finishCurrent(AtStatus status, int code = -1, const QString &detail = {});
    void onReadyRead();
    void drainReader();
    void handleLine(const QString &line);
    void handlePrompt();
    void onTimeout();
    void onPortLost();
    // Every command waiting or on the wire ends PortLost; nothing is sent any more.
    void failAllLost();
    void note(Traffic::Kind kind, const QString &text);
    void finishLater(AtReply *reply, AtResult result);
    void scheduleStart();
    bool answersCurrent(const QString &line) const;
    bool expectsPrompt() const;

    std::unique_ptr<Port> m_port;
    UrcRegistry m_urcs;
    AtLineReader m_reader;
    std::deque<Pending> m_queue;
    std::unique_ptr<Pending> m_current;
    QTimer m_timer;
    std::chrono::milliseconds m_defaultTimeout{5000};
    Guard m_guard;
    RawSink m_rawSink;
    quint64 m_noiseBytes = 0;
    qint64 m_answerWaitNs = 0;
    quint64 m_bytesCarried = 0;
    QElapsedTimer m_answerClock; // since the current command was written
    std::optional<ResyncMarker> m_marker; // on the wire while resynchronising
    int m_resyncAttempt = 0;
    int m_resyncAttempts = 3;
    std::chrono::milliseconds m_resyncTimeout{0};
    bool m_outOfStep = false;
    bool m_lost = false;
    bool m_draining = false;
    bool m_startScheduled = false;
};
