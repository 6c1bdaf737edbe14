#include "jobrunner.h"

#include "at/transcriptwriter.h"
#include "fleet/pathcomponent.h"
#include "jobslog.h"
#include "modules/modulesession.h"
#include "system/modemmanagerinhibitor.h"

#include <QDir>

JobRunner::JobRunner(const JobContext &context, QObject *parent)
    : QObject(parent), m_context(context)
{
}

JobRunner::~JobRunner()
{
    // Closing with jobs running: each is recorded Interrupted at its step, and
    // the next start verifies those that reached the install.
    for (UpdateJob *job : std::as_const(m_jobs)) {
        job->disconnect(this);
        job->abandon();
        releaseModemManager(job);
    }
}

qint64 JobRunner::start(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request,
                        const JobOptions &options, QString *refusal)
{
    if (!session) {
        if (refusal)
            *refusal = tr("no module");
        return 0;
    }
    return launch(new UpdateJob(session, package, request, options, m_context, this), refusal);
}

qint64 JobRunner::resume(ModuleSession *session, const JobRecord &stored, const PackageInfo &package,
                         const UpdateRequest &request, UpdateJob::Mode mode, const JobOptions &options,
                         QString *refusal)
{
    if (!session) {
        if (refusal)
            *refusal = tr("no module");
        return 0;
    }
    return launch(new UpdateJob(session, stored, package, request, mode, options, m_context, this), refusal);
}

qint64 JobRunner::launch(UpdateJob *job, QString *refusal)
{
    const QString moduleId = job->moduleId();
    if (UpdateJob *running = m_jobs.value(moduleId)) {
        if (refusal)
            *refusal = tr("job %1 is already updating this module").arg(running->id());
        delete job;
        return 0;
    }
    if (!job->prepare()) {
        if (refusal)
            *refusal = tr("the job cannot be recorded in the store");
        delete job;
        return 0;
    }
    m_jobs.insert(moduleId, job);
    if (!m_transcripts.isEmpty()) {
        const QString imei = job->record().imei.isEmpty() ? moduleId : job->record().imei;
        const QString path
            = QDir(m_transcripts).filePath(QStringLiteral("%1/%2.log").arg(pathComponentFor(imei)).arg(job->id()));
        auto *writer = new TranscriptWriter(job);
        if (writer->open(path)) {
            job->setTranscriptPath(path);
            connect(job->session(), &ModuleSession::traffic, writer, &TranscriptWriter::write);
            m_writers.insert(job, writer);
        } else {
            qCWarning(lcJobs) << "no transcript for job" << job->id() << ":" << writer->errorString();
        }
    }
    const qint64 id = job->id();
    connect(job, &UpdateJob::stepStarted, this, [this, job](const StepRecord &s) {
        emit stepChanged(job->moduleId(), job->id(), s);
    });
    connect(job, &UpdateJob::stepFinished, this, [this, job](const StepRecord &s) {
        emit stepChanged(job->moduleId(), job->id(), s);
    });
    connect(job, &UpdateJob::progress, this, [this, job](const UpdateProgress &p) {
        emit jobProgress(job->moduleId(), job->id(), p);
    });
    connect(job, &UpdateJob::promptRequested, this, [this, job](const UpdatePrompt &p) {
        emit promptRequested(job->moduleId(), p);
    });
    connect(job, &UpdateJob::promptClosed, this, [this, job](const QString &id) {
        emit promptClosed(job->moduleId(), id);
    });
    connect(job, &UpdateJob::finished, this, [this, job](const JobRecord &r) { jobEnded(job, r); });
    inhibitModemManager(job);
    emit jobStarted(id, moduleId);
    job->start();
    return id;
}

void JobRunner::jobEnded(UpdateJob *job, const JobRecord &record)
{
    const QString moduleId = job->moduleId();
    if (m_jobs.value(moduleId) == job)
        m_jobs.remove(moduleId);
    if (TranscriptWriter *writer = m_writers.take(job))
        writer->close();
    releaseModemManager(job); // succeeded, failed, cancelled alike
    emit jobFinished(moduleId, record);
    // Not deleted here: the job may still be inside its own emit.
    job->deleteLater();
    if (m_jobs.isEmpty())
        emit allFinished();
}

bool JobRunner::cancel(const QString &moduleId, QString *why)
{
    UpdateJob *job = m_jobs.value(moduleId);
    if (!job) {
        if (why)
            *why = tr("no job runs on this module");
        return false;
    }
    return job->cancel(why);
}

int JobRunner::cancelAll()
{
    int refused = 0;
    // cancel() may end a job at once, which changes m_jobs.
    const QList<UpdateJob *> running = m_jobs.values();
    for (UpdateJob *job : running) {
        if (!job->cancel())
            ++refused;
    }
    return refused;
}

void JobRunner::answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer, int deferMinutes)
{
    if (UpdateJob *job = m_jobs.value(moduleId))
        job->answerPrompt(promptId, answer, deferMinutes);
}

UpdateJob *JobRunner::jobFor(const QString &moduleId) const
{
    return m_jobs.value(moduleId);
}

QList<UpdateJob *> JobRunner::jobs() const
{
    return m_jobs.values();
}

// --- ModemManager: off the module's device while its job runs ---

void JobRunner::inhibitModemManager(UpdateJob *job)
{
    if (!m_context.modemManager)
        return;
    // By device: MM keeps off it across the module's reboots, whatever port
    // it comes back on.
    const QString port = job->session()->portName();
    m_inhibitedPorts.insert(job, port);
    const QString moduleId = job->moduleId();
    m_context.modemManager->inhibit(port, [self = QPointer<JobRunner>(this), moduleId](
                                              const ModemManagerInhibitor::Outcome &outcome) {
        // Absent, turned off or not managing the port: nothing to tell.
        if (self && outcome.result == ModemManagerInhibitor::Result::Refused)
            emit self->modemManagerRefused(moduleId, outcome.message);
    });
}

void JobRunner::releaseModemManager(UpdateJob *job)
{
    const QString port = m_inhibitedPorts.take(job);
    if (m_context.modemManager && !port.isEmpty())
        m_context.modemManager->release(port);
}
