#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

// How a command ended. Exactly one of these per command. (In a Q_NAMESPACE so
// the names print in test failures and logs.)
namespace AtStatusNs {
Q_NAMESPACE
enum class AtStatus {
    Ok,
    Error,
    CmeError,
    CmsError,
    NoCarrier,
    Busy,
    NoAnswer,
    NoDialtone,
    Connect,    // data mode follows; `detail` holds the CONNECT text
    Timeout,    // no final result code within the command's timeout
    Cancelled,  // the caller withdrew it
    PortLost,   // the port vanished (unplug, reboot) before the final code
    Refused,    // never sent: the interlock forbids it now; `detail` says why
};
Q_ENUM_NS(AtStatus)
} // namespace AtStatusNs
using AtStatusNs::AtStatus;

struct AtResult
{
    Q_DECLARE_TR_FUNCTIONS(AtResult)

public:
    QString command;
    AtStatus status = AtStatus::Timeout;
    QStringList lines;   // intermediate response lines (echo removed)
    int errorCode = -1;  // +CME/+CMS numeric code; -1 when verbose or not an error
    QString detail;      // verbose error text, CONNECT text, refusal reason
    // A command with a data phase (AT+CFLW): the module gave its '>' and the
    // bytes went out. An error then is about the bytes, not the command.
    bool payloadSent = false;

    bool ok() const { return status == AtStatus::Ok; }
    // The payload of the first line that starts with `prefix`, prefix and leading
    // blanks removed: value("+CGSN:") of "+CGSN: 3520..." is "3520...".
    QString value(const QString &prefix) const;
    // The first intermediate line, or empty (AT+CGMR, AT+CGSN answer bare lines).
    QString firstLine() const { return lines.value(0); }
    // For people: "OK", "+CME ERROR: 650", "no answer within 5 s".
    QString describe() const;
    // An answer line holds a byte no module sends (outside printable ASCII):
    // the line changed it, and what it says cannot be trusted.
    bool looksDamaged() const;
};

Q_DECLARE_METATYPE(AtResult)

QString toString(AtStatus status);
