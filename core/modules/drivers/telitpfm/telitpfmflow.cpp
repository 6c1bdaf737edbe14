#include "telitpfmflow.h"

#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "port/port.h"
#include "telitotalog.h"

#include <QDateTime>

Q_LOGGING_CATEGORY(lcTelitOta, "fotadesk.ota")

using namespace std::chrono_literals;

namespace {

bool sameVersion(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

TelitPfmFlow::Options TelitPfmFlow::defaultOptions(const UpdateRequest &request)
{
    return ModuleDriver::optionsFor<Options>(Family::TelitPfm, request);
}

TelitPfmFlow::Protocol TelitPfmFlow::protocolFor(const UpdateRequest &request)
{
    const bool number = !request.pfmServerNumber.trimmed().isEmpty();
    const bool address = !request.pfmServerAddress.trimmed().isEmpty();
    switch (request.pfmProtocol) {
    case PfmProtocol::Sms: return Protocol::Sms;
    case PfmProtocol::Combined: return Protocol::SmsTcpIp;
    case PfmProtocol::TcpIp: return Protocol::TcpIp;
    case PfmProtocol::Auto: break;
    }
    if (address)
        return number ? Protocol::SmsTcpIp : Protocol::TcpIp;
    return number ? Protocol::Sms : Protocol::Stored;
}

TelitPfmFlow::TelitPfmFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : TelitPfmFlow(session, request, defaultOptions(request), parent)
{
}

TelitPfmFlow::TelitPfmFlow(ModuleSession *session, const UpdateRequest &request,
                           const Options &options, QObject *parent)
    : UpdateFlow(session, request, parent), m_options(options), m_protocol(protocolFor(request))
{
    m_answerWindow.setSingleShot(true);
    connect(&m_answerWindow, &QTimer::timeout, this, &TelitPfmFlow::onRequestLapsed);
    // Whatever ends the flow, a question left on screen would be a lie.
    connect(this, &UpdateFlow::finished, this, [this] {
        m_answerWindow.stop();
        closePrompt();
    });
}

TelitPfmFlow::~TelitPfmFlow() = default;

void TelitPfmFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    connect(s, &ModuleSession::disconnected, this, &TelitPfmFlow::onDisconnected);
    connect(s, &ModuleSession::reconnected, this, &TelitPfmFlow::onReconnected);
    connect(s, &ModuleSession::simUnlockFailed, this, [this](const QString &why) {
        fail(FailureReason::SimLocked, tr("The SIM did not accept its PIN after the reboot"),
             tr("The new firmware may be installed already. Enter the right PIN (the SIM locks "
                "after three wrong ones), then read the firmware version."),
             why);
    });
    s->subscribe(QStringLiteral("#OTAEV:"), this, [this](const QString &line) { onEvent(line); });
    if (!request().simPin.isEmpty())
        s->setSimPin(request().simPin); // the session enters it when the module asks after the reboot
    m_firmwareBefore = s->identity().firmware;

    qCInfo(lcTelitOta) << "PFM update of" << s->id() << "protocol" << m_protocol;
    enterPhase(UpdatePhase::Preparing,
               tr("Checking the serial rate: with autobauding the events after the reboot are lost"));
    s->send(AtCommand(QStringLiteral("AT+IPR?"), m_options.command).asPrivileged(), this,
            [this](const AtResult &result) { onRateRead(result); });
}

void TelitPfmFlow::send(const QString &command, Step onOk)
{
    if (!session()) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    session()->send(AtCommand(command, m_options.command).asPrivileged(), this,
                    [this, onOk = std::move(onOk)](const AtResult &result) {
                        if (isFinished())
                            return;
                        if (!result.ok()) {
                            failCommand(result);
                            return;
                        }
                        onOk(result);
                    });
}

void TelitPfmFlow::failCommand(const AtResult &result)
{
    // result.command is masked already: the NAP password never reaches the outcome.
    switch (result.status) {
    case AtStatus::PortLost:
        fail(FailureReason::PortLost, tr("The port went away during %1").arg(result.command),
             tr("Reconnect the module and start again; its firmware is unchanged."));
        return;
    case AtStatus::Timeout:
        fail(FailureReason::Timeout, tr("The module did not answer %1").arg(result.command),
             tr("Check the cable and the serial rate, then start again."));
        return;
    default:
        fail(FailureReason::ModuleRefused,
             tr("The module refused %1 (%2)").arg(result.command, result.describe()),
             tr("Check that the firmware supports Premium FOTA Management (10.00.xx3/xx4, "
                "12.00.xx.2, 13.00.xx2 or later) and the server settings."),
             result.describe());
        return;
    }
}

void TelitPfmFlow::onRateRead(const AtResult &result)
{
    if (isFinished())
        return;
    if (result.status == AtStatus::PortLost || result.status == AtStatus::Timeout) {
        failCommand(result);
        return;
    }
    QString value = result.value(QStringLiteral("+IPR:"));
    if (value.isEmpty())
        value = result.firstLine().trimmed();
    bool known = false;
    const int rate = value.toInt(&known);
    if (result.ok() && known && rate > 0) {
        session()->note(tr("serial rate fixed at %1 already").arg(rate));
        ensureEvents();
        return;
    }
    AtChannel *channel = session() ? session()->channel() : nullptr;
    const qint32 inUse = channel && channel->port() ? channel->port()->baudRate() : 0;
    if (inUse <= 0) {
        fail(FailureReason::Internal, tr("The serial rate in use is not known"),
             tr("Open the port at a fixed rate and start again."));
        return;
    }
    // Fix the rate we talk at now, so the module keeps it across the reboot.
    send(QStringLiteral("AT+IPR=%1").arg(inUse), [this, inUse](const AtResult &) {
        session()->note(tr("serial rate fixed at %1 (it was on autobaud)").arg(inUse));
        ensureEvents();
    });
}

void TelitPfmFlow::ensureEvents()
{
    // #OTASUAN also switches the #OTAEV events; without them there is nothing to follow.
    // Its read form gives the switch as the first number ("#OTASUAN: 1").
    session()->send(AtCommand(QStringLiteral("AT#OTASUAN?"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) {
        if (isFinished())
            return;
        if (result.status == AtStatus::PortLost) {
            failCommand(result);
            return;
        }
        const QString value = result.value(QStringLiteral("#OTASUAN:")).section(u',', 0, 0).trimmed();
        if (!result.ok() || value != QLatin1String("0")) {
            configure();
            return;
        }
        // Action 0 with the event switch: no request is pending before we start.
        session()->send(AtCommand(QStringLiteral("AT#OTASUAN=0,1"), m_options.command).asPrivileged(),
                        this, [this](const AtResult &enable) {
            if (isFinished())
                return;
            if (enable.ok())
                session()->note(tr("#OTAEV events switched on"));
            else
                session()->note(tr("the #OTAEV events are off and could not be switched on (%1); "
                                   "progress may not be shown").arg(enable.describe()));
            configure();
        });
    });
}

void TelitPfmFlow::waitForServer(const QString &message, const QString &rawLine)
{
    enterPhase(UpdatePhase::WaitingForServer, message, m_options.serverWait, rawLine);
}

void TelitPfmFlow::onEvent(const QString &line)
{
    if (isFinished() || !m_started)
        return;
    const PfmEvent event = parsePfmEvent(line);
    qCDebug(lcTelitOta) << "event" << event << line;
    const UpdatePhase phase = lastProgress().phase;
    const bool beforeDownload = phase == UpdatePhase::Preparing || phase == UpdatePhase::Registering
        || phase == UpdatePhase::WaitingForServer;

    switch (event) {
    case PfmEvent::Registered:
        if (phase == UpdatePhase::Registering)
            registered(line);
        else
            reportInPhase(tr("Registered with the PFM server"), line);
        return;
    case PfmEvent::AutomaticUpgradeRequested:
        // The server decided alone: the module downloads and installs without
        // an answer, so recovery must know it may be busy from here.
        if (!noteCommit(CommitPoint::Kind::Download, line))
            return;
        if (beforeDownload)
            waitForServer(tr("The PFM server started an automatic upgrade"), line);
        else
            reportInPhase(tr("The PFM server started an automatic upgrade"), line);
        return;
    case PfmEvent::UpgradeQuestion:
        onUpgradeQuestion(line);
        return;
    case PfmEvent::DownloadStarted:
        if (!noteCommit(CommitPoint::Kind::Download, line))
            return;
        m_answerWindow.stop();
        m_requestOpen = false;
        closePrompt();
        enterPhase(UpdatePhase::Downloading, tr("The module downloads the new firmware"),
                   m_options.download, line);
        return;
    case PfmEvent::DownloadComplete:
        enterPhase(UpdatePhase::Downloaded, tr("Download complete"), {}, line);
        // From here the AT interface is frozen until the reboot: FotaDesk sends nothing.
        enterPhase(UpdatePhase::Installing,
                   tr("The module validates and flashes the new firmware; it does not answer "
                      "commands now. Never power it off."),
                   m_options.install, line);
        return;
    case PfmEvent::ModuleUpgraded:
        onModuleUpgraded(line);
        return;
    case PfmEvent::ServerNotified:
        m_notifiedSeen = true;
        reportInPhase(tr("The PFM server was notified of the upgrade"), line);
        if (!m_verifiedFirmware.isEmpty())
            finishVerified();
        return;
    case PfmEvent::UpgradeFailed:
        fail(FailureReason::InstallFailed, tr("The module reports that the OTA upgrade failed"),
             tr("The module keeps its current firmware. Check that the IMEI is on the PFM "
                "registration list with FOTA enabled and activated, the APN/NAP settings, the SIM "
                "and the coverage, then ask the server for the upgrade again. If the SIM was moved "
                "between registered modules, force a re-registration first."),
             line.trimmed());
        return;
    case PfmEvent::Notified:
        reportInPhase(tr("The module answered a PFM server query"), line);
        return;
    case PfmEvent::Unknown:
        qCWarning(lcTelitOta) << "unrecognised PFM event" << line;
        reportInPhase(tr("Unrecognised PFM event"), line);
        return;
    }
}

void TelitPfmFlow::onUpgradeQuestion(const QString &line)
{
    const UpdatePhase phase = lastProgress().phase;
    if (m_requestOpen || !(phase == UpdatePhase::Registering || phase == UpdatePhase::WaitingForServer
                           || phase == UpdatePhase::Preparing)) {
        reportInPhase(tr("The PFM server asks again for an upgrade"), line);
        return;
    }
    m_requestOpen = true;
    waitForServer(tr("The PFM server offers a firmware upgrade"), line);
    switch (request().policy) {
    case AgreementPolicy::Accept:
        acceptRequest();
        return;
    case AgreementPolicy::Ask: {
        UpdatePrompt prompt;
        prompt.id = QStringLiteral("telit-upgrade-%1").arg(++m_promptCount);
        prompt.kind = UpdatePrompt::Kind::TelitUpgradeRequest;
        prompt.text = tr("The PFM server offers a firmware upgrade for this module. Accept it? "
                         "Unanswered, the request lapses.");
        prompt.deadlineMsecs = QDateTime::currentMSecsSinceEpoch() + m_options.answerWindow.count();
        prompt.canDefer = false;
        m_promptId = prompt.id;
        m_answerWindow.start(m_options.answerWindow);
        session()->note(tr("asking the user; the request lapses in %1 s")
                            .arg(m_options.answerWindow.count() / 1000));
        emit promptRequested(prompt);
        return;
    }
    case AgreementPolicy::Defer:
        session()->note(tr("the upgrade request is left to lapse (policy)"));
        m_answerWindow.start(m_options.answerWindow);
        return;
    }
}

void TelitPfmFlow::acceptRequest()
{
    m_answerWindow.stop();
    // Accepted, the module downloads and installs with its server alone.
    if (!declareCommit(CommitPoint::Kind::Download, QStringLiteral("AT#OTASUAN=1")))
        return;
    sendAccept(1);
}

void TelitPfmFlow::sendAccept(int retries)
{
    session()->send(AtCommand(QStringLiteral("AT#OTASUAN=1"), m_options.command).asPrivileged(), this,
                    [this, retries](const AtResult &result) {
                        if (isFinished())
                            return;
                        // An ERROR may be the line's (a damaged command), not the
                        // module's: while the request is open, a second yes costs
                        // nothing, and a lapsed request refuses it again.
                        const bool refused = result.status == AtStatus::Error || result.status == AtStatus::CmeError;
                        if (refused && retries > 0) {
                            session()->note(tr("AT#OTASUAN=1 answered %1; answering the request again")
                                                .arg(result.describe()));
                            sendAccept(retries - 1);
                            return;
                        }
                        if (!result.ok()) {
                            failCommand(result);
                            return;
                        }
                        m_requestOpen = false;
                        if (lastProgress().phase == UpdatePhase::WaitingForServer)
                            waitForServer(tr("Upgrade accepted; waiting for the download to start"));
                    });
}

void TelitPfmFlow::answerPrompt(const QString &promptId, PromptAnswer answer, int)
{
    if (isFinished() || promptId.isEmpty() || promptId != m_promptId)
        return;
    closePrompt();
    if (answer == PromptAnswer::Accept) {
        acceptRequest();
        return;
    }
    // PFM has no "no": a declined request is one left to lapse.
    m_answerWindow.stop();
    m_requestOpen = false;
    waitForServer(tr("Upgrade declined: the request lapses; waiting for the server's next request"));
}

void TelitPfmFlow::onRequestLapsed()
{
    if (isFinished())
        return;
    m_requestOpen = false;
    closePrompt();
    waitForServer(tr("The upgrade request lapsed unanswered; waiting for the server's next request"));
}

void TelitPfmFlow::closePrompt()
{
    if (m_promptId.isEmpty())
        return;
    const QString id = std::exchange(m_promptId, QString());
    emit promptClosed(id);
}

void TelitPfmFlow::onDisconnected()
{
    if (isFinished())
        return;
    switch (lastProgress().phase) {
    case UpdatePhase::Downloading:
        // "Fw Download Complete" may have been lost: the module could be flashing.
    case UpdatePhase::Downloaded:
    case UpdatePhase::Installing:
    case UpdatePhase::Rebooting:
    case UpdatePhase::Reconnected:
    case UpdatePhase::Verifying:
        m_verifying = false;
        m_verifiedFirmware.clear(); // read again after this boot
        enterPhase(UpdatePhase::Rebooting,
                   tr("The module restarts into the new firmware; waiting for it to come back"),
                   m_options.reboot);
        return;
    default:
        fail(FailureReason::PortLost, tr("The port went away before the upgrade started"),
             tr("Reconnect the module and start again; its firmware is unchanged."));
        return;
    }
}

void TelitPfmFlow::onReconnected(const QString &portName)
{
    if (isFinished() || lastProgress().phase != UpdatePhase::Rebooting)
        return;
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1").arg(portName), m_options.confirmation);
    if (m_upgradedSeen)
        verifyFirmware();
    else
        readFirmwareEarly();
}

void TelitPfmFlow::readFirmwareEarly()
{
    // "Module Upgraded" may have come and gone unseen (a module that
    // restarted twice, a port opened late): a module already on the new
    // firmware verifies now. Anything else waits for the event, since a flash
    // resumed after a power cut still shows the old version, or nothing.
    session()->send(AtCommand(QStringLiteral("AT+CGMR"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) {
                        if (isFinished() || lastProgress().phase != UpdatePhase::Reconnected || m_verifying
                            || !m_verifiedFirmware.isEmpty() || !result.ok())
                            return;
                        QString firmware = result.value(QStringLiteral("+CGMR:"));
                        if (firmware.isEmpty())
                            firmware = result.firstLine().trimmed();
                        if (!isNewFirmware(firmware))
                            return;
                        session()->note(tr("already running %1; not waiting for \"Module Upgraded\"").arg(firmware));
                        checkFirmware(firmware);
                    });
}

bool TelitPfmFlow::isNewFirmware(const QString &firmware) const
{
    if (firmware.isEmpty())
        return false;
    const QString expected = request().toVersion;
    if (!expected.isEmpty())
        return sameVersion(firmware, expected);
    return !m_firmwareBefore.isEmpty() && !sameVersion(firmware, m_firmwareBefore);
}

void TelitPfmFlow::onModuleUpgraded(const QString &line)
{
    m_upgradedSeen = true;
    const UpdatePhase phase = lastProgress().phase;
    if (phase == UpdatePhase::Rebooting) {
        // Replayed from the prober before the session announces the reconnection.
        reportInPhase(tr("The module reports the new firmware"), line);
        return;
    }
    reportInPhase(tr("The module reports the new firmware"), line);
    verifyFirmware();
}

void TelitPfmFlow::verifyFirmware()
{
    if (m_verifying || !m_verifiedFirmware.isEmpty())
        return;
    m_verifying = true;
    enterPhase(UpdatePhase::Verifying, tr("Reading the firmware version the module runs now"),
               m_options.confirmation);
    session()->send(AtCommand(QStringLiteral("AT+CGMR"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) {
                        if (isFinished())
                            return;
                        m_verifying = false;
                        QString firmware = result.value(QStringLiteral("+CGMR:"));
                        if (firmware.isEmpty())
                            firmware = result.firstLine().trimmed();
                        if (!result.ok() || firmware.isEmpty())
                            firmware = session()->identity().firmware; // the prober's reading
                        checkFirmware(firmware);
                    });
}

void TelitPfmFlow::checkFirmware(const QString &firmware)
{
    const QString expected = request().toVersion;
    if (firmware.isEmpty()) {
        fail(FailureReason::VersionMismatch, tr("The module's firmware version could not be read"),
             tr("Read it with AT+CGMR before trusting the update."));
        return;
    }
    if (!expected.isEmpty() && !sameVersion(firmware, expected)) {
        fail(FailureReason::VersionMismatch, tr("The module runs %1, expected %2").arg(firmware, expected),
             tr("The PFM server may have sent another package; check the campaign on the server."),
             firmware);
        return;
    }
    if (expected.isEmpty() && !m_firmwareBefore.isEmpty() && sameVersion(firmware, m_firmwareBefore)) {
        fail(FailureReason::VersionMismatch, tr("The module still runs %1").arg(firmware),
             tr("The upgrade did not take; check the campaign on the PFM server."), firmware);
        return;
    }
    m_verifiedFirmware = firmware;
    if (m_notifiedSeen) {
        finishVerified();
        return;
    }
    enterPhase(UpdatePhase::Verifying,
               tr("Running %1; waiting for the module to notify the PFM server").arg(firmware),
               m_options.notification);
}

void TelitPfmFlow::finishVerified()
{
    const ModuleIdentity &id = session()->identity();
    if (!m_notifiedSeen && id.simNeedsPin() && !session()->hasSimPin()) {
        succeed(m_verifiedFirmware,
                tr("Verified: running %1. The SIM waits for its PIN; the PFM server is notified "
                   "once it is entered").arg(m_verifiedFirmware));
        return;
    }
    if (!m_notifiedSeen) {
        succeed(m_verifiedFirmware,
                tr("Verified: running %1 (the PFM server has not confirmed the notification yet)")
                    .arg(m_verifiedFirmware));
        return;
    }
    succeed(m_verifiedFirmware);
}

void TelitPfmFlow::onWatchdog()
{
    switch (lastProgress().phase) {
    case UpdatePhase::Registering:
        fail(FailureReason::Timeout, tr("The PFM server did not confirm the registration"),
             tr("Check the server number or address, the APN, that the SIM has SMS and data "
                "service, and that the IMEI is on the PFM registration list."));
        return;
    case UpdatePhase::WaitingForServer:
        fail(FailureReason::Timeout, tr("The PFM server offered no upgrade in time"),
             tr("Check that a campaign for this module's firmware is active on the PFM server, "
                "then start again."));
        return;
    case UpdatePhase::Reconnected:
        // The event may have been lost; the firmware itself tells.
        session()->note(tr("no \"Module Upgraded\" event; reading the firmware version directly"));
        verifyFirmware();
        return;
    case UpdatePhase::Verifying:
        if (!m_verifiedFirmware.isEmpty()) {
            finishVerified();
            return;
        }
        break;
    default:
        break;
    }
    UpdateFlow::onWatchdog();
}

bool TelitPfmFlow::isCancellable() const
{
    if (isFinished())
        return false;
    const UpdatePhase phase = lastProgress().phase;
    return phase == UpdatePhase::Preparing || phase == UpdatePhase::Registering
        || phase == UpdatePhase::WaitingForServer;
}

void TelitPfmFlow::cancel()
{
    if (isFinished())
        return;
    if (!isCancellable()) {
        session()->note(tr("cancel refused: the module downloads or installs on its own now; "
                           "never power it off"));
        return;
    }
    m_answerWindow.stop();
    finishCancelled(tr("Cancelled; the module keeps its current firmware"));
}
