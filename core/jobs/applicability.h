#pragma once

#include "fleet/packageinfo.h"
#include "modules/moduleidentity.h"
#include "modules/updatetypes.h"

#include <QList>
#include <QString>

// Whether a package applies to a module, from what is known without talking to
// it: the update dialog shows this per selected module, and UpdateJob's
// preflight starts from it. Pure; callable from any thread.
struct Applicability
{
    enum class Issue {
        OtherFamily,        // never overridable
        OtherModel,         // never overridable
        WrongBaseVersion,   // a delta only applies to its base; the module checks too
        AlreadyOnTarget,    // nothing to do; re-flashing is allowed on request
        TooLarge,           // larger than the module's FOTA partition; never overridable
        MethodUnsupported,  // the family has no such method
        UnknownFamily,      // the module was not identified
        // Found by UpdateJob's preflight, talking to the module (never overridable):
        NotConnected,       // the module is not connected now
        Busy,               // another job owns the module
        PackageChanged,     // the file's bytes are not those catalogued (hash)
        PackageUnreadable,  // the package file cannot be read
        SimPinNeeded,       // AT+CPIN? says SIM PIN (or PUK) and no PIN was given, or it was refused
        AutobaudOn,         // AT+IPR? answers 0 and the policy says refuse rather than fix
    };

    struct Finding
    {
        Issue issue;
        QString message;  // translated, names both values
        bool overridable;
    };

    QList<Finding> findings;

    bool applies() const { return findings.isEmpty(); }
    bool appliesWithOverride() const;
    QString summary() const; // the messages joined, for a tooltip or a log line
};

// The failure class of a refusal for `issue` (NotApplicable, NoSpace, ...).
FailureReason failureReasonFor(Applicability::Issue issue);
QString issueId(Applicability::Issue issue); // "other-family", "sim-pin-needed", ...

// The FOTA partition a family's module offers (0: unknown, no limit applied).
qint64 fotaPartitionBytes(Family family);

// Firmware version strings compare ignoring case, surrounding blanks and a
// leading "REVISION " (Cinterion's ATI1 wording).
bool sameFirmware(const QString &a, const QString &b);

Applicability checkApplicability(const ModuleIdentity &module, const PackageInfo &package,
                                 UpdateMethod method = UpdateMethod::Auto);
