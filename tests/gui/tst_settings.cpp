#include "fakeengine.h"
#include "ui/settings/settingscontroller.h"
#include "ui/settings/settingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_Settings : public QObject
{
    Q_OBJECT

private slots:
    void everyFieldRoundTripsThroughQSettings()
    {
        QTemporaryDir dir;
        EngineSettings chosen;
        {
            SettingsDialog dialog(EngineSettings{});
            dialog.scanField()->setPlainText(QStringLiteral("/tmp/modems/*\n\n  /dev/serial/by-id/*  \n"));
            dialog.baudField()->setText(QStringLiteral("921600, 115200;9600"));
            dialog.telitPolicyBox()->setCurrentIndex(dialog.telitPolicyBox()->findData(QVariant::fromValue(AgreementPolicy::Accept)));
            dialog.hl78xxPolicyBox()->setCurrentIndex(dialog.hl78xxPolicyBox()->findData(QVariant::fromValue(AgreementPolicy::Defer)));
            dialog.deferBox()->setValue(45);
            dialog.probeBox()->setValue(750);
            dialog.reenumerationBox()->setValue(90);
            dialog.installBox()->setValue(20);
            dialog.serverAddressField()->setText(QStringLiteral("0.0.0.0"));
            dialog.serverPortBox()->setValue(8081);
            QTest::keyClicks(dialog.serverAdvertiseField(), QStringLiteral(" fota.example.com "));
            QVERIFY(!dialog.requireManifestBox()->isChecked());
            dialog.requireManifestBox()->click();
            dialog.dataFolderField()->setText(dir.filePath(QStringLiteral("data")));
            dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("it")));
            QVERIFY(dialog.problem().isEmpty());
            chosen = dialog.settings();
        }
        QCOMPARE(chosen.scanGlobs, (QStringList{QStringLiteral("/tmp/modems/*"), QStringLiteral("/dev/serial/by-id/*")}));
        QCOMPARE(chosen.baudRates, (QList<qint32>{921600, 115200, 9600}));
        QCOMPARE(chosen.telitRequestPolicy, AgreementPolicy::Accept);
        QCOMPARE(chosen.hl78xxAgreementPolicy, AgreementPolicy::Defer);
        QCOMPARE(chosen.deferMinutes, 45);
        QCOMPARE(chosen.probeTimeout, 750ms);
        QCOMPARE(chosen.reenumerationWindow, 90s);
        QCOMPARE(chosen.installTimeout, 20min);
        QCOMPARE(chosen.packageServerAddress, QHostAddress(QHostAddress::AnyIPv4));
        QCOMPARE(chosen.packageServerPort, quint16(8081));
        QCOMPARE(chosen.packageServerAdvertise, QStringLiteral("fota.example.com"));
        QVERIFY(chosen.requireManifest);
        QCOMPARE(chosen.language, QStringLiteral("it"));
        chosen.cflwWriteSize = 1024; // set in the file only; the dialog keeps it

        const QString file = dir.filePath(QStringLiteral("fotadesk.ini"));
        {
            QSettings store(file, QSettings::IniFormat);
            SettingsController controller(&store, nullptr);
            controller.commit(chosen);
        }
        QSettings store(file, QSettings::IniFormat);
        SettingsController controller(&store, nullptr);
        controller.load();
        QCOMPARE(controller.stored(), chosen);

        // And back into a dialog, unchanged.
        SettingsDialog again(controller.stored());
        QCOMPARE(again.settings(), chosen);
        QCOMPARE(again.serverAdvertiseField()->text(), QStringLiteral("fota.example.com"));
        QVERIFY(again.requireManifestBox()->isChecked());
    }

    void theFastestTransferRateRoundTripsThroughQSettings_data()
    {
        QTest::addColumn<int>("index");    // an entry of the list; -1: typed in
        QTest::addColumn<QString>("typed");
        QTest::addColumn<qint32>("rate");
        QTest::newRow("off") << 0 << "" << 0;
        QTest::newRow("115200") << 1 << "" << 115200;
        QTest::newRow("230400") << 2 << "" << 230400;
        QTest::newRow("460800") << 3 << "" << 460800;
        QTest::newRow("921600") << 4 << "" << 921600;
        QTest::newRow("typed 3000000") << -1 << "3000000" << 3000000;
        QTest::newRow("typed 0") << -1 << " 0 " << 0;
    }

    void theFastestTransferRateRoundTripsThroughQSettings()
    {
        QFETCH(int, index);
        QFETCH(QString, typed);
        QFETCH(qint32, rate);
        QTemporaryDir dir;
        EngineSettings start;
        start.maxTransferRate = 57600; // none of the above
        SettingsDialog dialog(start);
        QComboBox *box = dialog.maxRateBox();
        QVERIFY(!box->toolTip().isEmpty());
        QVERIFY2(box->toolTip().contains(QLatin1String("USB-serial")), qPrintable(box->toolTip()));
        QCOMPARE(box->currentText(), QStringLiteral("57600"));
        QCOMPARE(dialog.settings().maxTransferRate, 57600);
        if (index >= 0)
            box->setCurrentIndex(index);
        else
            box->setEditText(typed);
        QVERIFY2(dialog.problem().isEmpty(), qPrintable(dialog.problem()));
        const EngineSettings chosen = dialog.settings();
        QCOMPARE(chosen.maxTransferRate, rate);

        const QString file = dir.filePath(QStringLiteral("fotadesk.ini"));
        {
            QSettings store(file, QSettings::IniFormat);
            SettingsController controller(&store, nullptr);
            controller.commit(chosen);
        }
        QSettings store(file, QSettings::IniFormat);
        QCOMPARE(store.value(QStringLiteral("transfer/maxRate")).toInt(), rate);
        SettingsController controller(&store, nullptr);
        controller.load();
        QCOMPARE(controller.stored().maxTransferRate, rate);

        // Back in a dialog: the list's entry when there is one ("Off" for 0).
        SettingsDialog again(controller.stored());
        QCOMPARE(again.settings().maxTransferRate, rate);
        if (rate == 0)
            QCOMPARE(again.maxRateBox()->currentIndex(), 0);
        else
            QCOMPARE(again.maxRateBox()->currentText(), QString::number(rate));

        // Setting it again shows the stored rate, whatever was typed over it.
        again.maxRateBox()->setEditText(QStringLiteral("fast"));
        again.setSettings(controller.stored());
        QCOMPARE(again.settings().maxTransferRate, rate);
        QVERIFY(again.problem().isEmpty());
    }

    void theFastestTransferRateDefaultsTo921600()
    {
        SettingsDialog dialog(EngineSettings{});
        QCOMPARE(dialog.maxRateBox()->currentText(), QStringLiteral("921600"));
        QCOMPARE(dialog.settings().maxTransferRate, 921600);
    }

    void aBadTransferRateKeepsOkDisabledAndSaysWhy_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("valid");
        QTest::newRow("a rate") << "1000000" << true;
        QTest::newRow("empty is off") << "" << true;
        QTest::newRow("letters") << "fast" << false;
        QTest::newRow("too slow") << "12" << false;
        QTest::newRow("too fast") << "9000000" << false;
        QTest::newRow("negative") << "-115200" << false;
    }

    void aBadTransferRateKeepsOkDisabledAndSaysWhy()
    {
        QFETCH(QString, typed);
        QFETCH(bool, valid);
        EngineSettings start;
        start.maxTransferRate = 460800;
        SettingsDialog dialog(start);
        dialog.maxRateBox()->setEditText(typed);
        QCOMPARE(dialog.problem().isEmpty(), valid);
        if (!valid) {
            QVERIFY2(dialog.problem().contains(QLatin1String("transfer rate")), qPrintable(dialog.problem()));
            QCOMPARE(dialog.settings().maxTransferRate, 460800); // a bad entry changes nothing
        }
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), valid);
    }

    void committingAppliesTheSettingsToTheEngine()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath(QStringLiteral("f.ini")), QSettings::IniFormat);
        FakeEngine engine;
        SettingsController controller(&store, &engine);
        EngineSettings s;
        s.deferMinutes = 12;
        controller.commit(s);
        QCOMPARE(engine.applied.size(), 1);
        QCOMPARE(engine.applied.first().deferMinutes, 12);
    }

    void thisRunsExtraPathsAreAppliedButNeverStored()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("f.ini"));
        FakeEngine engine;
        {
            QSettings store(file, QSettings::IniFormat);
            SettingsController controller(&store, &engine);
            controller.setRuntimeOverrides({QStringLiteral("/tmp/fotadesk-demo-x/modems/*")},
                                           QStringLiteral("/tmp/fotadesk-demo-x/data"));
            QVERIFY(controller.effective().scanGlobs.contains(QStringLiteral("/tmp/fotadesk-demo-x/modems/*")));
            QCOMPARE(controller.effective().dataFolder, QStringLiteral("/tmp/fotadesk-demo-x/data"));
            QCOMPARE(engine.applied.last(), controller.effective());
            EngineSettings s = controller.stored();
            s.scanGlobs = {QStringLiteral("/dev/ttyACM*")};
            controller.commit(s);
            QCOMPARE(engine.applied.last().scanGlobs,
                     (QStringList{QStringLiteral("/dev/ttyACM*"), QStringLiteral("/tmp/fotadesk-demo-x/modems/*")}));
        }
        QSettings store(file, QSettings::IniFormat);
        EngineSettings stored;
        stored.load(store);
        QCOMPARE(stored.scanGlobs, QStringList{QStringLiteral("/dev/ttyACM*")});
        QVERIFY(stored.dataFolder.isEmpty());
    }

    void badEntriesKeepOkDisabledAndSayWhy_data()
    {
        QTest::addColumn<QString>("bauds");
        QTest::addColumn<QString>("address");
        QTest::addColumn<QString>("advertise");
        QTest::addColumn<bool>("valid");
        QTest::newRow("good") << "115200, 9600" << "127.0.0.1" << "" << true;
        QTest::newRow("letters in rates") << "115200, fast" << "127.0.0.1" << "" << false;
        QTest::newRow("no rates") << "" << "127.0.0.1" << "" << false;
        QTest::newRow("absurd rate") << "12" << "127.0.0.1" << "" << false;
        QTest::newRow("host name") << "115200" << "server.local" << "" << false;
        QTest::newRow("advertised name") << "115200" << "0.0.0.0" << "fota.example.com" << true;
        QTest::newRow("advertised address") << "115200" << "0.0.0.0" << "203.0.113.7" << true;
        QTest::newRow("advertised ipv6") << "115200" << "0.0.0.0" << "2001:db8::7" << true;
        QTest::newRow("advertised url") << "115200" << "0.0.0.0" << "http://fota.example.com" << false;
        QTest::newRow("advertised with port") << "115200" << "0.0.0.0" << "fota.example.com:8080" << false;
        QTest::newRow("advertised words") << "115200" << "0.0.0.0" << "my laptop" << false;
    }

    void badEntriesKeepOkDisabledAndSayWhy()
    {
        QFETCH(QString, bauds);
        QFETCH(QString, address);
        QFETCH(QString, advertise);
        QFETCH(bool, valid);
        SettingsDialog dialog(EngineSettings{});
        dialog.baudField()->setText(bauds);
        dialog.serverAddressField()->setText(address);
        dialog.serverAdvertiseField()->setText(advertise);
        QCOMPARE(dialog.problem().isEmpty(), valid);
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(ok->isEnabled(), valid);
    }

    void theLanguageChoiceSaysItAppliesOnRestart()
    {
        SettingsDialog dialog(EngineSettings{});
        QVERIFY(dialog.languageBox()->count() >= 5);
        bool said = false;
        for (QLabel *l : dialog.findChildren<QLabel *>())
            said = said || l->text().contains(QLatin1String("started again"));
        QVERIFY(said);
    }
};

QTEST_MAIN(tst_Settings)
#include "tst_settings.moc"
