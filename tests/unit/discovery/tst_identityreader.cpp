#include "discovery/identityreader.h"

#include <QTest>

using Field = IdentityReader::Field;

Q_DECLARE_METATYPE(Field)

namespace {

AtResult okWith(const QStringList &lines)
{
    AtResult r;
    r.status = AtStatus::Ok;
    r.lines = lines;
    return r;
}

AtResult cmeError(const QString &detail, int code = -1)
{
    AtResult r;
    r.status = AtStatus::CmeError;
    r.detail = detail;
    r.errorCode = code;
    return r;
}

QString fieldOf(const ModuleIdentity &id, const QString &name)
{
    return id.toJson().value(name).toString();
}

} // namespace

class tst_IdentityReader : public QObject
{
    Q_OBJECT

private slots:
    void theFamilyIsDecidedFromTheDialectsNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Family>("family");
        QTest::newRow("Telit CGMI") << "Telit" << Family::TelitPfm;
        QTest::newRow("Telit ATI model") << "GE910-QUAD" << Family::TelitPfm;
        QTest::newRow("Cinterion CGMI") << "Cinterion" << Family::Cinterion;
        QTest::newRow("THALES CGMI") << "THALES" << Family::Cinterion;
        QTest::newRow("Telit Cinterion is Cinterion") << "Telit Cinterion" << Family::Cinterion;
        QTest::newRow("Cinterion model") << "EXS82-W" << Family::Cinterion;
        QTest::newRow("SIMCom CGMI") << "SIMCOM_Ltd" << Family::SimcomSim7020;
        QTest::newRow("SIMCom upper case") << "SIMCOM INCORPORATED" << Family::SimcomSim7020;
        QTest::newRow("SIMCom CGMR") << "1752B05SIM7020C" << Family::SimcomSim7020;
        QTest::newRow("Sierra CGMI") << "Sierra Wireless" << Family::SierraHl78xx;
        QTest::newRow("Sierra model") << "HL7800" << Family::SierraHl78xx;
        QTest::newRow("another maker") << "Quectel" << Family::Unknown;
        QTest::newRow("nothing") << "" << Family::Unknown;
    }

    void theFamilyIsDecidedFromTheDialectsNames()
    {
        QFETCH(QString, text);
        QFETCH(Family, family);
        QCOMPARE(IdentityReader::familyFromText(text), family);
    }

    void answersAreReadIntoTheIdentity_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<AtResult>("result");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("expected");

        QTest::newRow("telit CGMR bare") << Field::Firmware << okWith({"10.00.005"}) << "firmware" << "10.00.005";
        QTest::newRow("CGMR with prefix") << Field::Firmware << okWith({"+CGMR: 10.00.005"}) << "firmware" << "10.00.005";
        QTest::newRow("simcom CGMR Revision:") << Field::Firmware << okWith({"Revision:1752B05SIM7020C"})
                                               << "firmware" << "1752B05SIM7020C";
        QTest::newRow("sierra CGMR") << Field::Firmware << okWith({"BHL7800.1.6.3.0.20180803"})
                                     << "firmware" << "BHL7800.1.6.3.0.20180803";
        QTest::newRow("cinterion ATI1 firmware")
            << Field::CinterionInfo
            << okWith({"Cinterion", "EXS82-W", "REVISION 01.000", "A-REVISION 01.000.05"})
            << "firmware" << "01.000";
        QTest::newRow("cinterion ATI1 model")
            << Field::CinterionInfo << okWith({"Cinterion", "EXS82-W", "REVISION 01.000"}) << "model" << "EXS82-W";
        QTest::newRow("IMEI bare") << Field::Imei << okWith({"356167051000001"}) << "imei" << "356167051000001";
        QTest::newRow("IMEI +CGSN:") << Field::Imei << okWith({"+CGSN: 356167051000001"}) << "imei" << "356167051000001";
        QTest::newRow("IMSI") << Field::Imsi << okWith({"001011234500001"}) << "imsi" << "001011234500001";
        QTest::newRow("IMSI while the SIM is locked is empty")
            << Field::Imsi << cmeError("SIM PIN required") << "imsi" << "";
        QTest::newRow("telit #CCID") << Field::Iccid << okWith({"#CCID: 89010012000000000011"})
                                     << "iccid" << "89010012000000000011";
        QTest::newRow("cinterion ^SCID") << Field::Iccid << okWith({"^SCID: 89490200001234567890"})
                                         << "iccid" << "89490200001234567890";
        QTest::newRow("sierra +CCID") << Field::Iccid << okWith({"+CCID: 8933150319000000000F"})
                                      << "iccid" << "8933150319000000000F";
        QTest::newRow("simcom bare CCID") << Field::Iccid << okWith({"89860317492039453321"})
                                          << "iccid" << "89860317492039453321";
        QTest::newRow("sierra KGSN") << Field::Serial << okWith({"+KGSN: 4L927260060410"}) << "serial" << "4L927260060410";
        QTest::newRow("CGMM bare") << Field::Model << okWith({"GE910-QUAD"}) << "model" << "GE910-QUAD";
        QTest::newRow("CPIN READY") << Field::SimState << okWith({"+CPIN: READY"}) << "sim" << "READY";
        QTest::newRow("CPIN SIM PIN") << Field::SimState << okWith({"+CPIN: SIM PIN"}) << "sim" << "SIM PIN";
        QTest::newRow("CPIN without SIM") << Field::SimState << cmeError("SIM not inserted") << "sim" << "SIM not inserted";
        QTest::newRow("ERROR leaves the model empty") << Field::Model << AtResult{} << "model" << "";
    }

    void answersAreReadIntoTheIdentity()
    {
        QFETCH(Field, field);
        QFETCH(AtResult, result);
        QFETCH(QString, json);
        QFETCH(QString, expected);
        ModuleIdentity id;
        IdentityReader::apply(id, field, result);
        QCOMPARE(fieldOf(id, json), expected);
    }

    void aReadingTheLineMayHaveChangedIsNotPlausible_data()
    {
        QTest::addColumn<Field>("field");
        QTest::addColumn<AtResult>("result");
        QTest::addColumn<bool>("plausible");
        QTest::newRow("IMEI") << Field::Imei << okWith({"352906101400002"}) << true;
        QTest::newRow("IMEI, one digit changed: check digit") << Field::Imei << okWith({"352906101400012"}) << false;
        QTest::newRow("IMEI, a byte changed") << Field::Imei << okWith({QString::fromLatin1("35290610\xa7" "400002")}) << false;
        QTest::newRow("IMEI, a digit turned letter") << Field::Imei << okWith({"3529061O1400002"}) << false;
        QTest::newRow("IMEI without check digit") << Field::Imei << okWith({"35290610140000"}) << true;
        QTest::newRow("ICCID") << Field::Iccid << okWith({"+CCID: 89010013200000000004"}) << true;
        QTest::newRow("ICCID, one digit changed") << Field::Iccid << okWith({"+CCID: 89010013200100000004"}) << false;
        QTest::newRow("ICCID with F filler") << Field::Iccid << okWith({"+CCID: 8901001320000000002F"}) << true;
        QTest::newRow("IMSI") << Field::Imsi << okWith({"001011234500001"}) << true;
        QTest::newRow("IMSI missing") << Field::Imsi << okWith({"OK?"}) << false;
        QTest::newRow("IMSI refused behind a PIN") << Field::Imsi << cmeError("SIM PIN required") << true;
        QTest::newRow("model with a control byte") << Field::Model << okWith({QString::fromLatin1("HL78\x01" "00")}) << false;
        QTest::newRow("model") << Field::Model << okWith({"HL7800"}) << true;
    }

    void aReadingTheLineMayHaveChangedIsNotPlausible()
    {
        QFETCH(Field, field);
        QFETCH(AtResult, result);
        QFETCH(bool, plausible);
        QCOMPARE(IdentityReader::plausible(field, result), plausible);
    }

    void aLockedSimReadsAsNeedingThePin()
    {
        ModuleIdentity id;
        IdentityReader::apply(id, Field::SimState, okWith({"+CPIN: SIM PIN"}));
        QVERIFY(id.simNeedsPin());
    }

    void eachFamilyIsAskedForItsOwnIdentityCommands_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<QStringList>("mustAsk");
        QTest::newRow("telit") << Family::TelitPfm
                               << QStringList{"AT+CGMM", "AT+CGMR", "AT+CGSN", "AT+CIMI", "AT#CCID", "AT+CPIN?"};
        QTest::newRow("cinterion") << Family::Cinterion
                                   << QStringList{"AT+CGMM", "ATI1", "AT+CGSN", "AT+CIMI", "AT^SCID", "AT+CPIN?"};
        QTest::newRow("simcom") << Family::SimcomSim7020
                                << QStringList{"AT+CGMM", "AT+CGMR", "AT+CGSN", "AT+CIMI", "AT+CCID", "AT+CPIN?"};
        QTest::newRow("sierra") << Family::SierraHl78xx
                                << QStringList{"AT+CGMM", "AT+CGMR", "AT+CGSN", "AT+KGSN=3", "AT+CIMI", "AT+CCID", "AT+CPIN?"};
        QTest::newRow("unknown") << Family::Unknown << QStringList{"AT+CGMM", "AT+CGMR", "AT+CGSN"};
    }

    void eachFamilyIsAskedForItsOwnIdentityCommands()
    {
        QFETCH(Family, family);
        QFETCH(QStringList, mustAsk);
        QStringList asked;
        for (const auto &q : IdentityReader::queries(family))
            asked << q.command;
        for (const QString &c : mustAsk)
            QVERIFY2(asked.contains(c), qPrintable(c));
    }
};

QTEST_GUILESS_MAIN(tst_IdentityReader)
#include "tst_identityreader.moc"
