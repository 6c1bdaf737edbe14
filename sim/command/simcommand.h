#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One command of a command line, as a module's parser sees it:
// AT+CGMI -> name "+CGMI", Exec; AT^SNFOTA? -> Read; AT+WDSI=? -> Test;
// AT+CFLW=0,0,313,0,30 -> Set with args; ATE0 -> name "E", argText "0";
// ATD*99# -> name "D", argText "*99#".
struct SimCommand
{
    enum class Kind { Exec, Read, Test, Set };

    QString name;      // upper case
    Kind kind = Kind::Exec;
    QString argText;   // after '=' (or a basic command's digits), original case
    QStringList args;  // split at commas outside quotes, unquoted and trimmed
    QString text;      // as the host typed it, for logs and commandReceived()

    bool is(const char *commandName) const { return name == QLatin1String(commandName); }
    bool isSet() const { return kind == Kind::Set; }
    bool isRead() const { return kind == Kind::Read; }
    bool isTest() const { return kind == Kind::Test; }
    bool isExec() const { return kind == Kind::Exec; }
    QString arg(int i) const { return args.value(i); }
    // Numeric argument; `fallback` when absent or not a number.
    qint64 number(int i, qint64 fallback = -1) const;
    bool hasNumber(int i) const;

    static QStringList splitArgs(const QString &text);
    // Parses what follows "AT" on a command line; false on a syntax error.
    static bool parseLine(const QString &body, QList<SimCommand> &out);
};

// What a dialect answers: information lines and a final result, or Deferred
// (the dialect calls finish() later), or Connect (data mode follows).
struct SimReply
{
    enum class Final { Ok, Error, Cme, Connect, Deferred, Nothing };

    QList<QByteArray> lines;
    Final final = Final::Ok;
    int cme = 0;

    static SimReply ok(const QList<QByteArray> &lines = {}) { return {lines, Final::Ok, 0}; }
    static SimReply error() { return {{}, Final::Error, 0}; }
    static SimReply cmeError(int code) { return {{}, Final::Cme, code}; }
    static SimReply deferred() { return {{}, Final::Deferred, 0}; }
    static SimReply connect() { return {{}, Final::Connect, 0}; }
    // No final result code at all (a frozen module, a silent firmware).
    static SimReply nothing() { return {{}, Final::Nothing, 0}; }
};
