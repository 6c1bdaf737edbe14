#pragma once

#include "jobrecord.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

class Store;

// One line of a job's event log: phase changes, prompts, warnings.
struct JobEvent
{
    qint64 jobId = 0;
    QString moduleId;
    QDateTime at;
    QString kind; // "phase", "prompt", "warning", "note"
    QString text; // never a secret
};

// Jobs, their steps and events in the store. Each call is one transaction:
// after a crash the database holds every call that returned true and nothing
// of the one that was running. Call from the store's writer thread; the
// reading calls work from any thread.
class JobStore
{
public:
    explicit JobStore(Store *store) : m_store(store) { }
    Store *store() const { return m_store; }

    // Inserts `job` as Running and fills in its id.
    bool createJob(JobRecord &job);
    // A job taken up again after an interruption: Running, one more attempt,
    // no outcome; its earlier steps stay.
    bool reopenJob(JobRecord &job);
    // One step change in one commit: writes the end of `ended`, adds
    // `events`, and inserts `started` (running; it becomes the job's last
    // step, its id filled in). A step's end is thereby on disk no later than
    // the start of the next, at the cost of one commit instead of three.
    bool recordSteps(qint64 jobId, const QList<StepRecord> &ended, StepRecord *started,
                     const QList<JobEvent> &events = {});
    // Writes the job's commit point (with the ends and events not yet
    // written), in one commit: called before the command goes to the module.
    bool recordCommit(qint64 jobId, const CommitPoint &point, const QDateTime &at,
                      const QList<StepRecord> &ended = {}, const QList<JobEvent> &events = {});
    // Inserts `step` (running) and makes it the job's last step, together.
    bool beginStep(qint64 jobId, StepRecord &step);
    // Writes the step's end, outcome, detail and figures.
    bool endStep(const StepRecord &step);
    bool addEvent(const JobEvent &event);
    bool setTranscriptPath(qint64 jobId, const QString &path);
    // Writes the job's final state and outcome, closes any step still running
    // (with `openStepOutcome`) and inserts `finalStep` (complete, e.g. the
    // record step) if given: all together or nothing.
    bool finishJob(const JobRecord &job, StepRecord *finalStep = nullptr,
                   const QString &openStepOutcome = QStringLiteral("interrupted"),
                   const QList<StepRecord> &endedSteps = {}, const QList<JobEvent> &events = {});

    // Who settles the jobs dead FotaDesk processes left Running.
    enum class Settling {
        // A FotaDesk that only shows them (fotadesk-cli jobs): it cannot
        // wait for a module or verify it, so it leaves the job without a
        // runner; the next FotaDesk that runs jobs takes it up (TakeUp).
        Observe,
        // A FotaDesk that takes them up (JobRecovery::scan): it records
        // itself as their runner, and takes up those an observer settled.
        TakeUp,
    };
    // Says what happened and what to do: fills in message and advice.
    using Describe = std::function<void(JobRecord &job, Settling how)>;
    // Every job left Running by a dead FotaDesk process (its runner lock is
    // stale, RunnerLock::State::Dead) becomes Interrupted at the step it
    // reached, its open step ended "interrupted", all in one transaction.
    // Jobs of this process, of a live runner or of an Unknown one (another
    // machine) stay as they are. Returns the jobs it settled (with TakeUp,
    // also those it took up), as written; none when the write failed.
    QList<JobRecord> settleDeadRunners(Settling how, const Describe &describe);

    std::optional<JobRecord> job(qint64 id) const;
    // Newest first, with their steps.
    QList<JobRecord> recentJobs(int limit = 100) const;
    QList<JobRecord> jobsInState(JobState state) const;
    // The newest job of one module, with its steps.
    std::optional<JobRecord> lastJobOf(const QString &moduleId) const;
    QList<JobEvent> events(qint64 jobId) const;

private:
    QList<JobRecord> query(const QString &where, const QVariantList &values, int limit) const;
    QList<StepRecord> stepsOf(qint64 jobId) const;

    Store *m_store;
};
