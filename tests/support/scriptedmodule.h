#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>

class FakePort;

// A pretend module behind a FakePort: answers the commands the host writes from
// a table, with optional echo, asynchronously (as a real module does), in
// chunks of a chosen size so tests can check that framing does not depend on
// how the bytes arrive.
class ScriptedModule : public QObject
{
    Q_OBJECT

public:
    using Handler = std::function<QByteArray(const QString &command)>;

    explicit ScriptedModule(FakePort *port);

    void setEcho(bool on) { m_echo = on; }
    void setChunkSize(int bytes) { m_chunk = bytes; }
    // Exact command text (letter case ignored) -> raw response bytes.
    void on(const QString &command, const QByteArray &response);
    // The next answers to `command`, one per time it is sent; then the other
    // rules answer it again.
    void onTurns(const QString &command, QList<QByteArray> responses) { m_turns[command.toUpper()] = std::move(responses); }
    // Drops the exact rule for `command`: the prefix rules answer it again.
    void off(const QString &command) { m_exact.remove(command.toUpper()); }
    // Any command starting with `prefix`: computed response.
    void onPrefix(const QString &prefix, Handler handler);
    // Commands with no rule get this (default "\r\nERROR\r\n"); empty = silence.
    // A module that is not silent answers ATS3? as V.250 says, whatever this is.
    void setFallback(const QByteArray &response) { m_fallback = response; }
    // Unsolicited bytes from the module, delivered like responses.
    void send(const QByteArray &bytes);

    // The next `bytes` the host writes are data (after a '>' prompt), not
    // commands; they are collected in data().
    void expectData(qsizetype bytes) { m_dataExpected = bytes; }
    QByteArray data() const { return m_data; }

    QStringList received() const { return m_received; }

private:
    void onWritten(const QByteArray &bytes);
    void deliver(const QByteArray &bytes);
    void flushOne();
    static QByteArray registerQuery(const QString &command, const QByteArray &otherwise);

    FakePort *m_port;
    QByteArray m_pending;
    QHash<QString, QByteArray> m_exact;
    QHash<QString, QList<QByteArray>> m_turns;
    QList<QPair<QString, Handler>> m_prefixes;
    QByteArray m_fallback = QByteArrayLiteral("\r\nERROR\r\n");
    QStringList m_received;
    QByteArray m_outbox;
    QByteArray m_data;
    qsizetype m_dataExpected = 0;
    int m_chunk = 0; // 0: whole response at once
    bool m_echo = false;
    bool m_flushScheduled = false;
};
