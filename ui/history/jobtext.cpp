#include "jobtext.h"

#include "ui/common/format.h"

#include <QHash>
#include <QJsonObject>

QString JobText::outcome(const JobRecord &job)
{
    const QString state = jobStateDisplayName(job.state);
    if (job.state == JobState::Failed && job.reason != FailureReason::None)
        return tr("%1: %2").arg(state, failureDisplayName(job.reason));
    return state;
}

QString JobText::stepName(const QString &name)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("preflight"), QT_TR_NOOP("Checks")},
        {QStringLiteral("backup"), QT_TR_NOOP("Settings backup")},
        {QStringLiteral("transfer"), QT_TR_NOOP("Transfer")},
        {QStringLiteral("download"), QT_TR_NOOP("Download")},
        {QStringLiteral("install"), QT_TR_NOOP("Install")},
        {QStringLiteral("reboot"), QT_TR_NOOP("Reboot")},
        {QStringLiteral("verify"), QT_TR_NOOP("Verify")},
        {QStringLiteral("restore"), QT_TR_NOOP("Settings restore")},
        {QStringLiteral("sim-pin"), QT_TR_NOOP("SIM PIN")},
        {QStringLiteral("record"), QT_TR_NOOP("Record")},
    };
    const char *text = names.value(name);
    return text ? tr(text) : name;
}

QString JobText::stepOutcome(const QString &outcome)
{
    static const QHash<QString, const char *> outcomes{
        {QStringLiteral("running"), QT_TR_NOOP("Running")},
        {QStringLiteral("ok"), QT_TR_NOOP("OK")},
        {QStringLiteral("failed"), QT_TR_NOOP("Failed")},
        {QStringLiteral("skipped"), QT_TR_NOOP("Skipped")},
        {QStringLiteral("interrupted"), QT_TR_NOOP("Interrupted")},
    };
    const char *text = outcomes.value(outcome);
    return text ? tr(text) : outcome;
}

QString JobText::dataFigures(const JobRecord &job)
{
    double bytes = 0;
    double rate = 0;
    for (const StepRecord &step : job.steps) {
        bytes = qMax(bytes, step.figures.value(QLatin1String("bytes")).toDouble());
        rate = qMax(rate, step.figures.value(QLatin1String("bytesPerSecond")).toDouble());
    }
    if (bytes <= 0)
        return {};
    if (rate <= 0)
        return Format::bytes(qint64(bytes));
    return tr("%1 at %2").arg(Format::bytes(qint64(bytes)), Format::rate(rate));
}

QString JobText::figureName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("bytes"), QT_TR_NOOP("data")},
        {QStringLiteral("bytesPerSecond"), QT_TR_NOOP("rate")},
        {QStringLiteral("durationMs"), QT_TR_NOOP("duration")},
        {QStringLiteral("blocks"), QT_TR_NOOP("blocks")},
        {QStringLiteral("retries"), QT_TR_NOOP("retries")},
    };
    const char *text = names.value(key);
    return text ? tr(text) : key;
}

QString JobText::figures(const QJsonObject &figures)
{
    QStringList lines;
    for (auto it = figures.begin(); it != figures.end(); ++it) {
        const QString key = it.key();
        QString value;
        if (key == QLatin1String("bytes") || key.endsWith(QLatin1String("Bytes")))
            value = Format::bytes(qint64(it.value().toDouble()));
        else if (key == QLatin1String("bytesPerSecond"))
            value = Format::rate(it.value().toDouble());
        else if (key.endsWith(QLatin1String("Ms")))
            value = Format::duration(qint64(it.value().toDouble()));
        else
            value = it.value().toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(figureName(key), value);
    }
    return lines.join(QLatin1Char('\n'));
}
