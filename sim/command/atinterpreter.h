#pragma once

#include "command/simcommand.h"

#include <QByteArray>
#include <QObject>

#include <deque>
#include <functional>

// The module side of V.250: echo, command-line assembly (CR ends a line,
// backspace edits, anything before "AT" is ignored, "A/" repeats), commands
// chained with ';', verbose or numeric result codes, +CMEE modes, one command
// line at a time (input waits while a command is deferred), raw data mode for
// prompts and transfers, and a frozen state in which nothing is answered.
class AtInterpreter : public QObject
{
    Q_OBJECT

public:
    using Executor = std::function<SimReply(const SimCommand &)>;
    using RawSink = std::function<void(const QByteArray &)>;

    explicit AtInterpreter(QObject *parent = nullptr);

    void setExecutor(Executor executor) { m_executor = std::move(executor); }
    void feed(const QByteArray &bytes);

    // Completes the deferred command; the rest of its command line runs next.
    void finish(const SimReply &reply);
    bool isBusy() const { return m_busy; }

    // Raw mode: every byte goes to `sink` until endRaw(); bytes the sink did not
    // consume are handed back as `rest` and parsed as commands.
    void beginRaw(RawSink sink);
    void endRaw(const QByteArray &rest = {});
    bool isRaw() const { return bool(m_raw); }

    void setFrozen(bool frozen);
    bool isFrozen() const { return m_frozen; }

    // Settings: ATE, ATV, ATQ, AT+CMEE.
    bool echo = true;
    bool verbose = true;
    bool quiet = false;
    int cmee = 1;

    QByteArray formatLines(const QList<QByteArray> &lines) const;
    QByteArray formatFinal(const SimReply &reply) const;
    static QByteArray cmeText(int code);

signals:
    void output(const QByteArray &bytes);
    void commandLine(const QString &line);

private:
    void process();
    void runLine(const QString &line);
    void runQueue();
    bool handleReply(const SimReply &reply); // true: continue with the next command

    Executor m_executor;
    RawSink m_raw;
    QByteArray m_in;
    QByteArray m_line;
    QString m_lastLine;
    std::deque<SimCommand> m_queue;
    bool m_busy = false;
    bool m_frozen = false;
    bool m_processing = false;
};
