#pragma once

#include "updatejob.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class TranscriptWriter;

// Runs many update jobs at once, at most one per module, each on its own
// (a job that fails, hangs or loses its module never holds up another: they
// share nothing but the event loop and the store). Gives every job a
// transcript file, <transcripts>/<imei>/<job id>.log, fed from its module's
// traffic, and forwards each job's signals with the module it belongs to.
// Destroy it before the store closes: jobs still running are then recorded
// Interrupted (UpdateJob::abandon()). With context.modemManager, ModemManager
// lets go of each job's device from its start to its end (whatever the
// outcome), so the GUI and the CLI hold it the same way.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    explicit JobRunner(const JobContext &context, QObject *parent = nullptr);
    ~JobRunner() override;

    // <data folder>/transcripts; empty: no transcripts.
    void setTranscriptFolder(const QString &folder) { m_transcripts = folder; }
    QString transcriptFolder() const { return m_transcripts; }
    const JobContext &context() const { return m_context; }

    // Starts a job; 0 with the reason when refused before it began (another
    // job runs on the module, the store cannot be written). Refusals found
    // by the preflight end a started job and are recorded.
    qint64 start(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request = {},
                 const JobOptions &options = {}, QString *refusal = nullptr);
    // Takes up a stored job again (see UpdateJob::Mode).
    qint64 resume(ModuleSession *session, const JobRecord &stored, const PackageInfo &package,
                  const UpdateRequest &request, UpdateJob::Mode mode, const JobOptions &options = {},
                  QString *refusal = nullptr);

    // False with the reason when refused (the module is installing).
    bool cancel(const QString &moduleId, QString *why = nullptr);
    // Cancels every job that can be; returns how many could not (installing).
    int cancelAll();
    void answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer, int deferMinutes = 0);

    UpdateJob *jobFor(const QString &moduleId) const;
    QList<UpdateJob *> jobs() const;
    int activeCount() const { return int(m_jobs.size()); }

signals:
    void jobStarted(qint64 jobId, const QString &moduleId);
    void stepChanged(const QString &moduleId, qint64 jobId, const StepRecord &step);
    void jobProgress(const QString &moduleId, qint64 jobId, const UpdateProgress &progress);
    void promptRequested(const QString &moduleId, const UpdatePrompt &prompt);
    void promptClosed(const QString &moduleId, const QString &promptId);
    void jobFinished(const QString &moduleId, const JobRecord &record);
    void allFinished();
    // ModemManager would not let go of the module (told once per job, with
    // what to do); the job runs on regardless.
    void modemManagerRefused(const QString &moduleId, const QString &message);

private:
    qint64 launch(UpdateJob *job, QString *refusal);
    void jobEnded(UpdateJob *job, const JobRecord &record);
    void inhibitModemManager(UpdateJob *job);
    void releaseModemManager(UpdateJob *job);

    JobContext m_context;
    QString m_transcripts;
    QHash<QString, UpdateJob *> m_jobs; // by module id
    QHash<UpdateJob *, TranscriptWriter *> m_writers;
    QHash<UpdateJob *, QString> m_inhibitedPorts;
};
