#include "jobrecord.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>

QString jobStateId(JobState state)
{
    switch (state) {
    case JobState::Pending: return QStringLiteral("pending");
    case JobState::Running: return QStringLiteral("running");
    case JobState::Succeeded: return QStringLiteral("succeeded");
    case JobState::Failed: return QStringLiteral("failed");
    case JobState::Cancelled: return QStringLiteral("cancelled");
    case JobState::Interrupted: return QStringLiteral("interrupted");
    }
    return {};
}

QString jobStateDisplayName(JobState state)
{
    switch (state) {
    case JobState::Pending: return QCoreApplication::translate("JobState", "Pending");
    case JobState::Running: return QCoreApplication::translate("JobState", "Running");
    case JobState::Succeeded: return QCoreApplication::translate("JobState", "Succeeded");
    case JobState::Failed: return QCoreApplication::translate("JobState", "Failed");
    case JobState::Cancelled: return QCoreApplication::translate("JobState", "Cancelled");
    case JobState::Interrupted: return QCoreApplication::translate("JobState", "Interrupted");
    }
    return {};
}

JobState jobStateFromId(const QString &id)
{
    for (JobState s : {JobState::Pending, JobState::Running, JobState::Succeeded, JobState::Failed,
                       JobState::Cancelled, JobState::Interrupted}) {
        if (jobStateId(s) == id)
            return s;
    }
    return JobState::Pending;
}

bool isFinalJobState(JobState state)
{
    return state == JobState::Succeeded || state == JobState::Failed || state == JobState::Cancelled;
}

QString failureReasonId(FailureReason reason)
{
    return QString::fromLatin1(QMetaEnum::fromType<FailureReason>().valueToKey(int(reason)));
}

FailureReason failureReasonFromId(const QString &id)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<FailureReason>().keyToValue(id.toLatin1().constData(), &ok);
    return ok ? FailureReason(value) : FailureReason::None;
}

const StepRecord *JobRecord::lastStepNamed(const QString &name) const
{
    for (auto it = steps.crbegin(); it != steps.crend(); ++it) {
        if (it->name == name)
            return &*it;
    }
    return nullptr;
}

qint64 JobRecord::durationMs() const
{
    if (!started.isValid())
        return 0;
    return started.msecsTo(ended.isValid() ? ended : QDateTime::currentDateTimeUtc());
}

QJsonObject JobRecord::toJson() const
{
    QJsonArray stepArray;
    for (const StepRecord &s : steps) {
        stepArray.append(QJsonObject{
            {QStringLiteral("name"), s.name},
            {QStringLiteral("started"), s.started.toString(Qt::ISODateWithMs)},
            {QStringLiteral("ended"), s.ended.toString(Qt::ISODateWithMs)},
            {QStringLiteral("outcome"), s.outcome},
            {QStringLiteral("detail"), s.detail},
            {QStringLiteral("figures"), s.figures},
        });
    }
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("module"), moduleId},
        {QStringLiteral("imei"), imei},
        {QStringLiteral("family"), familyId(family)},
        {QStringLiteral("model"), model},
        {QStringLiteral("port"), port},
        {QStringLiteral("package"), packageName},
        {QStringLiteral("packageSha256"), packageId},
        {QStringLiteral("from"), fromVersion},
        {QStringLiteral("to"), toVersion},
        {QStringLiteral("firmwareAfter"), firmwareAfter},
        {QStringLiteral("method"), methodId(method)},
        {QStringLiteral("state"), jobStateId(state)},
        {QStringLiteral("lastStep"), lastStep},
        {QStringLiteral("reason"), reason == FailureReason::None ? QString() : failureDisplayName(reason)},
        {QStringLiteral("reasonId"), reason == FailureReason::None ? QString() : failureReasonId(reason)},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
        {QStringLiteral("attempts"), attempts},
        {QStringLiteral("message"), message},
        {QStringLiteral("advice"), advice},
        {QStringLiteral("started"), started.toString(Qt::ISODateWithMs)},
        {QStringLiteral("ended"), ended.toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs()},
        {QStringLiteral("timing"), timing.toJson()},
        {QStringLiteral("transcript"), transcriptPath},
        {QStringLiteral("commit"), commitPoint.isValid()
             ? QJsonValue(QJsonObject{{QStringLiteral("kind"), CommitPoint::kindId(commitPoint.kind)},
                                      {QStringLiteral("command"), commitPoint.command},
                                      {QStringLiteral("at"), committed.toString(Qt::ISODateWithMs)}})
             : QJsonValue()},
        {QStringLiteral("steps"), stepArray},
    };
}
