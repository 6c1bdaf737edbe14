#include "cinterionlwm2mflow.h"

#include "atparams.h"
#include "cinterionotalog.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "sfdlevent.h"

CinterionLwm2mFlow::Options CinterionLwm2mFlow::defaultOptions(const UpdateRequest &request)
{
    return ModuleDriver::optionsFor<Options>(Family::Cinterion, request);
}

Lwm2mProfile CinterionLwm2mFlow::profileFromRequest(const UpdateRequest &request)
{
    Lwm2mProfile p;
    p.name = QStringLiteral("FotaDesk");
    p.cid = request.cid;
    p.serverUri = request.url;
    p.security = Lwm2mProfile::Security::None;
    return p;
}

CinterionLwm2mFlow::CinterionLwm2mFlow(ModuleSession *session, const UpdateRequest &request,
                                       const Lwm2mProfile &profile, QObject *parent)
    : CinterionLwm2mFlow(session, request, profile, defaultOptions(request), parent)
{
}

CinterionLwm2mFlow::CinterionLwm2mFlow(ModuleSession *session, const UpdateRequest &request,
                                       const Lwm2mProfile &profile, const Options &options,
                                       QObject *parent)
    : UpdateFlow(session, request, parent), m_profile(profile), m_options(options)
{
    m_poll.setInterval(m_options.poll);
    connect(&m_poll, &QTimer::timeout, this, &CinterionLwm2mFlow::readObject);
    connect(this, &UpdateFlow::finished, this, [this] { m_poll.stop(); });
}

CinterionLwm2mFlow::~CinterionLwm2mFlow() = default;

void CinterionLwm2mFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    if (const QString why = m_profile.validationError(); !why.isEmpty()) {
        fail(FailureReason::NotApplicable, why, tr("Correct the LwM2M profile and start again."));
        return;
    }
    s->subscribe(QStringLiteral("^SNLWM2M:"), this, [this](const QString &line) {
        if (const auto reading = Lwm2mFirmware::parseReading(line))
            onReading(reading->path, reading->value, line);
    });
    connect(s, &ModuleSession::urcReceived, this, [this](const QString &line) { onInstallLine(line); });
    connect(s, &ModuleSession::disconnected, this, &CinterionLwm2mFlow::onDisconnected);
    connect(s, &ModuleSession::reconnected, this, &CinterionLwm2mFlow::onReconnected);
    connect(s, &ModuleSession::simUnlockFailed, this, [this](const QString &why) {
        fail(FailureReason::SimLocked, tr("The SIM did not accept its PIN after the reboot"),
             tr("Enter the right PIN (the SIM locks after three wrong ones), then read the firmware "
                "version with ATI1."),
             why);
    });
    if (!request().simPin.isEmpty())
        s->setSimPin(request().simPin);
    m_firmwareBefore = s->identity().firmware;

    enterPhase(UpdatePhase::Preparing, tr("Writing the LwM2M profile %1").arg(m_profile.name));
    QStringList commands;
    if (!request().apn.isEmpty()) {
        QString apn = request().apn;
        apn.remove(u'"');
        commands << QStringLiteral("AT+CGDCONT=%1,\"IP\",\"%2\"").arg(m_profile.cid).arg(apn);
    }
    commands << m_profile.configurationCommands();
    const auto failed = [this](const AtResult &r) { failCommand(r); };
    sendInTurn(commands, m_options.command, [this, failed] {
        // A started client lets the LwM2M server write the package URI and
        // trigger the update (/5/0/2) without FotaDesk.
        if (!declareCommit(CommitPoint::Kind::Download, m_profile.startCommand()))
            return;
        enterPhase(UpdatePhase::Registering, tr("Starting the LwM2M client"), m_options.serverWait);
        sendInTurn({m_profile.startCommand()}, m_options.command, [this] {
            enterPhase(UpdatePhase::WaitingForServer,
                       tr("LwM2M client started; waiting for the server to update the firmware"),
                       m_options.serverWait);
            readObject();
            m_poll.start();
        }, failed);
    }, failed);
}

void CinterionLwm2mFlow::failCommand(const AtResult &result)
{
    // result.command is masked: the PSK key never reaches the outcome.
    switch (result.status) {
    case AtStatus::PortLost:
        fail(FailureReason::PortLost, tr("The port went away during %1").arg(result.command),
             tr("Reconnect the module and start again."));
        return;
    case AtStatus::Timeout:
        fail(FailureReason::Timeout, tr("The module did not answer %1").arg(result.command),
             tr("Check the cable and the serial rate, then start again."));
        return;
    default:
        fail(FailureReason::ModuleRefused,
             tr("The module refused %1 (%2)").arg(result.command, result.describe()),
             tr("Check that the firmware supports AT^SNLWM2M and the profile's values."),
             result.describe());
        return;
    }
}

void CinterionLwm2mFlow::readObject()
{
    const UpdatePhase phase = lastProgress().phase;
    // Never disturb a module that installs, nor one that is not there.
    if (isFinished() || m_reading || phase == UpdatePhase::Installing || phase == UpdatePhase::Rebooting)
        return;
    m_reading = true;
    auto readOne = [this](const QString &path, std::function<void(const QString &)> next) {
        session()->send(AtCommand(m_profile.readCommand(path), m_options.command).asPrivileged(), this,
                        [this, path, next](const AtResult &result) {
            if (isFinished())
                return;
            const UpdatePhase now = lastProgress().phase;
            if (now == UpdatePhase::Installing || now == UpdatePhase::Rebooting) {
                m_reading = false; // a reading from before the install began: stale
                return;
            }
            if (!result.ok()) {
                m_reading = false;
                if (result.status != AtStatus::PortLost) // the reboot is followed instead
                    failCommand(result);
                return;
            }
            QString raw;
            for (const QString &line : result.lines) {
                if (const auto reading = Lwm2mFirmware::parseReading(line); reading && reading->path == path) {
                    const int value = AtParams::number(reading->value).value_or(0); // unset: 0
                    (path.endsWith(QLatin1String("/3")) ? m_state : m_result) = value;
                    raw = line;
                }
            }
            next(raw);
        });
    };
    readOne(QStringLiteral("/5/0/3"), [this, readOne](const QString &stateLine) {
        readOne(QStringLiteral("/5/0/5"), [this, stateLine](const QString &resultLine) {
            m_reading = false;
            applyReadings(stateLine.isEmpty() ? resultLine : stateLine);
        });
    });
}

void CinterionLwm2mFlow::onReading(const QString &path, const QString &value, const QString &rawLine)
{
    if (isFinished() || !m_started)
        return;
    const int number = AtParams::number(value).value_or(0);
    if (path == QLatin1String("/5/0/3"))
        m_state = number;
    else if (path == QLatin1String("/5/0/5"))
        m_result = number;
    else
        return;
    applyReadings(rawLine);
}

void CinterionLwm2mFlow::applyReadings(const QString &rawLine)
{
    if (isFinished())
        return;
    emit firmwareObjectRead(m_state, m_result);
    const UpdatePhase phase = lastProgress().phase;
    const Lwm2mFirmware::Result result = Lwm2mFirmware::result(qMax(0, m_result));
    const QString vendor = QStringLiteral("/5/0/3=%1 /5/0/5=%2").arg(m_state).arg(m_result);

    if (phase == UpdatePhase::WaitingForServer && !m_earlierResult && !m_rebooted)
        m_earlierResult = m_result;
    const bool earlier = phase == UpdatePhase::WaitingForServer && !m_rebooted && m_earlierResult == m_result
        && m_state <= int(Lwm2mFirmware::State::Idle);
    if (result.reason != int(FailureReason::None) && !earlier) {
        fail(FailureReason(result.reason), tr("The firmware update failed: %1").arg(result.meaning),
             result.advice, vendor);
        return;
    }
    if (m_rebooted) {
        if (result.success)
            verify();
        return; // the result is not there yet; the confirmation watchdog runs
    }
    if (phase == UpdatePhase::Installing)
        return; // object 5 only goes forward until the reboot
    const QString status = tr("Firmware object: %1").arg(Lwm2mFirmware::stateName(qMax(0, m_state)));
    switch (Lwm2mFirmware::State(qMax(0, m_state))) {
    case Lwm2mFirmware::State::Idle:
        if (phase != UpdatePhase::WaitingForServer || lastProgress().rawLine != rawLine)
            reportInPhase(status, rawLine);
        return;
    case Lwm2mFirmware::State::Downloading:
        if (phase != UpdatePhase::Downloading)
            enterPhase(UpdatePhase::Downloading, status, m_options.download, rawLine);
        return;
    case Lwm2mFirmware::State::Downloaded:
        if (phase != UpdatePhase::Downloaded)
            enterPhase(UpdatePhase::Downloaded, status, m_options.serverWait, rawLine);
        return;
    case Lwm2mFirmware::State::Updating:
        m_poll.stop();
        enterPhase(UpdatePhase::Installing,
                   tr("The module installs the new firmware and restarts. Never power it off."),
                   m_options.install, rawLine);
        return;
    }
}

void CinterionLwm2mFlow::onInstallLine(const QString &line)
{
    // The server may download and execute the update between two readings
    // of object 5: the bootloader's own lines (as after AT^SFDL=2) tell.
    if (isFinished())
        return;
    const UpdatePhase phase = lastProgress().phase;
    if (phase != UpdatePhase::WaitingForServer && phase != UpdatePhase::Downloading
        && phase != UpdatePhase::Downloaded)
        return;
    if (!showsInstallRunning(parseSfdlEvent(line)))
        return;
    m_poll.stop();
    enterPhase(UpdatePhase::Installing, tr("The module installs the new firmware and restarts. Never power it off."),
               m_options.install, line);
}

void CinterionLwm2mFlow::onDisconnected()
{
    if (isFinished())
        return;
    m_poll.stop();
    m_reading = false;
    switch (lastProgress().phase) {
    case UpdatePhase::WaitingForServer:
        // The client runs: the server may have updated the module between
        // two readings, and this is its restart. The result after it tells.
    case UpdatePhase::Downloading:
    case UpdatePhase::Downloaded:
    case UpdatePhase::Installing:
    case UpdatePhase::Rebooting:
    case UpdatePhase::Reconnected:
    case UpdatePhase::Verifying:
        m_rebooted = true;
        enterPhase(UpdatePhase::Rebooting,
                   tr("The module restarts into the new firmware; waiting for it to come back"),
                   m_options.reboot);
        return;
    default:
        fail(FailureReason::PortLost, tr("The port went away before the update started"),
             tr("Reconnect the module and start again; its firmware is unchanged."));
        return;
    }
}

void CinterionLwm2mFlow::onReconnected(const QString &portName)
{
    if (isFinished() || lastProgress().phase != UpdatePhase::Rebooting)
        return;
    enterPhase(UpdatePhase::Reconnected, tr("Found again on %1").arg(portName), m_options.confirmation);
    readObject();
    m_poll.start();
}

void CinterionLwm2mFlow::verify()
{
    if (lastProgress().phase == UpdatePhase::Verifying)
        return;
    m_poll.stop();
    enterPhase(UpdatePhase::Verifying, tr("Reading the firmware revision"), m_options.confirmation);
    const ModuleDriver *driver = ModuleDriver::forFamily(Family::Cinterion);
    session()->send(AtCommand(driver ? driver->firmwareQuery() : QStringLiteral("ATI1"), m_options.command)
                        .asPrivileged(),
                    this, [this](const AtResult &result) {
        if (isFinished() || result.status == AtStatus::PortLost)
            return;
        CinterionRevision revision = parseAti1(result.lines);
        if (revision.isEmpty())
            revision.revision = session()->identity().firmware;
        const QString expected = request().toVersion;
        if (revision.isEmpty()) {
            fail(FailureReason::VersionMismatch, tr("The module's firmware revision could not be read"),
                 tr("Read it with ATI1 before trusting the update."), result.describe());
            return;
        }
        if (!expected.isEmpty() && !revision.matches(expected)) {
            fail(FailureReason::VersionMismatch,
                 tr("The module runs %1, expected %2").arg(revision.revision, expected),
                 tr("The LwM2M server may have sent another package; check its campaign."),
                 QStringLiteral("REVISION %1").arg(revision.revision));
            return;
        }
        if (expected.isEmpty() && !m_firmwareBefore.isEmpty() && revision.matches(m_firmwareBefore)) {
            fail(FailureReason::VersionMismatch, tr("The module still runs %1").arg(revision.revision),
                 tr("Object 5 reports success but the revision is unchanged; read ATI1 again after "
                    "the next restart."),
                 QStringLiteral("REVISION %1").arg(revision.revision));
            return;
        }
        succeed(revision.revision);
    });
}

bool CinterionLwm2mFlow::isCancellable() const
{
    if (isFinished())
        return false;
    const UpdatePhase phase = lastProgress().phase;
    return phase == UpdatePhase::Preparing || phase == UpdatePhase::Registering
        || phase == UpdatePhase::WaitingForServer;
}

void CinterionLwm2mFlow::onWatchdog()
{
    switch (lastProgress().phase) {
    case UpdatePhase::WaitingForServer:
        fail(FailureReason::Timeout, tr("The LwM2M server started no firmware update in time"),
             tr("Check the profile (server URI, security) and the campaign on the LwM2M server."));
        return;
    case UpdatePhase::Reconnected:
        fail(FailureReason::Timeout, tr("The module reported no update result after the reboot"),
             tr("Read object 5 (/5/0/5) and the firmware revision (ATI1) before trusting the update."));
        return;
    default:
        UpdateFlow::onWatchdog();
        return;
    }
}
