#pragma once

#include "family.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

// Who a module is, as read from it by the prober.
struct ModuleIdentity
{
    Family family = Family::Unknown;
    QString manufacturer;
    QString model;
    QString firmware;
    QString imei;
    QString imsi;
    QString iccid;
    QString serial;
    QString simState; // as +CPIN: reports it ("READY", "SIM PIN", ...); empty if unknown

    // What recognises the same module on another port after a reboot: the IMEI,
    // else the serial number; empty when neither is known.
    QString key() const;
    // Why `found` (read on a port after this module went away) is not this
    // module although it has the same key: a serial number or an ICCID that
    // both know and that differ (a clone with the same IMEI, or another module
    // plugged in during the reboot wait). Empty when it can be this module.
    // The firmware is not compared: an update changes it. The ICCID changes
    // only when the SIM is swapped, which this takes for another module.
    QString differenceFrom(const ModuleIdentity &found) const;
    bool isValid() const { return family != Family::Unknown && !key().isEmpty(); }
    bool simNeedsPin() const { return simState.compare(QLatin1String("SIM PIN"), Qt::CaseInsensitive) == 0; }

    // The fields of `fotadesk-cli identify --json` (DESIGN.md), without "port".
    QJsonObject toJson() const;
    static ModuleIdentity fromJson(const QJsonObject &json);

    friend bool operator==(const ModuleIdentity &, const ModuleIdentity &) = default;
};

Q_DECLARE_METATYPE(ModuleIdentity)
