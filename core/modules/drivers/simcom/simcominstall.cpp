// SimcomFlow's install path, shared by the three methods: AT+CFOTA=5, the
// restart(s), the +CFOTA result and AT+CGMR. The lifecycle (start, serial
// rate, delivery, cancel, watchdogs) is in simcomflow.cpp.
#include "simcomflow.h"

#include "modules/modulesession.h"
#include "simcomotalog.h"

namespace {

bool sameVersion(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

void SimcomFlow::checkAndInstall(qint64 size, const QString &md5)
{
    const QString command = QStringLiteral("AT+CFOTA=5,%1,%2").arg(size).arg(md5);
    // The module installs by itself once it accepts this: a kill right after
    // it must not be taken for "nothing installed".
    if (!declareCommit(CommitPoint::Kind::Install, command))
        return;
    m_stage = Stage::CheckingPackage;
    enterPhase(UpdatePhase::Verifying,
               tr("The module checks the package (%1 bytes, MD5 %2) before it installs it").arg(size).arg(md5));
    session()->send(AtCommand(command, m_options.packageCheck).asPrivileged(),
                    this, [this](const AtResult &result) { onPackageChecked(result); });
}

void SimcomFlow::onPackageChecked(const AtResult &result)
{
    if (isFinished() || m_stage != Stage::CheckingPackage)
        return; // the module restarted before it answered: onDisconnected() follows it
    QString started;
    for (const QString &line : result.lines) {
        if (parseCfotaEvent(line) == CfotaEvent::UpdateStarting)
            started = line;
    }
    switch (result.status) {
    case AtStatus::Ok:
        beginInstall(started);
        return;
    case AtStatus::PortLost:
        failCommand(result);
        return;
    case AtStatus::Timeout:
        // It may have accepted the package and be flashing already: nothing
        // may interrupt it, so follow it as an install rather than give up.
        session()->note(tr("no answer to AT+CFOTA=5; the module may be installing already"));
        beginInstall();
        return;
    case AtStatus::Error:
        fail(FailureReason::Integrity,
             tr("The module rejected the package: its size or MD5 does not match what the module holds"),
             tr("The package on the module is damaged or incomplete. Put it on the module again, "
                "and check that the catalog's MD5 is the package's; the firmware is unchanged."),
             result.describe());
        return;
    default:
        failCommand(result);
        return;
    }
}

void SimcomFlow::beginInstall(const QString &rawLine)
{
    m_stage = Stage::Installing;
    enterPhase(UpdatePhase::Installing,
               tr("Installing: the module flashes the new firmware and restarts (about 10 minutes). "
                  "Never power it off."),
               m_options.install, rawLine);
}

void SimcomFlow::awaitInstallBoot()
{
    m_stage = Stage::AwaitingBoot;
    ++m_installRestarts;
    m_bootLines.clear();
    enterPhase(UpdatePhase::Rebooting,
               tr("The module restarts to install the update; waiting for it to come back. Never power "
                  "it off."),
               m_options.reboot);
}

void SimcomFlow::onInstallUrc(const QString &line)
{
    if (isModuleReady(line)) {
        reportInPhase(tr("The module started again"), line);
        return;
    }
    const CfotaEvent event = parseCfotaEvent(line);
    qCDebug(lcSimcomOta) << "install event" << event << line;
    switch (event) {
    case CfotaEvent::UpdateStarting:
        reportInPhase(tr("The module starts the update and will restart"), line);
        return;
    case CfotaEvent::UpdateSucceeded:
        if (m_stage == Stage::Installing || m_stage == Stage::AwaitingResult) {
            reportInPhase(tr("The module reports a successful update"), line);
            verify();
        }
        return;
    case CfotaEvent::UpdateFailed:
        fail(FailureReason::InstallFailed, tr("The module reports that the update failed"),
             tr("The module keeps its current firmware. The package is probably a delta for another "
                "base version: check it against the firmware the module runs (AT+CGMR)."),
             line.trimmed());
        return;
    default:
        if (line.startsWith(QLatin1String("+CFOTA:"), Qt::CaseInsensitive))
            reportInPhase(tr("Unrecognised update report"), line);
        return;
    }
}

void SimcomFlow::onReconnected(const QString &portName)
{
    if (isFinished() || lastProgress().phase != UpdatePhase::Rebooting)
        return;
    if (m_stage == Stage::Delivering) {
        onReconnectedWhileDelivering(portName);
        replayBootLines();
        return;
    }
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1").arg(portName));
    m_stage = Stage::AwaitingResult;
    // The interlock keys on Installing: nothing may reset the module until it
    // reports the result.
    enterPhase(UpdatePhase::Installing,
               tr("Waiting for the module to report the update's result; it may still be flashing. "
                  "Never power it off."),
               m_options.install);
    replayBootLines();
}

void SimcomFlow::replayBootLines()
{
    const QStringList early = std::exchange(m_bootLines, {});
    for (const QString &line : early) {
        if (isFinished())
            return;
        onUrc(line);
    }
}

void SimcomFlow::verify()
{
    m_stage = Stage::Verifying;
    enterPhase(UpdatePhase::Verifying, tr("Reading the firmware version the module runs now"));
    session()->send(AtCommand(QStringLiteral("AT+CGMR"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) { onFirmwareRead(result); });
}

void SimcomFlow::onFirmwareRead(const AtResult &result)
{
    if (isFinished() || m_stage != Stage::Verifying)
        return;
    if (result.status == AtStatus::PortLost) {
        failCommand(result);
        return;
    }
    QString firmware = result.value(QStringLiteral("+CGMR:"));
    if (firmware.isEmpty())
        firmware = result.firstLine().trimmed();
    if (!result.ok() || firmware.isEmpty()) {
        fail(result.status == AtStatus::Timeout ? FailureReason::Timeout : FailureReason::VersionMismatch,
             tr("The module's firmware version could not be read (%1)").arg(result.describe()),
             m_resultMissing ? tr("The module reported no result and may still be installing: never "
                                  "power it off. Wait, then read the version with AT+CGMR.")
                             : tr("Read it with AT+CGMR before trusting the update."),
             result.describe());
        return;
    }
    const QString expected = request().toVersion;
    if (!expected.isEmpty() && !sameVersion(firmware, expected)) {
        fail(FailureReason::VersionMismatch, tr("The module runs %1, expected %2").arg(firmware, expected),
             tr("The package may not apply to this module's base firmware; check the package against "
                "the firmware the module ran before (%1).").arg(m_firmwareBefore),
             firmware);
        return;
    }
    if (expected.isEmpty() && !m_firmwareBefore.isEmpty() && sameVersion(firmware, m_firmwareBefore)) {
        fail(FailureReason::VersionMismatch, tr("The module still runs %1").arg(firmware),
             tr("The install did not take; check the package and the module's log."), firmware);
        return;
    }
    // What the prober read after the restart may predate the install's end.
    ModuleIdentity identity = session()->identity();
    identity.firmware = firmware;
    session()->updateIdentity(identity);
    onVerified(firmware);
}
