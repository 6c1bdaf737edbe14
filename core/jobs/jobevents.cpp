#include "jobevents.h"

#include "at/secretmasker.h"
#include "jobsteps.h"

#include <QJsonArray>
#include <QMetaEnum>

namespace JobEvents {

namespace {

QString phaseId(UpdatePhase phase)
{
    return QString::fromLatin1(QMetaEnum::fromType<UpdatePhase>().valueToKey(int(phase)));
}

QJsonObject base(const char *event, qint64 jobId, const QString &moduleId)
{
    return {{QStringLiteral("event"), QLatin1String(event)},
            {QStringLiteral("job"), jobId},
            {QStringLiteral("module"), moduleId}};
}

QJsonValue masked(const QJsonValue &value, const QString &setting = {});

// Figures come from many places (a backup's settings, a restore's
// differences, a flow's notes): whatever produced them, a printed event
// carries no secret. A setting's values are masked by the setting's name,
// since they lack the "<name>:" the masker otherwise reads.
QJsonObject masked(const QJsonObject &object)
{
    const QString setting = object.value(QLatin1String("name")).toString().section(QLatin1Char(' '), 0, 0);
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool settingValues = !setting.isEmpty()
            && (it.key() == QLatin1String("values") || it.key() == QLatin1String("before")
                || it.key() == QLatin1String("after"));
        out.insert(it.key(), masked(it.value(), settingValues ? setting : QString()));
    }
    return out;
}

QJsonValue masked(const QJsonValue &value, const QString &setting)
{
    switch (value.type()) {
    case QJsonValue::String:
        return setting.isEmpty() ? SecretMasker::maskLine(value.toString())
                                 : SecretMasker::maskArguments(setting, value.toString());
    case QJsonValue::Array: {
        QJsonArray out;
        for (const QJsonValue &v : value.toArray())
            out.append(masked(v, setting));
        return out;
    }
    case QJsonValue::Object:
        return masked(value.toObject());
    default:
        return value;
    }
}

} // namespace

QJsonObject step(qint64 jobId, const QString &moduleId, const StepRecord &s)
{
    QJsonObject o = base("step", jobId, moduleId);
    o.insert(QStringLiteral("step"), s.name);
    o.insert(QStringLiteral("outcome"), s.outcome);
    if (!s.detail.isEmpty())
        o.insert(QStringLiteral("message"), SecretMasker::maskLine(s.detail));
    if (s.ended.isValid())
        o.insert(QStringLiteral("durationMs"), s.started.msecsTo(s.ended));
    if (!s.figures.isEmpty() && s.outcome != QLatin1String("running"))
        o.insert(QStringLiteral("figures"), masked(s.figures));
    return o;
}

QJsonObject progress(qint64 jobId, const QString &moduleId, const QString &stepName, const UpdateProgress &p)
{
    QJsonObject o = base("progress", jobId, moduleId);
    o.insert(QStringLiteral("step"), stepName);
    o.insert(QStringLiteral("phase"), phaseId(p.phase));
    if (p.percent >= 0)
        o.insert(QStringLiteral("percent"), p.percent);
    if (p.bytesDone >= 0) {
        o.insert(QStringLiteral("bytes"), p.bytesDone);
        o.insert(QStringLiteral("total"), p.bytesTotal);
        o.insert(QStringLiteral("rate"), qRound64(p.bytesPerSecond));
    }
    if (p.etaMs >= 0)
        o.insert(QStringLiteral("eta"), p.etaMs);
    if (p.baud > 0)
        o.insert(QStringLiteral("baud"), p.baud);
    o.insert(QStringLiteral("message"), SecretMasker::maskLine(p.message));
    if (!p.rawLine.isEmpty())
        o.insert(QStringLiteral("raw"), SecretMasker::maskLine(p.rawLine));
    return o;
}

QJsonObject prompt(qint64 jobId, const QString &moduleId, const UpdatePrompt &p)
{
    QJsonObject o = base("prompt", jobId, moduleId);
    o.insert(QStringLiteral("id"), p.id);
    o.insert(QStringLiteral("message"), SecretMasker::maskLine(p.text));
    o.insert(QStringLiteral("deadline"), p.deadlineMsecs);
    return o;
}

QJsonObject finished(const JobRecord &job)
{
    QJsonObject o = base("finished", job.id, job.moduleId);
    o.insert(QStringLiteral("state"), jobStateId(job.state));
    o.insert(QStringLiteral("step"), job.lastStep);
    if (job.reason != FailureReason::None)
        o.insert(QStringLiteral("reason"), failureReasonId(job.reason));
    o.insert(QStringLiteral("message"), SecretMasker::maskLine(job.message));
    if (!job.advice.isEmpty())
        o.insert(QStringLiteral("advice"), SecretMasker::maskLine(job.advice));
    o.insert(QStringLiteral("firmware"), job.firmwareAfter);
    o.insert(QStringLiteral("warnings"), masked(QJsonArray::fromStringList(job.warnings)));
    if (job.timing.isValid())
        o.insert(QStringLiteral("timing"), job.timing.toJson());
    if (const StepRecord *transfer = job.lastStepNamed(JobSteps::Transfer); transfer && !transfer->figures.isEmpty())
        o.insert(QStringLiteral("transfer"), transfer->figures); // bytes, bytesPerSecond, baud...
    o.insert(QStringLiteral("exit"), exitCode(job));
    return o;
}

int exitCode(const JobRecord &job)
{
    if (job.state == JobState::Succeeded)
        return 0;
    switch (job.reason) {
    case FailureReason::PortLost:
    case FailureReason::TransferFailed: return 3;
    case FailureReason::Timeout: return 4;
    default: return 1;
    }
}

} // namespace JobEvents
