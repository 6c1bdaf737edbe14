#pragma once

#include <QByteArray>
#include <QString>

#include <chrono>

// One AT command as the engine queues it.
struct AtCommand
{
    AtCommand() = default;
    AtCommand(const QString &text, std::chrono::milliseconds timeout = {})
        : text(text), timeout(timeout) { }
    AtCommand(const char *text, std::chrono::milliseconds timeout = {})
        : text(QString::fromLatin1(text)), timeout(timeout) { }

    // Builder-style helpers so call sites read as one expression.
    AtCommand &withPayload(const QByteArray &bytes) { payload = bytes; return *this; }
    AtCommand &asPrivileged() { privileged = true; return *this; }

    QString text;                          // "AT+CGMI", without the CR
    std::chrono::milliseconds timeout{0};  // 0: the channel's default
    QByteArray payload;                    // raw bytes sent at the '>' prompt (AT+CFLW)
    bool privileged = false;               // the running job's own command: passes the interlock

    // "+CGSN" for "AT+CGSN=1", "^SNFOTA" for AT^SNFOTA="act",2, "I1" for ATI1:
    // response lines starting with "<name>:" answer this command, they are not URCs.
    QString name() const;
};
