#include "jobs/applicability.h"

#include <QTest>

// Whether a package applies to a module, over families, models, versions,
// sizes and methods.
class tst_Applicability : public QObject
{
    Q_OBJECT

private:
    static ModuleIdentity module(Family family, const QString &model, const QString &firmware)
    {
        ModuleIdentity m;
        m.family = family;
        m.model = model;
        m.firmware = firmware;
        m.imei = QStringLiteral("356167051000017");
        return m;
    }

private slots:
    void findingsFollowFromModuleAndPackage_data()
    {
        QTest::addColumn<int>("moduleFamily");
        QTest::addColumn<QString>("moduleModel");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<int>("packageFamily");
        QTest::addColumn<QString>("packageModel");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("expected"); // issue ids, comma separated; empty: applies
        QTest::addColumn<bool>("overridable");

        const int telit = int(Family::TelitPfm), cint = int(Family::Cinterion),
                  simcom = int(Family::SimcomSim7020), sierra = int(Family::SierraHl78xx),
                  unknown = int(Family::Unknown);
        const int autoM = int(UpdateMethod::Auto), ota = int(UpdateMethod::Ota), cflw = int(UpdateMethod::Cflw),
                  lwm2m = int(UpdateMethod::Lwm2m);
        const qint64 mib = 1024 * 1024;

        QTest::newRow("telit delta on its base") << telit << "GE910-QUAD" << "10.00.005" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << autoM << "" << true;
        QTest::newRow("telit package for any model") << telit << "GE910-QUAD" << "10.00.005" << telit << "" << "10.00.005" << "10.00.006" << 4000LL << ota << "" << true;
        QTest::newRow("model letter case ignored") << telit << "ge910-quad" << "10.00.005" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << autoM << "" << true;
        QTest::newRow("telit on another base") << telit << "GE910-QUAD" << "10.00.003" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << autoM << "wrong-base-version" << true;
        QTest::newRow("telit already on target") << telit << "GE910-QUAD" << "10.00.006" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << autoM << "already-on-target" << true;
        QTest::newRow("cinterion package on a telit") << telit << "GE910-QUAD" << "10.00.005" << cint << "EXS82-W" << "01.000" << "02.000" << 4000LL << autoM << "other-family" << false;
        QTest::newRow("another cinterion model") << cint << "EXS62-W" << "REVISION 01.000" << cint << "EXS82-W" << "01.000" << "02.000" << 4000LL << autoM << "other-model" << false;
        QTest::newRow("cinterion REVISION wording") << cint << "EXS82-W" << "REVISION 01.000" << cint << "EXS82-W" << "01.000" << "02.000" << 4000LL << ota << "" << true;
        QTest::newRow("cinterion full image too large") << cint << "EXS82-W" << "01.000" << cint << "EXS82-W" << "01.000" << "02.000" << 12 * mib << autoM << "too-large" << false;
        QTest::newRow("cinterion exactly the partition") << cint << "EXS82-W" << "01.000" << cint << "EXS82-W" << "01.000" << "02.000" << 11 * mib << autoM << "" << true;
        QTest::newRow("cinterion lwm2m") << cint << "EXS82-W" << "01.000" << cint << "EXS82-W" << "01.000" << "02.000" << 4000LL << lwm2m << "" << true;
        QTest::newRow("sim7020 over 1 MiB") << simcom << "SIM7020C" << "V1" << simcom << "SIM7020C" << "V1" << "V2" << mib + 1 << autoM << "too-large" << false;
        QTest::newRow("sim7020 model and size wrong") << simcom << "SIM7020E" << "V1" << simcom << "SIM7020C" << "V1" << "V2" << 2 * mib << autoM << "other-model,too-large" << false;
        QTest::newRow("telit has no cflw") << telit << "GE910-QUAD" << "10.00.005" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << cflw << "method-unsupported" << false;
        QTest::newRow("hl78xx has ota") << sierra << "HL7800" << "BHL7800.1.6.3.0.20180803" << sierra << "HL7800" << "BHL7800.1.6.3.0.20180803" << "BHL7800.1.7.0.0" << 4000LL << ota << "" << true;
        QTest::newRow("hl78xx on another base") << sierra << "HL7800" << "BHL7800.1.6.0.0" << sierra << "HL7800" << "BHL7800.1.6.3.0.20180803" << "BHL7800.1.7.0.0" << 4000LL << ota << "wrong-base-version" << true;
        QTest::newRow("a full image with no base") << sierra << "HL7800" << "BHL7800.1.6.0.0" << sierra << "HL7800" << "" << "BHL7800.1.7.0.0" << 4000LL << autoM << "" << true;
        QTest::newRow("unidentified module") << unknown << "" << "" << telit << "GE910-QUAD" << "10.00.005" << "10.00.006" << 4000LL << autoM << "unknown-family" << false;
    }
    void findingsFollowFromModuleAndPackage()
    {
        QFETCH(int, moduleFamily);
        QFETCH(QString, moduleModel);
        QFETCH(QString, firmware);
        QFETCH(int, packageFamily);
        QFETCH(QString, packageModel);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(qint64, size);
        QFETCH(int, method);
        QFETCH(QString, expected);
        QFETCH(bool, overridable);

        PackageInfo p;
        p.path = QStringLiteral("/tmp/p.bin");
        p.family = Family(packageFamily);
        p.model = packageModel;
        p.fromVersion = from;
        p.toVersion = to;
        p.size = size;
        const Applicability a = checkApplicability(module(Family(moduleFamily), moduleModel, firmware), p,
                                                   UpdateMethod(method));
        QStringList ids;
        for (const auto &f : a.findings) {
            ids << issueId(f.issue);
            QVERIFY(!f.message.isEmpty());
        }
        QCOMPARE(ids.join(','), expected);
        QCOMPARE(a.applies(), expected.isEmpty());
        QCOMPARE(a.appliesWithOverride(), overridable);
    }

    void messagesNameBothValues()
    {
        PackageInfo p;
        p.family = Family::TelitPfm;
        p.fromVersion = QStringLiteral("10.00.005");
        p.toVersion = QStringLiteral("10.00.006");
        const Applicability a = checkApplicability(module(Family::TelitPfm, "GE910-QUAD", "10.00.003"), p);
        QVERIFY(a.summary().contains("10.00.005"));
        QVERIFY(a.summary().contains("10.00.003"));
    }

    void aFileNamesLabelsAndAnUnknownPackageApplyToAnyModule_data()
    {
        QTest::addColumn<int>("source");
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("from");
        QTest::newRow("seed-style labels V1 -> V2") << int(PackageInfo::Source::FileName) << int(Family::SimcomSim7020) << "V1";
        QTest::newRow("nothing known") << int(PackageInfo::Source::User) << int(Family::Unknown) << "";
    }
    void aFileNamesLabelsAndAnUnknownPackageApplyToAnyModule()
    {
        QFETCH(int, source);
        QFETCH(int, family);
        QFETCH(QString, from);
        PackageInfo p;
        p.path = QStringLiteral("/tmp/SIM7020C_V1-SIM7020C_V2-1537247570.bin");
        p.family = Family(family);
        p.fromVersion = from;
        p.toVersion = from.isEmpty() ? QString() : QStringLiteral("V2");
        p.source = PackageInfo::Source(source);
        p.size = 4000;
        const Applicability a = checkApplicability(module(Family::SimcomSim7020, "SIM7020C", "1752B05SIM7020C"), p);
        QVERIFY2(a.applies(), qPrintable(a.summary()));
    }

    void firmwareComparisonIgnoresCaseBlanksAndRevision_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<bool>("same");
        QTest::newRow("identical") << "10.00.005" << "10.00.005" << true;
        QTest::newRow("blanks") << " 10.00.005 " << "10.00.005" << true;
        QTest::newRow("case") << "bhl7800.1.6.3.0" << "BHL7800.1.6.3.0" << true;
        QTest::newRow("cinterion revision") << "REVISION 01.000" << "01.000" << true;
        QTest::newRow("different") << "10.00.005" << "10.00.006" << false;
        QTest::newRow("prefix only") << "10.00" << "10.00.005" << false;
    }
    void firmwareComparisonIgnoresCaseBlanksAndRevision()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(bool, same);
        QCOMPARE(sameFirmware(a, b), same);
    }

    void refusalsAreClassified_data()
    {
        QTest::addColumn<int>("issue");
        QTest::addColumn<int>("reason");
        using I = Applicability::Issue;
        QTest::newRow("too large") << int(I::TooLarge) << int(FailureReason::NoSpace);
        QTest::newRow("changed") << int(I::PackageChanged) << int(FailureReason::Integrity);
        QTest::newRow("sim") << int(I::SimPinNeeded) << int(FailureReason::SimLocked);
        QTest::newRow("gone") << int(I::NotConnected) << int(FailureReason::PortLost);
        QTest::newRow("family") << int(I::OtherFamily) << int(FailureReason::NotApplicable);
    }
    void refusalsAreClassified()
    {
        QFETCH(int, issue);
        QFETCH(int, reason);
        QCOMPARE(failureReasonFor(Applicability::Issue(issue)), FailureReason(reason));
    }
};

QTEST_GUILESS_MAIN(tst_Applicability)
#include "tst_applicability.moc"
