#include "discoverysettings.h"

#include <QSettings>

namespace {

std::chrono::milliseconds readMs(QSettings &s, const char *key, std::chrono::milliseconds fallback)
{
    bool ok = false;
    const qint64 v = s.value(QLatin1String(key), qint64(fallback.count())).toLongLong(&ok);
    return ok && v >= 0 ? std::chrono::milliseconds(v) : fallback;
}

void writeMs(QSettings &s, const char *key, std::chrono::milliseconds value)
{
    s.setValue(QLatin1String(key), qint64(value.count()));
}

} // namespace

void DiscoverySettings::load(QSettings &settings, const QString &group)
{
    const QVariant extra = settings.value(QStringLiteral("ports/extra"));
    if (extra.isValid())
        scanGlobs = extra.toStringList();

    settings.beginGroup(group);
    // Newer versions may add keys; unknown versions keep the defaults for
    // anything they do not understand rather than failing.
    if (settings.value(QStringLiteral("version"), version).toInt() <= version) {
        systemPorts = settings.value(QStringLiteral("systemPorts"), systemPorts).toBool();
        const QStringList rates = settings.value(QStringLiteral("baudRates")).toStringList();
        QList<qint32> parsed;
        for (const QString &r : rates) {
            bool ok = false;
            const qint32 v = r.toInt(&ok);
            if (ok && v > 0)
                parsed << v;
        }
        if (!parsed.isEmpty())
            probe.baudRates = parsed;
        watcher.settleDelay = readMs(settings, "settleDelayMs", watcher.settleDelay);
        watcher.rescanInterval = readMs(settings, "rescanIntervalMs", watcher.rescanInterval);
        watcher.minRescanGap = readMs(settings, "minRescanGapMs", watcher.minRescanGap);
        reenumerationWindow = readMs(settings, "reenumerationWindowMs", reenumerationWindow);
        probe.atTimeout = readMs(settings, "atTimeoutMs", probe.atTimeout);
        probe.atTries = settings.value(QStringLiteral("atTries"), probe.atTries).toInt();
        probe.commandTimeout = readMs(settings, "commandTimeoutMs", probe.commandTimeout);
        probe.maxParallel = settings.value(QStringLiteral("maxParallel"), probe.maxParallel).toInt();
        acceptedImeis = settings.value(QStringLiteral("acceptedImeis"), acceptedImeis).toStringList();
    }
    settings.endGroup();
}

void DiscoverySettings::save(QSettings &settings, const QString &group) const
{
    settings.setValue(QStringLiteral("ports/extra"), scanGlobs);
    settings.beginGroup(group);
    settings.setValue(QStringLiteral("version"), version);
    settings.setValue(QStringLiteral("systemPorts"), systemPorts);
    QStringList rates;
    for (qint32 r : probe.baudRates)
        rates << QString::number(r);
    settings.setValue(QStringLiteral("baudRates"), rates);
    writeMs(settings, "settleDelayMs", watcher.settleDelay);
    writeMs(settings, "rescanIntervalMs", watcher.rescanInterval);
    writeMs(settings, "minRescanGapMs", watcher.minRescanGap);
    writeMs(settings, "reenumerationWindowMs", reenumerationWindow);
    writeMs(settings, "atTimeoutMs", probe.atTimeout);
    settings.setValue(QStringLiteral("atTries"), probe.atTries);
    writeMs(settings, "commandTimeoutMs", probe.commandTimeout);
    settings.setValue(QStringLiteral("maxParallel"), probe.maxParallel);
    settings.setValue(QStringLiteral("acceptedImeis"), acceptedImeis);
    settings.endGroup();
}
