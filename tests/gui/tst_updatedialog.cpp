#include "fakeengine.h"
#include "fakefleet.h"
#include "modules/moduledriver.h"
#include "ui/update/applicabilitymodel.h"
#include "ui/update/packagefiledialog.h"
#include "ui/update/packagemodel.h"
#include "ui/update/updatedialog.h"
#include "ui/update/updateoptionsform.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

class tst_UpdateDialog : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_engine = std::make_unique<FakeEngine>();
        m_packages = std::make_unique<PackageModel>();
        m_packages->attach(m_engine.get());
        QList<PackageInfo> catalog;
        for (Family f : allFamilies())
            catalog << FakeFleet::package(f);
        m_engine->setPackages(catalog);
    }

    void cleanup()
    {
        m_packages.reset();
        m_engine.reset();
    }

    void theCatalogShowsVersionsSizesAndHashes()
    {
        const PackageInfo p = FakeFleet::package(Family::SierraHl78xx);
        const int row = m_packages->rowOf(p.id());
        QVERIFY(row >= 0);
        QCOMPARE(m_packages->index(row, PackageModel::FromVersion).data().toString(), p.fromVersion);
        QCOMPARE(m_packages->index(row, PackageModel::ToVersion).data().toString(), p.toVersion);
        QVERIFY(!m_packages->index(row, PackageModel::Size).data().toString().isEmpty());
        QVERIFY(p.sha256.startsWith(m_packages->index(row, PackageModel::Sha256).data().toString().chopped(1)));
        QCOMPARE(m_packages->index(row, PackageModel::Sha256).data(Qt::ToolTipRole).toString(), p.sha256);
    }

    void eachModuleSaysWhetherThePackageAppliesAndWhyNot()
    {
        ModuleSnapshot matching = FakeFleet::module(Family::SierraHl78xx, 0);
        ModuleSnapshot updated = FakeFleet::module(Family::SierraHl78xx, 1);
        updated.identity.firmware = FakeFleet::package(Family::SierraHl78xx).toVersion;
        ModuleSnapshot telit = FakeFleet::module(Family::TelitPfm, 2);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {matching, updated, telit});
        dialog.selectPackage(FakeFleet::package(Family::SierraHl78xx).id());

        ApplicabilityModel *a = dialog.applicability();
        QCOMPARE(a->rowCount(), 3);
        QCOMPARE(a->verdict(0), ApplicabilityModel::Verdict::Applies);
        QCOMPARE(a->verdict(1), ApplicabilityModel::Verdict::Overridable);
        QCOMPARE(a->verdict(2), ApplicabilityModel::Verdict::NotApplicable);
        QVERIFY2(a->index(1, ApplicabilityModel::Reason).data().toString().contains(updated.identity.firmware),
                 qPrintable(a->index(1, ApplicabilityModel::Reason).data().toString()));
        QVERIFY(!a->index(2, ApplicabilityModel::Reason).data().toString().isEmpty());
        // Telit's finding (another family) can never be overridden: no override offered.
        QVERIFY(dialog.overrideBox()->isHidden());
        QCOMPARE(dialog.order().moduleIds, QStringList{matching.id});
        QVERIFY(dialog.startButton()->isEnabled());
    }

    void theOverrideIsOfferedOnlyWhenEveryFindingMayBeOverridden()
    {
        ModuleSnapshot updated = FakeFleet::module(Family::SierraHl78xx, 1);
        updated.identity.firmware = FakeFleet::package(Family::SierraHl78xx).toVersion;
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {updated});
        dialog.selectPackage(FakeFleet::package(Family::SierraHl78xx).id());
        QVERIFY(!dialog.overrideBox()->isHidden());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.order().moduleIds.isEmpty());
        dialog.overrideBox()->setChecked(true);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.order().moduleIds, QStringList{updated.id});
        QVERIFY(dialog.order().overrideChecks);

        // Another package for another model: not overridable, the box goes.
        dialog.selectPackage(FakeFleet::package(Family::TelitPfm).id());
        QVERIFY(dialog.overrideBox()->isHidden());
        QVERIFY(!dialog.order().overrideChecks);
        QVERIFY(!dialog.startButton()->isEnabled());
    }

    void theMethodDefaultsToTheFamilysBest_data()
    {
        QTest::addColumn<Family>("family");
        for (Family f : allFamilies())
            QTest::newRow(qPrintable(familyId(f))) << f;
    }

    void theMethodDefaultsToTheFamilysBest()
    {
        QFETCH(Family, family);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(family, 0)});
        QCOMPARE(dialog.options()->method(), ModuleDriver::forFamily(family)->defaultMethod());
        QCOMPARE(dialog.options()->methodBox()->count(), ModuleDriver::forFamily(family)->methods().size());
    }

    void aMixedSelectionDefaultsToEachFamilysBest()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(),
                            {FakeFleet::module(Family::TelitPfm, 0), FakeFleet::module(Family::Cinterion, 1)});
        QCOMPARE(dialog.options()->method(), UpdateMethod::Auto);
    }

    void theOnlyMatchingPackageIsPreselected()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::Cinterion, 0)});
        QVERIFY(dialog.selectedPackage());
        QCOMPARE(dialog.selectedPackage()->id(), FakeFleet::package(Family::Cinterion).id());
    }

    void startSendsMethodPackageAndPinToTheEngine()
    {
        ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 0);
        hl.identity.simState = QStringLiteral("SIM PIN");
        ModuleSnapshot hl2 = FakeFleet::module(Family::SierraHl78xx, 1);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {hl, hl2});
        const PackageInfo p = FakeFleet::package(Family::SierraHl78xx);
        dialog.selectPackage(p.id());
        UpdateOptionsForm *o = dialog.options();
        QCOMPARE(o->pinField()->echoMode(), QLineEdit::Password);
        QCOMPARE(o->apnPasswordField()->echoMode(), QLineEdit::Password);
        QTest::keyClicks(o->pinField(), QStringLiteral("4711"));
        if (o->isRowShown(o->apnField())) {
            QTest::keyClicks(o->apnField(), QStringLiteral("iot.example"));
            QTest::keyClicks(o->apnPasswordField(), QStringLiteral("s3cret"));
        }
        QVERIFY(dialog.startButton()->isEnabled());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);

        QCOMPARE(m_engine->orders.size(), 1);
        const UpdateOrder order = m_engine->orders.first();
        QCOMPARE(order.moduleIds, (QStringList{hl.id, hl2.id}));
        QCOMPARE(order.packageId, p.id());
        QCOMPARE(order.request.method, ModuleDriver::forFamily(Family::SierraHl78xx)->defaultMethod());
        QCOMPARE(order.request.packagePath, p.path);
        QCOMPARE(order.request.packageSha256, p.sha256);
        QCOMPARE(order.request.packageMd5, p.md5);
        QCOMPARE(order.request.packageSize, p.size);
        QCOMPARE(order.request.fromVersion, p.fromVersion);
        QCOMPARE(order.request.toVersion, p.toVersion);
        QCOMPARE(order.request.simPin, QStringLiteral("4711"));
        if (o->isRowShown(o->apnField())) {
            QCOMPARE(order.request.apn, QStringLiteral("iot.example"));
            QCOMPARE(order.request.apnPassword, QStringLiteral("s3cret"));
        }
        QVERIFY(!order.overrideChecks);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }

    void aMalformedPinKeepsStartDisabledAndSaysWhy()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::SierraHl78xx, 0)});
        QVERIFY(dialog.startButton()->isEnabled());
        dialog.options()->pinField()->setText(QStringLiteral("12a"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("PIN")));
        dialog.start();
        QVERIFY(m_engine->orders.isEmpty());
    }

    void telitAsksForItsPfmServerAndTheAgreementPolicy()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::TelitPfm, 0)});
        dialog.setAgreementDefaults(AgreementPolicy::Ask, 30);
        UpdateOptionsForm *o = dialog.options();
        QVERIFY(o->isRowShown(o->policyBox()));
        QCOMPARE(o->policyBox()->currentData().value<AgreementPolicy>(), AgreementPolicy::Ask);
        UpdateRequest r;
        o->fillRequest(r);
        QCOMPARE(r.policy, AgreementPolicy::Ask);

        UpdateDialog cinterion(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::Cinterion, 0)});
        QVERIFY(!cinterion.options()->isRowShown(cinterion.options()->policyBox()));
    }

    void aDescribedPackageFileJoinsTheCatalogAndIsSelected()
    {
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 0);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {hl});
        const QString path = QStringLiteral("/tmp/hl7800_custom.bin");
        dialog.describeFile(path);
        auto *describe = dialog.findChild<PackageFileDialog *>();
        QVERIFY(describe);
        describe->familyBox()->setCurrentIndex(describe->familyBox()->findData(QVariant::fromValue(Family::SierraHl78xx)));
        describe->modelField()->setText(QStringLiteral("HL7800"));
        describe->fromField()->setText(hl.identity.firmware);
        describe->toField()->setText(QStringLiteral("BHL7800.2.0"));
        describe->accept();
        QCOMPARE(m_engine->addedPackages, QStringList{path});
        QTRY_VERIFY(dialog.selectedPackage() && dialog.selectedPackage()->path == path);
        QCOMPARE(dialog.selectedPackage()->toVersion, QStringLiteral("BHL7800.2.0"));
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
    }

    void aRejectedPackageFileSaysWhy()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::SimcomSim7020, 0)});
        emit m_engine->packageRejected(QStringLiteral("/tmp/broken.bin"), QStringLiteral("empty file"));
        QVERIFY(dialog.messageLabel()->text().contains(QLatin1String("empty file")));
    }

private:
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<PackageModel> m_packages;
};

QTEST_MAIN(tst_UpdateDialog)
#include "tst_updatedialog.moc"
