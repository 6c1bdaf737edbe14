// Discovery against the simulator over real pseudo-terminals and the real
// SerialPort: what a technician sees when modules are plugged in and reboot.
#include "discovery/discovery.h"
#include "discovery/portwatcher.h"
#include "modules/modulesession.h"
#include "simmodule.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_DiscoverySim : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<SimModule *> m_sims;
    std::unique_ptr<Discovery> m_discovery;

    SimModule *startSim(SimModuleConfig config, const QString &name)
    {
        config.link = m_dir->filePath(name);
        auto *sim = new SimModule(config, this);
        QString error;
        if (!sim->start(&error)) {
            qWarning() << "simulator did not start:" << error;
            delete sim;
            return nullptr;
        }
        m_sims << sim;
        return sim;
    }

    DiscoverySettings settings() const
    {
        DiscoverySettings s;
        s.systemPorts = false;
        s.scanGlobs = {m_dir->filePath("*")};
        s.watcher.settleDelay = 100ms;
        s.watcher.rescanInterval = 200ms;
        s.probe.atTimeout = 300ms;
        s.probe.commandTimeout = 2s;
        s.reenumerationWindow = 10s;
        return s;
    }

    void startDiscovery(const DiscoverySettings &s)
    {
        m_discovery = std::make_unique<Discovery>(s);
        m_discovery->setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));
        m_discovery->start();
    }

    ModuleSession *waitForModule(int timeoutMs = 8000)
    {
        if (m_discovery->sessions().isEmpty()) {
            QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
            if (!added.wait(timeoutMs))
                return nullptr;
        }
        return m_discovery->sessions().value(0);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/discovery-XXXXXX"));
        QVERIFY(m_dir->isValid());
    }

    void cleanup()
    {
        m_discovery.reset();
        for (SimModule *s : std::as_const(m_sims)) {
            s->stop();
            delete s;
        }
        m_sims.clear();
        m_dir.reset();
    }

    void everyFamilyIsIdentifiedOverAPty_data()
    {
        QTest::addColumn<Family>("family");
        for (Family f : allFamilies())
            QTest::addRow("%s", qPrintable(familyId(f))) << f;
    }

    void everyFamilyIsIdentifiedOverAPty()
    {
        QFETCH(Family, family);
        SimModule *sim = startSim(SimModuleConfig::completed(SimModuleConfig::defaults(family, 2), 2), familyId(family));
        QVERIFY(sim);
        startDiscovery(settings());
        ModuleSession *s = waitForModule();
        QVERIFY(s);
        const SimModuleConfig &c = sim->config();
        const ModuleIdentity &id = s->identity();
        QCOMPARE(id.family, family);
        QCOMPARE(id.manufacturer, c.manufacturer);
        QCOMPARE(id.model, c.model);
        QCOMPARE(id.firmware, sim->firmware());
        QCOMPARE(id.imei, c.imei);
        QCOMPARE(id.imsi, c.imsi);
        QCOMPARE(id.iccid, c.iccid);
        if (family == Family::SierraHl78xx)
            QCOMPARE(id.serial, c.serial);
        QCOMPARE(id.simState, QStringLiteral("READY"));
        QCOMPARE(s->portName(), sim->currentLink());
        QCOMPARE(m_discovery->portStatus(sim->currentLink()).state, PortState::Module);
    }

    void aModuleAtAnotherRateThanTheFirstTriedIsFound()
    {
        SimModuleConfig c = SimModuleConfig::defaults(Family::TelitPfm);
        c.baud = 921600;
        SimModule *sim = startSim(c, "fast");
        QVERIFY(sim);
        startDiscovery(settings());
        ModuleSession *s = waitForModule();
        QVERIFY(s);
        QCOMPARE(s->identity().imei, sim->config().imei);
        QCOMPARE(m_discovery->portStatus(sim->currentLink()).baudRate, 921600);
    }

    void aModuleThatRebootsKeepsItsSession_data()
    {
        QTest::addColumn<bool>("newPath");
        QTest::addColumn<int>("rebootMs");
        QTest::newRow("onto a new path") << true << 300;
        QTest::newRow("onto the same path") << false << 300;
        // Back before the next poll: only the lost channel tells.
        QTest::newRow("onto the same path between two polls") << false << 20;
    }

    void aModuleThatRebootsKeepsItsSession()
    {
        QFETCH(bool, newPath);
        QFETCH(int, rebootMs);
        SimModuleConfig c = SimModuleConfig::defaults(Family::Cinterion);
        c.reenumerate = newPath;
        c.rebootTime = std::chrono::milliseconds(rebootMs);
        SimModule *sim = startSim(c, "cinterion-0");
        QVERIFY(sim);
        startDiscovery(settings());
        ModuleSession *s = waitForModule();
        QVERIFY(s);
        const QString firstPort = s->portName();
        const ModuleIdentity before = s->identity();
        QSignalSpy disconnected(s, &ModuleSession::disconnected);
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QSignalSpy removed(m_discovery.get(), &Discovery::moduleRemoved);
        QStringList urcs;
        connect(s, &ModuleSession::urcReceived, this, [&](const QString &line) { urcs << line; });

        sim->reboot();
        QVERIFY(reconnected.wait(10000));
        QCOMPARE(disconnected.count(), 1);
        const QString newPort = reconnected.first().first().toString();
        QCOMPARE(newPort != firstPort, newPath);
        QCOMPARE(newPort, sim->currentLink());
        QCOMPARE(s->portName(), newPort);
        QCOMPARE(s->state(), ModuleSession::State::Connected);
        QCOMPARE(s->identity().imei, before.imei);
        QCOMPARE(s->identity().firmware, before.firmware);
        QCOMPARE(s->identity().iccid, before.iccid);
        QCOMPARE(m_discovery->sessions().size(), 1);
        QCOMPARE(added.count(), 0);
        QCOMPARE(removed.count(), 0);
        // The boot URC printed before or during the probe reaches the session.
        QTRY_VERIFY2_WITH_TIMEOUT(urcs.contains("^SYSSTART"), qPrintable(urcs.join(", ")), 2000);

        // And it still answers on the new port.
        QSignalSpy answer(s->send(AtCommand("AT+CGSN")), &AtReply::finished);
        QVERIFY(answer.wait(3000));
        QVERIFY(answer.first().first().value<AtResult>().ok());
    }

    // During an HL78xx's reboot wait another HL78xx with the same IMEI (its
    // own serial number and SIM) is plugged in: it is a module of its own,
    // and the one that rebooted is found again when it is back.
    void anotherModuleWithTheSameImeiDuringTheRebootIsNotTakenForIt()
    {
        SimModuleConfig a = SimModuleConfig::defaults(Family::SierraHl78xx, 0);
        a.rebootTime = 2500ms;
        SimModuleConfig b = SimModuleConfig::defaults(Family::SierraHl78xx, 1);
        b.imei = a.imei;
        QVERIFY(a.serial != b.serial && a.iccid != b.iccid);
        SimModule *first = startSim(a, "hl-a");
        QVERIFY(first);
        startDiscovery(settings());
        ModuleSession *s = waitForModule();
        QVERIFY(s);
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);

        first->reboot();
        QTRY_COMPARE_WITH_TIMEOUT(s->state(), ModuleSession::State::Disconnected, 5000);
        QVERIFY(startSim(b, "hl-b"));
        QVERIFY(added.wait(8000));
        ModuleSession *other = added.first().first().value<ModuleSession *>();
        QVERIFY(other != s);
        QCOMPARE(other->identity().imei, a.imei);
        QCOMPARE(other->identity().serial, b.serial);
        QCOMPARE(reconnected.count(), 0);

        QVERIFY(reconnected.wait(10000));
        QCOMPARE(s->identity().serial, a.serial);
        QCOMPARE(s->identity().iccid, a.iccid);
        QCOMPARE(m_discovery->sessions().size(), 2);
    }

    void aPortThatVanishesMidProbeIsFoundWhenItComesBack()
    {
        SimModuleConfig c = SimModuleConfig::defaults(Family::SimcomSim7020);
        c.rebootTime = 300ms;
        SimModule *sim = startSim(c, "simcom-0");
        QVERIFY(sim);
        bool unplugged = false;
        connect(sim, &SimModule::commandReceived, this, [&](const QString &command) {
            if (!unplugged && command.startsWith("AT+CGMM", Qt::CaseInsensitive)) {
                unplugged = true;
                QTimer::singleShot(0, sim, [sim] { sim->unplug(400ms); });
            }
        });
        startDiscovery(settings());
        QStringList seen;
        connect(m_discovery.get(), &Discovery::portStatusChanged, this,
                [&](const PortStatus &st) { seen << PortStatus::stateId(st.state); });
        ModuleSession *s = waitForModule(10000);
        QVERIFY(unplugged);
        QVERIFY(s);
        QCOMPARE(s->identity().imei, sim->config().imei);
        QCOMPARE(s->portName(), sim->currentLink());
    }

    void aPlainSilentPortIsReportedAsNotAModule()
    {
        SimModuleConfig c = SimModuleConfig::defaults(Family::TelitPfm);
        c.faults = {QStringLiteral("silent")};
        SimModule *sim = startSim(c, "quiet");
        QVERIFY(sim);
        DiscoverySettings s = settings();
        s.probe.atTimeout = 100ms;
        startDiscovery(s);
        QSignalSpy idle(m_discovery.get(), &Discovery::idle);
        QVERIFY(idle.wait(10000));
        const PortStatus st = m_discovery->portStatus(sim->currentLink());
        QCOMPARE(st.state, PortState::NotAModule);
        QVERIFY(st.timedOut);
        QVERIFY(m_discovery->sessions().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_DiscoverySim)
#include "tst_discovery_sim.moc"
