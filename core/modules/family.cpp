#include "family.h"

#include <QCoreApplication>

namespace {

QStringList genericUrcs()
{
    return {
        QStringLiteral("+CREG:"), QStringLiteral("+CGREG:"), QStringLiteral("+CEREG:"),
        QStringLiteral("+CPIN:"), QStringLiteral("+CFUN:"), QStringLiteral("+CIEV:"),
        QStringLiteral("RING"), QStringLiteral("+CRING:"), QStringLiteral("+CMTI:"),
        QStringLiteral("+CUSD:"), QStringLiteral("+CTZV:"), QStringLiteral("+CGEV:"),
    };
}

} // namespace

QString familyId(Family family)
{
    switch (family) {
    case Family::TelitPfm: return QStringLiteral("telit-pfm");
    case Family::Cinterion: return QStringLiteral("cinterion");
    case Family::SimcomSim7020: return QStringLiteral("simcom-sim7020");
    case Family::SierraHl78xx: return QStringLiteral("sierra-hl78xx");
    case Family::Unknown: break;
    }
    return QStringLiteral("unknown");
}

QString familyDisplayName(Family family)
{
    switch (family) {
    case Family::TelitPfm: return QCoreApplication::translate("Family", "Telit (PFM)");
    case Family::Cinterion: return QCoreApplication::translate("Family", "Telit Cinterion");
    case Family::SimcomSim7020: return QCoreApplication::translate("Family", "SIMCom SIM7020");
    case Family::SierraHl78xx: return QCoreApplication::translate("Family", "Sierra HL78xx");
    case Family::Unknown: break;
    }
    return QCoreApplication::translate("Family", "Unknown");
}

Family familyFromId(const QString &id)
{
    for (Family f : allFamilies()) {
        if (familyId(f) == id)
            return f;
    }
    return Family::Unknown;
}

QList<Family> allFamilies()
{
    return {Family::TelitPfm, Family::Cinterion, Family::SimcomSim7020, Family::SierraHl78xx};
}

UrcRegistry urcRegistryFor(Family family)
{
    QStringList prefixes = genericUrcs();
    switch (family) {
    case Family::TelitPfm:
        prefixes << QStringLiteral("#OTAEV:");
        break;
    case Family::Cinterion:
        // ^SFDL install progress is printed as bare lines after OK.
        prefixes << QStringLiteral("^SNFOTA:") << QStringLiteral("^SYSSTART")
                 << QStringLiteral("^SNLWM2M:") << QStringLiteral("^SBC:")
                 << QStringLiteral("^SHUTDOWN") << QStringLiteral("FOTA START")
                 << QStringLiteral("Checksum ") << QStringLiteral("PHASE ")
                 << QStringLiteral(".") << QStringLiteral("SECURE CMD END");
        break;
    case Family::SimcomSim7020:
        prefixes << QStringLiteral("+CFOTA:") << QStringLiteral("*MATREADY:")
                 << QStringLiteral("+CHTTPNMIH:") << QStringLiteral("+CHTTPNMIC:")
                 << QStringLiteral("+CHTTPTOFSOK:") << QStringLiteral("+CHTTPERR:")
                 << QStringLiteral("+CHTTPTOFS:");
        break;
    case Family::SierraHl78xx:
        prefixes << QStringLiteral("+WDSI:") << QStringLiteral("+KSUP:")
                 << QStringLiteral("+KCELLMEAS:");
        break;
    case Family::Unknown: {
        UrcRegistry all(prefixes);
        for (Family f : allFamilies())
            all = all.merged(urcRegistryFor(f));
        return all;
    }
    }
    return UrcRegistry(prefixes);
}
