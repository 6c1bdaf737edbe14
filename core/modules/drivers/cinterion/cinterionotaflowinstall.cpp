// CinterionOtaFlow after the download: AT^SFDL and its phases, the reboot
// (the port goes and comes back), and the version read with ATI1.
#include "cinterionotaflow.h"

#include "cinterionotalog.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"

void CinterionOtaFlow::install()
{
    if (!declareCommit(CommitPoint::Kind::Install, QStringLiteral("AT^SFDL=2")))
        return;
    m_stage = Stage::Installing;
    m_dotLines = 0;
    enterPhase(UpdatePhase::Installing,
               tr("Installing: the module flashes the new firmware and restarts. Never power it off."),
               m_options.install);
    session()->send(AtCommand(QStringLiteral("AT^SFDL=2"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) {
        if (isFinished() || result.ok())
            return;
        // The module may restart before it answers: the reboot is followed instead.
        if (result.status == AtStatus::PortLost || result.status == AtStatus::Timeout)
            return;
        if (m_installStarts > 0)
            return; // it did start; the answer is not what counts
        fail(FailureReason::ModuleRefused,
             tr("The module refused to start the install (%1)").arg(result.describe()),
             tr("Download the package again, then start the install."), result.describe());
    });
}

void CinterionOtaFlow::onInstallEvent(SfdlEvent event, const QString &line)
{
    const bool installing = m_stage == Stage::Installing;
    const bool booting = m_stage == Stage::AwaitingBoot || m_stage == Stage::Verifying;
    switch (event) {
    case SfdlEvent::FotaStart:
        if (!installing && !booting)
            return;
        ++m_installStarts;
        m_dotLines = 0;
        m_settle.stop();
        if (booting) {
            m_stage = Stage::Installing;
            enterPhase(UpdatePhase::Installing,
                       tr("The install restarts after an interruption. Never power the module off."),
                       m_options.install, line);
        } else {
            reportInPhase(tr("Install started"), line);
        }
        return;
    case SfdlEvent::ChecksumOk:
        if (installing)
            reportInPhase(tr("Package checksum OK"), line);
        return;
    case SfdlEvent::ChecksumFailed:
        if (installing)
            fail(FailureReason::Integrity, tr("The module rejected the package's checksum"),
                 tr("Download the package again, then install it."), line.trimmed());
        return;
    case SfdlEvent::Dots:
        // One line of dots after another: report the first and then every tenth,
        // so the log shows activity without a line per dot line.
        if (installing && (m_dotLines++ % 10) == 0)
            reportInPhase(tr("Flashing"), line);
        return;
    case SfdlEvent::Phase1Ok:
        if (installing)
            reportInPhase(tr("Phase 1 of the install done"), line);
        return;
    case SfdlEvent::Phase1Failed:
        if (installing)
            fail(FailureReason::InstallFailed, tr("The module could not install the package"),
                 tr("The module keeps its current firmware; the package is probably a delta for "
                    "another base version. Check the package against the module's revision (ATI1)."),
                 line.trimmed());
        return;
    case SfdlEvent::Phase2Wait:
        if (installing)
            reportInPhase(tr("Phase 2 of the install runs; the module restarts when it is done"), line);
        return;
    case SfdlEvent::SysStart:
        if (m_stage == Stage::AwaitingBoot) {
            reportInPhase(tr("The module started"), line);
            m_settle.start(m_options.settle); // "+CIEV: prov" or "FOTA START" may follow
        }
        return;
    case SfdlEvent::Provider:
        if (m_stage == Stage::AwaitingBoot) {
            reportInPhase(tr("The module loaded its provider profile"), line);
            m_settle.stop();
            verify();
        }
        return;
    case SfdlEvent::Unknown:
        return;
    }
}

void CinterionOtaFlow::onDisconnected()
{
    if (isFinished())
        return;
    m_settle.stop();
    m_registrationPoll.stop();
    m_bootLines.clear();
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Hashing:
    case Stage::Bearer:
    case Stage::Registration:
    case Stage::Configuring:
        if (!m_resumeDownload) {
            fail(FailureReason::PortLost, tr("The port went away before the download started"),
                 tr("Reconnect the module and start again; its firmware is unchanged."));
            return;
        }
        [[fallthrough]];
    case Stage::Downloading:
        if (m_cancelling) {
            finishCancelled(tr("The port went away while the download was being stopped"));
            return;
        }
        m_resumeDownload = true;
        m_stage = Stage::AwaitingBoot;
        enterPhase(UpdatePhase::Rebooting,
                   tr("The port went away during the download; waiting for the module to resume it"),
                   m_options.reboot);
        return;
    case Stage::Downloaded:
    case Stage::Installing:
    case Stage::AwaitingBoot:
    case Stage::Verifying:
        m_stage = Stage::AwaitingBoot;
        enterPhase(UpdatePhase::Rebooting,
                   tr("The module restarts to finish the install; waiting for it to come back"),
                   m_options.reboot);
        return;
    }
}

void CinterionOtaFlow::onReconnected(const QString &portName)
{
    if (isFinished() || lastProgress().phase != UpdatePhase::Rebooting)
        return;
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1").arg(portName), m_options.reboot);
    if (m_resumeDownload) {
        m_bootLines.clear();
        checkRegistration([this] { startDownload(); });
        return;
    }
    m_settle.start(m_options.settle);
    const QStringList early = std::exchange(m_bootLines, {});
    for (const QString &line : early) {
        if (isFinished())
            return;
        onInstallEvent(parseSfdlEvent(line), line);
    }
}

void CinterionOtaFlow::verify()
{
    if (isFinished() || m_stage != Stage::AwaitingBoot)
        return;
    m_stage = Stage::Verifying;
    enterPhase(UpdatePhase::Verifying, tr("Reading the firmware revision"), m_options.reboot);
    const ModuleDriver *driver = ModuleDriver::forFamily(Family::Cinterion);
    const QString query = driver ? driver->firmwareQuery() : QStringLiteral("ATI1");
    session()->send(AtCommand(query, m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) { onRevision(result); });
}

void CinterionOtaFlow::onRevision(const AtResult &result)
{
    if (isFinished() || m_stage != Stage::Verifying)
        return; // an install that restarted meanwhile, or another reboot
    if (result.status == AtStatus::PortLost)
        return;
    CinterionRevision revision = parseAti1(result.lines);
    if (revision.isEmpty()) // no ATI1 answer: the prober's reading
        revision.revision = parseAti1({QStringLiteral("REVISION ") + session()->identity().firmware}).revision;
    const QString firmware = revision.revision;
    const QString expected = request().toVersion;
    if (firmware.isEmpty()) {
        fail(FailureReason::VersionMismatch, tr("The module's firmware revision could not be read"),
             tr("Read it with ATI1 before trusting the update."), result.describe());
        return;
    }
    if (!expected.isEmpty() && !revision.matches(expected)) {
        fail(FailureReason::VersionMismatch, tr("The module runs %1, expected %2").arg(firmware, expected),
             tr("The package may not apply to this module's base firmware; check the package and "
                "the module's revision before another attempt."),
             QStringLiteral("REVISION %1").arg(firmware));
        return;
    }
    if (expected.isEmpty() && !m_firmwareBefore.isEmpty() && revision.matches(m_firmwareBefore)) {
        fail(FailureReason::VersionMismatch, tr("The module still runs %1").arg(firmware),
             tr("The install did not take; check the package and the module's log."),
             QStringLiteral("REVISION %1").arg(firmware));
        return;
    }
    succeed(firmware);
}
