#include "jobs/settingsprofile.h"
#include "jobs/settingssnapshot.h"

#include <QTest>

// The settings profiles (resources/settings/*.json) and how values are picked
// out of module answers and compared.
class tst_SettingsProfile : public QObject
{
    Q_OBJECT

private:
    // JSON written with single quotes, for readability in C++ strings.
    static QByteArray json(const char *text) { return QByteArray(text).replace('\'', '"'); }

    static AtResult answer(const QString &command, const QStringList &lines, AtStatus status = AtStatus::Ok)
    {
        AtResult r;
        r.command = command;
        r.status = status;
        r.lines = lines;
        return r;
    }

private slots:
    void everyFamilyHasABuiltInProfile_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<bool>("fixedRate");
        QTest::addColumn<QStringList>("mustContain");
        QTest::newRow("cinterion table 3")
            << int(Family::Cinterion) << false
            << QStringList{"^SCFG GPRS/AutoAttach", "^SCFG Radio/Band/CatM", "^SCFG Security/GEA", "+CEDRXS",
                           "^SEDRXS", "^SXRAT", "+CCIOTOPT", "^SSDA", "+CEMODE", "+CGDCONT", "+CGSMS", "^SGAPN",
                           "^SGAUTH", "^SGCONF"};
        QTest::newRow("telit user settings") << int(Family::TelitPfm) << true << QStringList{"#SLED", "#NITZ"};
        QTest::newRow("sim7020 apn and bands") << int(Family::SimcomSim7020) << true
                                                << QStringList{"*MCGDEFCONT", "+CGDCONT", "+CBAND"};
        QTest::newRow("hl78xx pdp and bands") << int(Family::SierraHl78xx) << false
                                               << QStringList{"+CGDCONT", "+WDSS 2", "+KBNDCFG"};
    }
    void everyFamilyHasABuiltInProfile()
    {
        QFETCH(int, family);
        QFETCH(bool, fixedRate);
        QFETCH(QStringList, mustContain);
        QString error;
        SettingsProfile p = SettingsProfile::forFamily(Family(family), &error);
        QVERIFY2(p.isValid(), qPrintable(error));
        if (p.family == Family::TelitPfm)
            p = p.withUserSettings({});
        QCOMPARE(p.fixedRate, fixedRate);
        QStringList names;
        for (const SettingItem &item : p.items)
            names << item.name;
        for (const QString &name : mustContain)
            QVERIFY2(names.contains(name), qPrintable(name));
    }

    void cinterionReadsAllScfgKeysInOneExchange()
    {
        const SettingsProfile p = SettingsProfile::forFamily(Family::Cinterion);
        QCOMPARE(p.readCommands().count("AT^SCFG?"), 1);
        QVERIFY(p.readCommands().size() < p.items.size());
    }

    void theSgauthPasswordIsKnownToBeUnrestorable()
    {
        const SettingsProfile p = SettingsProfile::forFamily(Family::Cinterion);
        for (const SettingItem &item : p.items) {
            if (item.name == "^SGAUTH") {
                QVERIFY(!item.restorable());
                QVERIFY(item.secret.contains("password"));
                return;
            }
        }
        QFAIL("no ^SGAUTH item");
    }

    void telitLeavesTheKeptListToTheModule()
    {
        const SettingsProfile base = SettingsProfile::forFamily(Family::TelitPfm);
        QVERIFY(base.kept.contains("#BND"));
        QStringList ignored;
        const SettingsProfile p = base.withUserSettings({"#smov", "#BND", "+CGDCONT", "#GPIO"}, &ignored);
        QStringList names;
        for (const SettingItem &item : p.items)
            names << item.name;
        QVERIFY(names.contains("#GPIO"));
        QCOMPARE(names.count("#SMOV"), 1); // default list and user's choice merge
        QVERIFY(!names.contains("#BND"));
        QCOMPARE(ignored, (QStringList{"#BND", "+CGDCONT"}));
        for (const SettingItem &item : p.items) {
            if (item.name == "#GPIO") {
                QCOMPARE(item.read, QStringLiteral("AT#GPIO?"));
                QCOMPARE(item.prefix, QStringLiteral("#GPIO:"));
                QCOMPARE(item.writeCommand("1,0,1"), QStringLiteral("AT#GPIO=1,0,1"));
            }
        }
    }

    void valuesArePickedOutOfAnswers_data()
    {
        QTest::addColumn<QByteArray>("item");
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QStringList>("values");
        QTest::newRow("scfg key")
            << (json("{'name':'b','read':'AT^SCFG?','prefix':'^SCFG:','match':'Radio/Band/CatM'}"))
            << QStringList{"^SCFG: \"GPRS/AutoAttach\",\"enabled\"", "^SCFG: \"Radio/Band/CatM\",\"00080004\""}
            << QStringList{"\"00080004\""};
        QTest::newRow("scfg key with two values")
            << (json("{'name':'r','read':'AT^SCFG?','prefix':'^SCFG:','match':'MEopMode/RscMgmt/Rrc'}"))
            << QStringList{"^SCFG: \"MEopMode/RscMgmt/Rrc\",\"0\",\"1\""} << QStringList{"\"0\",\"1\""};
        QTest::newRow("cgdcont per cid, first three fields")
            << (json("{'name':'c','read':'AT+CGDCONT?','prefix':'+CGDCONT:','multi':true,'fields':3}"))
            << QStringList{"+CGDCONT: 1,\"IP\",\"internet\",\"0.0.0.0\",0,0", "+CGDCONT: 2,\"IPV6\",\"a,b\",\"\",0,0"}
            << QStringList{"1,\"IP\",\"internet\"", "2,\"IPV6\",\"a,b\""};
        QTest::newRow("wdss keeps its selector")
            << (json("{'name':'w','read':'AT+WDSS?','prefix':'+WDSS:','match':'2','keepMatch':true}"))
            << QStringList{"+WDSS: 1,0", "+WDSS: 2,1"} << QStringList{"2,1"};
        QTest::newRow("prefix without a space")
            << (json("{'name':'s','read':'AT#SLED?','prefix':'#SLED:'}")) << QStringList{"#SLED:2,1,1"}
            << QStringList{"2,1,1"};
        QTest::newRow("multi with no entries")
            << (json("{'name':'a','read':'AT^SGAPN?','prefix':'^SGAPN:','multi':true}")) << QStringList{}
            << QStringList{};
    }
    void valuesArePickedOutOfAnswers()
    {
        QFETCH(QByteArray, item);
        QFETCH(QStringList, lines);
        QFETCH(QStringList, values);
        const SettingsProfile p = SettingsProfile::fromJson(json("{'family':'cinterion','items':[") + item + "]}");
        QCOMPARE(p.items.size(), 1);
        const SettingsSnapshot s = SettingsSnapshot::fromAnswers(p, {{p.items[0].read, answer(p.items[0].read, lines)}});
        QCOMPARE(s.entries.size(), 1);
        QVERIFY(s.entries[0].readable);
        QCOMPARE(s.entries[0].values, values);
    }

    void anUnansweredSettingIsKeptAsUnreadableWithTheReason()
    {
        const SettingsProfile p = SettingsProfile::fromJson(
            json("{'family':'simcom-sim7020','items':[{'name':'+CBAND','read':'AT+CBAND?','prefix':'+CBAND:'}]}"));
        AtResult error = answer("AT+CBAND?", {}, AtStatus::Error);
        const SettingsSnapshot s = SettingsSnapshot::fromAnswers(p, {{"AT+CBAND?", error}});
        QVERIFY(!s.entries[0].readable);
        QVERIFY(s.entries[0].note.contains("AT+CBAND?"));
        QCOMPARE(s.unreadable(), QStringList{"+CBAND"});
        // Unreadable settings are not compared (nothing to restore them to).
        QVERIFY(SettingsSnapshot::compare(s, {}).isEmpty());
    }

    void comparisonIgnoresBlanksCaseAndOrder_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<bool>("differs");
        QTest::newRow("same") << QStringList{"1,\"IP\",\"a\""} << QStringList{"1,\"IP\",\"a\""} << false;
        QTest::newRow("blanks outside quotes") << QStringList{"1, \"IP\", \"a\""} << QStringList{"1,\"IP\",\"a\""} << false;
        QTest::newRow("hex case") << QStringList{"\"080E189F\""} << QStringList{"\"080e189f\""} << false;
        QTest::newRow("entry order") << QStringList{"1,a", "2,b"} << QStringList{"2,b", "1,a"} << false;
        QTest::newRow("blank inside quotes matters") << QStringList{"\"a b\""} << QStringList{"\"ab\""} << true;
        QTest::newRow("value changed") << QStringList{"2,1,1"} << QStringList{"0,0,0"} << true;
        QTest::newRow("entry lost") << QStringList{"1,a", "2,b"} << QStringList{"1,a"} << true;
    }
    void comparisonIgnoresBlanksCaseAndOrder()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(bool, differs);
        SettingsSnapshot b, a;
        b.entries << SettingValue{"x", before, true, {}};
        a.entries << SettingValue{"x", after, true, {}};
        const QList<SettingDifference> d = SettingsSnapshot::compare(b, a);
        QCOMPARE(!d.isEmpty(), differs);
        if (differs)
            QVERIFY(d.first().describe().startsWith("x: "));
    }

    void aSnapshotSurvivesJson()
    {
        SettingsSnapshot s;
        s.entries << SettingValue{"+CGDCONT", {"1,\"IP\",\"a\"", "2,\"IP\",\"b\""}, true, {}}
                  << SettingValue{"+CBAND", {}, false, "AT+CBAND? answered ERROR"};
        const SettingsSnapshot back = SettingsSnapshot::fromJson(s.toJson());
        QCOMPARE(back.entries.size(), 2);
        QCOMPARE(back.entries[0].values, s.entries[0].values);
        QVERIFY(!back.entries[1].readable);
        QCOMPARE(back.entries[1].note, s.entries[1].note);
    }

    void fieldsSplitOnlyOutsideQuotes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("fields");
        QTest::newRow("plain") << "1,2,3" << QStringList{"1", "2", "3"};
        QTest::newRow("quoted comma") << "\"a,b\",c" << QStringList{"\"a,b\"", "c"};
        QTest::newRow("empty field") << "1,,3" << QStringList{"1", "", "3"};
        QTest::newRow("empty") << "" << QStringList{};
    }
    void fieldsSplitOnlyOutsideQuotes()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, fields);
        QCOMPARE(splitAtFields(text), fields);
    }

    void aBrokenProfileSaysWhat_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("not json") << QByteArray("{");
        QTest::newRow("unknown family") << (json("{'family':'nokia','items':[]}"));
        QTest::newRow("item without prefix") << (json("{'family':'cinterion','items':[{'name':'a','read':'AT+A?'}]}"));
    }
    void aBrokenProfileSaysWhat()
    {
        QFETCH(QByteArray, text);
        QString error;
        QVERIFY(!SettingsProfile::fromJson(text, &error).isValid());
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SettingsProfile)
#include "tst_settingsprofile.moc"
