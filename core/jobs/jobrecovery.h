#pragma once

#include "updatejob.h"

#include "fleet/jobstore.h"
#include "modules/modulesession.h" // updatejob.h's inline session() needs it whole

#include <QHash>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>
#include <optional>

class JobRunner;

// What becomes of jobs a previous FotaDesk left running (crash, kill, power
// cut). At the start (and whenever the history is read) scan() marks each
// one whose process is gone (RunnerLock) Interrupted at the step it reached.
// Those that reached the install, or recorded a commit point (the module was
// told to download or install on its own), may have a module still busy: for a
// while (setWaitLimit) they wait for that module to come back
// (moduleAvailable()), and are then verified and have their settings
// restored under their own id.
// The others are offered for resume(), which runs them again from the
// preflight; nothing is ever started on a module without being asked.
class JobRecovery : public QObject
{
    Q_OBJECT

public:
    using PackageLookup = std::function<std::optional<PackageInfo>(const QString &packageId)>;

    JobRecovery(JobRunner *runner, QObject *parent = nullptr);

    // Finds a package by id when a job is resumed (the engine's catalog).
    void setPackageLookup(PackageLookup lookup) { m_packages = std::move(lookup); }
    // How long a job that reached the install waits for its module.
    void setWaitLimit(std::chrono::milliseconds limit) { m_waitLimit = limit; }

    // Marks the jobs left Running by a dead FotaDesk as Interrupted and takes
    // up those fotadesk-cli jobs settled since; returns them. Again at any
    // time: jobs of a FotaDesk that died since are found then.
    QList<JobRecord> scan();
    // The jobs dead FotaDesk processes left Running, settled Interrupted at
    // the step they reached with what happened and what to do (the one rule:
    // JobStore::settleDeadRunners). Observe: for a command that only shows
    // them; the next scan() still finds them.
    static QList<JobRecord> settleDeadRunners(JobStore *store, JobStore::Settling how = JobStore::Settling::Observe);
    // Interrupted jobs in the store, newest first.
    QList<JobRecord> interruptedJobs(int limit = 100) const;
    // Jobs whose module may be busy (install reached, or a commit point) and wait for it.
    QList<qint64> awaiting() const { return m_awaiting.keys(); }

    // Discovery found a module (again): a job waiting for it is taken up now.
    // `secrets`: what is never stored (the SIM PIN), when the caller has it.
    void moduleAvailable(ModuleSession *session, const UpdateRequest &secrets = {});
    // Takes up an interrupted job: verified and restored when it had reached
    // the install, run again from its preflight otherwise. 0 with the reason
    // when refused. The request carries what is never stored (SIM PIN, APN
    // password); the rest comes from the job.
    qint64 resume(qint64 jobId, ModuleSession *session, const UpdateRequest &secrets = {},
                  const JobOptions &options = {}, QString *why = nullptr);

signals:
    void interruptedJobsFound(const QList<JobRecord> &jobs);
    void recoveryStarted(qint64 jobId, const QString &moduleId);
    // A job that reached the install and whose module did not come back in time.
    void waitExpired(const JobRecord &job);

private:
    void expire(qint64 jobId);

    JobRunner *m_runner;
    PackageLookup m_packages;
    std::chrono::milliseconds m_waitLimit{std::chrono::minutes(20)};
    QHash<qint64, QTimer *> m_awaiting;
};
