#include "jobrecovery.h"

#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobrunner.h"
#include "jobslog.h"
#include "jobsteps.h"
#include "modules/modulesession.h"

#include <QSet>

JobRecovery::JobRecovery(JobRunner *runner, QObject *parent)
    : QObject(parent), m_runner(runner)
{
}

QList<JobRecord> JobRecovery::settleDeadRunners(JobStore *store, JobStore::Settling how)
{
    return store->settleDeadRunners(how, [](JobRecord &job, JobStore::Settling by) {
        if (!JobSteps::mayBeBusy(job.lastStep, job.commitPoint)) {
            job.message = tr("FotaDesk stopped during step %1").arg(job.lastStep);
            job.advice = tr("Nothing was installed. Resume the job to start it again from its checks.");
            return;
        }
        if (!JobSteps::reachedInstall(job.lastStep))
            job.message = job.commitPoint.kind == CommitPoint::Kind::Download
                ? tr("FotaDesk stopped during step %1 after the module was told to download the package on its "
                     "own (%2); it may still be downloading or installing")
                      .arg(job.lastStep, job.commitPoint.command)
                : tr("FotaDesk stopped during step %1 after the module was told to install (%2); it may still "
                     "be installing")
                      .arg(job.lastStep, job.commitPoint.command);
        else
            job.message = tr("FotaDesk stopped while the module was at step %1; the module may still be "
                             "installing").arg(job.lastStep);
        job.advice = by == JobStore::Settling::TakeUp
            ? tr("Leave the module powered: FotaDesk verifies its firmware and restores its settings as soon "
                 "as it is back.")
            : tr("Leave the module powered: the next update on it, or the next start of FotaDesk, verifies "
                 "its firmware and restores its settings.");
    });
}

QList<JobRecord> JobRecovery::scan()
{
    JobStore *store = m_runner->context().store;
    // Only jobs whose FotaDesk died: another FotaDesk on this machine (or on
    // another machine sharing the store) may be running the others.
    const QList<JobRecord> found = settleDeadRunners(store, JobStore::Settling::TakeUp);
    QSet<qint64> foundIds;
    for (const JobRecord &job : found) {
        foundIds.insert(job.id);
        qCInfo(lcJobs).noquote() << "job" << job.id << "interrupted at" << job.lastStep;
    }
    // Jobs interrupted at the install lately (just now, or by the last
    // FotaDesk's orderly close) wait for their module; older ones are only
    // taken up when someone resumes them. Those found now wait the whole
    // time, even when fotadesk-cli jobs saw them interrupted long ago.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const JobRecord &job : store->jobsInState(JobState::Interrupted)) {
        if (!JobSteps::mayBeBusy(job.lastStep, job.commitPoint) || m_awaiting.contains(job.id) || !job.ended.isValid())
            continue;
        const qint64 left = m_waitLimit.count() - (foundIds.contains(job.id) ? 0 : job.ended.msecsTo(now));
        if (left <= 0)
            continue;
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        const qint64 id = job.id;
        connect(timer, &QTimer::timeout, this, [this, id] { expire(id); });
        timer->start(std::chrono::milliseconds(left));
        m_awaiting.insert(job.id, timer);
        qCInfo(lcJobs).noquote() << "job" << job.id << "waits for module" << job.moduleId;
    }
    if (!found.isEmpty())
        emit interruptedJobsFound(found);
    return found;
}

QList<JobRecord> JobRecovery::interruptedJobs(int limit) const
{
    QList<JobRecord> out = m_runner->context().store->jobsInState(JobState::Interrupted);
    if (limit > 0 && out.size() > limit)
        out.resize(limit);
    return out;
}

void JobRecovery::moduleAvailable(ModuleSession *session, const UpdateRequest &secrets)
{
    if (!session || m_awaiting.isEmpty())
        return;
    JobStore *store = m_runner->context().store;
    const QList<qint64> waiting = m_awaiting.keys();
    for (qint64 id : waiting) {
        const std::optional<JobRecord> job = store->job(id);
        if (!job || job->moduleId != session->id())
            continue;
        QString why;
        if (resume(id, session, secrets, {}, &why) == 0)
            qCWarning(lcJobs).noquote() << "job" << id << "cannot be recovered yet:" << why;
    }
}

qint64 JobRecovery::resume(qint64 jobId, ModuleSession *session, const UpdateRequest &secrets,
                           const JobOptions &options, QString *why)
{
    auto refuse = [why](const QString &reason) {
        if (why)
            *why = reason;
        return qint64(0);
    };
    const std::optional<JobRecord> stored = m_runner->context().store->job(jobId);
    if (!stored)
        return refuse(tr("job %1 is not in the store").arg(jobId));
    if (stored->state != JobState::Interrupted)
        return refuse(tr("job %1 is %2, not interrupted").arg(jobId).arg(jobStateDisplayName(stored->state)));
    if (!session || session->id() != stored->moduleId)
        return refuse(tr("job %1 belongs to module %2").arg(jobId).arg(stored->moduleId));
    const bool installing = JobSteps::mayBeBusy(stored->lastStep, stored->commitPoint);
    PackageInfo package;
    if (!stored->packageId.isEmpty()) {
        const std::optional<PackageInfo> found = m_packages ? m_packages(stored->packageId) : std::nullopt;
        if (found)
            package = *found;
        else if (!installing)
            return refuse(tr("the package of job %1 (%2) is no longer in the catalog")
                              .arg(jobId)
                              .arg(stored->packageName));
    }
    package.toVersion = package.toVersion.isEmpty() ? stored->toVersion : package.toVersion;
    UpdateRequest request = requestFromOptions(stored->options);
    request.simPin = secrets.simPin;
    request.apnPassword = secrets.apnPassword;
    if (!secrets.url.isEmpty())
        request.url = secrets.url;
    const qint64 id = m_runner->resume(session, *stored, package, request,
                                       installing ? UpdateJob::Mode::Recover : UpdateJob::Mode::Resume,
                                       options, why);
    if (id != 0) {
        if (QTimer *timer = m_awaiting.take(jobId))
            timer->deleteLater();
        emit recoveryStarted(jobId, stored->moduleId);
    }
    return id;
}

void JobRecovery::expire(qint64 jobId)
{
    if (QTimer *timer = m_awaiting.take(jobId))
        timer->deleteLater();
    std::optional<JobRecord> job = m_runner->context().store->job(jobId);
    if (!job || job->state != JobState::Interrupted)
        return;
    job->message = tr("The module did not come back after FotaDesk stopped during step %1").arg(job->lastStep);
    job->advice = tr("Check the module (power, cable); when it is back, resume the job to verify it.");
    m_runner->context().store->finishJob(*job, nullptr, QStringLiteral("interrupted"));
    emit waitExpired(*job);
}
