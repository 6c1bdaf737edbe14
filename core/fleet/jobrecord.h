#pragma once

#include "jobtiming.h"
#include "modules/family.h"
#include "modules/updatetypes.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What the store keeps of an update job and its steps: the history view, the
// reports and crash recovery read these. Never holds secrets.
namespace JobNs {
Q_NAMESPACE
enum class JobState {
    Pending,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted, // FotaDesk stopped (crash, kill, power) while the job ran
};
Q_ENUM_NS(JobState)
} // namespace JobNs
using JobNs::JobState;

QString jobStateId(JobState state);          // "running", "succeeded", ...
bool isFinalJobState(JobState state);        // succeeded, failed, cancelled
QString jobStateDisplayName(JobState state); // translated
JobState jobStateFromId(const QString &id);

struct StepRecord
{
    qint64 id = 0;
    QString name;        // preflight, backup, transfer, install, reboot, verify, restore, sim-pin, record
    QDateTime started;
    QDateTime ended;     // invalid while running
    QString outcome;     // running, ok, failed, skipped, interrupted
    QString detail;      // translated text for people
    QJsonObject figures; // bytes, bytesPerSecond, durations, differences...
};

struct JobRecord
{
    qint64 id = 0;
    QString moduleId;    // ModuleIdentity::key()
    QString imei;
    Family family = Family::Unknown;
    QString model;
    QString port;
    QString packageId;   // sha256
    QString packageName;
    QString fromVersion; // firmware before
    QString toVersion;   // expected after
    QString firmwareAfter;
    UpdateMethod method = UpdateMethod::Auto;
    JobState state = JobState::Pending;
    QString lastStep;
    FailureReason reason = FailureReason::None;
    QString message;
    QString advice;
    QDateTime started;
    QDateTime ended;
    QString transcriptPath;
    QList<StepRecord> steps;
    QStringList warnings; // restore differences, settings that could not be restored...
    QJsonObject options;  // the request without secrets (method, url, APN...), to resume it
    int attempts = 1;     // 2 and more: resumed after an interruption
    QString runner;       // the FotaDesk process running it (RunnerLock id)
    // The last command after which the module may download or install on its
    // own, written before it was sent: from then on the module may be busy
    // whatever the step says, and the job is never "nothing was installed".
    CommitPoint commitPoint;
    QDateTime committed;  // when it was recorded
    JobTiming timing;     // set when the job ends

    qint64 durationMs() const;
    QJsonObject toJson() const;
    // The step named `name` reached last, or nullptr.
    const StepRecord *lastStepNamed(const QString &name) const;
};

// FailureReason as stored and printed in JSON: its enum key ("Timeout").
QString failureReasonId(FailureReason reason);
FailureReason failureReasonFromId(const QString &id);

Q_DECLARE_METATYPE(StepRecord)
Q_DECLARE_METATYPE(JobRecord)
