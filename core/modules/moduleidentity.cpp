#include "moduleidentity.h"

#include <QCoreApplication>

QString ModuleIdentity::key() const
{
    if (!imei.isEmpty())
        return QStringLiteral("imei:") + imei;
    if (!serial.isEmpty())
        return QStringLiteral("serial:") + serial;
    return {};
}

QString ModuleIdentity::differenceFrom(const ModuleIdentity &found) const
{
    auto differ = [](const QString &a, const QString &b) {
        return !a.isEmpty() && !b.isEmpty() && a.compare(b, Qt::CaseInsensitive) != 0;
    };
    if (key() != found.key())
        return QCoreApplication::translate("ModuleIdentity", "%1 instead of %2").arg(found.key(), key());
    if (differ(serial, found.serial))
        return QCoreApplication::translate("ModuleIdentity", "serial number %1 instead of %2").arg(found.serial, serial);
    if (differ(iccid, found.iccid))
        return QCoreApplication::translate("ModuleIdentity", "SIM %1 instead of %2").arg(found.iccid, iccid);
    return {};
}

QJsonObject ModuleIdentity::toJson() const
{
    return {
        {QStringLiteral("family"), familyId(family)},
        {QStringLiteral("manufacturer"), manufacturer},
        {QStringLiteral("model"), model},
        {QStringLiteral("imei"), imei},
        {QStringLiteral("firmware"), firmware},
        {QStringLiteral("imsi"), imsi},
        {QStringLiteral("iccid"), iccid},
        {QStringLiteral("serial"), serial},
        {QStringLiteral("sim"), simState},
    };
}

ModuleIdentity ModuleIdentity::fromJson(const QJsonObject &json)
{
    ModuleIdentity id;
    id.family = familyFromId(json.value(QLatin1String("family")).toString());
    id.manufacturer = json.value(QLatin1String("manufacturer")).toString();
    id.model = json.value(QLatin1String("model")).toString();
    id.imei = json.value(QLatin1String("imei")).toString();
    id.firmware = json.value(QLatin1String("firmware")).toString();
    id.imsi = json.value(QLatin1String("imsi")).toString();
    id.iccid = json.value(QLatin1String("iccid")).toString();
    id.serial = json.value(QLatin1String("serial")).toString();
    id.simState = json.value(QLatin1String("sim")).toString();
    return id;
}
