#include "jobtestbench.h"

#include "jobs/settingsreader.h"
#include "jobs/settingsrestorer.h"

#include <QJsonArray>
#include <QMap>
#include <QSignalSpy>
#include <QTest>

// Settings backup and restore against a module that keeps its settings in a
// table and loses them on "update": written back, read again, every
// difference reported, secrets said to be unrestorable.
class tst_SettingsRestore : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ModuleSession> m_session;
    FakeModule m_module;
    QMap<QString, QStringList> m_settings;    // "^SGAUTH" -> lines' payloads
    QMap<QString, QString> m_scfg;            // key -> value
    QStringList m_refusedWrites;              // command prefixes answered with an error

    static QMap<QString, QString> scfgDefaults()
    {
        return {{"GPRS/AutoAttach", "\"enabled\""}, {"Radio/Band/CatM", "\"080e189f\""},
                {"Radio/Band/CatNB", "\"080e189f\""}, {"MEopMode/RscMgmt/Rrc", "\"0\",\"0\""}};
    }

    // Answers AT<name>? from m_settings, AT<name>=<v> into it, and ^SCFG.
    void scriptSettings()
    {
        m_module.module->onPrefix("AT^SCFG", [this](const QString &cmd) -> QByteArray {
            if (cmd.endsWith('?')) {
                QByteArray out = "\r\n";
                for (auto it = m_scfg.cbegin(); it != m_scfg.cend(); ++it)
                    out += QStringLiteral("^SCFG: \"%1\",%2\r\n").arg(it.key(), it.value()).toLatin1();
                return out + "\r\nOK\r\n";
            }
            for (const QString &r : m_refusedWrites) {
                if (cmd.startsWith(r))
                    return "\r\n+CME ERROR: 50\r\n";
            }
            const QString args = cmd.mid(8);
            const qsizetype comma = args.indexOf("\",");
            m_scfg.insert(args.mid(1, comma - 1), args.mid(comma + 2));
            return "\r\nOK\r\n";
        });
        m_module.module->onPrefix("AT", [this](const QString &cmd) -> QByteArray {
            const qsizetype eq = cmd.indexOf('=');
            const QString name = cmd.mid(2, (eq < 0 ? cmd.size() - 1 : eq) - 2);
            if (cmd.endsWith('?') && m_settings.contains(name)) {
                QByteArray out = "\r\n";
                for (const QString &v : m_settings.value(name))
                    out += (name + ": " + v + "\r\n").toLatin1();
                return out + "\r\nOK\r\n";
            }
            if (eq > 0 && m_settings.contains(name)) {
                for (const QString &r : m_refusedWrites) {
                    if (cmd.startsWith(r))
                        return "\r\nERROR\r\n";
                }
                QStringList &lines = m_settings[name];
                const QString value = cmd.mid(eq + 1);
                // Indexed settings (by cid) replace their entry; others replace all.
                const bool indexed = name == "+CGDCONT" || name == "^SGAUTH" || name == "^SGAPN";
                const QString index = value.section(',', 0, 0);
                lines.removeIf([&](const QString &l) { return !indexed || l.section(',', 0, 0) == index; });
                lines << value;
                lines.sort();
                return "\r\nOK\r\n";
            }
            return "\r\nOK\r\n";
        });
    }

    SettingsSnapshot backup(const SettingsProfile &profile)
    {
        SettingsReader reader(m_session.get(), profile);
        QSignalSpy done(&reader, &SettingsReader::finished);
        reader.start();
        if (!done.wait(5000))
            return {};
        return done.first().first().value<SettingsSnapshot>();
    }

    RestoreReport restore(const SettingsProfile &profile, const SettingsSnapshot &saved)
    {
        SettingsRestorer restorer(m_session.get(), profile, saved);
        QSignalSpy done(&restorer, &SettingsRestorer::finished);
        restorer.start();
        if (!done.wait(5000))
            return {};
        return done.first().first().value<RestoreReport>();
    }

    void cinterionUserSettings()
    {
        m_scfg = scfgDefaults();
        m_scfg["Radio/Band/CatM"] = "\"00080004\"";
        m_scfg["MEopMode/RscMgmt/Rrc"] = "\"1\",\"5\"";
        m_settings = {{"+CGDCONT", {"1,\"IP\",\"iot.apn\",\"0.0.0.0\",0,0"}},
                      {"^SGAUTH", {"1,2,\"user\""}},
                      {"+CEMODE", {"0"}}};
    }
    void updateWipes()
    {
        m_scfg = scfgDefaults();
        m_settings = {{"+CGDCONT", {"1,\"IP\",\"\",\"0.0.0.0\",0,0"}}, {"^SGAUTH", {"1,0,\"\""}}, {"+CEMODE", {"2"}}};
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SettingsSnapshot>();
        qRegisterMetaType<RestoreReport>();
    }

    void init()
    {
        // A bare scripted module: only the settings table below answers.
        m_session = std::make_unique<ModuleSession>(testIdentity(0, Family::Cinterion));
        auto port = std::make_unique<FakePort>(QStringLiteral("fake0"));
        port->open(QIODevice::ReadWrite);
        m_module = FakeModule{};
        m_module.port = port.get();
        m_module.module = new ScriptedModule(port.get());
        m_module.module->setFallback("\r\nOK\r\n");
        auto channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(Family::Cinterion));
        channel->setDefaultTimeout(2s);
        m_session->attach(std::move(channel), QStringLiteral("fake0"), testIdentity(0, Family::Cinterion));
        m_refusedWrites.clear();
        scriptSettings();
    }

    void cleanup() { m_session.reset(); }

    void settingsResetByTheUpdateAreWrittenBackAndMatchAfterwards()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::Cinterion);
        cinterionUserSettings();
        const SettingsSnapshot saved = backup(profile);
        QVERIFY(!saved.isEmpty());
        QCOMPARE(saved.find("^SCFG Radio/Band/CatM")->values, QStringList{"\"00080004\""});
        QCOMPARE(saved.find("+CGDCONT")->values, QStringList{"1,\"IP\",\"iot.apn\""});
        // Settings this module does not answer are kept as unreadable, not dropped.
        QVERIFY(saved.unreadable().contains("^SCFG Security/GEA"));

        updateWipes();
        const RestoreReport report = restore(profile, saved);
        QCOMPARE(m_scfg.value("Radio/Band/CatM"), QStringLiteral("\"00080004\""));
        QCOMPARE(m_scfg.value("MEopMode/RscMgmt/Rrc"), QStringLiteral("\"1\",\"5\""));
        QVERIFY(m_settings.value("+CGDCONT").join("").contains("iot.apn"));
        QCOMPARE(m_settings.value("+CEMODE"), QStringList{"0"});
        QCOMPARE(report.written, 4);
        QVERIFY2(report.differences.isEmpty(), qPrintable(report.warnings().join('\n')));
        QVERIFY(report.writeErrors.isEmpty());
    }

    void thePasswordTheModuleNeverShowsIsReportedAsNotRestored()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::Cinterion);
        cinterionUserSettings();
        const SettingsSnapshot saved = backup(profile);
        updateWipes();
        const RestoreReport report = restore(profile, saved);
        QCOMPARE(report.notRestored.size(), 1);
        QVERIFY(report.notRestored.first().startsWith("^SGAUTH"));
        QVERIFY(report.notRestored.first().contains("password"));
        QVERIFY(!m_module.module->received().join('\n').contains("AT^SGAUTH="));
        QVERIFY(!report.clean());
        QVERIFY(report.warnings().join('\n').contains("^SGAUTH"));
    }

    void aSettingTheModuleRefusesToTakeBackIsReportedAsADifference()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::Cinterion);
        cinterionUserSettings();
        m_settings.remove("^SGAUTH");
        const SettingsSnapshot saved = backup(profile);
        updateWipes();
        m_settings.remove("^SGAUTH");
        m_refusedWrites << "AT^SCFG=\"Radio/Band/CatM\"";
        const RestoreReport report = restore(profile, saved);
        QCOMPARE(report.differences.size(), 1);
        QCOMPARE(report.differences.first().name, QStringLiteral("^SCFG Radio/Band/CatM"));
        QCOMPARE(report.differences.first().before, QStringList{"\"00080004\""});
        QCOMPARE(report.differences.first().after, QStringList{"\"080e189f\""});
        QCOMPARE(report.writeErrors.size(), 1);
        QVERIFY(report.writeErrors.first().contains("+CME ERROR: 50"));
        const QJsonObject figures = report.toJson();
        QCOMPARE(figures.value("differences").toArray().size(), 1);
    }

    void nothingIsWrittenWhenNothingChanged()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::Cinterion);
        cinterionUserSettings();
        const SettingsSnapshot saved = backup(profile);
        m_module.module->received(); // reads only from here on
        const qsizetype before = m_module.module->received().size();
        const RestoreReport report = restore(profile, saved);
        QCOMPARE(report.written, 0);
        for (const QString &cmd : m_module.module->received().mid(before))
            QVERIFY2(cmd.endsWith('?'), qPrintable(cmd));
        QVERIFY(report.clean());
    }

    void sim7020WritesItsApnWithTheRadioOff()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::SimcomSim7020);
        m_settings = {{"*MCGDEFCONT", {"\"IP\",\"nb.apn\""}}, {"+CGDCONT", {}}, {"+CBAND", {"8,20"}}};
        const SettingsSnapshot saved = backup(profile);
        m_settings = {{"*MCGDEFCONT", {"\"IP\",\"cmnbiot\""}}, {"+CGDCONT", {}}, {"+CBAND", {"8,20"}}};
        const qsizetype from = m_module.module->received().size();
        const RestoreReport report = restore(profile, saved);
        QVERIFY(report.clean());
        const QStringList sent = m_module.module->received().mid(from);
        const qsizetype off = sent.indexOf("AT+CFUN=0");
        const qsizetype write = sent.indexOf("AT*MCGDEFCONT=\"IP\",\"nb.apn\"");
        const qsizetype on = sent.indexOf("AT+CFUN=1");
        QVERIFY2(off >= 0 && write > off && on > write, qPrintable(sent.join(' ')));
    }

    void theModuleGoingAwayDuringTheRestoreIsAFailureNotASuccess()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::Cinterion);
        cinterionUserSettings();
        const SettingsSnapshot saved = backup(profile);
        updateWipes();
        SettingsRestorer restorer(m_session.get(), profile, saved);
        QSignalSpy failed(&restorer, &SettingsRestorer::failed);
        QSignalSpy finished(&restorer, &SettingsRestorer::finished);
        restorer.start();
        m_module.port->simulateLoss();
        QVERIFY(failed.wait(3000));
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SettingsRestore)
#include "tst_settingsrestore.moc"
