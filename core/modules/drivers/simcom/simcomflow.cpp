// SimcomFlow's lifecycle: start, the serial rate, handing over to the
// method's delivery, URC and port routing, cancel and watchdogs. The install
// path the three methods share is in simcominstall.cpp.
#include "simcomflow.h"

#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "port/port.h"
#include "simcomerrors.h"
#include "simcomotalog.h"

Q_LOGGING_CATEGORY(lcSimcomOta, "fotadesk.ota.simcom")

SimcomFlow::Options SimcomFlow::defaultOptions(const UpdateRequest &request)
{
    return ModuleDriver::optionsFor<Options>(Family::SimcomSim7020, request);
}

SimcomFlow::SimcomFlow(ModuleSession *session, const UpdateRequest &request, const Options &options,
                       QObject *parent)
    : UpdateFlow(session, request, parent), m_options(options)
{
}

SimcomFlow::~SimcomFlow() = default;

bool SimcomFlow::isConnected() const
{
    return session() && session()->state() == ModuleSession::State::Connected;
}

void SimcomFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    m_stage = Stage::Preparing;
    enterPhase(UpdatePhase::Preparing, tr("Preparing the update"));
    if (!checkRequest())
        return;
    for (const char *prefix : {"+CFOTA:", "*MATREADY:", "+CHTTPNMIH:", "+CHTTPTOFSOK:", "+CHTTPTOFS:",
                               "+CHTTPERR:"})
        s->subscribe(QLatin1String(prefix), this, [this](const QString &line) { onUrc(line); });
    connect(s, &ModuleSession::disconnected, this, &SimcomFlow::onDisconnected);
    connect(s, &ModuleSession::reconnected, this, &SimcomFlow::onReconnected);
    connect(s, &ModuleSession::simUnlockFailed, this, [this](const QString &why) {
        fail(FailureReason::SimLocked, tr("The SIM did not accept its PIN after the restart"),
             tr("The new firmware may be installed already. Enter the right PIN (the SIM locks after "
                "three wrong ones), then read the firmware version with AT+CGMR."),
             why);
    });
    if (!request().simPin.isEmpty())
        s->setSimPin(request().simPin); // the session enters it when the module asks after the restart
    m_firmwareBefore = s->identity().firmware;
    qCInfo(lcSimcomOta) << "SIM7020 update of" << s->id() << "by" << methodId(request().method);

    reportInPhase(tr("Checking the serial rate: the SIM7020 reports its progress only at a fixed rate"));
    s->send(AtCommand(QStringLiteral("AT+IPR?"), m_options.command).asPrivileged(), this,
            [this](const AtResult &result) { onRateRead(result); });
}

void SimcomFlow::onRateRead(const AtResult &result)
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
        startDelivery();
        return;
    }
    AtChannel *channel = session()->channel();
    const qint32 inUse = channel && channel->port() ? channel->port()->baudRate() : 0;
    if (inUse <= 0) {
        fail(FailureReason::Internal, tr("The serial rate in use is not known"),
             tr("Open the port at a fixed rate and start again."));
        return;
    }
    // Fix the rate we talk at now, so the module keeps it across the restart.
    send(QStringLiteral("AT+IPR=%1").arg(inUse), m_options.command, [this, inUse](const AtResult &) {
        session()->note(tr("serial rate fixed at %1 (it was on autobaud)").arg(inUse));
        startDelivery();
    });
}

void SimcomFlow::startDelivery()
{
    m_stage = Stage::Delivering;
    deliver();
}

void SimcomFlow::send(const QString &command, std::chrono::milliseconds timeout, Step onOk)
{
    if (!session()) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    session()->send(AtCommand(command, timeout).asPrivileged(), this,
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

void SimcomFlow::failCommand(const AtResult &result)
{
    switch (result.status) {
    case AtStatus::PortLost:
        // The channel ends its replies just before it reports itself lost:
        // onDisconnected() decides then whether that is a failure. A command
        // sent with no channel at all gets no such report.
        if (!isConnected())
            onDisconnected();
        return;
    case AtStatus::Timeout:
        fail(FailureReason::Timeout, tr("The module did not answer %1").arg(result.command),
             tr("Check the cable and the serial rate, then start again."));
        return;
    default: {
        const SimcomError e = SimcomError::forCommand(result);
        fail(e.reason, e.message, e.advice, result.describe());
        return;
    }
    }
}

void SimcomFlow::onUrc(const QString &line)
{
    if (isFinished() || m_stage == Stage::Idle)
        return;
    if (lastProgress().phase == UpdatePhase::Rebooting) {
        // The prober replays what it saw while probing before the session
        // announces the reconnection; keep the order Reconnected, then these.
        m_bootLines << line;
        return;
    }
    if (m_stage == Stage::Preparing || m_stage == Stage::Delivering) {
        if (m_stage == Stage::Delivering)
            onDeliveryUrc(line);
        return;
    }
    onInstallUrc(line);
}

void SimcomFlow::onDisconnected()
{
    if (isFinished() || lastProgress().phase == UpdatePhase::Rebooting)
        return;
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Preparing:
        fail(FailureReason::PortLost, tr("The port went away before the update started"),
             tr("Reconnect the module and start again; its firmware is unchanged."));
        return;
    case Stage::Delivering:
        onPortLostWhileDelivering();
        return;
    case Stage::CheckingPackage:
    case Stage::Installing:
    case Stage::AwaitingBoot:
    case Stage::AwaitingResult:
    case Stage::Verifying:
        awaitInstallBoot();
        return;
    }
}

void SimcomFlow::onPortLostWhileDelivering()
{
    fail(FailureReason::PortLost, tr("The port went away before the install started"),
         tr("The module's firmware is unchanged. Reconnect it and start the update again."));
}

bool SimcomFlow::isCancellable() const
{
    if (isFinished())
        return false;
    switch (m_stage) {
    case Stage::Idle:
    case Stage::Preparing:
        return true;
    case Stage::Delivering:
        return deliveryCancellable();
    default:
        return false;
    }
}

void SimcomFlow::cancel()
{
    if (isFinished())
        return;
    if (!isCancellable()) {
        session()->note(m_stage == Stage::Delivering
                            ? tr("cancel refused: the module downloads the package on its own now and "
                                 "installs it afterwards; it cannot be stopped from here")
                            : tr("cancel refused: the module checks or installs the package now; never "
                                 "interrupt it"));
        return;
    }
    stopDelivery();
    finishCancelled(tr("Cancelled; the module keeps its current firmware"));
}

void SimcomFlow::onWatchdog()
{
    switch (m_stage) {
    case Stage::Delivering:
        onDeliveryWatchdog();
        return;
    case Stage::Installing:
        fail(FailureReason::Timeout,
             tr("The module did not restart within %1 s of starting the install").arg(m_options.install.count() / 1000),
             tr("It may still be installing: never power it off. Wait, then read its firmware "
                "version with AT+CGMR."));
        return;
    case Stage::AwaitingBoot:
        fail(FailureReason::Timeout,
             tr("The module did not come back within %1 s of its restart").arg(m_options.reboot.count() / 1000),
             tr("It may still be installing: never power it off. When it is back, FotaDesk finds it "
                "again; read its firmware version with AT+CGMR."));
        return;
    case Stage::AwaitingResult:
        // The result line may have been lost: the firmware itself tells.
        m_resultMissing = true;
        session()->note(tr("no update result reported; reading the firmware version directly"));
        verify();
        return;
    default:
        UpdateFlow::onWatchdog();
        return;
    }
}
