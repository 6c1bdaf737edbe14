#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>

// The one progress vocabulary every update method and family maps onto, so a
// person reads the same words whichever module they update.
namespace UpdateNs {
Q_NAMESPACE

enum class UpdatePhase {
    Preparing,        // checks, settings backup, fixed baud rate, bearer setup
    Registering,      // Telit PFM registration, AirVantage session start
    WaitingForServer, // the module waits for its FOTA server to offer a package
    Transferring,     // FotaDesk sends the package (XMODEM, CFLW); percent, rate, time left
    Downloading,      // the module downloads the package itself (OTA, HTTP-to-FS)
    Downloaded,
    Verifying,        // package integrity checked (MD5, SHA-256, signature)
    Installing,       // the module flashes; never power it off
    Rebooting,        // the port went away; waiting for the module to come back
    Reconnected,      // the same module found again (maybe on another port)
    Verified,         // running the expected new firmware
    Failed,
    Cancelled,
};
Q_ENUM_NS(UpdatePhase)

enum class FailureReason {
    None,
    NotApplicable,    // package for another family/model/base version
    ModuleRefused,    // ERROR / +CME ERROR to a step's command
    Timeout,          // a step's watchdog expired
    PortLost,         // the port vanished outside an expected reboot
    TransferFailed,   // XMODEM/CFLW gave up
    Integrity,        // checksum/hash/signature mismatch
    NoSpace,          // the package does not fit the module's FOTA partition
    ServerError,      // the FOTA/package server answered with an error
    Network,          // bearer, PDP context, DNS, TLS problems
    VersionMismatch,  // the module rebooted into an unexpected firmware
    InstallFailed,    // the module reported a failed install
    SimLocked,        // SIM PIN needed and not known, or refused
    Cancelled,
    History,          // FotaDesk's history could not be written (disk full, read-only...)
    Internal,
};
Q_ENUM_NS(FailureReason)

enum class UpdateMethod {
    Auto,    // the family's best method
    Xmodem,  // HL78xx local: AT+WDSD + 1K-XMODEM
    Cflw,    // SIM7020 local: AT+CFLE/AT+CFLW + AT+CFOTA=5
    HttpFs,  // SIM7020: AT+CHTTPTOFS from FotaDesk's package server + AT+CFOTA=5
    Ota,     // the module's own FOTA client (PFM, ^SNFOTA, +CFOTA=1, AirVantage)
    Lwm2m,   // Cinterion ^SNLWM2M client
};
Q_ENUM_NS(UpdateMethod)

// What to do when the module asks for an agreement (Telit's 60 s question,
// HL78xx download/install agreements).
enum class AgreementPolicy {
    Accept, // answer yes at once
    Ask,    // show the person a prompt with the deadline
    Defer,  // HL78xx: defer by `deferMinutes`; Telit: let the request lapse
};
Q_ENUM_NS(AgreementPolicy)

enum class PromptAnswer { Accept, Defer, Lapse };
Q_ENUM_NS(PromptAnswer)

// Telit PFM's three server protocols (PROTOCOLS.md §1 and §5). Auto: SMS for
// a number only, TCP/IP-only for an address only, combined for both.
enum class PfmProtocol { Auto, Sms, Combined, TcpIp };
Q_ENUM_NS(PfmProtocol)

} // namespace UpdateNs
using namespace UpdateNs;

QString phaseDisplayName(UpdatePhase phase);   // translated: "Downloading", ...
QString failureDisplayName(FailureReason reason);
QString methodId(UpdateMethod method);          // "xmodem", "cflw", "http-fs", "ota", "lwm2m", "auto"
UpdateMethod methodFromId(const QString &id, bool *ok = nullptr);

struct UpdateProgress
{
    UpdatePhase phase = UpdatePhase::Preparing;
    int percent = -1;            // -1: not known for this phase
    qint64 bytesDone = -1;       // -1: not a byte-counting phase
    qint64 bytesTotal = -1;
    double bytesPerSecond = 0;
    qint64 etaMs = -1;
    qint32 baud = 0;             // the serial rate a local transfer runs at; 0: not one
    qint64 elapsedMs = 0;        // in this phase, against its watchdog
    qint64 limitMs = 0;          // 0: no watchdog
    QString message;             // for people, translated
    QString rawLine;             // the module's line behind it (masked), shown beside it
};

struct UpdateOutcome
{
    bool ok = false;
    FailureReason reason = FailureReason::None;
    QString message;     // what happened, translated
    QString advice;      // what to do now, translated
    QString vendorCode;  // the module's own words: "+WDSI: 15", "^SNFOTA error 8"
    QString firmware;    // the firmware the module runs at the end, if known
};

struct UpdatePrompt
{
    enum class Kind { TelitUpgradeRequest, ConnectAgreement, DownloadAgreement, InstallAgreement };
    QString id;
    Kind kind = Kind::TelitUpgradeRequest;
    QString text;              // the question, translated
    qint64 deadlineMsecs = 0;  // epoch ms after which the request lapses; 0: none
    bool canDefer = false;
    int deferMinutes = 0;      // suggested deferral
};

// A command after which the module may download or install on its own,
// whatever FotaDesk does next (AT+WDSR=4, AT+CFOTA=5, AT^SNFOTA="act",2...).
// A flow declares it before sending the command; the job records it durably
// first, so that a FotaDesk killed right after the command treats the module
// as busy instead of "nothing was installed".
struct CommitPoint
{
    enum class Kind {
        None,
        Download, // the module downloads (and then installs) by itself
        Install,  // the module flashes the package it holds
    };
    Kind kind = Kind::None;
    QString command; // as sent, or the module's line that showed it; never a secret

    bool isValid() const { return kind != Kind::None; }
    // As stored: "download", "install"; empty for None.
    static QString kindId(Kind kind)
    {
        switch (kind) {
        case Kind::Download: return QStringLiteral("download");
        case Kind::Install: return QStringLiteral("install");
        case Kind::None: break;
        }
        return {};
    }
    static Kind kindFromId(const QString &id)
    {
        if (id == QLatin1String("install"))
            return Kind::Install;
        if (id == QLatin1String("download"))
            return Kind::Download;
        return Kind::None;
    }
};

// Everything a flow needs; secrets live here in memory only and are never
// stored or logged.
struct UpdateRequest
{
    UpdateMethod method = UpdateMethod::Auto;
    QString packagePath;         // local file (XMODEM, CFLW, HTTP-FS; Cinterion hash)
    QString packageSha256;       // hex, from the catalog (Cinterion "crc")
    QString packageMd5;          // hex, from the catalog (AT+CFOTA=5)
    qint64 packageSize = -1;
    QString fromVersion;         // the base the delta applies to; empty: unknown
    QString toVersion;           // expected after the update; empty: any change
    QUrl url;                    // OTA download URL (Cinterion) / package server URL
    QString apn;
    QString apnUser;
    QString apnPassword;         // secret
    int cid = 1;
    QString simPin;              // secret
    // Telit PFM server: SMS number, or IP address + port for the IP protocols.
    QString pfmServerNumber;
    QString pfmServerAddress;
    int pfmServerPort = 0;
    PfmProtocol pfmProtocol = PfmProtocol::Auto;
    QString pfmMyNumber;         // the SIM's own number for AT#OTASNAPIP; empty: AT+CNUM's
    AgreementPolicy policy = AgreementPolicy::Accept;
    int deferMinutes = 30;
    // A local transfer (XMODEM, AT+CFLW) runs at the fastest of these the
    // module and the port hold, tried upwards from the rate in use; empty:
    // at the rate in use. The job fills it from the driver's table for the
    // model, up to the user's maximum.
    QList<qint32> transferRates;
    // Watchdog overrides (0: the family's documented default).
    std::chrono::milliseconds installTimeout{0};
    std::chrono::milliseconds downloadTimeout{0};
    std::chrono::milliseconds rebootTimeout{0};
};

Q_DECLARE_METATYPE(UpdateProgress)
Q_DECLARE_METATYPE(UpdateOutcome)
Q_DECLARE_METATYPE(UpdatePrompt)
Q_DECLARE_METATYPE(CommitPoint)
