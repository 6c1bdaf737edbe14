#pragma once

#include "portinfo.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>

namespace PortStatusNs {
Q_NAMESPACE
enum class PortState {
    Settling,         // just appeared; opened after the settle delay
    Probing,
    Module,           // the AT port of a module (moduleId says which)
    OtherInterface,   // answers too, but another port of the same module is its AT port
    NotAModule,       // reason says why; not probed again until it reappears or reprobe()
    Busy,             // another program or FotaDesk user has it; advice says what to do
    PermissionDenied,
    Error,            // could not be opened for another reason
    Released,         // the user released the module's port for another tool
    Gone,             // disappeared (last status before the entry is dropped)
};
Q_ENUM_NS(PortState)
} // namespace PortStatusNs
using PortStatusNs::PortState;

// Every port Discovery has seen and what it makes of it, for the GUI's port
// list and `fotadesk-cli ports`.
struct PortStatus
{
    Q_DECLARE_TR_FUNCTIONS(PortStatus)

public:
    PortInfo info;
    PortState state = PortState::Settling;
    QString reason;    // for people: why it is not a module, what failed
    QString advice;    // for people: what to do about it
    QString moduleId;  // Module / OtherInterface / Released: the session's id
    qint32 baudRate = 0;
    bool timedOut = false; // NotAModule because nothing answered at all

    QString name() const { return info.name; }
    static QString stateId(PortState state);          // "module", "not-a-module", ...
    static QString stateDisplayName(PortState state); // translated
};

Q_DECLARE_METATYPE(PortStatus)
