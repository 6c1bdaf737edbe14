// "Update what the user actually has", from the update dialog over the real
// engine to Verified: a vendor file as the vendor ships it (no manifest, a name
// that says nothing), and a server-held update with no file at all. One
// simulated module a row, in this process, its protocol time a hundred times
// faster than real so each row takes seconds.
#include "engine/enginehost.h"
#include "fleet/jobrecord.h"
#include "jobs/applicability.h"
#include "packages/simpackage.h"
#include "simmodule.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/fleet/fleetview.h"
#include "ui/main/mainwindow.h"
#include "ui/settings/settingscontroller.h"
#include "ui/update/applicabilitymodel.h"
#include "ui/update/packagefiledialog.h"
#include "ui/update/packagemodel.h"
#include "ui/update/updatedialog.h"
#include "ui/update/updateoptionsform.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

// The simulator's firmware strings and the next version of each family.
struct Versions
{
    QString from;
    QString to;
};

Versions versionsOf(Family family)
{
    switch (family) {
    case Family::TelitPfm: return {QStringLiteral("10.00.005"), QStringLiteral("10.00.006")};
    case Family::Cinterion: return {QStringLiteral("01.000"), QStringLiteral("01.100")};
    case Family::SimcomSim7020: return {QStringLiteral("1752B05SIM7020C"), QStringLiteral("1752B06SIM7020C")};
    case Family::SierraHl78xx:
        return {QStringLiteral("BHL7800.1.6.3.0.20180803"), QStringLiteral("BHL7800.1.7.0.0.20190620")};
    case Family::Unknown: break;
    }
    return {};
}

// How the person fills in the "Add package file" dialog.
enum class Describe { AsSuggested, LeftEmpty };

} // namespace

Q_DECLARE_METATYPE(Describe)

class tst_WhatTheUserHas : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<QSettings> m_store;
    std::unique_ptr<SettingsController> m_settings;
    std::unique_ptr<EngineHost> m_host;
    std::unique_ptr<MainWindow> m_window;
    SimModuleConfig m_config;

    // A package the simulator installs, written under `name` with nothing
    // beside it: no manifest, no versions in the name.
    QString writePackage(const QString &name)
    {
        const Versions v = versionsOf(m_config.family);
        const QByteArray bytes = SimPackage::make(m_config.family, m_config.model, v.from, v.to, 48 * 1024);
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    bool startSim(Family family, bool serverHolds)
    {
        m_config = SimModuleConfig::completed(SimModuleConfig::defaults(family, 7), 7);
        m_config.link = m_dir->filePath(QStringLiteral("modems/%1").arg(familyId(family)));
        m_config.firmware = versionsOf(family).from;
        m_config.timeScale = 0.01;
        m_config.rebootTime = 300ms;
        if (serverHolds)
            m_config.otaPackage = writePackage(QStringLiteral("server-side/offered.bin"));
        m_sim = std::make_unique<SimModule>(m_config);
        return m_sim->start();
    }

    void startGui()
    {
        m_store = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("fotadesk.ini")), QSettings::IniFormat);
        m_settings = std::make_unique<SettingsController>(m_store.get(), nullptr);
        EngineSettings s = m_settings->stored();
        s.reenumerationWindow = 20s;
        m_settings->commit(s);
        m_settings->setRuntimeOverrides({m_dir->filePath(QStringLiteral("modems/*"))},
                                        m_dir->filePath(QStringLiteral("data")));
        m_host = std::make_unique<EngineHost>(m_settings->effective());
        m_settings->setEngine(m_host->engine());
        m_window = std::make_unique<MainWindow>(m_host->engine(), m_settings.get());
    }

    // The module's id once the fleet table shows it identified.
    QString waitForModule()
    {
        FleetModel *fleet = m_window->fleet();
        if (!QTest::qWaitFor([fleet] { return fleet->rowCount() == 1 && !fleet->moduleAt(0).identity.firmware.isEmpty(); },
                             30000))
            return {};
        return fleet->moduleAt(0).id;
    }

    UpdateDialog *openDialog(const QString &id)
    {
        m_window->fleetView()->selectModule(id);
        UpdateDialog *dialog = m_window->openUpdateDialog();
        if (dialog)
            dialog->options()->policyBox()->setCurrentIndex(
                dialog->options()->policyBox()->findData(QVariant::fromValue(AgreementPolicy::Accept)));
        return dialog;
    }

    // Starts, plays the FOTA server when the job waits for one, and checks
    // the job ends Verified on the new firmware.
    void startAndExpectVerified(UpdateDialog *dialog, const QString &id)
    {
        EngineApi *engine = m_host->engine();
        QSignalSpy refused(engine, &EngineApi::updateRefused);
        QSignalSpy finished(engine, &EngineApi::jobFinished);
        QVERIFY2(dialog->startButton()->isEnabled(), qPrintable(dialog->messageLabel()->text()));
        dialog->startButton()->click();

        FleetModel *fleet = m_window->fleet();
        bool offered = false;
        QVERIFY2(QTest::qWaitFor([&] {
                     const ModuleSnapshot *m = fleet->module(id);
                     // serverRequest() answers false until the module may be asked.
                     if (!offered && m && m->jobActive && m->progress.phase == UpdatePhase::WaitingForServer)
                         offered = m_sim->serverRequest(false);
                     return !refused.isEmpty() || !finished.isEmpty();
                 }, 120000),
                 "the job did not end");
        QVERIFY2(refused.isEmpty(), qPrintable(refused.value(0).value(1).toString()));
        const auto record = finished.first().at(1).value<JobRecord>();
        QVERIFY2(record.state == JobState::Succeeded, qPrintable(record.message + QLatin1Char(' ') + record.advice));
        QVERIFY(sameFirmware(record.firmwareAfter, versionsOf(m_config.family).to));
        QTRY_VERIFY(!fleet->module(id)->jobActive);
        QCOMPARE(fleet->module(id)->progress.phase, UpdatePhase::Verified);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/whattheuserhas-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("modems")));
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("server-side")));
    }

    void cleanup()
    {
        m_window.reset();
        m_host.reset();
        m_settings.reset();
        m_store.reset();
        if (m_sim)
            m_sim->stop();
        m_sim.reset();
        m_dir.reset();
    }

    void aVendorFileWithoutManifestIsInstalledToVerified_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("name");
        QTest::addColumn<Describe>("describe");
        QTest::addColumn<QString>("apn");
        // Telit PFM has no method that takes a file: its server holds the package.
        QTest::newRow("sierra-hl78xx-xmodem") << Family::SierraHl78xx << UpdateMethod::Xmodem
                                              << QStringLiteral("hl.dwl") << Describe::AsSuggested << QString();
        QTest::newRow("simcom-sim7020-cflw") << Family::SimcomSim7020 << UpdateMethod::Cflw
                                             << QStringLiteral("update.bin") << Describe::LeftEmpty << QString();
        // The simulated Cinterion has no PDP context of its own: the APN is given.
        QTest::newRow("cinterion-ota-served") << Family::Cinterion << UpdateMethod::Ota
                                              << QStringLiteral("diff.usf") << Describe::LeftEmpty
                                              << QStringLiteral("internet");
    }

    void aVendorFileWithoutManifestIsInstalledToVerified()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(QString, name);
        QFETCH(Describe, describe);
        QFETCH(QString, apn);
        QVERIFY(startSim(family, false));
        const QString path = writePackage(name);
        QVERIFY(!path.isEmpty());
        QVERIFY(!QFile::exists(path + QStringLiteral(".json")));
        startGui();
        const QString id = waitForModule();
        QVERIFY(!id.isEmpty());

        UpdateDialog *dialog = openDialog(id);
        QVERIFY(dialog);
        dialog->options()->setMethod(method);
        QCOMPARE(dialog->options()->method(), method);
        QVERIFY(!dialog->packageView()->isHidden());
        if (!apn.isEmpty())
            dialog->options()->apnField()->setText(apn);
        QSignalSpy rejected(m_host->engine(), &EngineApi::packageRejected);
        dialog->describeFile(path);
        auto *file = dialog->findChild<PackageFileDialog *>();
        QVERIFY(file);
        // Suggested from the module; left empty, the module's family and model
        // are taken and the base version is the module's own check.
        QCOMPARE(file->familyBox()->currentData().value<Family>(), family);
        QCOMPARE(file->fromField()->text(), versionsOf(family).from);
        if (describe == Describe::LeftEmpty) {
            file->familyBox()->setCurrentIndex(file->familyBox()->findData(QVariant::fromValue(Family::Unknown)));
            file->modelField()->clear();
            file->fromField()->clear();
        }
        file->accept();
        QVERIFY2(QTest::qWaitFor([&] {
                     return !rejected.isEmpty() || (dialog->selectedPackage() && dialog->selectedPackage()->path == path);
                 }, 15000),
                 "the file was not catalogued");
        QVERIFY2(rejected.isEmpty(), qPrintable(rejected.value(0).value(1).toString()));
        QCOMPARE(dialog->applicability()->verdict(0), ApplicabilityModel::Verdict::Applies);
        if (describe == Describe::LeftEmpty) {
            const QString why = dialog->applicability()->index(0, ApplicabilityModel::Reason).data().toString();
            QVERIFY2(why.contains(QLatin1String("Base version not checked")), qPrintable(why));
            QVERIFY(dialog->order().request.fromVersion.isEmpty());
        }
        startAndExpectVerified(dialog, id);
    }

    void aServerHeldUpdateWithoutAFileReachesVerified_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("pfm");
        QTest::addColumn<QString>("apn");
        // Cinterion's LwM2M is left out: the simulator's LwM2M server delivers
        // no firmware (the dialog's side of it is in tst_updatedialog).
        QTest::newRow("telit-pfm") << Family::TelitPfm << UpdateMethod::Ota << QStringLiteral("+15550100")
                                   << QString();
        QTest::newRow("simcom-sim7020-cfota") << Family::SimcomSim7020 << UpdateMethod::Ota << QString() << QString();
        QTest::newRow("sierra-hl78xx-airvantage") << Family::SierraHl78xx << UpdateMethod::Ota << QString()
                                                  << QStringLiteral("internet");
    }

    void aServerHeldUpdateWithoutAFileReachesVerified()
    {
        QFETCH(Family, family);
        QFETCH(UpdateMethod, method);
        QFETCH(QString, pfm);
        QFETCH(QString, apn);
        QVERIFY(startSim(family, true));
        startGui();
        const QString id = waitForModule();
        QVERIFY(!id.isEmpty());
        // The catalog is empty: nothing on this computer to send.
        QCOMPARE(m_window->packages()->rowCount(), 0);

        UpdateDialog *dialog = openDialog(id);
        QVERIFY(dialog);
        UpdateOptionsForm *options = dialog->options();
        options->setMethod(method);
        QCOMPARE(options->method(), method);
        QVERIFY(dialog->packageView()->isHidden());
        QCOMPARE(dialog->applicability()->verdict(0), ApplicabilityModel::Verdict::NoFileNeeded);
        QCOMPARE(options->isRowShown(options->pfmServerField()), !pfm.isEmpty());
        options->pfmServerField()->setText(pfm);
        QCOMPARE(options->isRowShown(options->apnField()), !apn.isEmpty());
        options->apnField()->setText(apn);
        QVERIFY(dialog->order().packageId.isEmpty());
        startAndExpectVerified(dialog, id);
    }
};

QTEST_MAIN(tst_WhatTheUserHas)
#include "tst_whattheuserhas.moc"
