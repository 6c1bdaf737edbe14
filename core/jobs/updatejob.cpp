#include "updatejob.h"

#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobslog.h"
#include "jobsteps.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "modules/updateflow.h"
#include "settingsreader.h"
#include "settingsrestorer.h"
#include "transfer/packageserver.h"

namespace {

// Methods that carry the package's bytes from FotaDesk before the module
// installs anything: until their transfer ends, stopping it leaves the module
// on its firmware. A trigger (OTA, LwM2M) commits the module when it is sent.
bool deliversFirst(UpdateMethod method)
{
    return method == UpdateMethod::Xmodem || method == UpdateMethod::Cflw || method == UpdateMethod::HttpFs;
}

UpdateRequest withPackagePath(UpdateRequest request, const PackageInfo &package)
{
    if (request.packagePath.isEmpty())
        request.packagePath = package.path;
    return request;
}

} // namespace

UpdateJob::UpdateJob(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request,
                     const JobOptions &options, const JobContext &context, QObject *parent)
    : QObject(parent), m_session(session), m_package(package), m_request(request), m_options(options),
      m_context(context)
{
    if (!m_context.drivers)
        m_context.drivers = &ModuleDriver::forFamily;
    if (!m_context.profiles)
        m_context.profiles = [](Family f) { return SettingsProfile::forFamily(f); };
    const ModuleIdentity identity = session ? session->identity() : ModuleIdentity();
    m_driver = m_context.drivers(identity.family);
    m_record.moduleId = session ? session->id() : QString();
    m_record.imei = identity.imei;
    m_record.family = identity.family;
    m_record.model = identity.model;
    m_record.port = session ? session->portName() : QString();
    m_record.packageId = package.id();
    m_record.packageName = package.fileName();
    m_record.fromVersion = identity.firmware;
    m_record.toVersion = !request.toVersion.isEmpty() ? request.toVersion : package.targetVersion();
    m_record.method = m_driver ? m_driver->resolveMethod(withPackagePath(request, package)) : request.method;
    m_record.options = requestOptionsToJson(request);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &UpdateJob::flushRecords);
    m_reconnectWait.setSingleShot(true);
    connect(&m_reconnectWait, &QTimer::timeout, this, [this] {
        fail(FailureReason::PortLost, tr("The firmware was updated, but the module did not come back to have "
                                         "its settings restored"),
             tr("Reconnect the module and check its settings: they may be at their defaults."));
    });
    if (session)
        connect(session, &QObject::destroyed, this, &UpdateJob::sessionGone);
    if (m_context.store && !m_record.moduleId.isEmpty()) {
        // A job of this module that did not end well may have left it at its
        // transfer's rate (killed, unplugged mid-transfer): this one starts
        // by putting back the rate it found.
        if (const auto last = m_context.store->lastJobOf(m_record.moduleId); last && last->state != JobState::Succeeded)
            m_userRate = userRateOf(*last);
    }
}

qint32 UpdateJob::userRateOf(const JobRecord &job)
{
    const StepRecord *preflight = job.lastStepNamed(JobSteps::Preflight);
    return preflight ? preflight->figures.value(QStringLiteral("portRate")).toInt() : 0;
}

UpdateJob::UpdateJob(ModuleSession *session, const JobRecord &stored, const PackageInfo &package,
                     const UpdateRequest &request, Mode mode, const JobOptions &options,
                     const JobContext &context, QObject *parent)
    : UpdateJob(session, package, request, options, context, parent)
{
    m_mode = mode;
    const QString port = m_record.port;
    m_record = stored;
    m_record.port = port.isEmpty() ? stored.port : port;
    m_committed = mode == Mode::Recover; // the module was (or may be) downloading or installing
    m_userRate = userRateOf(stored);
    if (mode == Mode::Recover) {
        // The backup taken before the install is what the restore puts back.
        if (const StepRecord *backup = stored.lastStepNamed(JobSteps::Backup); backup && backup->outcome == QLatin1String("ok")) {
            m_backup = SettingsSnapshot::fromJson(backup->figures);
            m_haveBackup = !m_backup.isEmpty();
        }
    }
}

UpdateJob::~UpdateJob()
{
    if (m_stage != Stage::Done && m_stage != Stage::Idle)
        qCWarning(lcJobs) << "job" << id() << "destroyed while running";
    releaseModule();
}

QString UpdateJob::owner() const
{
    return QStringLiteral("job %1").arg(m_record.id);
}

bool UpdateJob::prepare()
{
    if (!m_context.store)
        return false;
    if (m_mode == Mode::Update)
        return m_context.store->createJob(m_record);
    return m_context.store->reopenJob(m_record);
}

void UpdateJob::setTranscriptPath(const QString &path)
{
    m_record.transcriptPath = path;
    if (m_context.store && m_record.id > 0 && !m_context.store->setTranscriptPath(m_record.id, path))
        storeFailed("its transcript's path");
}

void UpdateJob::start()
{
    if (m_stage != Stage::Idle)
        return;
    if (!m_session || !m_driver) {
        m_stage = Stage::Preflight;
        beginStep(JobSteps::Preflight);
        fail(m_session ? FailureReason::NotApplicable : FailureReason::PortLost,
             m_session ? tr("FotaDesk does not know how to update this module's family")
                       : tr("The module is gone"));
        return;
    }
    if (!m_request.simPin.isEmpty() && !ModuleSession::isValidSimPin(m_request.simPin)) {
        m_stage = Stage::Preflight;
        beginStep(JobSteps::Preflight);
        fail(FailureReason::SimLocked, tr("Refused: a SIM PIN is 4 to 8 digits"),
             tr("Nothing was sent to the module. Enter the SIM's PIN again."));
        return;
    }
    if (!m_request.simPin.isEmpty())
        m_session->setSimPin(m_request.simPin); // memory only; entered again after the reboot
    qCInfo(lcJobs).noquote() << owner() << "starts on" << m_record.moduleId << "mode" << int(m_mode);
    m_clock.start(answerWaitMs());
    if (m_mode == Mode::Recover) {
        if (!m_session->claim(owner())) {
            m_stage = Stage::Preflight;
            beginStep(JobSteps::Preflight);
            fail(FailureReason::NotApplicable, tr("Another job (%1) is updating this module").arg(m_session->owner()));
            return;
        }
        installGuard();
        returnToUserRate([this] { runFlow(); });
        return;
    }
    returnToUserRate([this] { runPreflight(); });
}

void UpdateJob::installGuard()
{
    QPointer<UpdateJob> self(this);
    const ModuleDriver *driver = m_driver;
    m_session->setGuard([self, driver](const QString &command) -> QString {
        if (!self || !driver || self->isFinished())
            return {};
        const UpdatePhase phase = self->phase();
        const QString why = driver->inhibitReason(command, phase);
        if (why.isEmpty())
            return {};
        return tr("%1 (job %2 is updating this module: %3)").arg(why).arg(self->id()).arg(phaseDisplayName(phase));
    });
}

void UpdateJob::releaseModule()
{
    if (!m_session)
        return;
    if (m_session->owner() == owner()) {
        m_session->setGuard({});
        m_session->unclaim(owner());
        if (!m_request.simPin.isEmpty())
            m_session->clearSimPin(); // the job's secret goes with the job
    }
    if (m_context.packageServer && !m_servedUrl.isEmpty())
        m_context.packageServer->unregisterPackage(m_servedUrl);
    m_servedUrl.clear();
}

bool UpdateJob::isCancellable() const
{
    if (m_stage == Stage::Done)
        return false;
    if (m_stage == Stage::Flow && m_flow)
        return m_flow->isCancellable();
    return true;
}

bool UpdateJob::cancel(QString *why)
{
    if (m_stage == Stage::Done)
        return false;
    if (!isCancellable()) {
        const QString reason = tr("the module is installing firmware; interrupting it now could leave it "
                                  "unusable, so the job cannot be cancelled until it has rebooted");
        if (why)
            *why = reason;
        event(QStringLiteral("note"), tr("cancel refused: %1").arg(reason));
        if (m_session)
            m_session->note(tr("cancel refused: %1").arg(reason));
        return false;
    }
    if (m_stage == Stage::Flow && m_flow) {
        m_flow->cancel(); // finishes through flowFinished() with Cancelled
        if (m_flow->isFinished())
            return true;
        if (m_flow->isRateRaised()) {
            // It stops its transfer and brings the line back to the module's
            // own rate first; the job ends when it has, or after a while.
            const quint64 generation = m_generation;
            QTimer::singleShot(kRaisedCancelGrace, this, [this, generation] {
                if (generation == m_generation)
                    fail(FailureReason::Cancelled, tr("Cancelled"));
            });
            return true;
        }
        fail(FailureReason::Cancelled, tr("Cancelled"));
        return true;
    }
    const bool afterInstall = m_stage == Stage::Restore || m_stage == Stage::SimPin;
    fail(FailureReason::Cancelled, tr("Cancelled"),
         afterInstall ? tr("The firmware was updated, but the module's settings were not (all) restored; "
                           "check them.")
                      : tr("Nothing was changed on the module."));
    return true;
}

void UpdateJob::abandon()
{
    if (m_stage == Stage::Done || m_stage == Stage::Idle)
        return;
    ++m_generation;
    m_reconnectWait.stop();
    if (m_flow)
        m_flow->disconnect(this);
    m_stage = Stage::Done;
    m_record.state = JobState::Interrupted;
    m_record.ended = QDateTime::currentDateTimeUtc();
    m_record.message = tr("FotaDesk was closed during step %1").arg(m_record.lastStep);
    m_record.advice = JobSteps::mayBeBusy(m_record.lastStep, m_record.commitPoint)
        ? tr("Leave the module powered: FotaDesk verifies it when it starts again.")
        : tr("Resume the job to start it again from its checks.");
    m_flush.stop();
    if (m_context.store
        && !m_context.store->finishJob(m_record, nullptr, QStringLiteral("interrupted"), m_unwrittenEnds, m_pendingEvents))
        storeFailed("its interruption"); // FotaDesk is closing: the log is all that is left
    m_unwrittenEnds.clear();
    m_pendingEvents.clear();
    qCInfo(lcJobs).noquote() << owner() << "interrupted at" << m_record.lastStep;
    blockSignals(true);
    releaseModule();
}

void UpdateJob::answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes)
{
    if (m_flow && m_stage == Stage::Flow)
        m_flow->answerPrompt(promptId, answer, deferMinutes);
}

void UpdateJob::beginStep(const QString &name, const QString &detail)
{
    m_step = {};
    m_step.name = name;
    m_step.detail = detail;
    m_step.started = QDateTime::currentDateTimeUtc();
    m_record.lastStep = name;
    m_step.outcome = QStringLiteral("running");
    m_flush.stop();
    // The previous step's end, the events since and this start: one commit.
    if (!m_context.store->recordSteps(m_record.id, m_unwrittenEnds, &m_step, m_pendingEvents))
        storeFailed("the start of a step");
    m_unwrittenEnds.clear();
    m_pendingEvents.clear();
    if (m_session)
        m_session->note(tr("step %1 started").arg(name));
    m_record.steps << m_step;
    emit stepStarted(m_step);
    if (!alive())
        return;
    const int order = JobSteps::order(name);
    if (!m_storeError.isEmpty() && !m_committed && order <= JobSteps::order(JobSteps::Transfer)) {
        // Nothing has been sent that changes the module: stop before the
        // transfer or trigger rather than update a module whose history (the
        // settings backup above all) is not on disk. Every caller checks
        // alive() after beginStep().
        fail(FailureReason::Internal, {});
        return;
    }
    const int transfer = JobSteps::order(JobSteps::Transfer);
    if (name != JobSteps::Record && (order > transfer || (order == transfer && !deliversFirst(m_record.method))))
        m_committed = true; // from here on nothing interrupts the module
}

void UpdateJob::endStep(const QString &outcome, const QString &detail, const QJsonObject &figures)
{
    if (m_step.id == 0 && m_step.name.isEmpty())
        return;
    m_step.ended = QDateTime::currentDateTimeUtc();
    m_step.outcome = outcome;
    if (!detail.isEmpty())
        m_step.detail = detail;
    QJsonObject f = figures;
    f.insert(QStringLiteral("durationMs"), m_step.started.msecsTo(m_step.ended));
    m_step.figures = f;
    m_unwrittenEnds << m_step;
    m_flush.start(0); // written with the next step's start, or on the next turn
    if (!m_record.steps.isEmpty())
        m_record.steps.last() = m_step;
    const StepRecord ended = m_step;
    m_step = {};
    emit stepFinished(ended);
}

void UpdateJob::skipStep(const QString &name, const QString &why)
{
    beginStep(name, why);
    endStep(QStringLiteral("skipped"), why);
}

void UpdateJob::event(const QString &kind, const QString &text)
{
    if (m_record.id <= 0)
        return;
    m_pendingEvents << JobEvent{m_record.id, m_record.moduleId, QDateTime::currentDateTimeUtc(), kind, text};
    if (!m_flush.isActive())
        m_flush.start(1000);
}

void UpdateJob::flushRecords()
{
    if (m_unwrittenEnds.isEmpty() && m_pendingEvents.isEmpty())
        return;
    if (!m_context.store->recordSteps(m_record.id, m_unwrittenEnds, nullptr, m_pendingEvents))
        storeFailed("its steps"); // acted on at the next step's start
    m_unwrittenEnds.clear();
    m_pendingEvents.clear();
    if (!m_storeError.isEmpty() && !m_committed && m_stage == Stage::Flow && m_flow && !m_flow->isFinished()
        && m_flow->isCancellable()) {
        // A delivery still under way: stopping it now leaves the module on
        // its firmware, better than an install whose history is not on disk.
        m_transferStopped = true;
        m_flow->cancel(); // ends through flowFinished()
    }
}

void UpdateJob::storeFailed(const char *what)
{
    const Store *store = m_context.store ? m_context.store->store() : nullptr;
    QString why = store ? store->errorString() : QString();
    if (why.isEmpty())
        why = tr("unknown error");
    qCWarning(lcJobs).noquote() << owner() << "could not record" << what << "-" << why;
    if (!m_storeError.isEmpty())
        return;
    m_storeError = why;
    if (m_session)
        m_session->note(tr("the history of %1 could not be written: %2").arg(owner(), why));
}

QString UpdateJob::recordCommit(const CommitPoint &point)
{
    if (!m_storeError.isEmpty() && !m_committed) {
        m_commitRefused = point; // the history already lacks something: never commit the module on top of it
        return m_storeError;
    }
    const QDateTime at = QDateTime::currentDateTimeUtc();
    QList<JobEvent> events = m_pendingEvents;
    events << JobEvent{m_record.id, m_record.moduleId, at, QStringLiteral("note"),
                       tr("commit point (%1): %2").arg(CommitPoint::kindId(point.kind), point.command)};
    // Synchronously, before the command goes out: a kill right after it
    // must find the module's commitment on disk.
    if (!m_context.store->recordCommit(m_record.id, point, at, m_unwrittenEnds, events)) {
        m_commitRefused = point;
        const Store *store = m_context.store->store();
        QString why = store ? store->errorString() : QString();
        storeFailed("the commit point");
        if (why.isEmpty())
            why = m_storeError;
        return why;
    }
    m_flush.stop();
    m_unwrittenEnds.clear();
    m_pendingEvents.clear();
    m_record.commitPoint = point;
    m_record.committed = at;
    m_committed = true;
    qCInfo(lcJobs).noquote() << owner() << "commit point" << CommitPoint::kindId(point.kind) << point.command;
    return {};
}

void UpdateJob::carryStoreFailure(JobState &state, UpdateOutcome &o) const
{
    if (m_storeError.isEmpty())
        return;
    QString left;
    if (m_commitRefused.isValid() && !m_record.commitPoint.isValid())
        left = tr("%1 was not sent, so the module was not told to update; it keeps its firmware %2")
                   .arg(m_commitRefused.command, m_record.fromVersion);
    else if (m_commitRefused.isValid())
        left = tr("%1 was not sent; the module was already told to update (%2), so check it")
                   .arg(m_commitRefused.command, m_record.commitPoint.command);
    else if (m_transferStopped)
        left = tr("the transfer was stopped before the install; the module keeps its firmware %1")
                   .arg(m_record.fromVersion);
    else if (!m_committed)
        left = o.message.isEmpty() || o.reason == FailureReason::Internal
            ? tr("nothing was changed on the module")
            : tr("nothing was changed on the module (%1)").arg(o.message);
    else if (state == JobState::Succeeded)
        left = tr("the module was updated and runs %1").arg(o.firmware);
    else
        left = tr("the module was left at step %1: %2").arg(m_record.lastStep, o.message);
    const Store *store = m_context.store ? m_context.store->store() : nullptr;
    const QString where = store ? store->location() : QString();
    o.message = tr("The history could not be written: %1; %2").arg(m_storeError, left);
    const bool untouched = m_commitRefused.isValid() && !m_record.commitPoint.isValid();
    o.advice = m_committed && !untouched
        ? tr("Check the module before anything else: read its firmware version and settings, since the "
             "stored history may lack the end of this job. Then make room for FotaDesk's history (%1).")
              .arg(where)
        : tr("Make room for FotaDesk's history (%1) or choose another store, then start the job again.")
              .arg(where);
    o.reason = FailureReason::History;
    o.vendorCode.clear();
    state = JobState::Failed;
}

void UpdateJob::say(const QString &message, UpdatePhase phase)
{
    UpdateProgress p;
    p.phase = phase;
    p.message = message;
    emit progress(p);
}

void UpdateJob::fail(FailureReason reason, const QString &message, const QString &advice,
                     const QString &vendorCode)
{
    UpdateOutcome o;
    o.reason = reason;
    o.message = message;
    o.advice = advice;
    o.vendorCode = vendorCode;
    o.firmware = m_session ? m_session->identity().firmware : QString();
    finish(reason == FailureReason::Cancelled ? JobState::Cancelled : JobState::Failed, o);
}

void UpdateJob::setPhase(UpdatePhase phase)
{
    m_phase = phase;
    m_clock.enterPhase(phase, answerWaitMs());
}

qint64 UpdateJob::answerWaitMs() const
{
    return m_session ? m_session->answerWaitMs() : 0;
}

void UpdateJob::finish(JobState givenState, const UpdateOutcome &givenOutcome)
{
    if (m_stage == Stage::Done)
        return;
    JobState state = givenState;
    UpdateOutcome outcome = givenOutcome;
    carryStoreFailure(state, outcome);
    ++m_generation;
    m_reconnectWait.stop();
    // Their answers may still be on the way; they go with the next turn.
    for (QObject *part : {static_cast<QObject *>(m_preflight), static_cast<QObject *>(m_reader),
                          static_cast<QObject *>(m_restorer)}) {
        if (part)
            part->deleteLater();
    }
    m_preflight = nullptr;
    m_reader = nullptr;
    m_restorer = nullptr;
    if (!m_step.name.isEmpty())
        endStep(state == JobState::Cancelled ? QStringLiteral("cancelled") : QStringLiteral("failed"),
                outcome.message);
    const JobState finalState = state;
    m_stage = Stage::Done;
    m_phase = finalState == JobState::Succeeded ? UpdatePhase::Verified
        : finalState == JobState::Cancelled    ? UpdatePhase::Cancelled
                                               : UpdatePhase::Failed;
    m_outcome = outcome;
    m_outcome.ok = finalState == JobState::Succeeded;
    m_record.state = finalState;
    m_record.reason = m_outcome.ok ? FailureReason::None : outcome.reason;
    m_record.message = outcome.message;
    m_record.advice = outcome.advice;
    m_record.firmwareAfter = outcome.firmware;
    m_record.ended = QDateTime::currentDateTimeUtc();
    if (m_flow) {
        const QJsonObject line = m_flow->rateFigures();
        m_clock.addWire(line.value(QStringLiteral("wireBytes")).toInteger(), line.value(QStringLiteral("baud")).toInt());
    }
    m_record.timing = m_clock.stop(answerWaitMs());
    if (!m_record.warnings.isEmpty() && m_outcome.ok)
        m_outcome.message = tr("%1 (with %n warning(s))", nullptr, int(m_record.warnings.size())).arg(outcome.message);

    // The record step and the job's end are written together.
    StepRecord record;
    record.name = JobSteps::Record;
    record.started = QDateTime::currentDateTimeUtc();
    record.ended = record.started;
    record.outcome = QStringLiteral("ok");
    record.figures = {{QStringLiteral("state"), jobStateId(finalState)},
                      {QStringLiteral("warnings"), int(m_record.warnings.size())}};
    m_record.lastStep = record.name;
    m_flush.stop();
    if (!m_context.store->finishJob(m_record, &record, QStringLiteral("ok"), m_unwrittenEnds, m_pendingEvents)
        && m_storeError.isEmpty()) {
        // Only the end could not be written: the job is over, but what the
        // CLI and GUI show must not claim a clean record.
        storeFailed("its end");
        JobState amendedState = finalState;
        UpdateOutcome amended = m_outcome;
        carryStoreFailure(amendedState, amended);
        m_outcome = amended;
        m_outcome.ok = false;
        m_phase = UpdatePhase::Failed;
        m_record.state = amendedState;
        m_record.reason = amended.reason;
        m_record.message = amended.message;
        m_record.advice = amended.advice;
        record.outcome = QStringLiteral("failed");
        record.detail = m_storeError;
    }
    m_unwrittenEnds.clear();
    m_pendingEvents.clear();
    m_record.steps << record;
    emit stepStarted(record);
    emit stepFinished(record);
    if (m_context.inventory && m_session && m_outcome.ok)
        m_context.inventory->saveDevice(m_session->identity(), m_session->portName());
    for (const QString &w : std::as_const(m_record.warnings))
        qCWarning(lcJobs).noquote() << owner() << "warning:" << w;
    qCInfo(lcJobs).noquote() << owner() << "ended" << jobStateId(m_record.state) << failureReasonId(m_record.reason)
                             << m_record.message;
    UpdateProgress last;
    last.phase = m_phase;
    last.percent = m_outcome.ok ? 100 : -1;
    last.message = m_outcome.advice.isEmpty() ? m_outcome.message
                                              : tr("%1. %2").arg(m_outcome.message, m_outcome.advice);
    last.rawLine = m_outcome.vendorCode;
    emit progress(last);
    releaseModule();
    emit finished(m_record);
}

void UpdateJob::sessionGone()
{
    if (m_stage == Stage::Done || m_stage == Stage::Idle)
        return;
    m_session = nullptr;
    if (m_flow && !m_flow->isFinished()) {
        // The flow's session pointer is gone too; it can only be abandoned.
        m_flow->disconnect(this);
    }
    fail(FailureReason::PortLost, tr("The module was removed from FotaDesk while its job ran"),
         tr("Reconnect it and read its firmware version before updating again."));
}

FamilyTimeouts UpdateJob::timeouts() const
{
    FamilyTimeouts t = m_driver ? m_driver->timeouts() : FamilyTimeouts();
    if (m_request.downloadTimeout.count() > 0)
        t.download = m_request.downloadTimeout;
    if (m_request.installTimeout.count() > 0)
        t.install = m_request.installTimeout;
    if (m_request.rebootTimeout.count() > 0)
        t.reboot = m_request.rebootTimeout;
    return t;
}

std::chrono::milliseconds UpdateJob::rebootLimit() const
{
    if (m_options.reconnectTimeout.count() > 0)
        return m_options.reconnectTimeout;
    if (m_request.rebootTimeout.count() > 0)
        return m_request.rebootTimeout;
    return m_driver ? m_driver->timeouts().reboot : std::chrono::minutes(2);
}
