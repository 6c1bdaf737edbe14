#pragma once

#include "recording/sessionrecording.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

class PtyPort;

// Plays a recorded module (fotadesk-cli record) back on a pseudo-terminal:
// each command the host sends is answered as the module answered it, with the
// recorded timing (scaled), and what the module said unasked (URCs, a reboot
// and its boot lines) comes when it came after the command before it.
//
// Commands are matched to the recording by their text (secrets masked, as the
// recording holds them), then by their name and form (AT+CPIN=, AT+CGMR):
//  - Order: the next recorded command if it matches, else the first later one
//    that does (a command the host no longer sends is skipped), else an
//    earlier one again;
//  - Command: the first recorded exchange of that command not yet played,
//    wherever it is, else the last that was.
// A command the recording never saw answers ERROR and is reported
// (diverged()), so a support desk sees where the engine and the module part.
// Data the host sends (XMODEM blocks, AT+CFLW bytes) is counted against the
// recorded lengths, not compared.
class SessionReplayer : public QObject
{
    Q_OBJECT

public:
    enum class Match { Order, Command };
    struct Options
    {
        QString link;
        double timeScale = 1.0;
        Match match = Match::Order;
    };

    SessionReplayer(QList<RecordedEvent> events, const Options &options, QObject *parent = nullptr);
    ~SessionReplayer() override;

    bool start(QString *error = nullptr);
    int divergences() const { return m_divergences; }
    // Commands answered from the recording so far.
    int answered() const { return m_answered; }

signals:
    void diverged(const QString &what);

private:
    struct Due
    {
        qint64 at; // ms on m_clock
        int index;
    };

    void onReceived(const QByteArray &bytes);
    void consumeInput();
    void answer(const QByteArray &line);
    int find(const QByteArray &line) const;
    int nextHostEvent(int from) const;
    void take(int index);
    void schedule(int from, qint64 since);
    // Plays what is due (`all`: everything queued, as a new command's
    // answer comes after it), holding back the device's going away until
    // the host has read what came before.
    void playQueue(bool all);
    void play(const RecordedEvent &event);
    bool mustDrainFirst(const Due &due, qint64 now) const;
    void learnValues(const QByteArray &recorded, const QByteArray &sent);

    QList<RecordedEvent> m_events;
    Options m_options;
    PtyPort *m_pty = nullptr;
    qint32 m_baud = 115200;
    QByteArray m_input;
    QList<bool> m_used;
    int m_cursor = 0;       // Order: the next host event expected
    int m_rawIndex = -1;    // the data event being counted, -1: none
    qint64 m_rawLeft = 0;
    QList<Due> m_queue;
    QList<std::pair<QByteArray, QByteArray>> m_values; // recorded -> as the host gave it
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_down = false;
    qint64 m_lastWrite = -1000000; // ms on m_clock
    int m_divergences = 0;
    int m_answered = 0;
};
