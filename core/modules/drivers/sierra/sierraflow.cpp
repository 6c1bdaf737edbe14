#include "sierraflow.h"

#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "sierralog.h"

Q_LOGGING_CATEGORY(lcSierraOta, "fotadesk.ota.sierra")

namespace {

bool sameVersion(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

SierraFlow::Options SierraFlow::defaultOptions(const UpdateRequest &request)
{
    return ModuleDriver::optionsFor<Options>(Family::SierraHl78xx, request);
}

SierraFlow::SierraFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                       QObject *parent)
    : UpdateFlow(session, request, parent), m_options(options)
{
}

SierraFlow::~SierraFlow() = default;

void SierraFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    connect(s, &ModuleSession::disconnected, this, &SierraFlow::onDisconnected);
    connect(s, &ModuleSession::reconnected, this, &SierraFlow::onReconnected);
    connect(s, &ModuleSession::simUnlockFailed, this, [this](const QString &why) {
        fail(FailureReason::SimLocked, tr("The SIM did not accept its PIN after the reboot"),
             tr("The new firmware may be installed already. Enter the right PIN (the SIM locks "
                "after three wrong ones), then read the firmware version."),
             why);
    });
    s->subscribe(QStringLiteral("+WDSI:"), this, [this](const QString &line) { onWdsi(line); });
    if (!request().simPin.isEmpty())
        s->setSimPin(request().simPin); // entered by the session when the module asks after the reboot
    m_firmwareBefore = s->identity().firmware;

    enterPhase(UpdatePhase::Preparing, tr("Switching on the module's +WDSI indications"));
    send(QStringLiteral("AT+WDSI=%1").arg(m_options.indications), [this](const AtResult &) { begin(); });
}

void SierraFlow::send(const QString &command, Step onOk, Step onError)
{
    if (!session()) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    session()->send(AtCommand(command, m_options.command).asPrivileged(), this,
                    [this, onOk = std::move(onOk), onError = std::move(onError)](const AtResult &result) {
                        if (isFinished())
                            return;
                        if (result.ok()) {
                            if (onOk)
                                onOk(result);
                            return;
                        }
                        if (onError) {
                            onError(result);
                            return;
                        }
                        failCommand(result);
                    });
}

void SierraFlow::failCommand(const AtResult &result)
{
    // Once committed, a lost port is the module restarting: onDisconnected() follows it.
    if (result.status == AtStatus::PortLost && m_committed)
        return;
    failWith(SierraErrors::forCommand(result));
}

void SierraFlow::failWith(const SierraFailure &failure)
{
    fail(failure.reason, failure.message, failure.advice, failure.vendorCode);
}

void SierraFlow::commit()
{
    if (m_committed)
        return;
    m_committed = true;
    onCommitted();
}

void SierraFlow::requestInstall(const QString &rawLine)
{
    if (!declareCommit(CommitPoint::Kind::Install, QStringLiteral("AT+WDSR=4")))
        return;
    commit();
    enterPhase(UpdatePhase::Verifying,
               tr("Install accepted; the module checks the package and starts installing"),
               m_options.packageCheck, rawLine);
    send(QStringLiteral("AT+WDSR=4"), {});
}

void SierraFlow::onWdsi(const QString &line)
{
    if (isFinished())
        return;
    const WdsiEvent event = parseWdsi(line);
    if (!event.valid) {
        qCWarning(lcSierraOta) << "unreadable +WDSI line" << line;
        reportInPhase(tr("Unrecognised +WDSI indication"), line);
        return;
    }
    switch (event.kind) {
    case Wdsi::InstallRequest:
        if (m_committed) {
            reportInPhase(tr("The module asks again to install"), line);
            return;
        }
        onInstallRequest(line);
        return;
    case Wdsi::PackageCertified:
    case Wdsi::PackageNotCertified:
    case Wdsi::UpdateStarting:
    case Wdsi::UpdateFailed:
    case Wdsi::UpdateSucceeded:
        onInstallIndication(event, line);
        return;
    default:
        break;
    }
    if (!onIndication(event, line))
        reportInPhase(tr("Device services report %1").arg(event.vendorCode()), line);
}

void SierraFlow::onInstallIndication(const WdsiEvent &event, const QString &line)
{
    switch (event.kind) {
    case Wdsi::PackageCertified:
        if (m_committed)
            reportInPhase(tr("The module verified the package's signature"), line);
        else
            enterPhase(UpdatePhase::Verifying,
                       tr("The module verified the package's signature; waiting for the install request"),
                       m_options.packageCheck, line);
        return;
    case Wdsi::UpdateStarting:
        commit();
        m_verifying = false;
        enterPhase(UpdatePhase::Installing,
                   tr("The module installs the new firmware; it does not answer commands now. Never "
                      "power it off."),
                   m_options.install, line);
        return;
    case Wdsi::UpdateSucceeded:
        m_resultSeen = true;
        if (lastProgress().phase == UpdatePhase::Rebooting) {
            reportInPhase(tr("The module reports a successful update"), line);
            return; // read the firmware once the reconnection is announced
        }
        reportInPhase(tr("The module reports a successful update"), line);
        verify();
        return;
    default:
        break;
    }
    if (const auto failure = SierraErrors::forIndication(event)) {
        reportInPhase(failure->message, line);
        failWith(*failure);
    }
}

void SierraFlow::onDisconnected()
{
    if (isFinished())
        return;
    if (!m_committed) {
        onPortLostBeforeInstall();
        return;
    }
    m_verifying = false;
    enterPhase(UpdatePhase::Rebooting,
               tr("The module restarts into the new firmware; waiting for it to come back"),
               m_options.reboot);
}

void SierraFlow::onReconnected(const QString &portName)
{
    if (isFinished() || lastProgress().phase != UpdatePhase::Rebooting)
        return;
    if (!m_committed) {
        onBackBeforeInstall(portName);
        return;
    }
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1; waiting for the update result").arg(portName),
               m_options.confirmation);
    if (m_resultSeen)
        verify();
}

void SierraFlow::verify()
{
    if (m_verifying || isFinished())
        return;
    m_verifying = true;
    enterPhase(UpdatePhase::Verifying, tr("Reading the firmware version the module runs now"),
               m_options.confirmation);
    const ModuleDriver *driver = ModuleDriver::forFamily(Family::SierraHl78xx);
    const QString query = driver ? driver->firmwareQuery() : QStringLiteral("AT+CGMR");
    session()->send(AtCommand(query, m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) { onFirmwareRead(result); });
}

void SierraFlow::onFirmwareRead(const AtResult &result)
{
    if (isFinished() || !m_verifying)
        return;
    m_verifying = false;
    if (result.status == AtStatus::PortLost)
        return; // restarting again: onDisconnected() waits for it
    if (result.status == AtStatus::Timeout) {
        // A module that restarted its install after a power cut is frozen; the
        // +WDSI: 14 may have been printed before the port was open.
        enterPhase(UpdatePhase::Installing,
                   tr("The module does not answer; it may still be installing. Never power it off."),
                   m_options.install);
        return;
    }
    QString firmware = result.value(QStringLiteral("+CGMR:"));
    if (firmware.isEmpty())
        firmware = result.firstLine().trimmed();
    if (!result.ok() || firmware.isEmpty())
        firmware = session()->identity().firmware; // the prober's reading
    const QString expected = request().toVersion;
    if (firmware.isEmpty()) {
        fail(FailureReason::VersionMismatch, tr("The module's firmware version could not be read"),
             tr("Read it with AT+CGMR before trusting the update."));
        return;
    }
    if (!expected.isEmpty() && !sameVersion(firmware, expected)) {
        fail(FailureReason::VersionMismatch, tr("The module runs %1, expected %2").arg(firmware, expected),
             tr("The package may hold another version than its name says; check it before trying "
                "again."),
             firmware);
        return;
    }
    if (expected.isEmpty() && !m_firmwareBefore.isEmpty() && sameVersion(firmware, m_firmwareBefore)) {
        fail(FailureReason::VersionMismatch, tr("The module still runs %1").arg(firmware),
             tr("The update did not take; check the package's base version against the module's."),
             firmware);
        return;
    }
    finishVerified(firmware);
}

void SierraFlow::finishVerified(const QString &firmware)
{
    succeed(firmware);
}

bool SierraFlow::isCancellable() const
{
    return !isFinished() && !m_committed && lastProgress().phase != UpdatePhase::Installing;
}

void SierraFlow::cancel()
{
    if (isFinished())
        return;
    if (!isCancellable()) {
        if (session())
            session()->note(tr("cancel refused: the module installs the new firmware on its own now; "
                               "never power it off"));
        return;
    }
    stopBeforeInstall();
}

void SierraFlow::stopBeforeInstall()
{
    finishCancelled(tr("Cancelled; the module keeps its current firmware"));
}

void SierraFlow::onPortLostBeforeInstall()
{
    fail(FailureReason::PortLost, tr("The port went away before the install"),
         tr("Reconnect the module and start again; its firmware is unchanged."));
}

void SierraFlow::onWatchdog()
{
    switch (lastProgress().phase) {
    case UpdatePhase::Reconnected:
        // The result may have been printed before the port was open: the firmware tells.
        if (session())
            session()->note(tr("no +WDSI: 16 after the restart; reading the firmware version directly"));
        verify();
        return;
    case UpdatePhase::Installing:
        fail(FailureReason::Timeout,
             tr("The install did not end within %1 min").arg(m_options.install.count() / 60000.0, 0, 'g', 3),
             tr("Do not power the module off. Wait until it answers again, then read its firmware "
                "version (AT+CGMR) before anything else."));
        return;
    case UpdatePhase::Rebooting:
        fail(FailureReason::Timeout, tr("The module did not come back after its restart"),
             tr("Check the cable and the module's power without switching it off; once it is found "
                "again, read its firmware version (AT+CGMR)."));
        return;
    case UpdatePhase::Verifying:
        if (m_committed && !m_verifying) {
            fail(FailureReason::Timeout, tr("The module did not start the install"),
                 tr("Read the firmware version (AT+CGMR) and the +WDSI indications in the log, then "
                    "start again."));
            return;
        }
        break;
    default:
        break;
    }
    UpdateFlow::onWatchdog();
}
