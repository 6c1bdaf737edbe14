#include "jobtext.h"

#include "ui/common/format.h"
#include "ui/common/moduletext.h"

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

QString JobText::timeSplit(const JobRecord &job)
{
    const JobTiming &t = job.timing;
    if (!t.isValid())
        return {};
    const auto share = [&t](qint64 ms) {
        return ModuleText::percent(int(qRound(100.0 * double(ms) / double(t.wallMs))));
    };
    if (t.wireMs <= 0) // over the air, or nothing sent: no line to speak of
        return tr("%1 in all: the module %2 (%3), FotaDesk %4 (%5)")
            .arg(Format::shortDuration(t.wallMs), Format::shortDuration(t.moduleMs), share(t.moduleMs),
                 Format::shortDuration(t.ownMs), share(t.ownMs));
    return tr("%1 in all: the line %2 (%3), the module %4 (%5), FotaDesk %6 (%7)")
        .arg(Format::shortDuration(t.wallMs), Format::shortDuration(t.wireMs), share(t.wireMs),
             Format::shortDuration(t.moduleMs), share(t.moduleMs), Format::shortDuration(t.ownMs),
             share(t.ownMs));
}

QString JobText::timeSplitExplained()
{
    return tr("The line: the package's bytes crossing the serial line at the rate used.\n"
              "The module: its own work (answering commands, checking, installing, rebooting, "
              "downloading over its network).\n"
              "FotaDesk: the rest, FotaDesk's own share.");
}

QString JobText::lineRate(const JobRecord &job)
{
    const StepRecord *transfer = nullptr;
    for (const StepRecord &step : job.steps) {
        if (step.name == QLatin1String("transfer") && step.figures.contains(QLatin1String("baud")))
            transfer = &step; // the last one: a resumed job may have several
    }
    if (!transfer)
        return {};
    const qint32 rate = transfer->figures.value(QLatin1String("baud")).toInt();
    const qint32 start = transfer->figures.value(QLatin1String("startBaud")).toInt();
    if (rate <= 0)
        return {};
    if (start <= 0)
        return Format::baud(rate);
    if (start == rate)
        return tr("%1 (the module's own rate, not switched)").arg(Format::baud(rate));
    return tr("%1 (switched from %2)").arg(Format::baud(rate)).arg(start);
}

QString JobText::figureName(const QString &key)
{
    static const QHash<QString, const char *> names{
        {QStringLiteral("bytes"), QT_TR_NOOP("data")},
        {QStringLiteral("bytesPerSecond"), QT_TR_NOOP("rate")},
        {QStringLiteral("durationMs"), QT_TR_NOOP("duration")},
        {QStringLiteral("blocks"), QT_TR_NOOP("blocks")},
        {QStringLiteral("retries"), QT_TR_NOOP("retries")},
        {QStringLiteral("baud"), QT_TR_NOOP("serial rate")},
        {QStringLiteral("startBaud"), QT_TR_NOOP("rate before")},
        {QStringLiteral("portRate"), QT_TR_NOOP("module's rate")},
        {QStringLiteral("rateSwitchMs"), QT_TR_NOOP("rate switching")},
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
        else if (key == QLatin1String("baud") || key == QLatin1String("startBaud") || key == QLatin1String("portRate"))
            value = it.value().toInt() > 0 ? Format::baud(it.value().toInt()) : it.value().toVariant().toString();
        else if (key == QLatin1String("rateSwitchMs"))
            value = Format::shortDuration(qint64(it.value().toDouble()));
        else if (key.endsWith(QLatin1String("Ms")))
            value = Format::duration(qint64(it.value().toDouble()));
        else
            value = it.value().toVariant().toString();
        lines << QStringLiteral("%1: %2").arg(figureName(key), value);
    }
    return lines.join(QLatin1Char('\n'));
}
