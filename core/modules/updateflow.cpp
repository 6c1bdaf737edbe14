#include "updateflow.h"

#include "modulesession.h"
#include "port/port.h"
#include "transfer/rateswitch.h"

UpdateFlow::UpdateFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : QObject(parent), m_session(session), m_request(request)
{
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, &UpdateFlow::onWatchdog);
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &UpdateFlow::tick);
    m_phaseClock.start();
}

UpdateFlow::~UpdateFlow() = default;

void UpdateFlow::cancel()
{
    if (m_finished)
        return;
    if (!isCancellable()) {
        if (m_session)
            m_session->note(tr("cancel refused: the module is installing; never interrupt it now"));
        return;
    }
    finishCancelled();
}

void UpdateFlow::answerPrompt(const QString &, PromptAnswer, int)
{
}

bool UpdateFlow::isCancellable() const
{
    return !m_finished && m_progress.phase != UpdatePhase::Installing && m_commit.kind != CommitPoint::Kind::Install;
}

void UpdateFlow::enterPhase(UpdatePhase phase, const QString &message,
                            std::chrono::milliseconds limit, const QString &rawLine)
{
    if (m_finished)
        return;
    if (phase != m_progress.phase || limit.count() > 0) {
        m_phaseClock.restart();
        m_watchdog.stop();
        if (limit.count() > 0)
            m_watchdog.start(limit);
    }
    UpdateProgress p;
    p.phase = phase;
    p.limitMs = limit.count() > 0 ? limit.count() : (phase == m_progress.phase ? m_progress.limitMs : 0);
    p.message = message.isEmpty() ? phaseDisplayName(phase) : message;
    p.rawLine = rawLine;
    if (p.limitMs > 0)
        m_ticker.start();
    else
        m_ticker.stop();
    reportProgress(p);
}

void UpdateFlow::reportInPhase(const QString &message, const QString &rawLine)
{
    UpdateProgress p = m_progress;
    p.message = message;
    p.rawLine = rawLine;
    reportProgress(p);
}

void UpdateFlow::reportProgress(UpdateProgress progress)
{
    if (m_finished)
        return;
    progress.elapsedMs = m_phaseClock.elapsed();
    if (progress.phase != m_progress.phase)
        countWire(progress.phase);
    if (progress.phase == UpdatePhase::Transferring)
        progress.baud = portRate();
    if (progress.limitMs == 0 && progress.phase == m_progress.phase)
        progress.limitMs = m_progress.limitMs;
    m_progress = progress;
    if (m_session && !progress.message.isEmpty())
        m_session->note(progress.percent >= 0
                            ? QStringLiteral("%1 (%2 %)").arg(progress.message).arg(progress.percent)
                            : progress.message);
    emit this->progress(m_progress);
}

void UpdateFlow::tick()
{
    if (m_finished)
        return;
    m_progress.elapsedMs = m_phaseClock.elapsed();
    emit progress(m_progress); // no note: the log gets phases, not clock ticks
}

void UpdateFlow::fail(FailureReason reason, const QString &message, const QString &advice,
                      const QString &vendorCode)
{
    if (m_finished)
        return;
    UpdateOutcome outcome;
    outcome.ok = false;
    outcome.reason = reason;
    outcome.message = message;
    outcome.advice = advice;
    outcome.vendorCode = vendorCode;
    if (m_session)
        outcome.firmware = m_session->identity().firmware;
    UpdateProgress p;
    p.phase = reason == FailureReason::Cancelled ? UpdatePhase::Cancelled : UpdatePhase::Failed;
    p.message = advice.isEmpty() ? message : tr("%1. %2").arg(message, advice);
    p.rawLine = vendorCode;
    reportProgress(p);
    end(outcome);
}

void UpdateFlow::succeed(const QString &firmware, const QString &message)
{
    if (m_finished)
        return;
    UpdateProgress p;
    p.phase = UpdatePhase::Verified;
    p.percent = 100;
    p.message = message.isEmpty() ? tr("Verified: running %1").arg(firmware) : message;
    reportProgress(p);
    UpdateOutcome outcome;
    outcome.ok = true;
    outcome.message = p.message;
    outcome.firmware = firmware;
    end(outcome);
}

void UpdateFlow::end(const UpdateOutcome &outcome)
{
    m_finished = true;
    m_watchdog.stop();
    m_ticker.stop();
    if (!isRateRaised()) {
        emit finished(outcome);
        return;
    }
    // Failed or cancelled mid-transfer: the user gets the module back at its
    // own rate before the job ends.
    lowerRate([this, outcome] { emit finished(outcome); });
}

AtChannel *UpdateFlow::connectedChannel() const
{
    AtChannel *channel = m_session ? m_session->channel() : nullptr;
    return channel && channel->isConnected() && channel->port() ? channel : nullptr;
}

qint32 UpdateFlow::portRate() const
{
    AtChannel *channel = connectedChannel();
    return channel ? channel->port()->baudRate() : 0;
}

void UpdateFlow::countWire(UpdatePhase next)
{
    // The channel also after its port went: what crossed the line still counts.
    const AtChannel *channel = m_session ? m_session->channel() : nullptr;
    const quint64 carried = channel ? channel->bytesCarried() : 0;
    if (next == UpdatePhase::Transferring)
        m_wireMark = carried;
    else if (m_progress.phase == UpdatePhase::Transferring && carried >= m_wireMark)
        m_wireBytes += qint64(carried - m_wireMark);
}

bool UpdateFlow::isRateRaised() const
{
    return m_homeRate > 0 && portRate() != m_homeRate;
}

bool UpdateFlow::isSwitchingRate() const
{
    return m_rateSwitch && m_rateSwitch->isRunning();
}

void UpdateFlow::raiseRate(std::function<void()> then)
{
    if (m_finished)
        return;
    AtChannel *channel = connectedChannel();
    if (!channel || m_request.transferRates.isEmpty()) {
        m_transferRate = portRate();
        then();
        return;
    }
    m_homeRate = channel->port()->baudRate();
    reportInPhase(tr("Moving the serial line to a faster rate for the transfer"));
    newRateSwitch(channel, [this, then = std::move(then)](const RateSwitch::Result &r) {
        if (m_finished)
            return;
        if (!r.ok) {
            fail(FailureReason::PortLost, r.message,
                 tr("Nothing was sent yet and the firmware is unchanged. Power the module off and on, "
                    "lower the maximum transfer rate (Settings, or --max-rate), and start again."));
            return;
        }
        m_transferRate = r.rate;
        reportInPhase(r.message.isEmpty() ? tr("The transfer runs at %1 baud").arg(r.rate) : r.message);
        then();
    });
    m_rateSwitch->raise(m_request.transferRates);
}

RateSwitch *UpdateFlow::newRateSwitch(AtChannel *channel, std::function<void(const RateSwitch::Result &)> then)
{
    // The last switch may be the one whose finished() got us here.
    if (m_rateSwitch)
        m_rateSwitch->deleteLater();
    m_rateSwitch = new RateSwitch(channel, this);
    connect(m_rateSwitch, &RateSwitch::finished, this, [this, then = std::move(then)](const RateSwitch::Result &r) {
        // Every switch, up or down: its cost, its steps in the module's log,
        // and the rate discovery looks at first should the module come back.
        m_rateSwitchMs += r.elapsedMs;
        if (m_session) {
            for (const QString &n : r.notes)
                m_session->note(n);
            m_session->noteLineRate(r.rate);
        }
        then(r);
    });
    return m_rateSwitch;
}

void UpdateFlow::lowerRate(std::function<void()> then)
{
    AtChannel *channel = connectedChannel();
    if (m_homeRate <= 0 || !channel || channel->port()->baudRate() == m_homeRate) {
        then();
        return;
    }
    if (m_session)
        m_session->note(tr("serial rate back to %1 baud").arg(m_homeRate));
    newRateSwitch(channel, [this, then = std::move(then)](const RateSwitch::Result &r) {
        if (m_session && r.rate != m_homeRate)
            m_session->note(tr("the module stays at %1 baud, not its own %2: %3")
                                .arg(r.rate).arg(m_homeRate).arg(r.message));
        if (!r.ok && !m_finished) {
            fail(FailureReason::PortLost, r.message,
                 tr("The package was sent. Power the module off and on and find it again at %1 or %2 "
                    "baud; then read its firmware version.").arg(m_transferRate).arg(m_homeRate));
            return;
        }
        then();
    });
    m_rateSwitch->moveTo(m_homeRate);
}

QJsonObject UpdateFlow::rateFigures() const
{
    if (m_transferRate <= 0)
        return {};
    QJsonObject figures{{QStringLiteral("baud"), m_transferRate}};
    if (m_wireBytes > 0)
        figures.insert(QStringLiteral("wireBytes"), m_wireBytes);
    if (m_homeRate > 0) {
        figures.insert(QStringLiteral("startBaud"), m_homeRate);
        figures.insert(QStringLiteral("rateSwitchMs"), m_rateSwitchMs);
    }
    return figures;
}

void UpdateFlow::finishCancelled(const QString &message)
{
    fail(FailureReason::Cancelled, message.isEmpty() ? tr("Cancelled") : message);
}

void UpdateFlow::onWatchdog()
{
    fail(FailureReason::Timeout,
         tr("%1 did not finish within %2 s").arg(phaseDisplayName(m_progress.phase)).arg(m_progress.limitMs / 1000),
         tr("Check the module's log; it may still be working. Reconnect it and read its firmware "
            "version before trying again."));
}

bool UpdateFlow::declareCommit(CommitPoint::Kind kind, const QString &command)
{
    const QString error = recordCommit(kind, command);
    if (error.isEmpty())
        return !m_finished;
    fail(FailureReason::History, tr("The history could not be written: %1; %2 was not sent").arg(error, command),
         tr("The module was left as it was. Make room for FotaDesk's history, then start again."));
    return false;
}

bool UpdateFlow::noteCommit(CommitPoint::Kind kind, const QString &line)
{
    const QString error = recordCommit(kind, line.trimmed());
    if (error.isEmpty())
        return !m_finished;
    fail(FailureReason::History, tr("The history could not be written: %1").arg(error),
         tr("The module updates on its own now (%1): leave it powered and connected, then read its "
            "firmware version. Make room for FotaDesk's history before the next update.")
             .arg(line.trimmed()));
    return false;
}

QString UpdateFlow::recordCommit(CommitPoint::Kind kind, const QString &what)
{
    if (m_finished || int(kind) <= int(m_commit.kind))
        return {}; // already on record: a download that resumes, an install asked again
    const CommitPoint point{kind, what};
    if (const QString error = m_commitRecorder ? m_commitRecorder(point) : QString(); !error.isEmpty())
        return error;
    m_commit = point;
    if (m_session)
        m_session->note(tr("commit point recorded (%1): %2").arg(CommitPoint::kindId(kind), what));
    return {};
}

void UpdateFlow::sendInTurn(QStringList commands, std::chrono::milliseconds timeout, std::function<void()> done,
                            std::function<void(const AtResult &)> failed)
{
    if (isFinished())
        return;
    if (commands.isEmpty()) {
        done();
        return;
    }
    const QString first = commands.takeFirst();
    m_session->send(AtCommand(first, timeout).asPrivileged(), this,
                    [this, commands, timeout, done = std::move(done), failed = std::move(failed)](
                        const AtResult &result) {
                        if (isFinished())
                            return;
                        if (!result.ok())
                            failed(result);
                        else
                            sendInTurn(commands, timeout, done, failed);
                    });
}
