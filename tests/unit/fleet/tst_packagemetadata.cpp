#include "fleet/packagemetadata.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Where a package's metadata comes from: its sidecar manifest, its name, the
// user; and how a broken manifest is reported.
class tst_PackageMetadata : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString file(const QString &name, const QByteArray &manifest = {})
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("package bytes");
        if (!manifest.isNull()) {
            QFile m(path + ".json");
            m.open(QIODevice::WriteOnly);
            m.write(manifest);
        }
        return path;
    }

private slots:
    void fileNamesThatCarryBothVersionsAreRead_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("family");
        QTest::newRow("simcom example") << "SIM7020C_V1-SIM7020C_V2-1537247570.bin" << "SIM7020C" << "V1" << "V2" << int(Family::SimcomSim7020);
        QTest::newRow("no build stamp") << "SIM7020E_V1.2-SIM7020E_V1.3.bin" << "SIM7020E" << "V1.2" << "V1.3" << int(Family::SimcomSim7020);
        QTest::newRow("no extension") << "SIM7060G_A01-SIM7060G_A02" << "SIM7060G" << "A01" << "A02" << int(Family::SimcomSim7020);
        QTest::newRow("hl7800 dotted versions") << "HL7800_4.6.9.4-HL7800_4.7.1.0.dwl" << "HL7800" << "4.6.9.4" << "4.7.1.0" << int(Family::SierraHl78xx);
        QTest::newRow("case of the model") << "sim7020c_V1-SIM7020C_V2.bin" << "sim7020c" << "V1" << "V2" << int(Family::SimcomSim7020);
    }
    void fileNamesThatCarryBothVersionsAreRead()
    {
        QFETCH(QString, name);
        QFETCH(QString, model);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(int, family);
        const PackageMetadata m = PackageMetadataReader::fromFileName(QStringLiteral("/pkgs/") + name);
        QVERIFY2(m.ok(), qPrintable(m.message));
        QCOMPARE(m.info.model, model);
        QCOMPARE(m.info.fromVersion, from);
        QCOMPARE(m.info.toVersion, to);
        QCOMPARE(m.info.family, Family(family));
        QCOMPARE(m.info.source, PackageInfo::Source::FileName);
    }

    void otherNamesSayNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("one version") << "SIM7020C_V2.bin";
        QTest::newRow("two models") << "SIM7020C_V1-SIM7020E_V2.bin";
        QTest::newRow("plain") << "update.usf";
        QTest::newRow("dash inside a version") << "SIM7020C_V1-2-SIM7020C_V3.bin";
    }
    void otherNamesSayNothing()
    {
        QFETCH(QString, name);
        const PackageMetadata m = PackageMetadataReader::fromFileName(name);
        QVERIFY(!m.ok());
        QCOMPARE(m.error, PackageError::MetadataMissing);
    }

    void aManifestGivesEverything()
    {
        const QString path = file("diff.usf", R"({"family":"cinterion","model":"EXS82-W","from":"01.000","to":"02.000","size":13})");
        const PackageMetadata m = PackageMetadataReader::resolve(path);
        QVERIFY2(m.ok(), qPrintable(m.message));
        QCOMPARE(m.info.family, Family::Cinterion);
        QCOMPARE(m.info.model, QStringLiteral("EXS82-W"));
        QCOMPARE(m.info.fromVersion, QStringLiteral("01.000"));
        QCOMPARE(m.info.toVersion, QStringLiteral("02.000"));
        QCOMPARE(m.info.size, 13);
        QCOMPARE(m.info.source, PackageInfo::Source::Manifest);
    }

    void aManifestWinsOverTheFileName()
    {
        const QString path = file("SIM7020C_V1-SIM7020C_V2-1.bin", R"({"family":"simcom-sim7020","from":"1752B05SIM7020C","to":"1752B06SIM7020C"})");
        const PackageMetadata m = PackageMetadataReader::resolve(path);
        QCOMPARE(m.info.fromVersion, QStringLiteral("1752B05SIM7020C"));
        QCOMPARE(m.info.source, PackageInfo::Source::Manifest);
    }

    void theUsersVersionsReplaceTheNamesLabels()
    {
        const QString path = file("SIM7020C_V1-SIM7020C_V2-1537247570.bin");
        PackageInfo user;
        user.toVersion = QStringLiteral("1752B06SIM7020C");
        const PackageMetadata m = PackageMetadataReader::resolve(path, user);
        QVERIFY(m.ok());
        QCOMPARE(m.info.model, QStringLiteral("SIM7020C"));
        QCOMPARE(m.info.fromVersion, QString()); // "V1" was a label: not kept as a version
        QCOMPARE(m.info.toVersion, QStringLiteral("1752B06SIM7020C"));
        QCOMPARE(m.info.targetVersion(), QStringLiteral("1752B06SIM7020C"));
        QCOMPARE(m.info.source, PackageInfo::Source::User);
    }

    void aNamesLabelsAreNeverVersionsToCheck()
    {
        PackageInfo user;
        user.model = QStringLiteral("SIM7020E"); // the model alone leaves the labels labels
        const PackageMetadata m = PackageMetadataReader::resolve(file("SIM7020C_V1-SIM7020C_V2-1537247570.bin"), user);
        QVERIFY(m.ok());
        QCOMPARE(m.info.fromVersion, QStringLiteral("V1"));
        QCOMPARE(m.info.source, PackageInfo::Source::FileName);
        QCOMPARE(m.info.baseVersion(), QString());
        QCOMPARE(m.info.targetVersion(), QString());
    }

    void aFileNobodyDescribesIsUsableForAnyModule()
    {
        const PackageMetadata m = PackageMetadataReader::resolve(file("update.bin"));
        QVERIFY(m.ok());
        QCOMPARE(m.info.family, Family::Unknown); // the target module's, when it is sent
        QCOMPARE(m.info.baseVersion(), QString());
        QCOMPARE(m.info.targetVersion(), QString());
    }

    void aStationThatRequiresManifestsRefusesAFileWithout_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("nothing known") << "update.bin";
        QTest::newRow("a seed-style name") << "SIM7020C_V1-SIM7020C_V2-1537247570.bin";
    }

    void aStationThatRequiresManifestsRefusesAFileWithout()
    {
        QFETCH(QString, name);
        const PackageMetadata m = PackageMetadataReader::resolve(file(name), {}, true);
        QCOMPARE(m.error, PackageError::ManifestRequired);
        QVERIFY(m.message.contains(name + ".json"));
        QVERIFY(m.message.contains("--require-manifest"));
        const PackageMetadata withManifest
            = PackageMetadataReader::resolve(file("hl.dwl", R"({"family":"sierra-hl78xx"})"), {}, true);
        QVERIFY(withManifest.ok());
    }

    void brokenManifestsGiveAClassifiedError_data()
    {
        QTest::addColumn<QByteArray>("manifest");
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("wording");
        QTest::newRow("not json") << QByteArray("{\"family\": ") << int(PackageError::ManifestMalformed) << "not a JSON object";
        QTest::newRow("an array") << QByteArray("[1,2]") << int(PackageError::ManifestMalformed) << "not a JSON object";
        QTest::newRow("empty file") << QByteArray("") << int(PackageError::ManifestMalformed) << "not a JSON object";
        QTest::newRow("number as family") << QByteArray(R"({"family": 3})") << int(PackageError::ManifestInvalid) << "not text";
        QTest::newRow("unknown family") << QByteArray(R"({"family": "nokia"})") << int(PackageError::ManifestInvalid) << "nokia";
        QTest::newRow("negative size") << QByteArray(R"({"family": "cinterion", "size": -4})") << int(PackageError::ManifestInvalid) << "size";
        QTest::newRow("fractional size") << QByteArray(R"({"family": "cinterion", "size": 1.5})") << int(PackageError::ManifestInvalid) << "size";
        QTest::newRow("short sha256") << QByteArray(R"({"family": "cinterion", "sha256": "abc"})") << int(PackageError::ManifestInvalid) << "hex";
    }
    void brokenManifestsGiveAClassifiedError()
    {
        QFETCH(QByteArray, manifest);
        QFETCH(int, error);
        QFETCH(QString, wording);
        // Even with a telling file name and user metadata, a broken manifest is not guessed around.
        PackageInfo user;
        user.family = Family::SimcomSim7020;
        const PackageMetadata m = PackageMetadataReader::resolve(file("SIM7020C_V1-SIM7020C_V2.bin", manifest), user);
        QVERIFY(!m.ok());
        QCOMPARE(m.error, PackageError(error));
        QVERIFY2(m.message.contains(wording), qPrintable(m.message));
        QVERIFY(m.message.contains("SIM7020C_V1-SIM7020C_V2.bin.json"));
    }

    void modelsNameTheirFamily_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<int>("family");
        QTest::newRow("ge910") << "GE910-QUAD" << int(Family::TelitPfm);
        QTest::newRow("he910") << "HE910-EUD" << int(Family::TelitPfm);
        QTest::newRow("exs82") << "EXS82-W" << int(Family::Cinterion);
        QTest::newRow("tx62") << "TX62-W" << int(Family::Cinterion);
        QTest::newRow("sim7020e") << "SIM7020E" << int(Family::SimcomSim7020);
        QTest::newRow("hl7802") << "HL7802" << int(Family::SierraHl78xx);
        QTest::newRow("unknown") << "BG96" << int(Family::Unknown);
    }
    void modelsNameTheirFamily()
    {
        QFETCH(QString, model);
        QFETCH(int, family);
        QCOMPARE(familyForModel(model), Family(family));
    }
};

QTEST_GUILESS_MAIN(tst_PackageMetadata)
#include "tst_packagemetadata.moc"
