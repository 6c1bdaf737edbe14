#pragma once

#include <QObject>
#include <QString>

// The #OTAEV URCs of Telit's Premium FOTA Management (PROTOCOLS.md section 1).
// In a Q_NAMESPACE so test failures and logs print the names.
namespace PfmEventNs {
Q_NAMESPACE

enum class PfmEvent {
    Unknown,                   // not an #OTAEV line, or an event we do not know
    Registered,                // registration with the PFM server confirmed
    AutomaticUpgradeRequested, // the server chose an automatic upgrade
    UpgradeQuestion,           // "Do you want to upgrade the firmware?": answer within 60 s
    DownloadStarted,
    DownloadComplete,          // the module validates and flashes next (AT frozen)
    ModuleUpgraded,            // after the reboot
    ServerNotified,            // the server knows the upgrade succeeded
    UpgradeFailed,             // any failure
    Notified,                  // a server query was answered
};
Q_ENUM_NS(PfmEvent)

} // namespace PfmEventNs
using PfmEventNs::PfmEvent;

// Recognises an "#OTAEV: ..." line. Firmwares differ in letter case ("FW"/"Fw"),
// in the spelling "successfull"/"successful", in spacing and in the trailing
// punctuation, so the comparison ignores all four.
PfmEvent parsePfmEvent(const QString &line);
