#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

// What a Cinterion module prints while it installs a firmware with AT^SFDL=2
// and boots again (PROTOCOLS.md section 2), and its ATI1 revision.
namespace SfdlEventNs {
Q_NAMESPACE

enum class SfdlEvent {
    Unknown,
    FotaStart,      // "FOTA START": also after a boot that resumes an interrupted install
    ChecksumOk,     // "Checksum OK"
    ChecksumFailed, // "Checksum <anything else>"
    Dots,           // "....": flashing goes on
    Phase1Ok,       // "PHASE 1 OK!"
    Phase1Failed,   // "PHASE 1 FAILED!" (not in the note; the simulator prints it for a
                    // delta made for another base version): the old firmware stays
    Phase2Wait,     // ".Please Wait for PHASE 2 to complete"
    SysStart,       // "^SYSSTART": the module booted
    Provider,       // "+CIEV: prov,...": the provider profile is loaded, boot complete
};
Q_ENUM_NS(SfdlEvent)

} // namespace SfdlEventNs
using SfdlEventNs::SfdlEvent;

SfdlEvent parseSfdlEvent(const QString &line);
// The lines phase 1 of an install prints (also after a boot that takes an
// interrupted install up), whatever started it: AT^SFDL=2 or an LwM2M server.
bool showsInstallRunning(SfdlEvent event);

// ATI1 answers "Cinterion", "EXS82-W", "REVISION 01.000" and on some firmwares
// "A-REVISION 01.000.01".
struct CinterionRevision
{
    QString revision;
    QString aRevision;

    bool isEmpty() const { return revision.isEmpty(); }
    // `expected` as the user gives it: "01.001" or "REVISION 01.001", or the A-revision.
    bool matches(const QString &expected) const;
};
CinterionRevision parseAti1(const QStringList &lines);
