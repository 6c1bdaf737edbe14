#include "jobstore.h"

#include "store.h"

#include <QHash>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace {

QVariant timeText(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType::fromType<QString>());
}

QDateTime timeFrom(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QString jsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject jsonFrom(const QVariant &v)
{
    return QJsonDocument::fromJson(v.toString().toUtf8()).object();
}

bool run(QSqlQuery &q, const Store &store)
{
    if (q.exec())
        return true;
    return store.fail(q.lastError().text());
}

const char *const kJobColumns =
    "id, module_id, imei, family, model, port, package_id, package_name, from_version, "
    "to_version, firmware_after, method, state, last_step, reason, message, advice, started, "
    "ended, transcript, warnings, options, attempts, runner, commit_point, timing";

JobRecord jobFrom(const QSqlQuery &q)
{
    JobRecord j;
    int c = 0;
    j.id = q.value(c++).toLongLong();
    j.moduleId = q.value(c++).toString();
    j.imei = q.value(c++).toString();
    j.family = familyFromId(q.value(c++).toString());
    j.model = q.value(c++).toString();
    j.port = q.value(c++).toString();
    j.packageId = q.value(c++).toString();
    j.packageName = q.value(c++).toString();
    j.fromVersion = q.value(c++).toString();
    j.toVersion = q.value(c++).toString();
    j.firmwareAfter = q.value(c++).toString();
    j.method = methodFromId(q.value(c++).toString());
    j.state = jobStateFromId(q.value(c++).toString());
    j.lastStep = q.value(c++).toString();
    j.reason = failureReasonFromId(q.value(c++).toString());
    j.message = q.value(c++).toString();
    j.advice = q.value(c++).toString();
    j.started = timeFrom(q.value(c++));
    j.ended = timeFrom(q.value(c++));
    j.transcriptPath = q.value(c++).toString();
    const QString warnings = q.value(c++).toString();
    j.warnings = warnings.isEmpty() ? QStringList() : warnings.split(QLatin1Char('\n'));
    j.options = jsonFrom(q.value(c++));
    j.attempts = q.value(c++).toInt();
    j.runner = q.value(c++).toString();
    const QJsonObject commit = jsonFrom(q.value(c++));
    j.commitPoint.kind = CommitPoint::kindFromId(commit.value(QLatin1String("kind")).toString());
    j.commitPoint.command = commit.value(QLatin1String("command")).toString();
    j.committed = QDateTime::fromString(commit.value(QLatin1String("at")).toString(), Qt::ISODateWithMs);
    j.timing = JobTiming::fromJson(jsonFrom(q.value(c++)));
    return j;
}

} // namespace

bool JobStore::createJob(JobRecord &job)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral(
        "INSERT INTO jobs (module_id, imei, family, model, port, package_id, package_name, "
        "from_version, to_version, firmware_after, method, state, last_step, reason, message, "
        "advice, started, ended, transcript, warnings, options, attempts, runner) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!job.started.isValid())
        job.started = QDateTime::currentDateTimeUtc();
    job.state = JobState::Running;
    for (const QVariant &v : QVariantList{
             job.moduleId, job.imei, familyId(job.family), job.model, job.port, job.packageId,
             job.packageName, job.fromVersion, job.toVersion, job.firmwareAfter, methodId(job.method),
             jobStateId(job.state), job.lastStep, QString(), job.message, job.advice, timeText(job.started),
             timeText(job.ended), job.transcriptPath, job.warnings.join(QLatin1Char('\n')),
             jsonText(job.options), job.attempts, m_store->runnerId()})
        q.addBindValue(v);
    if (!run(q, *m_store))
        return false;
    const qint64 id = q.lastInsertId().toLongLong();
    if (!t.commit())
        return m_store->fail(t.db().lastError().text());
    job.id = id;
    job.runner = m_store->runnerId();
    return true;
}

bool JobStore::reopenJob(JobRecord &job)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, reason = NULL, message = NULL, advice = NULL, "
                             "ended = NULL, attempts = attempts + 1, runner = ?, port = ?, transcript = ? "
                             "WHERE id = ?"));
    q.addBindValue(jobStateId(JobState::Running));
    q.addBindValue(m_store->runnerId());
    q.addBindValue(job.port);
    q.addBindValue(job.transcriptPath);
    q.addBindValue(job.id);
    if (!run(q, *m_store) || q.numRowsAffected() != 1 || !t.commit())
        return m_store->fail(QStringLiteral("job %1 cannot be reopened").arg(job.id));
    job.state = JobState::Running;
    job.reason = FailureReason::None;
    job.message.clear();
    job.advice.clear();
    job.ended = {};
    ++job.attempts;
    job.runner = m_store->runnerId();
    return true;
}

namespace {

bool insertStep(QSqlQuery &q, const Store &store, qint64 jobId, StepRecord &step)
{
    if (!step.started.isValid())
        step.started = QDateTime::currentDateTimeUtc();
    if (step.outcome.isEmpty())
        step.outcome = QStringLiteral("running");
    q.prepare(QStringLiteral("INSERT INTO steps (job_id, name, started, ended, outcome, detail, figures) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(jobId);
    q.addBindValue(step.name);
    q.addBindValue(timeText(step.started));
    q.addBindValue(timeText(step.ended));
    q.addBindValue(step.outcome);
    q.addBindValue(step.detail);
    q.addBindValue(jsonText(step.figures));
    if (!run(q, store))
        return false;
    step.id = q.lastInsertId().toLongLong();
    return true;
}

bool updateStepEnd(QSqlQuery &q, const Store &store, const StepRecord &step)
{
    q.prepare(QStringLiteral("UPDATE steps SET ended = ?, outcome = ?, detail = ?, figures = ? WHERE id = ?"));
    q.addBindValue(timeText(step.ended.isValid() ? step.ended : QDateTime::currentDateTimeUtc()));
    q.addBindValue(step.outcome);
    q.addBindValue(step.detail);
    q.addBindValue(jsonText(step.figures));
    q.addBindValue(step.id);
    return run(q, store);
}

bool insertEvent(QSqlQuery &q, const Store &store, const JobEvent &event)
{
    q.prepare(QStringLiteral("INSERT INTO events (job_id, module_id, at, kind, text) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(event.jobId > 0 ? QVariant(event.jobId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(event.moduleId);
    q.addBindValue(timeText(event.at.isValid() ? event.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(event.kind);
    q.addBindValue(event.text);
    return run(q, store);
}

} // namespace

bool JobStore::recordSteps(qint64 jobId, const QList<StepRecord> &ended, StepRecord *started,
                           const QList<JobEvent> &events)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    for (const StepRecord &step : ended) {
        if (!updateStepEnd(q, *m_store, step))
            return false;
    }
    for (const JobEvent &event : events) {
        if (!insertEvent(q, *m_store, event))
            return false;
    }
    StepRecord inserted;
    if (started) {
        inserted = *started;
        if (!insertStep(q, *m_store, jobId, inserted))
            return false;
        q.prepare(QStringLiteral("UPDATE jobs SET last_step = ? WHERE id = ?"));
        q.addBindValue(inserted.name);
        q.addBindValue(jobId);
        if (!run(q, *m_store))
            return false;
    }
    if (!t.commit())
        return false;
    if (started)
        *started = inserted;
    return true;
}

bool JobStore::recordCommit(qint64 jobId, const CommitPoint &point, const QDateTime &at,
                            const QList<StepRecord> &ended, const QList<JobEvent> &events)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    for (const StepRecord &step : ended) {
        if (!updateStepEnd(q, *m_store, step))
            return false;
    }
    for (const JobEvent &event : events) {
        if (!insertEvent(q, *m_store, event))
            return false;
    }
    q.prepare(QStringLiteral("UPDATE jobs SET commit_point = ? WHERE id = ?"));
    q.addBindValue(jsonText({{QStringLiteral("kind"), CommitPoint::kindId(point.kind)},
                             {QStringLiteral("command"), point.command},
                             {QStringLiteral("at"), at.toUTC().toString(Qt::ISODateWithMs)}}));
    q.addBindValue(jobId);
    if (!run(q, *m_store))
        return false;
    if (q.numRowsAffected() != 1)
        return m_store->fail(QStringLiteral("job %1 is not in the store").arg(jobId));
    return t.commit();
}

bool JobStore::beginStep(qint64 jobId, StepRecord &step)
{
    step.outcome = QStringLiteral("running");
    step.ended = {};
    return recordSteps(jobId, {}, &step);
}

bool JobStore::endStep(const StepRecord &step)
{
    return recordSteps(0, {step}, nullptr);
}

bool JobStore::addEvent(const JobEvent &event)
{
    return recordSteps(event.jobId, {}, nullptr, {event});
}

bool JobStore::setTranscriptPath(qint64 jobId, const QString &path)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE jobs SET transcript = ? WHERE id = ?"));
    q.addBindValue(path);
    q.addBindValue(jobId);
    return run(q, *m_store) && t.commit();
}

bool JobStore::finishJob(const JobRecord &job, StepRecord *finalStep, const QString &openStepOutcome,
                         const QList<StepRecord> &endedSteps, const QList<JobEvent> &events)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    const QVariant ended = timeText(job.ended.isValid() ? job.ended : QDateTime::currentDateTimeUtc());
    QSqlQuery q(t.db());
    for (const StepRecord &step : endedSteps) {
        if (!updateStepEnd(q, *m_store, step))
            return false;
    }
    for (const JobEvent &event : events) {
        if (!insertEvent(q, *m_store, event))
            return false;
    }
    q.prepare(QStringLiteral("UPDATE steps SET ended = ?, outcome = ? WHERE job_id = ? AND outcome = 'running'"));
    q.addBindValue(ended);
    q.addBindValue(openStepOutcome);
    q.addBindValue(job.id);
    if (!run(q, *m_store))
        return false;
    StepRecord final;
    if (finalStep) {
        final = *finalStep;
        if (!final.ended.isValid())
            final.ended = QDateTime::currentDateTimeUtc();
        if (!insertStep(q, *m_store, job.id, final))
            return false;
    }
    q.prepare(QStringLiteral("UPDATE jobs SET state = ?, reason = ?, message = ?, advice = ?, "
                             "firmware_after = ?, ended = ?, warnings = ?, last_step = ?, timing = ? WHERE id = ?"));
    q.addBindValue(jobStateId(job.state));
    q.addBindValue(job.reason == FailureReason::None ? QString() : failureReasonId(job.reason));
    q.addBindValue(job.message);
    q.addBindValue(job.advice);
    q.addBindValue(job.firmwareAfter);
    q.addBindValue(ended);
    q.addBindValue(job.warnings.join(QLatin1Char('\n')));
    q.addBindValue(job.lastStep);
    q.addBindValue(job.timing.isValid() ? jsonText(job.timing.toJson()) : QString());
    q.addBindValue(job.id);
    if (!run(q, *m_store))
        return false;
    if (q.numRowsAffected() != 1)
        return m_store->fail(QStringLiteral("job %1 is not in the store").arg(job.id));
    if (!t.commit())
        return false;
    if (finalStep)
        *finalStep = final;
    return true;
}

QList<JobRecord> JobStore::settleDeadRunners(Settling how, const Describe &describe)
{
    // TakeUp clears every dead runner's lock file first and keeps their ids:
    // cleared after the jobs were read, a runner dying in between would leave
    // jobs running without a lock file, taken for another machine's for ever.
    QSet<QString> dead;
    if (how == Settling::TakeUp) {
        const QStringList pruned = m_store->pruneDeadRunners();
        dead = QSet<QString>(pruned.cbegin(), pruned.cend());
    }
    // Each runner probed once: probing a dead one removes its lock file, and
    // the next job of the same runner would read Unknown.
    QHash<QString, RunnerLock::State> states;
    auto isDead = [&](const QString &runner) {
        if (runner == m_store->runnerId())
            return false;
        if (dead.contains(runner))
            return true;
        auto it = states.constFind(runner);
        if (it == states.cend())
            it = states.insert(runner, m_store->runnerState(runner));
        return *it == RunnerLock::State::Dead;
    };
    QList<JobRecord> left;
    for (const JobRecord &job : jobsInState(JobState::Running)) {
        if (isDead(job.runner))
            left << job;
    }
    // An observer leaves the jobs it settles without a runner: not taken up
    // yet (so are, once, those from before runners were recorded).
    const QList<JobRecord> observed = how == Settling::TakeUp
        ? query(QStringLiteral("state = ? AND (runner IS NULL OR runner = '')"), {jobStateId(JobState::Interrupted)}, 0)
        : QList<JobRecord>{};
    if (left.isEmpty() && observed.isEmpty())
        return {};

    Store::Transaction t(*m_store);
    if (!t.isActive())
        return {};
    QSqlQuery q(t.db());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QVariant runner = how == Settling::TakeUp ? QVariant(m_store->runnerId()) : QVariant(QMetaType::fromType<QString>());
    QList<JobRecord> settled;
    for (JobRecord job : left) {
        // Bound as '' (never NULL, which equals nothing) for the check below.
        const QString readRunner = job.runner.isEmpty() ? QStringLiteral("") : job.runner;
        job.state = JobState::Interrupted;
        job.reason = FailureReason::None;
        job.ended = now;
        job.runner = runner.toString();
        describe(job, how);
        // Only while it is as it was read: another FotaDesk settling at the
        // same moment, or resuming the job, goes first.
        q.prepare(QStringLiteral("UPDATE jobs SET state = ?, reason = NULL, message = ?, advice = ?, ended = ?, "
                                 "runner = ? WHERE id = ? AND state = ? AND COALESCE(runner, '') = ?"));
        for (const QVariant &v : QVariantList{jobStateId(job.state), job.message, job.advice, timeText(now), runner,
                                              job.id, jobStateId(JobState::Running), readRunner})
            q.addBindValue(v);
        if (!run(q, *m_store))
            return {};
        if (q.numRowsAffected() != 1)
            continue;
        q.prepare(QStringLiteral("UPDATE steps SET ended = ?, outcome = 'interrupted' WHERE job_id = ? AND outcome = 'running'"));
        q.addBindValue(timeText(now));
        q.addBindValue(job.id);
        if (!run(q, *m_store))
            return {};
        for (StepRecord &step : job.steps) {
            if (step.outcome == QLatin1String("running")) {
                step.outcome = QStringLiteral("interrupted");
                step.ended = now;
            }
        }
        settled << job;
    }
    for (JobRecord job : observed) {
        job.runner = runner.toString();
        describe(job, how);
        q.prepare(QStringLiteral("UPDATE jobs SET message = ?, advice = ?, runner = ? "
                                 "WHERE id = ? AND state = ? AND COALESCE(runner, '') = ''"));
        for (const QVariant &v : QVariantList{job.message, job.advice, runner, job.id, jobStateId(JobState::Interrupted)})
            q.addBindValue(v);
        if (!run(q, *m_store))
            return {};
        if (q.numRowsAffected() == 1)
            settled << job;
    }
    if (!t.commit()) {
        m_store->fail(QStringLiteral("the jobs of dead runners cannot be marked interrupted: %1").arg(t.db().lastError().text()));
        return {};
    }
    return settled;
}

std::optional<JobRecord> JobStore::job(qint64 id) const
{
    const QList<JobRecord> found = query(QStringLiteral("id = ?"), {id}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JobRecord> JobStore::recentJobs(int limit) const
{
    return query({}, {}, limit);
}

QList<JobRecord> JobStore::jobsInState(JobState state) const
{
    return query(QStringLiteral("state = ?"), {jobStateId(state)}, 0);
}

std::optional<JobRecord> JobStore::lastJobOf(const QString &moduleId) const
{
    const QList<JobRecord> found = query(QStringLiteral("module_id = ?"), {moduleId}, 1);
    if (found.isEmpty())
        return std::nullopt;
    return found.first();
}

QList<JobRecord> JobStore::query(const QString &where, const QVariantList &values, int limit) const
{
    QList<JobRecord> out;
    QSqlQuery q(m_store->database());
    QString sql = QStringLiteral("SELECT %1 FROM jobs").arg(QLatin1String(kJobColumns));
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY id DESC");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!run(q, *m_store))
        return out;
    while (q.next())
        out << jobFrom(q);
    for (JobRecord &j : out)
        j.steps = stepsOf(j.id);
    return out;
}

QList<StepRecord> JobStore::stepsOf(qint64 jobId) const
{
    QList<StepRecord> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT id, name, started, ended, outcome, detail, figures FROM steps "
                             "WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!run(q, *m_store))
        return out;
    while (q.next()) {
        StepRecord s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.started = timeFrom(q.value(2));
        s.ended = timeFrom(q.value(3));
        s.outcome = q.value(4).toString();
        s.detail = q.value(5).toString();
        s.figures = jsonFrom(q.value(6));
        out << s;
    }
    return out;
}

QList<JobEvent> JobStore::events(qint64 jobId) const
{
    QList<JobEvent> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT job_id, module_id, at, kind, text FROM events WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!run(q, *m_store))
        return out;
    while (q.next())
        out << JobEvent{q.value(0).toLongLong(), q.value(1).toString(), timeFrom(q.value(2)),
                        q.value(3).toString(), q.value(4).toString()};
    return out;
}
