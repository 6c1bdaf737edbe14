#pragma once

#include <QObject>
#include <QString>

#include <optional>

struct AtResult;

// What a SIM7020 prints about its update (PROTOCOLS.md section 3): the +CFOTA
// events of the FOTA client and of AT+CFOTA=5, and the HTTP client's URCs of
// AT+CHTTPTOFS. Parsers take one line as the AtChannel delivers it and return
// nothing (or Unknown) for anything malformed, never a guess.
namespace SimcomUrcNs {
Q_NAMESPACE

enum class CfotaEvent {
    Unknown,           // not a +CFOTA line, or an event we do not know
    DownloadStarted,   // "Start to download new package"
    DownloadCompleted, // "Download completed"
    UpdateStarting,    // "Start to update,please wait for reset" (with or without the blank)
    UpdateSucceeded,   // "Update successfully", after the reboot
    NoPackage,         // "No update package": the FOTA server offers nothing
    DownloadPaused,    // "Download pause": AT+CFOTA=1 continues from the break point
    DownloadFailed,    // "Download fail"
    UpdateFailed,      // "Update fail": the old firmware stays
};
Q_ENUM_NS(CfotaEvent)

} // namespace SimcomUrcNs
using SimcomUrcNs::CfotaEvent;

// Firmwares differ in letter case, blanks after the comma and trailing
// punctuation ("Update successfully." / "update successful"); all are ignored.
CfotaEvent parseCfotaEvent(const QString &line);

// +CHTTPNMIH: <id>,<status>,<header length>,<headers>. The headers may hold
// commas; Content-Length and Content-Type are picked out of them.
struct HttpHeadersUrc
{
    int client = -1;
    int status = 0;
    qint64 headerBytes = -1;
    qint64 contentLength = -1; // -1: not announced
    QString contentType;
};
std::optional<HttpHeadersUrc> parseHttpHeaders(const QString &line);

// +CHTTPTOFSOK: <id>,<received>,<total> when the file is stored, and the
// progress form +CHTTPTOFS: <id>,<received>,<total> some firmwares print on the way.
struct HttpToFsUrc
{
    int client = -1;
    qint64 received = 0;
    qint64 total = 0;
    bool stored = false; // the OK form: the download has ended
};
std::optional<HttpToFsUrc> parseHttpToFs(const QString &line);

// +CHTTPERR: <id>,<code>: an HTTP status, or a negative transport error.
struct HttpErrorUrc
{
    int client = -1;
    int code = 0;
};
std::optional<HttpErrorUrc> parseHttpError(const QString &line);

// The client id of AT+CHTTPCREATE's answer "+CHTTPCREATE: <id>".
std::optional<int> parseHttpCreate(const AtResult &result);

// "*MATREADY: 1": the module's AT interface is up after a boot.
bool isModuleReady(const QString &line);
