#pragma once

#include "updatetypes.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <memory>

#include "modulesession.h"
#include "transfer/rateswitch.h"


// One way of updating one module (a family's OTA client, a local XMODEM or CFLW
// upload...), from trigger to verified firmware, as a state machine over a
// ModuleSession. It survives the module's reboot because the session does.
// Preflight, settings backup/restore and recording belong to UpdateJob.
//
// Contract: start() once; progress() as it goes; promptRequested() when the
// module asks for an agreement and the policy is Ask; finished() exactly once.
class UpdateFlow : public QObject
{
    Q_OBJECT

public:
    // Writes a commit point where it survives a kill (the job's store), at
    // once; returns the error that kept it from being written, empty when it
    // is on disk.
    using CommitRecorder = std::function<QString(const CommitPoint &point)>;

    UpdateFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr);
    ~UpdateFlow() override;

    virtual void start() = 0;
    // Stops as safely as the protocol allows (e.g. AT^SNFOTA="act",0), then
    // finishes with Cancelled. During an install it refuses: nothing may
    // interrupt a module that is flashing.
    virtual void cancel();
    virtual void answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes = 0);
    // False while the module is flashing: then neither cancel nor power-off.
    virtual bool isCancellable() const;
    // The method's own figures for the record of the step that ends (the
    // AT+CFLW write size a SIM7020 took, ...); none by default.
    virtual QJsonObject stepFigures() const { return {}; }

    // A local transfer's serial rate for its step record: baud (the rate it
    // ran at), startBaud (the rate before), rateSwitchMs, wireBytes (what
    // crossed the line both ways while it transferred, framing included);
    // empty when the flow moved no bytes over the line.
    QJsonObject rateFigures() const;

    // The line runs at a rate raised for a transfer: a cancel or a failure
    // brings it back before finished().
    bool isRateRaised() const;

    // Set by the job before start(). Without one (a flow run outside a job)
    // there is no history that could be out of step with the module.
    void setCommitRecorder(CommitRecorder recorder) { m_commitRecorder = std::move(recorder); }
    // The strongest commit point declared so far (Kind::None before any).
    const CommitPoint &commitPoint() const { return m_commit; }

    bool isFinished() const { return m_finished; }
    const UpdateProgress &lastProgress() const { return m_progress; }
    ModuleSession *session() const { return m_session; }
    const UpdateRequest &request() const { return m_request; }

signals:
    void progress(const UpdateProgress &progress);
    void promptRequested(const UpdatePrompt &prompt);
    void promptClosed(const QString &promptId);
    void finished(const UpdateOutcome &outcome);

protected:
    // Enters `phase` (resetting its clock and watchdog when the phase changes)
    // and reports it. `limit` arms the phase watchdog (0: none).
    void enterPhase(UpdatePhase phase, const QString &message = {},
                    std::chrono::milliseconds limit = {}, const QString &rawLine = {});
    // Updates figures within the current phase.
    void reportProgress(UpdateProgress progress);
    // A new message (and the module's line behind it) within the current phase.
    void reportInPhase(const QString &message, const QString &rawLine = {});
    void fail(FailureReason reason, const QString &message, const QString &advice = {},
              const QString &vendorCode = {});
    void succeed(const QString &firmware, const QString &message = {});
    void finishCancelled(const QString &message = {});
    // Called when the phase watchdog expires; default: fail(Timeout).
    virtual void onWatchdog();
    // Sends `commands` one after another as the flow's own (privileged):
    // `done` after the last OK, `failed` with the first other result; nothing
    // once the flow has finished.
    void sendInTurn(QStringList commands, std::chrono::milliseconds timeout, std::function<void()> done,
                    std::function<void(const AtResult &)> failed);

    // Call right before sending `command`, after which the module may
    // download or install on its own: records the commit point and returns
    // true. When it cannot be recorded the flow fails (Internal, naming the
    // store's error) and returns false: the command must not be sent.
    // Declaring a kind already declared (a resumed download) costs nothing.
    [[nodiscard]] bool declareCommit(CommitPoint::Kind kind, const QString &command);
    // The module committed by itself (a server that started the download, seen
    // in `line`): recorded as declareCommit() does, since recovery must know the
    // module may be busy. Nothing can be held back, so a store that refuses it
    // only fails the flow, and the module goes on; returns whether it is on record.
    bool noteCommit(CommitPoint::Kind kind, const QString &line);

    // Before a local transfer: the module and the port step up to the
    // fastest of request().transferRates both hold (verified, with a fall-back
    // to the last good rate); `then` runs at that rate. The flow fails if the
    // module stops answering altogether.
    void raiseRate(std::function<void()> then);
    // After the transfer: both go back to the rate in use before raiseRate();
    // `then` runs after. A flow that finishes while raised does this before
    // finished() (when the module is still there).
    void lowerRate(std::function<void()> then);
    // A switch runs: nothing else may be sent to the module meanwhile.
    bool isSwitchingRate() const;

    std::chrono::milliseconds orDefault(std::chrono::milliseconds requested,
                                        std::chrono::milliseconds fallback) const
    {
        return requested.count() > 0 ? requested : fallback;
    }

private:
    QString recordCommit(CommitPoint::Kind kind, const QString &what);
    void tick();
    void end(const UpdateOutcome &outcome);
    void countWire(UpdatePhase next);
    RateSwitch *newRateSwitch(AtChannel *channel, std::function<void(const RateSwitch::Result &)> then);
    AtChannel *connectedChannel() const;
    qint32 portRate() const;

    QPointer<ModuleSession> m_session;
    UpdateRequest m_request;
    UpdateProgress m_progress;
    QElapsedTimer m_phaseClock;
    QTimer m_watchdog;
    QTimer m_ticker; // re-reports elapsed time against the watchdog once a second
    bool m_finished = false;
    CommitRecorder m_commitRecorder;
    CommitPoint m_commit;
    RateSwitch *m_rateSwitch = nullptr; // the running or last switch
    qint32 m_homeRate = 0;     // the rate before raiseRate(); 0: never raised
    qint32 m_transferRate = 0; // the rate the transfer ran at
    qint64 m_rateSwitchMs = 0;
    quint64 m_wireMark = 0;    // the channel's bytes when the transfer phase began
    qint64 m_wireBytes = 0;
};
