#include "sierraerrors.h"

#include "at/atresult.h"
#include "transfer/xmodemsender.h"

std::optional<SierraFailure> SierraErrors::forIndication(const WdsiEvent &event)
{
    if (!event.valid)
        return std::nullopt;
    SierraFailure f;
    f.vendorCode = event.vendorCode();
    switch (event.kind) {
    case Wdsi::AuthenticationFailed:
        f.reason = FailureReason::ServerError;
        f.message = tr("AirVantage refused the module's authentication");
        f.advice = tr("Check that the module (its IMEI) is registered on AirVantage and that its "
                      "bootstrap credentials are present, then start again.");
        return f;
    case Wdsi::ConnectionDenied:
        f.reason = FailureReason::ServerError;
        f.message = tr("AirVantage denied the connection");
        f.advice = tr("Check the module's subscription and state on AirVantage, then start again.");
        return f;
    case Wdsi::PackageNotCertified:
        f.reason = FailureReason::Integrity;
        f.message = tr("The module found the package's signature invalid and will not install it");
        f.advice = tr("The package is damaged or not signed for this module. Get the package again "
                      "from Sierra Wireless (a .dwl/.ua file for this model) and start again.");
        return f;
    case Wdsi::UpdateFailed:
        f.reason = FailureReason::InstallFailed;
        f.message = tr("The module reports that the firmware update failed");
        f.advice = tr("The module keeps its current firmware. The usual cause is a delta package made "
                      "for another firmware version: check the package's base version against the "
                      "module's (AT+CGMR).");
        return f;
    case Wdsi::DownloadIssue:
        break;
    default:
        return std::nullopt;
    }

    using WdsiNs::DownloadIssue;
    switch (DownloadIssue(event.value)) {
    case DownloadIssue::OutOfMemory:
        f.reason = FailureReason::NoSpace;
        f.message = tr("The module has no room for the package");
        f.advice = tr("Use a delta package instead of a full image, or free the module's FOTA "
                      "partition, then start again.");
        return f;
    case DownloadIssue::Http:
        f.reason = FailureReason::Network;
        f.message = tr("The module's HTTP(S) download of the package failed");
        f.advice = tr("Check the coverage and the APN, then start again: the download resumes where "
                      "it stopped.");
        return f;
    case DownloadIssue::PackageCorrupted:
        f.reason = FailureReason::Integrity;
        f.message = tr("The module received a corrupted package");
        f.advice = tr("Start again; if it happens again, replace the package on AirVantage.");
        return f;
    case DownloadIssue::RamRebootToResume:
        f.reason = FailureReason::TransferFailed;
        f.message = tr("The module ran out of RAM during the download");
        f.advice = tr("Restart the module, then start again: the download resumes after the reboot.");
        return f;
    case DownloadIssue::Resumable:
        f.reason = FailureReason::Network;
        f.message = tr("The download was interrupted");
        f.advice = tr("Start again: the download resumes where it stopped.");
        return f;
    case DownloadIssue::Flash:
        f.reason = FailureReason::TransferFailed;
        f.message = tr("The module could not write the package to its flash");
        f.advice = tr("Restart the module and start again; if it happens again, the module needs "
                      "service.");
        return f;
    }
    f.reason = FailureReason::TransferFailed;
    f.message = tr("The module reports a download problem");
    f.advice = tr("Check the coverage and the APN, then start again.");
    return f;
}

SierraFailure SierraErrors::forCommand(const AtResult &result)
{
    SierraFailure f;
    f.vendorCode = result.describe();
    switch (result.status) {
    case AtStatus::PortLost:
        f.reason = FailureReason::PortLost;
        f.message = tr("The port went away during %1").arg(result.command);
        f.advice = tr("Reconnect the module and start again; its firmware is unchanged.");
        f.vendorCode.clear();
        return f;
    case AtStatus::Timeout:
        f.reason = FailureReason::Timeout;
        f.message = tr("The module did not answer %1").arg(result.command);
        f.advice = tr("Check the cable and the serial rate, then start again.");
        f.vendorCode.clear();
        return f;
    case AtStatus::CmeError:
        break;
    default:
        f.reason = FailureReason::ModuleRefused;
        f.message = tr("The module refused %1 (%2)").arg(result.command, result.describe());
        f.advice = tr("Check that the module's firmware has the device services (AirVantage, "
                      "AT+WDSI) and is not busy with another operation.");
        return f;
    }
    switch (result.errorCode) {
    case 650:
        f.reason = FailureReason::Network;
        f.message = tr("The module has no APN for its device services, or an agreement is pending (%1)")
                        .arg(result.describe());
        f.advice = tr("Give the APN of the SIM's operator (AT+CGDCONT and AT+WDSS=2,<cid>), or answer "
                      "the module's pending request, then start again.");
        return f;
    case 133:
        f.reason = FailureReason::Network;
        f.message = tr("The module rejects the APN (%1)").arg(result.describe());
        f.advice = tr("Check the APN with the SIM's operator, then start again.");
        return f;
    case 148:
        f.reason = FailureReason::Network;
        f.message = tr("The module could not activate its data connection (%1)").arg(result.describe());
        f.advice = tr("Check the coverage, the SIM's data service and the APN, then start again.");
        return f;
    default:
        f.reason = FailureReason::ModuleRefused;
        f.message = tr("The module refused %1 (%2)").arg(result.command, result.describe());
        f.advice = tr("Check that no other update is pending on the module, then start again.");
        return f;
    }
}

SierraFailure SierraErrors::forTransfer(const XmodemResult &result)
{
    SierraFailure f;
    f.message = result.message; // the sender's words say what happened and what to do
    switch (result.error) {
    case XmodemError::PortLost:
        f.reason = FailureReason::PortLost;
        f.advice = tr("The module keeps its current firmware. Reconnect it and start again.");
        return f;
    case XmodemError::CancelledByUser:
        f.reason = FailureReason::Cancelled;
        return f;
    case XmodemError::CancelledByReceiver:
        f.reason = FailureReason::TransferFailed;
        f.advice = tr("The module stopped the transfer; check that the package fits it (.dwl/.ua for "
                      "this model), then start again.");
        return f;
    default:
        f.reason = FailureReason::TransferFailed;
        f.advice = tr("The module keeps its current firmware; start again when the link is steady.");
        return f;
    }
}

bool SierraErrors::refusesSpelling(const AtResult &result)
{
    if (result.status == AtStatus::Error)
        return true;
    if (result.status != AtStatus::CmeError)
        return false;
    if (result.errorCode >= 0)
        return result.errorCode == 4 || result.errorCode == 100;
    // Firmwares word the verbose codes differently ("unknown", "unknown
    // command", "operation not supported", "not supported").
    const QString text = result.detail.trimmed().toLower();
    return text.startsWith(QLatin1String("unknown")) || text.contains(QLatin1String("not supported"))
        || text.contains(QLatin1String("unsupported"));
}
