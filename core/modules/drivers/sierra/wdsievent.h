#pragma once

#include <QObject>
#include <QString>

// The +WDSI indications of the HL78xx device services (PROTOCOLS.md section 4).
// The values are the module's own numbers. In a Q_NAMESPACE so test failures
// and logs print the names.
namespace WdsiNs {
Q_NAMESPACE

enum class Wdsi {
    Unknown = -1,                // a number the note does not list
    BootstrapCredentials = 0,
    ConnectRequest = 1,          // connect agreement: AT+WDSR=1 or defer with AT+WDSR=0,<min>
    DownloadRequest = 2,         // download agreement: AT+WDSR=3 or AT+WDSR=2,<min>
    InstallRequest = 3,          // install agreement: AT+WDSR=4 or AT+WDSR=5,<min>
    AuthenticationStarting = 4,
    AuthenticationFailed = 5,
    AuthenticationSucceeded = 6,
    ConnectionDenied = 7,
    SessionClosed = 8,
    PackageAvailable = 9,        // ,<size>; after a suspension: the bytes still to come
    PackageDownloaded = 10,
    DownloadIssue = 11,          // ,<cause>: see DownloadIssue below
    PackageCertified = 12,
    PackageNotCertified = 13,
    UpdateStarting = 14,         // never power off from here (watchdog 15 min)
    UpdateFailed = 15,
    UpdateSucceeded = 16,
    DownloadProgress = 18,       // [,<percent>]
    Session = 23,                // ,0 bootstrap session, ,1 device-management session
};
Q_ENUM_NS(Wdsi)

// The <x> of "+WDSI: 11,<x>".
enum class DownloadIssue {
    OutOfMemory = 0,
    Http = 1,
    PackageCorrupted = 2,
    RamRebootToResume = 3,
    Resumable = 4,
    Flash = 5,
};
Q_ENUM_NS(DownloadIssue)

} // namespace WdsiNs
using WdsiNs::Wdsi;

// One "+WDSI: <n>[,<x>]" line. Firmware 4.x drops the blank ("+WDSI:3"), and
// spacing or letter case may differ, so the parser ignores both.
struct WdsiEvent
{
    bool valid = false; // false: not a +WDSI line, or not "<n>[,<x>]" with numbers
    int code = -1;      // <n>
    int value = -1;     // <x>; -1 when absent
    Wdsi kind = Wdsi::Unknown;

    bool hasValue() const { return value >= 0; }
    // The canonical spelling, whatever the firmware printed: "+WDSI: 11,1".
    QString vendorCode() const;
};

WdsiEvent parseWdsi(const QString &line);
