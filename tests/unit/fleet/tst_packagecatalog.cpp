#include "fleet/inventorystore.h"
#include "fleet/packagecatalog.h"
#include "fleet/store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The package catalog: hashed from the bytes, persisted, and a file that
// changed on disk refused.
class tst_PackageCatalog : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<PackageCatalog> m_catalog;

    QString write(const QString &name, const QByteArray &bytes, const QByteArray &manifest = {})
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        if (!manifest.isNull()) {
            QFile m(path + ".json");
            m.open(QIODevice::WriteOnly);
            m.write(manifest);
        }
        return path;
    }

    // Adds and waits; returns the package, or an empty one with `error` set.
    PackageInfo add(const QString &path, const PackageInfo &user = {}, PackageError *error = nullptr,
                    QString *message = nullptr)
    {
        QSignalSpy added(m_catalog.get(), &PackageCatalog::packageAdded);
        QSignalSpy rejected(m_catalog.get(), &PackageCatalog::packageRejected);
        m_catalog->add(path, user);
        if (!QTest::qWaitFor([&] { return !added.isEmpty() || !rejected.isEmpty(); }, 5000))
            return {};
        if (!rejected.isEmpty()) {
            if (error)
                *error = rejected.first().at(1).value<PackageError>();
            if (message)
                *message = rejected.first().at(2).toString();
            return {};
        }
        return added.first().first().value<PackageInfo>();
    }

    static QString hex(const QByteArray &bytes, QCryptographicHash::Algorithm a)
    {
        return QString::fromLatin1(QCryptographicHash::hash(bytes, a).toHex());
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir->filePath("fotadesk.sqlite")));
        m_inventory = std::make_unique<InventoryStore>(m_store.get());
        m_catalog = std::make_unique<PackageCatalog>(m_inventory.get());
    }

    void cleanup()
    {
        m_catalog.reset();
        m_inventory.reset();
        m_store.reset();
        m_dir.reset();
    }

    void sizeSha256AndMd5AreHashedFromTheBytes()
    {
        // Larger than one read chunk, so the hashing is streamed over several turns.
        const QByteArray bytes = QByteArray(700 * 1024, 'x') + "end";
        const QString path = write("SIM7020C_V1-SIM7020C_V2-1537247570.bin", bytes);
        const PackageInfo p = add(path);
        QVERIFY(p.isValid());
        QCOMPARE(p.size, bytes.size());
        QCOMPARE(p.sha256, hex(bytes, QCryptographicHash::Sha256));
        QCOMPARE(p.md5, hex(bytes, QCryptographicHash::Md5));
        QCOMPARE(p.family, Family::SimcomSim7020);
        QCOMPARE(p.fromVersion, QStringLiteral("V1"));
        QCOMPARE(p.toVersion, QStringLiteral("V2"));
        QCOMPARE(p.source, PackageInfo::Source::FileName);
        QCOMPARE(m_catalog->packages().size(), 1);
        QCOMPARE(m_catalog->find(p.id())->path, path);
    }

    void aManifestDescribesThePackage()
    {
        const QByteArray bytes("cinterion delta");
        const QString path = write("diff.usf", bytes,
                                   QStringLiteral(R"({"family":"cinterion","model":"EXS82-W","from":"01.000","to":"02.000","sha256":"%1"})")
                                       .arg(hex(bytes, QCryptographicHash::Sha256)).toUtf8());
        const PackageInfo p = add(path);
        QVERIFY(p.isValid());
        QCOMPARE(p.source, PackageInfo::Source::Manifest);
        QCOMPARE(p.model, QStringLiteral("EXS82-W"));
    }

    void aManifestThatDoesNotDescribeTheseBytesIsRefused()
    {
        const QString path = write("diff.usf", "these bytes",
                                   R"({"family":"cinterion","sha256":"0000000000000000000000000000000000000000000000000000000000000000"})");
        PackageError error = PackageError::None;
        QString message;
        QVERIFY(!add(path, {}, &error, &message).isValid());
        QCOMPARE(error, PackageError::DigestMismatch);
        QVERIFY(message.contains("diff.usf"));
    }

    void theUserCanDescribeAFile()
    {
        PackageInfo user;
        user.family = Family::SierraHl78xx;
        user.model = QStringLiteral("HL7800");
        user.fromVersion = QStringLiteral("4.6.9.4");
        user.toVersion = QStringLiteral("4.7.1.0");
        const PackageInfo p = add(write("firmware.dwl", "hl bytes"), user);
        QVERIFY(p.isValid());
        QCOMPARE(p.source, PackageInfo::Source::User);
        QCOMPARE(p.toVersion, QStringLiteral("4.7.1.0"));
    }

    void aBrokenManifestLeavesTheCatalogAsItWas()
    {
        const PackageInfo good = add(write("SIM7020C_V1-SIM7020C_V2.bin", "good"));
        QVERIFY(good.isValid());
        QSignalSpy changed(m_catalog.get(), &PackageCatalog::changed);
        PackageError error = PackageError::None;
        QString message;
        QVERIFY(!add(write("SIM7020C_V2-SIM7020C_V3.bin", "next", "{ not json"), {}, &error, &message).isValid());
        QCOMPARE(error, PackageError::ManifestMalformed);
        QVERIFY(message.contains(".json"));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(m_catalog->packages(), QList<PackageInfo>{good});
        QCOMPARE(m_inventory->packages().size(), 1);
    }

    void unreadableAndEmptyFilesAreRefused_data()
    {
        QTest::addColumn<bool>("exists");
        QTest::newRow("missing") << false;
        QTest::newRow("empty") << true;
    }
    void unreadableAndEmptyFilesAreRefused()
    {
        QFETCH(bool, exists);
        PackageInfo user;
        user.family = Family::TelitPfm;
        const QString path = exists ? write("empty.bin", "") : m_dir->filePath("nowhere.bin");
        PackageError error = PackageError::None;
        QVERIFY(!add(path, user, &error).isValid());
        QCOMPARE(error, PackageError::Unreadable);
        QVERIFY(m_catalog->packages().isEmpty());
    }

    void aFileChangedOnDiskIsDetectedByItsHash()
    {
        const QString path = write("SIM7020C_V1-SIM7020C_V2.bin", "original");
        const PackageInfo p = add(path);
        QSignalSpy checked(m_catalog.get(), &PackageCatalog::packageChecked);
        m_catalog->check(p.id());
        QVERIFY(checked.wait(3000));
        QCOMPARE(checked.first().at(1).value<PackageError>(), PackageError::None);

        write("SIM7020C_V1-SIM7020C_V2.bin", "tampered"); // same size would not matter: the hash does
        m_catalog->check(p.id());
        QVERIFY(checked.wait(3000));
        QCOMPARE(checked.last().at(1).value<PackageError>(), PackageError::Changed);
        QVERIFY(checked.last().at(2).toString().contains("changed on disk"));
    }

    void theCatalogSurvivesARestart()
    {
        const PackageInfo p = add(write("SIM7020C_V1-SIM7020C_V2.bin", "kept"));
        PackageCatalog again(m_inventory.get());
        again.load();
        QCOMPARE(again.packages().size(), 1);
        const PackageInfo back = again.packages().first();
        QCOMPARE(back.sha256, p.sha256);
        QCOMPARE(back.md5, p.md5);
        QCOMPARE(back.family, p.family);
        QCOMPARE(back.fromVersion, p.fromVersion);
        QCOMPARE(back.source, PackageInfo::Source::FileName);
    }

    void addingAFileAgainWithOtherBytesReplacesItsEntry()
    {
        const QString path = write("SIM7020C_V1-SIM7020C_V2.bin", "first");
        const PackageInfo first = add(path);
        write("SIM7020C_V1-SIM7020C_V2.bin", "second");
        const PackageInfo second = add(path);
        QVERIFY(first.id() != second.id());
        QCOMPARE(m_catalog->packages().size(), 1);
        QCOMPARE(m_catalog->findByPath(path)->id(), second.id());
        QCOMPARE(m_inventory->packages().size(), 1);
        QVERIFY(m_catalog->remove(second.id()));
        QVERIFY(m_inventory->packages().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_PackageCatalog)
#include "tst_packagecatalog.moc"
