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
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
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
        // Its default method (flash writes) needs a file, so the HL7800's is checked against it.
        ModuleSnapshot simcom = FakeFleet::module(Family::SimcomSim7020, 2);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {matching, updated, simcom});
        dialog.selectPackage(FakeFleet::package(Family::SierraHl78xx).id());

        ApplicabilityModel *a = dialog.applicability();
        QCOMPARE(a->rowCount(), 3);
        QCOMPARE(a->verdict(0), ApplicabilityModel::Verdict::Applies);
        QCOMPARE(a->verdict(1), ApplicabilityModel::Verdict::Overridable);
        QCOMPARE(a->verdict(2), ApplicabilityModel::Verdict::NotApplicable);
        QVERIFY2(a->index(1, ApplicabilityModel::Reason).data().toString().contains(updated.identity.firmware),
                 qPrintable(a->index(1, ApplicabilityModel::Reason).data().toString()));
        QVERIFY(!a->index(2, ApplicabilityModel::Reason).data().toString().isEmpty());
        // The SIM7020's finding (another family) can never be overridden: no override offered.
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
        // Telit's "no" lets the request lapse; an HL78xx defers.
        const int no = o->policyBox()->findData(QVariant::fromValue(AgreementPolicy::Defer));
        QVERIFY2(o->policyBox()->itemText(no).contains(QLatin1String("lapse")), qPrintable(o->policyBox()->itemText(no)));
        UpdateDialog hl(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::SierraHl78xx, 1)});
        hl.options()->setMethod(UpdateMethod::Ota);
        QCOMPARE(hl.options()->policyBox()->itemText(no), QStringLiteral("Defer"));

        UpdateDialog cinterion(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::Cinterion, 0)});
        QVERIFY(!cinterion.options()->isRowShown(cinterion.options()->policyBox()));
    }

    void thePfmServerIsAskedOnlyWhenATelitModuleIsUpdated_data()
    {
        QTest::addColumn<QList<Family>>("families");
        QTest::addColumn<Family>("package");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<bool>("shown");
        for (Family f : allFamilies())
            QTest::newRow(qPrintable(familyId(f))) << QList<Family>{f} << f << UpdateMethod::Auto
                                                   << (f == Family::TelitPfm);
        // The package is the HL7800's, and the Telit needs none: both are updated.
        QTest::newRow("telit-beside-a-package") << QList<Family>{Family::SierraHl78xx, Family::TelitPfm}
                                                << Family::SierraHl78xx << UpdateMethod::Auto << true;
        // XMODEM is no Telit method: the Telit is left out, nothing to ask.
        QTest::newRow("telit-left-out") << QList<Family>{Family::SierraHl78xx, Family::TelitPfm}
                                        << Family::SierraHl78xx << UpdateMethod::Xmodem << false;
    }

    void thePfmServerIsAskedOnlyWhenATelitModuleIsUpdated()
    {
        QFETCH(QList<Family>, families);
        QFETCH(Family, package);
        QFETCH(UpdateMethod, method);
        QFETCH(bool, shown);
        QList<ModuleSnapshot> modules;
        for (int i = 0; i < families.size(); ++i)
            modules << FakeFleet::module(families.at(i), i);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), modules);
        if (method != UpdateMethod::Auto)
            dialog.options()->setMethod(method);
        dialog.selectPackage(FakeFleet::package(package).id());
        UpdateOptionsForm *o = dialog.options();
        QCOMPARE(o->isRowShown(o->pfmServerField()), shown);
        QCOMPARE(o->isRowShown(o->pfmServerMessage()), shown);
        o->pfmServerField()->setText(QStringLiteral("+15550100"));
        QCOMPARE(dialog.order().request.pfmServerNumber.isEmpty(), !shown);
    }

    void aPfmServerEntryIsCheckedAndFillsTheRequest_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("empty") << "" << true << "" << "" << 0;
        QTest::newRow("sms") << "+15550100" << true << "+15550100" << "" << 0;
        QTest::newRow("sms-as-people-write-it") << " +1 555-0100 " << true << "+15550100" << "" << 0;
        QTest::newRow("sms-national") << "(0039) 123 456" << true << "0039123456" << "" << 0;
        QTest::newRow("ipv4") << "203.0.113.7:5000" << true << "" << "203.0.113.7" << 5000;
        QTest::newRow("host-name") << "pfm.example.com:443" << true << "" << "pfm.example.com" << 443;
        QTest::newRow("ipv6") << "[2001:db8::7]:5000" << true << "" << "2001:db8::7" << 5000;
        QTest::newRow("no-port") << "203.0.113.7" << false << "" << "" << 0;
        QTest::newRow("port-too-big") << "203.0.113.7:70000" << false << "" << "" << 0;
        QTest::newRow("port-not-a-number") << "203.0.113.7:pfm" << false << "" << "" << 0;
        QTest::newRow("no-host") << ":5000" << false << "" << "" << 0;
        QTest::newRow("bad-address") << "203.0.113.999:5000" << false << "" << "" << 0;
        QTest::newRow("ipv6-unbracketed") << "2001:db8::7:5000" << false << "" << "" << 0;
        QTest::newRow("too-few-digits") << "12" << false << "" << "" << 0;
        QTest::newRow("too-many-digits") << "+1234567890123456" << false << "" << "" << 0;
        QTest::newRow("words") << "the PFM server" << false << "" << "" << 0;
    }

    void aPfmServerEntryIsCheckedAndFillsTheRequest()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QString, number);
        QFETCH(QString, address);
        QFETCH(int, port);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::TelitPfm, 0)});
        UpdateOptionsForm *o = dialog.options();
        o->apnField()->setText(QStringLiteral("internet")); // an IP server needs it
        QTest::keyClicks(o->pfmServerField(), text);
        QCOMPARE(dialog.startButton()->isEnabled(), valid);
        // Said under the field, and beside Start.
        QVERIFY(!o->pfmServerMessage()->text().isEmpty());
        if (!valid) {
            QVERIFY2(dialog.messageLabel()->text().contains(o->pfmServerMessage()->text()),
                     qPrintable(dialog.messageLabel()->text()));
            return;
        }
        const UpdateRequest r = dialog.order().request;
        QCOMPARE(r.pfmServerNumber, number);
        QCOMPARE(r.pfmServerAddress, address);
        QCOMPARE(r.pfmServerPort, port);
        if (!number.isEmpty())
            QVERIFY2(o->pfmServerMessage()->text().contains(number), qPrintable(o->pfmServerMessage()->text()));
        if (!address.isEmpty())
            QVERIFY2(o->pfmServerMessage()->text().contains(address), qPrintable(o->pfmServerMessage()->text()));
    }

    void anIpPfmServerNeedsTheApnAnSmsNumberDoesNot()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::TelitPfm, 0)});
        UpdateOptionsForm *o = dialog.options();
        QVERIFY(!o->isRowShown(o->apnField()));
        o->pfmServerField()->setText(QStringLiteral("203.0.113.7:5000"));
        QVERIFY(o->isRowShown(o->apnField()));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("APN")), qPrintable(dialog.messageLabel()->text()));
        o->apnField()->setText(QStringLiteral("iot.example"));
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.order().request.apn, QStringLiteral("iot.example"));

        o->pfmServerField()->setText(QStringLiteral("+15550100"));
        QVERIFY(!o->isRowShown(o->apnField()));
        QVERIFY(dialog.order().request.apn.isEmpty());
        QCOMPARE(dialog.order().request.pfmServerNumber, QStringLiteral("+15550100"));
        QVERIFY(dialog.order().request.pfmServerAddress.isEmpty());
    }

    void anIpPfmServerOffersTheCombinedProtocolWithTheSimsNumber()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::TelitPfm, 0)});
        UpdateOptionsForm *o = dialog.options();
        QVERIFY(!o->isRowShown(o->pfmProtocolBox()));
        o->pfmServerField()->setText(QStringLiteral("203.0.113.7:5000"));
        o->apnField()->setText(QStringLiteral("iot.example"));
        QVERIFY(o->isRowShown(o->pfmProtocolBox()));
        QVERIFY(!o->isRowShown(o->pfmMyNumberField()));
        QCOMPARE(dialog.order().request.pfmProtocol, PfmProtocol::TcpIp);

        o->pfmProtocolBox()->setCurrentIndex(o->pfmProtocolBox()->findData(QVariant::fromValue(PfmProtocol::Combined)));
        QVERIFY(o->isRowShown(o->pfmMyNumberField()));
        QCOMPARE(dialog.order().request.pfmProtocol, PfmProtocol::Combined);
        QVERIFY(dialog.order().request.pfmMyNumber.isEmpty()); // the module's AT+CNUM then
        o->pfmMyNumberField()->setText(QStringLiteral("pfm"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("own number")), qPrintable(dialog.messageLabel()->text()));
        o->pfmMyNumberField()->setText(QStringLiteral("+393354757180"));
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.order().request.pfmMyNumber, QStringLiteral("+393354757180"));

        // An SMS server: neither row, and nothing of them in the request.
        o->pfmServerField()->setText(QStringLiteral("+15550100"));
        QVERIFY(!o->isRowShown(o->pfmProtocolBox()));
        QCOMPARE(dialog.order().request.pfmProtocol, PfmProtocol::Auto);
        QVERIFY(dialog.order().request.pfmMyNumber.isEmpty());
    }

    void eachMethodAsksOnlyForWhatItUses_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<bool>("apn");
        QTest::addColumn<bool>("apnRequired");
        QTest::addColumn<bool>("url");
        QTest::addColumn<bool>("agreements");
        QTest::newRow("hl78xx-xmodem") << Family::SierraHl78xx << UpdateMethod::Xmodem << false << false << false << false;
        QTest::newRow("hl78xx-ota") << Family::SierraHl78xx << UpdateMethod::Ota << true << true << false << true;
        QTest::newRow("cinterion-ota") << Family::Cinterion << UpdateMethod::Ota << true << false << true << false;
        QTest::newRow("cinterion-lwm2m") << Family::Cinterion << UpdateMethod::Lwm2m << true << false << false << false;
        QTest::newRow("sim7020-cflw") << Family::SimcomSim7020 << UpdateMethod::Cflw << false << false << false << false;
        QTest::newRow("sim7020-http-fs") << Family::SimcomSim7020 << UpdateMethod::HttpFs << false << false << true << false;
        QTest::newRow("sim7020-ota") << Family::SimcomSim7020 << UpdateMethod::Ota << false << false << false << false;
        QTest::newRow("telit-ota") << Family::TelitPfm << UpdateMethod::Ota << false << false << false << true;
    }

    void eachMethodAsksOnlyForWhatItUses()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(bool, apn);
        QFETCH(bool, apnRequired);
        QFETCH(bool, url);
        QFETCH(bool, agreements);
        QVERIFY(ModuleDriver::forFamily(family)->supports(method));
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(family, 0)});
        UpdateOptionsForm *o = dialog.options();
        o->setMethod(method);
        QCOMPARE(o->method(), method);
        QCOMPARE(o->isRowShown(o->apnField()), apn);
        QCOMPARE(o->isRowShown(o->apnPasswordField()), apn);
        QCOMPARE(o->isRowShown(o->urlField()), url);
        QCOMPARE(o->isRowShown(o->policyBox()), agreements);
        if (o->isRowShown(o->lwm2mServerField()))
            o->lwm2mServerField()->setText(QStringLiteral("coap://lwm2m.example.net:5683"));
        QCOMPARE(dialog.startButton()->isEnabled(), !apnRequired);
        o->apnField()->setText(QStringLiteral("internet"));
        QVERIFY(dialog.startButton()->isEnabled());
        // A value in a hidden row does not travel with the job.
        QCOMPARE(dialog.order().request.apn.isEmpty(), !apn);
    }

    void theEntriesGivenStartTheFormButNeverASecret()
    {
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::TelitPfm, 0)});
        UpdateEntries given;
        given.apn = QStringLiteral("internet");
        given.pfmServer = QStringLiteral("+15550100");
        given.lwm2mServer = QStringLiteral("coap://lwm2m.example.net:5683");
        dialog.setEntries(given);
        UpdateOptionsForm *o = dialog.options();
        QCOMPARE(o->pfmServerField()->text(), given.pfmServer);
        QVERIFY(o->pinField()->text().isEmpty());
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(dialog.order().request.pfmServerNumber, given.pfmServer);
        o->pinField()->setText(QStringLiteral("4711"));
        o->apnPasswordField()->setText(QStringLiteral("s3cret"));
        const UpdateEntries kept = o->entries();
        QCOMPARE(kept.apn, given.apn);
        QCOMPARE(kept.pfmServer, given.pfmServer);
        QCOMPARE(kept.lwm2mServer, given.lwm2mServer);
        for (const QString &value : {kept.apn, kept.apnUser, kept.pfmServer, kept.lwm2mServer}) {
            QVERIFY(!value.contains(QLatin1String("4711")));
            QVERIFY(!value.contains(QLatin1String("s3cret")));
        }
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


    // --- server-held updates: a module, a method and what the method needs, no file ---

    void aServerHeldUpdateSendsNoPackageButWhatTheServerNeeds_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("pfm");
        QTest::addColumn<QString>("apn");
        QTest::addColumn<QString>("apnUser");
        QTest::addColumn<QString>("apnPassword");
        QTest::addColumn<QString>("lwm2m");
        QTest::addColumn<AgreementPolicy>("policy");
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("port");
        QTest::newRow("telit-pfm-sms") << Family::TelitPfm << UpdateMethod::Ota << "+15550100" << "" << "" << ""
                                       << "" << AgreementPolicy::Accept << "+15550100" << "" << 0;
        QTest::newRow("telit-pfm-ip") << Family::TelitPfm << UpdateMethod::Ota << "pfm.example.com:5000"
                                      << "iot.example" << "fota" << "s3cret" << "" << AgreementPolicy::Defer
                                      << "" << "pfm.example.com" << 5000;
        QTest::newRow("telit-pfm-ask") << Family::TelitPfm << UpdateMethod::Ota << "203.0.113.7:5000" << "internet"
                                       << "" << "" << "" << AgreementPolicy::Ask << "" << "203.0.113.7" << 5000;
        QTest::newRow("sim7020-cfota") << Family::SimcomSim7020 << UpdateMethod::Ota << "" << "" << "" << ""
                                       << "" << AgreementPolicy::Accept << "" << "" << 0;
        QTest::newRow("hl78xx-airvantage") << Family::SierraHl78xx << UpdateMethod::Ota << "" << "internet"
                                           << "av" << "s3cret" << "" << AgreementPolicy::Defer << "" << "" << 0;
        QTest::newRow("cinterion-lwm2m") << Family::Cinterion << UpdateMethod::Lwm2m << "" << "iot.example" << ""
                                         << "" << "coap://lwm2m.example.net:5683" << AgreementPolicy::Accept << ""
                                         << "" << 0;
    }

    void aServerHeldUpdateSendsNoPackageButWhatTheServerNeeds()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(QString, pfm);
        QFETCH(QString, apn);
        QFETCH(QString, apnUser);
        QFETCH(QString, apnPassword);
        QFETCH(QString, lwm2m);
        QFETCH(AgreementPolicy, policy);
        QFETCH(QString, number);
        QFETCH(QString, address);
        QFETCH(int, port);
        const ModuleSnapshot module = FakeFleet::module(family, 0);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {module});
        // A package chosen first (the method after) must not travel with the job.
        dialog.selectPackage(FakeFleet::package(family).id());
        UpdateOptionsForm *o = dialog.options();
        QVERIFY(o->methodBox()->findData(QVariant::fromValue(method)) >= 0);
        o->setMethod(method);
        QCOMPARE(o->method(), method);
        QVERIFY2(o->methodBox()->currentText().contains(QLatin1String("no file")),
                 qPrintable(o->methodBox()->currentText()));

        // No list to choose from; a line says where the update comes from.
        QVERIFY(dialog.packageView()->isHidden());
        QVERIFY(dialog.addFileButton()->isHidden());
        QVERIFY(!dialog.packageNote()->isHidden());
        QVERIFY2(dialog.packageNote()->text().contains(QLatin1String("No package file")),
                 qPrintable(dialog.packageNote()->text()));
        QVERIFY(!dialog.selectedPackage());
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::NoFileNeeded);
        QVERIFY(!dialog.applicability()->index(0, ApplicabilityModel::Reason).data().toString().isEmpty());

        QCOMPARE(o->isRowShown(o->pfmServerField()), family == Family::TelitPfm);
        QCOMPARE(o->isRowShown(o->lwm2mServerField()), method == UpdateMethod::Lwm2m);
        if (!pfm.isEmpty())
            QTest::keyClicks(o->pfmServerField(), pfm);
        if (!lwm2m.isEmpty())
            QTest::keyClicks(o->lwm2mServerField(), lwm2m);
        QCOMPARE(o->isRowShown(o->apnField()), !apn.isEmpty());
        if (!apn.isEmpty()) {
            QTest::keyClicks(o->apnField(), apn);
            QTest::keyClicks(o->apnUserField(), apnUser);
            QTest::keyClicks(o->apnPasswordField(), apnPassword);
        }
        if (o->isRowShown(o->policyBox()))
            o->policyBox()->setCurrentIndex(o->policyBox()->findData(QVariant::fromValue(policy)));
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);

        QCOMPARE(m_engine->orders.size(), 1);
        const UpdateOrder order = m_engine->orders.first();
        QCOMPARE(order.moduleIds, QStringList{module.id});
        QVERIFY(order.packageId.isEmpty());
        const UpdateRequest &r = order.request;
        QCOMPARE(r.method, method);
        QVERIFY(r.packagePath.isEmpty());
        QVERIFY(r.packageSha256.isEmpty());
        QVERIFY(r.packageMd5.isEmpty());
        QVERIFY(r.fromVersion.isEmpty());
        QVERIFY(r.toVersion.isEmpty());
        QCOMPARE(r.pfmServerNumber, number);
        QCOMPARE(r.pfmServerAddress, address);
        QCOMPARE(r.pfmServerPort, port);
        QCOMPARE(r.apn, apn);
        QCOMPARE(r.apnUser, apnUser);
        QCOMPARE(r.apnPassword, apnPassword);
        QCOMPARE(r.url, QUrl(lwm2m));
        if (family == Family::TelitPfm || (family == Family::SierraHl78xx && method == UpdateMethod::Ota))
            QCOMPARE(r.policy, policy);
        // The password stays in its field and the request: never in what is kept.
        if (!apnPassword.isEmpty()) {
            const UpdateEntries kept = o->entries();
            for (const QString &value : {kept.apn, kept.apnUser, kept.pfmServer})
                QVERIFY(!value.contains(apnPassword));
        }
    }

    void aServerHeldUpdateSaysWhatToFillIn_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("pfm");
        QTest::addColumn<QString>("lwm2m");
        QTest::addColumn<QString>("said");
        QTest::newRow("airvantage-without-apn") << Family::SierraHl78xx << UpdateMethod::Ota << "" << "" << "APN";
        QTest::newRow("pfm-over-ip-without-apn") << Family::TelitPfm << UpdateMethod::Ota << "203.0.113.7:5000" << ""
                                                 << "APN";
        QTest::newRow("pfm-without-port") << Family::TelitPfm << UpdateMethod::Ota << "203.0.113.7" << "" << "port";
        QTest::newRow("lwm2m-without-server") << Family::Cinterion << UpdateMethod::Lwm2m << "" << ""
                                              << "LwM2M server";
        QTest::newRow("lwm2m-over-http") << Family::Cinterion << UpdateMethod::Lwm2m << ""
                                         << "http://lwm2m.example.net" << "coap://";
    }

    void aServerHeldUpdateSaysWhatToFillIn()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(QString, pfm);
        QFETCH(QString, lwm2m);
        QFETCH(QString, said);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(family, 0)});
        UpdateOptionsForm *o = dialog.options();
        o->setMethod(method);
        o->pfmServerField()->setText(pfm);
        o->lwm2mServerField()->setText(lwm2m);
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(said), qPrintable(dialog.messageLabel()->text()));
        dialog.start();
        QVERIFY(m_engine->orders.isEmpty());
    }

    void cinterionOtaTakesAUrlWithItsSha256InsteadOfAFile()
    {
        const ModuleSnapshot module = FakeFleet::module(Family::Cinterion, 0);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {module});
        UpdateOptionsForm *o = dialog.options();
        QCOMPARE(o->method(), UpdateMethod::Ota);
        // FotaDesk serves a file: the list is there, and says the other way.
        QVERIFY(!dialog.packageView()->isHidden());
        QVERIFY(!o->isRowShown(o->sha256Field()));
        QVERIFY2(dialog.packageNote()->text().contains(QLatin1String("URL")), qPrintable(dialog.packageNote()->text()));

        QTest::keyClicks(o->urlField(), QStringLiteral("https://fota.example.com/exs82/01.100.usf"));
        QVERIFY(o->isRowShown(o->sha256Field()));
        QVERIFY(dialog.packageView()->isHidden());
        QVERIFY(!dialog.selectedPackage());
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("SHA-256")),
                 qPrintable(dialog.messageLabel()->text()));
        o->sha256Field()->setText(QStringLiteral("not-a-digest"));
        QVERIFY(!dialog.startButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(QLatin1String("64 hex digits")),
                 qPrintable(dialog.messageLabel()->text()));
        const QString sha = QStringLiteral("9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08");
        o->sha256Field()->setText(QLatin1Char(' ') + sha + QLatin1Char(' '));
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
        dialog.start();

        QCOMPARE(m_engine->orders.size(), 1);
        const UpdateOrder order = m_engine->orders.first();
        QCOMPARE(order.moduleIds, QStringList{module.id});
        QVERIFY(order.packageId.isEmpty());
        QCOMPARE(order.request.method, UpdateMethod::Ota);
        QCOMPARE(order.request.url, QUrl(QStringLiteral("https://fota.example.com/exs82/01.100.usf")));
        QCOMPARE(order.request.packageSha256, sha.toLower());
        QVERIFY(order.request.packagePath.isEmpty());

        // Emptied again: the file FotaDesk serves is back, and needed.
        UpdateDialog again(m_engine.get(), m_packages.get(), {module});
        again.options()->urlField()->setText(QStringLiteral("http://x.example/p"));
        again.options()->urlField()->clear();
        QVERIFY(!again.packageView()->isHidden());
        QVERIFY(!again.options()->isRowShown(again.options()->sha256Field()));
        QCOMPARE(again.order().packageId, FakeFleet::package(Family::Cinterion).id());
    }

    void aMixedSelectionSendsThePackageOnlyToTheModulesThatNeedIt()
    {
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 0);
        const ModuleSnapshot telit = FakeFleet::module(Family::TelitPfm, 1);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {hl, telit});
        QCOMPARE(dialog.options()->method(), UpdateMethod::Auto);
        const PackageInfo p = FakeFleet::package(Family::SierraHl78xx);
        dialog.selectPackage(p.id());
        QVERIFY(!dialog.packageView()->isHidden());
        dialog.options()->pfmServerField()->setText(QStringLiteral("+15550100"));
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
        QCOMPARE(dialog.applicability()->verdict(1), ApplicabilityModel::Verdict::NoFileNeeded);
        QVERIFY2(dialog.startButton()->isEnabled(), qPrintable(dialog.messageLabel()->text()));
        dialog.start();
        QCOMPARE(m_engine->orders.size(), 2);
        QCOMPARE(m_engine->orders.at(0).moduleIds, QStringList{hl.id});
        QCOMPARE(m_engine->orders.at(0).packageId, p.id());
        QCOMPARE(m_engine->orders.at(1).moduleIds, QStringList{telit.id});
        QVERIFY(m_engine->orders.at(1).packageId.isEmpty());
        QVERIFY(m_engine->orders.at(1).request.packagePath.isEmpty());
        QCOMPARE(m_engine->orders.at(1).request.pfmServerNumber, QStringLiteral("+15550100"));
    }

    // --- package files that say little about themselves ---

    void theAddPackageDialogIsPreFilledFromTheSelectedModule()
    {
        const ModuleSnapshot hl = FakeFleet::module(Family::SierraHl78xx, 0);
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {hl});
        const QString path = QStringLiteral("/tmp/fotadesk-test-nonexistent/hl.dwl");
        dialog.describeFile(path);
        auto *describe = dialog.findChild<PackageFileDialog *>();
        QVERIFY(describe);
        QVERIFY(!describe->hasManifest());
        QCOMPARE(describe->familyBox()->currentData().value<Family>(), Family::SierraHl78xx);
        QCOMPARE(describe->modelField()->text(), hl.identity.model);
        QCOMPARE(describe->fromField()->text(), hl.identity.firmware);
        QVERIFY(describe->toField()->text().isEmpty());
        // It says that nothing is required, and what happens then.
        bool said = false;
        for (QLabel *l : describe->findChildren<QLabel *>())
            said = said || (l->text().contains(QLatin1String("may stay empty"))
                            && l->text().contains(QLatin1String("checked by the module")));
        QVERIFY(said);
        QVERIFY2(describe->fileNote()->text().contains(QLatin1String("nothing")),
                 qPrintable(describe->fileNote()->text()));
        describe->accept();
        QCOMPARE(m_engine->addedPackages, QStringList{path});
        QTRY_VERIFY(dialog.selectedPackage() && dialog.selectedPackage()->path == path);
        QCOMPARE(dialog.selectedPackage()->family, Family::SierraHl78xx);
        QCOMPARE(dialog.selectedPackage()->fromVersion, hl.identity.firmware);
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
    }

    void theAddPackageDialogGuessesNothingWhereAManifestSpeaks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("update.bin"));
        QFile manifest(path + QStringLiteral(".json"));
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"family": "sierra-hl78xx", "from": "BHL7800.1.6.3.0.20180803"})");
        manifest.close();
        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(Family::SierraHl78xx, 0)});
        dialog.describeFile(path);
        auto *describe = dialog.findChild<PackageFileDialog *>();
        QVERIFY(describe->hasManifest());
        QCOMPARE(describe->familyBox()->currentData().value<Family>(), Family::Unknown);
        QVERIFY(describe->fromField()->text().isEmpty());
        QVERIFY(describe->fileNote()->text().contains(QLatin1String("update.bin.json")));
    }

    void aFileNameVersionIsShownAsALabelAndNeverSentAsAVersion()
    {
        const ModuleSnapshot sim = FakeFleet::module(Family::SimcomSim7020, 0);
        {
            UpdateDialog dialog(m_engine.get(), m_packages.get(), {sim});
            dialog.describeFile(QStringLiteral("/tmp/SIM7020C_V1-SIM7020C_V2-1537247570.bin"));
            auto *describe = dialog.findChild<PackageFileDialog *>();
            QVERIFY2(describe->fileNote()->text().contains(QLatin1String("labels")),
                     qPrintable(describe->fileNote()->text()));
        }
        PackageInfo named = FakeFleet::package(Family::SimcomSim7020);
        named.path = QStringLiteral("/srv/SIM7020C_V1-SIM7020C_V2-1537247570.bin");
        named.sha256 = QString(64, QLatin1Char('b'));
        named.fromVersion = QStringLiteral("V1");
        named.toVersion = QStringLiteral("V2");
        named.source = PackageInfo::Source::FileName;
        m_engine->setPackages({named});
        const int row = m_packages->rowOf(named.id());
        QVERIFY(m_packages->index(row, PackageModel::FromVersion).data().toString().contains(QLatin1String("label")));
        QVERIFY(m_packages->index(row, PackageModel::ToVersion).data().toString().contains(QLatin1String("label")));

        UpdateDialog dialog(m_engine.get(), m_packages.get(), {sim});
        dialog.selectPackage(named.id());
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
        const QString why = dialog.applicability()->index(0, ApplicabilityModel::Reason).data().toString();
        QVERIFY2(why.contains(QLatin1String("Base version not checked")) && why.contains(QLatin1String("V1")),
                 qPrintable(why));
        const UpdateOrder order = dialog.order();
        QCOMPARE(order.packageId, named.id());
        QVERIFY(order.request.fromVersion.isEmpty());
        QVERIFY(order.request.toVersion.isEmpty());
    }

    void aPackageThatSaysNothingAppliesToAnyModuleWithTheBaseVersionNotChecked_data()
    {
        QTest::addColumn<Family>("family");
        QTest::newRow("sierra-hl78xx") << Family::SierraHl78xx;
        QTest::newRow("simcom-sim7020") << Family::SimcomSim7020;
        QTest::newRow("cinterion") << Family::Cinterion;
    }

    void aPackageThatSaysNothingAppliesToAnyModuleWithTheBaseVersionNotChecked()
    {
        QFETCH(Family, family);
        PackageInfo bare;
        bare.path = QStringLiteral("/srv/update.bin");
        bare.sha256 = QString(64, QLatin1Char('c'));
        bare.size = 4096;
        bare.source = PackageInfo::Source::User;
        m_engine->setPackages({bare});
        const int row = m_packages->rowOf(bare.id());
        QCOMPARE(m_packages->index(row, PackageModel::Family).data().toString(), QStringLiteral("any"));
        QCOMPARE(m_packages->index(row, PackageModel::FromVersion).data().toString(), QStringLiteral("not checked"));

        UpdateDialog dialog(m_engine.get(), m_packages.get(), {FakeFleet::module(family, 0)});
        QVERIFY(!dialog.packageView()->isHidden());
        // It fits anything, so it is never chosen for the person.
        QVERIFY(!dialog.selectedPackage());
        dialog.selectPackage(bare.id());
        QCOMPARE(dialog.applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
        QCOMPARE(dialog.applicability()->index(0, ApplicabilityModel::Check).data().toString(), QStringLiteral("Applies"));
        const QString why = dialog.applicability()->index(0, ApplicabilityModel::Reason).data().toString();
        QVERIFY2(why.contains(QLatin1String("Base version not checked")), qPrintable(why));
        QVERIFY(dialog.startButton()->isEnabled());
        const UpdateOrder order = dialog.order();
        QCOMPARE(order.packageId, bare.id());
        QVERIFY(order.request.fromVersion.isEmpty());
    }

private:
    std::unique_ptr<FakeEngine> m_engine;
    std::unique_ptr<PackageModel> m_packages;
};

QTEST_MAIN(tst_UpdateDialog)
#include "tst_updatedialog.moc"
