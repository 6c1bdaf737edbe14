#include "moduleidentity.h"

QString ModuleIdentity::key() const
{
    if (!imei.isEmpty())
        return QStringLiteral("imei:") + imei;
    if (!serial.isEmpty())
        return QStringLiteral("serial:") + serial;
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
