#include "enginesettings.h"

#include <QSettings>
#include <QStandardPaths>

namespace {

QString policyId(AgreementPolicy p)
{
    switch (p) {
    case AgreementPolicy::Accept: return QStringLiteral("accept");
    case AgreementPolicy::Ask: return QStringLiteral("ask");
    case AgreementPolicy::Defer: return QStringLiteral("defer");
    }
    return QStringLiteral("ask");
}

AgreementPolicy policyFromId(const QString &id, AgreementPolicy fallback)
{
    if (id == QLatin1String("accept"))
        return AgreementPolicy::Accept;
    if (id == QLatin1String("ask"))
        return AgreementPolicy::Ask;
    if (id == QLatin1String("defer"))
        return AgreementPolicy::Defer;
    return fallback;
}

} // namespace

void EngineSettings::load(QSettings &s)
{
    const EngineSettings defaults;
    // Version 1 is the first layout; later versions migrate from here.
    scanGlobs = s.value(QStringLiteral("ports/extra"), defaults.scanGlobs).toStringList();
    const QStringList bauds = s.value(QStringLiteral("ports/baudRates")).toStringList();
    if (!bauds.isEmpty()) {
        QList<qint32> parsed;
        for (const QString &b : bauds) {
            bool ok = false;
            const qint32 v = b.toInt(&ok);
            if (ok && v > 0)
                parsed << v;
        }
        if (!parsed.isEmpty())
            baudRates = parsed;
    }
    telitRequestPolicy = policyFromId(s.value(QStringLiteral("agreements/telit")).toString(),
                                      defaults.telitRequestPolicy);
    hl78xxAgreementPolicy = policyFromId(s.value(QStringLiteral("agreements/hl78xx")).toString(),
                                         defaults.hl78xxAgreementPolicy);
    deferMinutes = s.value(QStringLiteral("agreements/deferMinutes"), defaults.deferMinutes).toInt();
    probeTimeout = std::chrono::milliseconds(
        s.value(QStringLiteral("timeouts/probeMs"), qint64(defaults.probeTimeout.count())).toLongLong());
    reenumerationWindow = std::chrono::milliseconds(
        s.value(QStringLiteral("timeouts/reenumerationMs"), qint64(defaults.reenumerationWindow.count()))
            .toLongLong());
    installTimeout = std::chrono::milliseconds(
        s.value(QStringLiteral("timeouts/installMs"), qint64(0)).toLongLong());
    packageServerAddress = QHostAddress(
        s.value(QStringLiteral("server/address"), defaults.packageServerAddress.toString()).toString());
    if (packageServerAddress.isNull())
        packageServerAddress = defaults.packageServerAddress;
    packageServerPort = quint16(s.value(QStringLiteral("server/port"), 0).toUInt());
    packageServerAdvertise = s.value(QStringLiteral("server/advertise")).toString().trimmed();
    packageServerLimits.load(s);
    requireManifest = s.value(QStringLiteral("packages/requireManifest"), false).toBool();
    cflwWriteSize = qMax<qint64>(0, s.value(QStringLiteral("transfer/cflwWriteSize"), 0).toLongLong());
    maxTransferRate = qMax(0, s.value(QStringLiteral("transfer/maxRate"), defaults.maxTransferRate).toInt());
    inhibitModemManager = s.value(QStringLiteral("modemmanager/inhibit"), defaults.inhibitModemManager).toBool();
    dataFolder = s.value(QStringLiteral("data/folder")).toString();
    language = s.value(QStringLiteral("ui/language")).toString();
}

void EngineSettings::save(QSettings &s) const
{
    s.setValue(QStringLiteral("settingsVersion"), kVersion);
    s.setValue(QStringLiteral("ports/extra"), scanGlobs);
    QStringList bauds;
    for (qint32 b : baudRates)
        bauds << QString::number(b);
    s.setValue(QStringLiteral("ports/baudRates"), bauds);
    s.setValue(QStringLiteral("agreements/telit"), policyId(telitRequestPolicy));
    s.setValue(QStringLiteral("agreements/hl78xx"), policyId(hl78xxAgreementPolicy));
    s.setValue(QStringLiteral("agreements/deferMinutes"), deferMinutes);
    s.setValue(QStringLiteral("timeouts/probeMs"), qint64(probeTimeout.count()));
    s.setValue(QStringLiteral("timeouts/reenumerationMs"), qint64(reenumerationWindow.count()));
    s.setValue(QStringLiteral("timeouts/installMs"), qint64(installTimeout.count()));
    s.setValue(QStringLiteral("server/address"), packageServerAddress.toString());
    s.setValue(QStringLiteral("server/port"), packageServerPort);
    s.setValue(QStringLiteral("server/advertise"), packageServerAdvertise);
    packageServerLimits.save(s);
    s.setValue(QStringLiteral("packages/requireManifest"), requireManifest);
    s.setValue(QStringLiteral("transfer/cflwWriteSize"), cflwWriteSize);
    s.setValue(QStringLiteral("transfer/maxRate"), maxTransferRate);
    s.setValue(QStringLiteral("modemmanager/inhibit"), inhibitModemManager);
    s.setValue(QStringLiteral("data/folder"), dataFolder);
    s.setValue(QStringLiteral("ui/language"), language);
}

QString EngineSettings::effectiveDataFolder() const
{
    return dataFolder.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : dataFolder;
}
