#include "simcomotaflow.h"

#include "modules/modulesession.h"
#include "simcomotalog.h"

SimcomOtaFlow::SimcomOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : SimcomOtaFlow(session, request, defaultOptions(request), parent)
{
}

SimcomOtaFlow::SimcomOtaFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                             QObject *parent)
    : SimcomFlow(session, request, options, parent)
{
}

void SimcomOtaFlow::deliver()
{
    askServer();
}

void SimcomOtaFlow::askServer()
{
    // The module downloads and installs whatever its server offers, on its own.
    if (!declareCommit(CommitPoint::Kind::Download, QStringLiteral("AT+CFOTA=1")))
        return;
    enterPhase(UpdatePhase::WaitingForServer, tr("Asking the module's FOTA server for a new firmware"),
               options().serverWait);
    session()->send(AtCommand(QStringLiteral("AT+CFOTA=1"), options().command).asPrivileged(), this,
                    [this](const AtResult &result) {
        if (isFinished())
            return;
        // A report can arrive before the OK; it is then part of the answer.
        for (const QString &line : result.lines) {
            const CfotaEvent event = parseCfotaEvent(line);
            if (event != CfotaEvent::Unknown && !isFinished())
                onDownloadEvent(event, line);
        }
        if (!result.ok() && !isFinished())
            failCommand(result);
    });
}

void SimcomOtaFlow::onDeliveryUrc(const QString &line)
{
    const CfotaEvent event = parseCfotaEvent(line);
    qCDebug(lcSimcomOta) << "OTA event" << event << line;
    if (event != CfotaEvent::Unknown)
        onDownloadEvent(event, line);
    else if (line.startsWith(QLatin1String("+CFOTA:"), Qt::CaseInsensitive))
        reportInPhase(tr("Unrecognised update report"), line);
}

void SimcomOtaFlow::onDownloadEvent(CfotaEvent event, const QString &line)
{
    switch (event) {
    case CfotaEvent::DownloadStarted:
        m_downloadStarted = true;
        m_resumeSent = false;
        enterPhase(UpdatePhase::Downloading,
                   m_resumes > 0 ? tr("The module continues the download where it stopped")
                                 : tr("The module downloads the new firmware"),
                   options().download, line);
        return;
    case CfotaEvent::DownloadCompleted:
        m_downloaded = true;
        enterPhase(UpdatePhase::Downloaded, tr("Download complete; the module checks the package"),
                   options().packageCheck, line);
        return;
    case CfotaEvent::UpdateStarting:
        beginInstall(line);
        return;
    case CfotaEvent::NoPackage:
        fail(FailureReason::NotApplicable, tr("The FOTA server has no update for this module"),
             tr("The module may run the newest firmware already (%1). Check that the FOTA server "
                "offers a package for this firmware, then start again.").arg(firmwareBefore()),
             line.trimmed());
        return;
    case CfotaEvent::DownloadPaused:
        if (m_resumeSent) {
            reportInPhase(tr("The download is paused; it was asked to continue already"), line);
            return;
        }
        resume(line);
        return;
    case CfotaEvent::DownloadFailed:
        if (m_downloaded)
            fail(FailureReason::Integrity, tr("The module rejected the downloaded package"),
                 tr("The package failed the module's check and was not installed; the firmware is "
                    "unchanged. Ask the FOTA server's operator to check the package, then start again."),
                 line.trimmed());
        else
            fail(FailureReason::Network, tr("The module could not download the package"),
                 tr("Check the coverage (AT+CSQ), the data connection (AT+CGACT?) and that the FOTA "
                    "server is reachable, then start again; the firmware is unchanged."),
                 line.trimmed());
        return;
    case CfotaEvent::UpdateFailed:
        fail(FailureReason::InstallFailed, tr("The module reports that the update failed"),
             tr("The module keeps its current firmware. Check with the FOTA server's operator that "
                "the package is for firmware %1.").arg(firmwareBefore()),
             line.trimmed());
        return;
    case CfotaEvent::UpdateSucceeded:
    case CfotaEvent::Unknown:
        reportInPhase(tr("Update report ignored before the download"), line);
        return;
    }
}

void SimcomOtaFlow::resume(const QString &rawLine)
{
    if (++m_resumes > options().maxResumes) {
        fail(FailureReason::Network, tr("The download paused %1 times").arg(m_resumes),
             tr("The coverage is probably too weak. Move the module or its antenna, then start again: "
                "the download continues where it stopped."),
             rawLine.trimmed());
        return;
    }
    if (!declareCommit(CommitPoint::Kind::Download, QStringLiteral("AT+CFOTA=1")))
        return;
    m_resumeSent = true;
    enterPhase(UpdatePhase::Downloading, tr("Asking the module to continue the download"),
               options().download, rawLine);
    send(QStringLiteral("AT+CFOTA=1"), options().command, [](const AtResult &) {});
}

void SimcomOtaFlow::onPortLostWhileDelivering()
{
    if (m_downloaded) {
        awaitInstallBoot(); // the module starts the update by itself after its check
        return;
    }
    m_resumeSent = false;
    enterPhase(UpdatePhase::Rebooting,
               tr("The port went away during the download; the module continues it after its restart"),
               options().reboot);
}

void SimcomOtaFlow::onReconnectedWhileDelivering(const QString &portName)
{
    // "Download pause" normally follows the boot; without it the settle time
    // runs out and the download is continued anyway.
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1; the download continues").arg(portName),
               options().resumeSettle);
}

void SimcomOtaFlow::onDeliveryWatchdog()
{
    const qint64 seconds = lastProgress().limitMs / 1000;
    switch (lastProgress().phase) {
    case UpdatePhase::Reconnected:
        resume({});
        return;
    case UpdatePhase::WaitingForServer:
        fail(FailureReason::Timeout, tr("The FOTA server offered no package within %1 s").arg(seconds),
             tr("Check the coverage and that the FOTA server has a package for firmware %1, then "
                "start again.").arg(firmwareBefore()));
        return;
    case UpdatePhase::Downloading:
        fail(FailureReason::Timeout, tr("The download did not finish within %1 s").arg(seconds),
             tr("The module keeps what it has: starting the update again continues the download. "
                "Check the coverage (AT+CSQ)."));
        return;
    case UpdatePhase::Downloaded:
        fail(FailureReason::Timeout, tr("The module did not start the update within %1 s of the download")
                                         .arg(seconds),
             tr("Read its firmware version with AT+CGMR; if it is unchanged, start again."));
        return;
    case UpdatePhase::Rebooting:
        fail(FailureReason::Timeout, tr("The module did not come back within %1 s").arg(seconds),
             tr("Reconnect it; starting the update again continues the download."));
        return;
    default:
        SimcomFlow::onDeliveryWatchdog();
        return;
    }
}

void SimcomOtaFlow::onVerified(const QString &firmware)
{
    reportInPhase(tr("Reporting the result to the FOTA server"));
    session()->send(AtCommand(QStringLiteral("AT+CFOTA=4"), options().command).asPrivileged(), this,
                    [this, firmware](const AtResult &result) {
        if (isFinished())
            return;
        // The firmware is verified already; a failed report only means the
        // server's campaign does not count this module yet.
        if (result.ok()) {
            succeed(firmware, tr("Verified: running %1; the result was reported to the FOTA server")
                                  .arg(firmware));
            return;
        }
        session()->note(tr("reporting the result to the FOTA server failed: %1").arg(result.describe()));
        succeed(firmware, tr("Verified: running %1 (the FOTA server was not told: %2)")
                              .arg(firmware, result.describe()));
    });
}
