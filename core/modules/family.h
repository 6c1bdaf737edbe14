#pragma once

#include "at/urcregistry.h"

#include <QMetaType>
#include <QString>

// The four module families FotaDesk supports. The ids are the command-line and
// JSON names ("telit-pfm", ...), shared with fotadesk-sim's --family.
enum class Family {
    Unknown,
    TelitPfm,
    Cinterion,
    SimcomSim7020,
    SierraHl78xx,
};

QString familyId(Family family);              // "telit-pfm"
QString familyDisplayName(Family family);     // "Telit (PFM)", translated
Family familyFromId(const QString &id);       // Unknown when not one of the ids
QList<Family> allFamilies();

// The unsolicited result codes each family sends (PROTOCOLS.md), plus the
// generic 3GPP ones. Unknown: the union, used while probing.
UrcRegistry urcRegistryFor(Family family);

Q_DECLARE_METATYPE(Family)
