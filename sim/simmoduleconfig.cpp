#include "simmoduleconfig.h"

namespace {

struct FamilyIdentity
{
    const char *tac;          // type allocation code: first 8 IMEI digits
    const char *manufacturer;
    const char *model;
    const char *firmware;
    const char *serialPrefix;
};

FamilyIdentity identityOf(Family family)
{
    switch (family) {
    case Family::TelitPfm:
        return {"35616705", "Telit", "GE910-QUAD", "10.00.005", "TL"};
    case Family::Cinterion:
        return {"35418411", "Cinterion", "EXS82-W", "01.000", "CN"};
    case Family::SimcomSim7020:
        return {"86767903", "SIMCOM_Ltd", "SIM7020C", "1752B05SIM7020C", "SC"};
    case Family::SierraHl78xx:
        return {"35290610", "Sierra Wireless", "HL7800", "BHL7800.1.6.3.0.20180803", "4L9272"};
    case Family::Unknown:
        break;
    }
    return {"35000000", "Unknown", "Unknown", "0", "XX"};
}

QString digits(qint64 value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0')).right(width);
}

} // namespace

int SimModuleConfig::luhnDigit(const QString &digitsIn)
{
    int sum = 0;
    bool twice = true; // the check digit will be appended on the right
    for (qsizetype i = digitsIn.size() - 1; i >= 0; --i) {
        int d = digitsIn.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return (10 - sum % 10) % 10;
}

SimModuleConfig SimModuleConfig::defaults(Family family, int index)
{
    const FamilyIdentity id = identityOf(family);
    const int familyNo = int(family);
    SimModuleConfig c;
    c.family = family;
    const QString imeiBody = QLatin1String(id.tac) + digits(100000 + familyNo * 10000 + index, 6);
    c.imei = imeiBody + QString::number(luhnDigit(imeiBody));
    // Test network 001/01: never a real subscriber.
    c.imsi = QStringLiteral("00101") + digits(qint64(familyNo) * 1000000000LL + 123450000 + index, 10);
    const QString iccidBody = QStringLiteral("8901001") + digits(qint64(familyNo) * 100000000000LL + 20000000000LL + index, 12);
    c.iccid = iccidBody + QString::number(luhnDigit(iccidBody));
    c.serial = QLatin1String(id.serialPrefix) + digits(60060400 + familyNo * 1000 + index, 8);
    c.manufacturer = QLatin1String(id.manufacturer);
    c.model = QLatin1String(id.model);
    c.firmware = QLatin1String(id.firmware);
    return c;
}

SimModuleConfig SimModuleConfig::completed(SimModuleConfig config, int index)
{
    const SimModuleConfig d = defaults(config.family, index);
    auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    fill(config.imei, d.imei);
    fill(config.imsi, d.imsi);
    fill(config.iccid, d.iccid);
    fill(config.serial, d.serial);
    fill(config.manufacturer, d.manufacturer);
    fill(config.model, d.model);
    fill(config.firmware, d.firmware);
    return config;
}
