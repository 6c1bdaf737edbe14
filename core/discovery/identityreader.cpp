#include "identityreader.h"

#include "imeicheck.h"

#include <QRegularExpression>

#include <algorithm>

namespace IdentityReader {

namespace {

QString firstValue(const AtResult &result)
{
    for (const QString &line : result.lines) {
        const QString v = stripPrefix(line);
        if (!v.isEmpty())
            return v;
    }
    return {};
}

// IMEI, IMSI: the first run of digits long enough to be one (some firmwares
// print "+CGSN: 35...", others "IMEI: 35..." or the bare number).
QString digitsValue(const AtResult &result, int minDigits)
{
    static const QRegularExpression run(QStringLiteral("\\d+"));
    for (const QString &line : result.lines) {
        auto it = run.globalMatch(line);
        while (it.hasNext()) {
            const QString d = it.next().captured();
            if (d.size() >= minDigits)
                return d;
        }
    }
    return {};
}

// ICCIDs end with a hex 'F' filler on some SIMs; keep letters and digits.
QString iccidValue(const AtResult &result)
{
    static const QRegularExpression id(QStringLiteral("[0-9A-Fa-f]{18,22}"));
    for (const QString &line : result.lines) {
        const QRegularExpressionMatch m = id.match(stripPrefix(line));
        if (m.hasMatch())
            return m.captured();
    }
    return {};
}

void applyCinterionInfo(ModuleIdentity &id, const AtResult &result)
{
    // Cinterion / EXS82-W / REVISION 01.000 / A-REVISION 01.000.05
    QStringList plain;
    for (const QString &line : result.lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("A-REVISION"), Qt::CaseInsensitive))
            continue; // the application revision; the firmware is REVISION
        if (t.startsWith(QLatin1String("REVISION"), Qt::CaseInsensitive)) {
            id.firmware = t.mid(8).trimmed();
            continue;
        }
        if (!t.isEmpty())
            plain << t;
    }
    if (id.manufacturer.isEmpty() && !plain.isEmpty())
        id.manufacturer = plain.value(0);
    if (id.model.isEmpty() && plain.size() > 1)
        id.model = plain.value(1);
}

} // namespace

QString stripPrefix(const QString &line)
{
    QString v = line.trimmed();
    // "+CGMR: x", "#CCID: x", "^SCID: x", "+KGSN: x", "Revision: x"
    static const QRegularExpression prefix(QStringLiteral("^([+#^*$][A-Za-z0-9]+|[A-Za-z][A-Za-z ]*):\\s*"));
    const QRegularExpressionMatch m = prefix.match(v);
    if (m.hasMatch())
        v = v.mid(m.capturedLength());
    if (v.size() >= 2 && v.startsWith(QLatin1Char('"')) && v.endsWith(QLatin1Char('"')))
        v = v.mid(1, v.size() - 2);
    return v.trimmed();
}

Family familyFromText(const QString &text)
{
    const QString t = text.toLower();
    // Cinterion first: Thales/Gemalto modules now sold under the Telit name
    // say "Telit Cinterion".
    if (t.contains(QLatin1String("cinterion")) || t.contains(QLatin1String("thales"))
        || t.contains(QLatin1String("gemalto")) || t.contains(QLatin1String("exs62"))
        || t.contains(QLatin1String("exs82")) || t.contains(QLatin1String("tx62"))
        || t.contains(QLatin1String("tx82")))
        return Family::Cinterion;
    if (t.contains(QLatin1String("simcom")) || t.contains(QLatin1String("sim7020"))
        || t.contains(QLatin1String("sim7060")))
        return Family::SimcomSim7020;
    if (t.contains(QLatin1String("sierra")) || t.contains(QLatin1String("hl78")))
        return Family::SierraHl78xx;
    if (t.contains(QLatin1String("telit")) || t.contains(QLatin1String("ge910"))
        || t.contains(QLatin1String("gl910")) || t.contains(QLatin1String("he910")))
        return Family::TelitPfm;
    return Family::Unknown;
}

QList<Query> queries(Family family)
{
    const Query model{QStringLiteral("AT+CGMM"), Field::Model};
    const Query firmware{QStringLiteral("AT+CGMR"), Field::Firmware};
    const Query imei{QStringLiteral("AT+CGSN"), Field::Imei};
    const Query imsi{QStringLiteral("AT+CIMI"), Field::Imsi};
    const Query sim{QStringLiteral("AT+CPIN?"), Field::SimState};
    switch (family) {
    case Family::TelitPfm:
        return {model, firmware, imei, imsi, {QStringLiteral("AT#CCID"), Field::Iccid}, sim};
    case Family::Cinterion:
        return {model, {QStringLiteral("ATI1"), Field::CinterionInfo}, imei, imsi,
                {QStringLiteral("AT^SCID"), Field::Iccid}, sim};
    case Family::SimcomSim7020:
        return {model, firmware, imei, imsi, {QStringLiteral("AT+CCID"), Field::Iccid}, sim};
    case Family::SierraHl78xx:
        return {model, firmware, imei, {QStringLiteral("AT+KGSN=3"), Field::Serial}, imsi,
                {QStringLiteral("AT+CCID"), Field::Iccid}, sim};
    case Family::Unknown:
        break;
    }
    return {model, firmware, imei, imsi, sim};
}

namespace {

// The last digit of `digits` is the Luhn check digit of those before it.
bool luhnHolds(const QString &digits)
{
    return digits.size() > 1 && digits.back().isDigit()
        && digits.back().digitValue() == ImeiCheck::luhnDigit(digits.chopped(1));
}

} // namespace

bool plausible(Field field, const AtResult &result)
{
    if (!result.ok())
        return true; // a refusal is an answer (IMSI behind a SIM PIN)
    if (result.looksDamaged())
        return false;
    switch (field) {
    case Field::Imei: {
        // A digit the line changed into another digit breaks the check digit
        // of a 15-digit IMEI; 14 and 16 digits carry none.
        const QString imei = digitsValue(result, 14);
        return !imei.isEmpty() && (imei.size() != 15 || luhnHolds(imei));
    }
    case Field::Imsi: return !digitsValue(result, 6).isEmpty();
    case Field::Iccid: {
        // ITU-T E.118: 19 or 20 digits, the last a Luhn check digit (an F
        // filler after them on some SIMs).
        QString iccid = iccidValue(result);
        if (iccid.endsWith(QLatin1Char('F'), Qt::CaseInsensitive))
            iccid.chop(1);
        const bool digitsOnly = std::all_of(iccid.cbegin(), iccid.cend(), [](QChar c) { return c.isDigit(); });
        return !iccid.isEmpty() && (!digitsOnly || iccid.size() < 19 || luhnHolds(iccid));
    }
    default: return true;
    }
}

void apply(ModuleIdentity &id, Field field, const AtResult &result)
{
    if (field == Field::SimState) {
        if (result.ok())
            id.simState = firstValue(result);
        else if (result.status == AtStatus::CmeError)
            id.simState = result.detail.isEmpty() ? result.describe() : result.detail;
        return;
    }
    if (!result.ok())
        return;
    switch (field) {
    case Field::Manufacturer: id.manufacturer = firstValue(result); break;
    case Field::Model: id.model = firstValue(result); break;
    case Field::Firmware: id.firmware = firstValue(result); break;
    case Field::Imei: id.imei = digitsValue(result, 14); break;
    case Field::Imsi: id.imsi = digitsValue(result, 6); break;
    case Field::Iccid: id.iccid = iccidValue(result); break;
    case Field::Serial: id.serial = firstValue(result); break;
    case Field::CinterionInfo: applyCinterionInfo(id, result); break;
    case Field::SimState: break;
    }
}

} // namespace IdentityReader
