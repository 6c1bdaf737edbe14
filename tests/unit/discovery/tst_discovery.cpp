#include "discovery/discovery.h"
#include "discovery/portreservations.h"
#include "discovery/portwatcher.h"
#include "fakeenumerator.h"
#include "fakemodule.h"
#include "fakeport.h"

#include "modules/modulesession.h"

#include <QDir>
#include <QFile>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

class tst_Discovery : public QObject
{
    Q_OBJECT

private:
    FakeEnumerator *m_enum = nullptr; // owned by the discovery's watcher
    std::unique_ptr<Discovery> m_discovery;
    QHash<QString, FakeModuleSpec> m_specs;   // what sits behind each port name
    QHash<QString, QString> m_openErrors;
    QHash<QString, int> m_opens;
    QHash<QString, QPointer<FakePort>> m_ports; // the latest port made for each name
    QHash<QString, QStringList> m_received;

    static DiscoverySettings fast()
    {
        DiscoverySettings s;
        s.watcher.settleDelay = 60ms;
        s.watcher.rescanInterval = 40ms;
        s.watcher.minRescanGap = 10ms;
        s.watcher.watchDirectories = false;
        s.probe.atTimeout = 80ms;
        s.probe.atTries = 1;
        s.probe.rateQuiet = 1ms;
        s.probe.commandTimeout = 500ms;
        s.reenumerationWindow = 5s;
        return s;
    }

    void make(const DiscoverySettings &settings = fast())
    {
        m_discovery.reset();
        auto e = std::make_unique<FakeEnumerator>();
        m_enum = e.get();
        auto factory = std::make_unique<FakePortFactory>([this](const QString &name) {
            auto port = std::make_unique<FakePort>(name);
            m_opens[name]++;
            m_ports[name] = port.get();
            if (m_openErrors.contains(name))
                port->setOpenError(m_openErrors.value(name));
            if (m_specs.contains(name)) {
                auto *module = new FakeModule(port.get(), m_specs.value(name));
                connect(module, &FakeModule::commandReceived, this,
                        [this, name](const QString &c) { m_received[name] << c; });
            }
            return port;
        });
        m_discovery = std::make_unique<Discovery>(settings, std::move(e), std::move(factory));
        // No ModemManager in unit tests unless a test builds one.
        m_discovery->setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));
    }

    void addModule(const QString &name, Family family, int index = 0)
    {
        m_specs.insert(name, FakeModuleSpec::defaults(family, index));
        m_enum->add(name);
    }

    bool startAndWaitIdle()
    {
        QSignalSpy idle(m_discovery.get(), &Discovery::idle);
        m_discovery->start();
        return idle.count() > 0 || idle.wait(5000);
    }

    PortState stateOf(const QString &port) const { return m_discovery->portStatus(port).state; }

private slots:
    void init()
    {
        m_specs.clear();
        m_openErrors.clear();
        m_opens.clear();
        m_ports.clear();
        m_received.clear();
        make();
    }

    void cleanup()
    {
        m_discovery.reset();
    }

    void everyModuleBecomesASessionWithItsIdentity()
    {
        int i = 0;
        for (Family f : allFamilies())
            addModule(QStringLiteral("m%1").arg(i), f, i), ++i;
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QVERIFY(startAndWaitIdle());
        QCOMPARE(added.count(), 4);
        QCOMPARE(m_discovery->sessions().size(), 4);
        for (int n = 0; n < 4; ++n) {
            const QString port = QStringLiteral("m%1").arg(n);
            const FakeModuleSpec spec = m_specs.value(port);
            ModuleSession *s = m_discovery->sessionOnPort(port);
            QVERIFY2(s, qPrintable(port));
            QCOMPARE(s->family(), spec.family);
            QCOMPARE(s->identity().imei, spec.imei);
            QCOMPARE(s->identity().firmware, spec.firmware);
            QCOMPARE(s->state(), ModuleSession::State::Connected);
            QCOMPARE(stateOf(port), PortState::Module);
            QCOMPARE(m_discovery->portStatus(port).moduleId, s->id());
        }
    }

    void aSessionKeepsItsChannelOpenAndSeesUrcsLive()
    {
        addModule("m0", Family::SierraHl78xx);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s);
        QSignalSpy urc(s, &ModuleSession::urcReceived);
        m_ports["m0"]->feed("\r\n+WDSI: 2\r\n");
        QCOMPARE(urc.count(), 1);
        QCOMPARE(urc.first().at(1).toString(), QStringLiteral("+WDSI:"));
    }

    void aModuleHoldsItsPortsReservation()
    {
        addModule("m0", Family::TelitPfm);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QCOMPARE(m_discovery->reservations()->holder("m0"), Discovery::sessionOwner(s->id()));
    }

    void portsThatAreNotModulesAreReportedOnceAndNotProbedAgain_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("timedOut");
        QTest::newRow("silence") << int(FakeModuleSpec::Kind::Silent) << true;
        QTest::newRow("garbage at every rate") << int(FakeModuleSpec::Kind::Garbage) << false;
        QTest::newRow("ERROR to everything") << int(FakeModuleSpec::Kind::ErrorToAll) << false;
    }

    void portsThatAreNotModulesAreReportedOnceAndNotProbedAgain()
    {
        QFETCH(int, kind);
        QFETCH(bool, timedOut);
        FakeModuleSpec spec;
        spec.kind = FakeModuleSpec::Kind(kind);
        m_specs.insert("p0", spec);
        m_enum->add("p0");
        QVERIFY(startAndWaitIdle());
        const PortStatus st = m_discovery->portStatus("p0");
        QCOMPARE(st.state, PortState::NotAModule);
        QVERIFY(!st.reason.isEmpty());
        QVERIFY(!st.advice.isEmpty());
        QCOMPARE(st.timedOut, timedOut);
        QVERIFY(!m_discovery->reservations()->isReserved("p0")); // released
        QVERIFY(m_ports["p0"].isNull() || !m_ports["p0"]->isOpen());

        // Several rescans later it has still been opened only once...
        QSignalSpy scanned(m_discovery->watcher(), &PortWatcher::scanned);
        for (int i = 0; i < 5; ++i)
            QVERIFY(scanned.wait(1000));
        QCOMPARE(m_opens["p0"], 1);
        // ...until the user asks.
        QSignalSpy idle(m_discovery.get(), &Discovery::idle);
        m_discovery->reprobe("p0");
        QVERIFY(idle.wait(5000));
        QCOMPARE(m_opens["p0"], 2);
    }

    void aPortReservedBySomeoneElseIsNotOpened()
    {
        addModule("m0", Family::TelitPfm);
        QVERIFY(m_discovery->reservations()->reserve("m0", "console"));
        QVERIFY(startAndWaitIdle());
        QCOMPARE(stateOf("m0"), PortState::Busy);
        QVERIFY(m_discovery->portStatus("m0").reason.contains("console"));
        QCOMPARE(m_opens.value("m0"), 0);
    }

    void openFailuresSayWhatToDo_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<PortState>("state");
        QTest::newRow("busy") << "Device or resource busy" << PortState::Busy;
        QTest::newRow("permission") << "Permission denied" << PortState::PermissionDenied;
    }

    void openFailuresSayWhatToDo()
    {
        QFETCH(QString, error);
        QFETCH(PortState, state);
        m_openErrors.insert("p0", error);
        m_enum->add("p0");
        QVERIFY(startAndWaitIdle());
        QCOMPARE(stateOf("p0"), state);
        QVERIFY(!m_discovery->portStatus("p0").advice.isEmpty());
    }

    void interfacesOfOneUsbModuleAreOneModuleOnItsLowestAnsweringInterface()
    {
        // Interface 0: a non-AT (diagnostics) port; 2 and 3 both answer AT.
        FakeModuleSpec diag;
        diag.kind = FakeModuleSpec::Kind::Silent;
        m_specs.insert("ttyUSB0", diag);
        m_specs.insert("ttyUSB2", FakeModuleSpec::defaults(Family::TelitPfm));
        m_specs.insert("ttyUSB3", FakeModuleSpec::defaults(Family::TelitPfm));
        m_enum->add(usbPort("ttyUSB3", 3, "SER1"));
        m_enum->add(usbPort("ttyUSB0", 0, "SER1"));
        m_enum->add(usbPort("ttyUSB2", 2, "SER1"));
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QVERIFY(startAndWaitIdle());
        QCOMPARE(added.count(), 1);
        QCOMPARE(m_discovery->sessions().size(), 1);
        QCOMPARE(m_discovery->sessions().first()->portName(), QStringLiteral("ttyUSB2"));
        QCOMPARE(stateOf("ttyUSB2"), PortState::Module);
        QCOMPARE(stateOf("ttyUSB3"), PortState::OtherInterface);
        QCOMPARE(stateOf("ttyUSB0"), PortState::NotAModule);
        QVERIFY(!m_discovery->reservations()->isReserved("ttyUSB3"));
    }

    void twoPortsAnsweringWithOneImeiAreOneModule()
    {
        addModule("a", Family::Cinterion, 3);
        addModule("b", Family::Cinterion, 3);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QVERIFY(startAndWaitIdle());
        QCOMPARE(added.count(), 1);
        const QList<PortState> states{stateOf("a"), stateOf("b")};
        QVERIFY(states.contains(PortState::Module));
        QVERIFY(states.contains(PortState::OtherInterface));
    }

    void aModuleThatAppearsLaterIsProbedAfterTheSettleDelay()
    {
        QVERIFY(startAndWaitIdle());
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QSignalSpy status(m_discovery.get(), &Discovery::portStatusChanged);
        addModule("late", Family::SimcomSim7020);
        QVERIFY(added.wait(3000));
        QCOMPARE(status.first().first().value<PortStatus>().state, PortState::Probing);
    }

    void aModuleFoundAgainOnAnotherPortKeepsItsSession()
    {
        addModule("/tmp/modems/a", Family::SierraHl78xx);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("/tmp/modems/a");
        QVERIFY(s);
        const ModuleIdentity before = s->identity();
        QSignalSpy disconnected(s, &ModuleSession::disconnected);
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        QSignalSpy removed(m_discovery.get(), &Discovery::moduleRemoved);

        // The module reboots: its port goes away and it comes back elsewhere,
        // printing its boot URC.
        m_enum->remove("/tmp/modems/a");
        m_ports["/tmp/modems/a"]->simulateLoss();
        QCOMPARE(disconnected.count(), 1);
        QCOMPARE(s->state(), ModuleSession::State::Disconnected);
        FakeModuleSpec spec = m_specs.value("/tmp/modems/a");
        spec.bootUrcs = "\r\n+WDSI: 16\r\n";
        spec.firmware = QStringLiteral("BHL7800.1.7.0.0.20190101");
        m_specs.insert("/tmp/modems/b", spec);
        QSignalSpy urcs(s, &ModuleSession::urcReceived);
        m_enum->add("/tmp/modems/b");

        QVERIFY(reconnected.wait(3000));
        QCOMPARE(reconnected.first().first().toString(), QStringLiteral("/tmp/modems/b"));
        QCOMPARE(m_discovery->sessionOnPort("/tmp/modems/b"), s);
        QCOMPARE(s->identity().imei, before.imei);
        QCOMPARE(s->identity().firmware, spec.firmware);
        QCOMPARE(added.count(), 0);
        QCOMPARE(removed.count(), 0);
        QVERIFY(!urcs.isEmpty());
        QCOMPARE(urcs.first().first().toString(), QStringLiteral("+WDSI: 16"));
    }

    void aModuleBackBehindTheSameNameIsFoundAgainEvenBetweenTwoPolls()
    {
        addModule("m0", Family::TelitPfm);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        // The enumerator never sees it missing (a pty re-created at once).
        m_ports["m0"]->simulateLoss();
        QVERIFY(reconnected.wait(3000));
        QCOMPARE(s->state(), ModuleSession::State::Connected);
        QCOMPARE(m_opens["m0"], 2);
    }

    void aModuleNotFoundAgainWithinTheWindowIsRemoved()
    {
        DiscoverySettings st = fast();
        st.reenumerationWindow = 200ms;
        make(st);
        addModule("m0", Family::TelitPfm);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QSignalSpy removed(m_discovery.get(), &Discovery::moduleRemoved);
        m_enum->remove("m0");
        m_ports["m0"]->simulateLoss();
        QVERIFY(removed.wait(3000));
        QCOMPARE(removed.first().first().value<ModuleSession *>(), s);
        QVERIFY(m_discovery->sessions().isEmpty());
    }

    void aModuleOwnedByAJobIsKeptPastTheWindowUntilTheJobLetsGo()
    {
        DiscoverySettings st = fast();
        st.reenumerationWindow = 100ms;
        make(st);
        addModule("m0", Family::TelitPfm);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s->claim("job-1"));
        QSignalSpy removed(m_discovery.get(), &Discovery::moduleRemoved);
        m_enum->remove("m0");
        m_ports["m0"]->simulateLoss();
        QVERIFY(!removed.wait(500)); // five windows
        QCOMPARE(m_discovery->sessions().size(), 1);
        s->unclaim("job-1");
        QVERIFY(removed.count() == 1 || removed.wait(1000));
    }

    void theSimPinIsEnteredAgainWhenTheModuleComesBackAskingForIt()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.simLocked = true;
        m_specs.insert("m0", spec);
        m_enum->add("m0");
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s->identity().simNeedsPin());
        s->setSimPin("1234");
        QSignalSpy unlocked(s, &ModuleSession::simUnlocked);
        m_ports["m0"]->simulateLoss();
        QVERIFY(unlocked.wait(3000));
        QVERIFY(m_received["m0"].contains("AT+CPIN=\"1234\""));
    }

    void releaseClosesThePortAndReclaimTakesItBack()
    {
        addModule("m0", Family::Cinterion);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        s->release();
        QCOMPARE(s->state(), ModuleSession::State::Released);
        QCOMPARE(stateOf("m0"), PortState::Released);
        QVERIFY(!m_discovery->reservations()->isReserved("m0"));
        QTRY_VERIFY(m_ports["m0"].isNull()); // the channel and its port are gone
        // Released stays released, whatever the rescans find.
        QSignalSpy scanned(m_discovery->watcher(), &PortWatcher::scanned);
        QVERIFY(scanned.wait(1000));
        QCOMPARE(m_opens["m0"], 1);

        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        s->reclaim();
        QVERIFY(reconnected.wait(3000));
        QCOMPARE(s->state(), ModuleSession::State::Connected);
        QCOMPARE(stateOf("m0"), PortState::Module);
    }

    void aPortThatVanishesMidProbeIsProbedWhenItComesBack()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::SimcomSim7020);
        m_specs.insert("m0", spec);
        m_enum->add("m0");
        bool vanished = false;
        // The first time the module is asked its IMEI, its port goes away.
        connect(m_discovery->watcher(), &PortWatcher::portAdded, this, [&](const PortInfo &) {
            QTimer::singleShot(0, this, [&] {
                if (!vanished && m_ports["m0"]) {
                    vanished = true;
                    connect(m_ports["m0"], &FakePort::readyRead, this, [&] {
                        if (m_received["m0"].contains("AT+CGSN") && m_ports["m0"])
                            m_ports["m0"]->simulateLoss();
                    });
                }
            });
        });
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        m_discovery->start();
        QVERIFY(added.wait(5000));
        QVERIFY(vanished);
        QCOMPARE(m_opens["m0"], 2);
        QCOMPARE(m_discovery->sessions().size(), 1);
    }

    void modemManagerHoldingAModulesPortIsReported()
    {
        QTemporaryDir proc;
        QTemporaryDir dev;
        const QString device = dev.filePath("ttyACM0");
        QFile(device).open(QIODevice::WriteOnly);
        QDir(proc.path()).mkpath("321/fd");
        QFile comm(proc.filePath("321/comm"));
        QVERIFY(comm.open(QIODevice::WriteOnly));
        comm.write("ModemManager\n");
        comm.close();
        QVERIFY(QFile::link(device, proc.filePath("321/fd/7")));

        m_specs.insert(device, FakeModuleSpec::defaults(Family::TelitPfm));
        m_enum->add(device);
        m_discovery->setModemManagerCheck(ModemManagerCheck(proc.path()));
        QVERIFY(startAndWaitIdle());
        const PortStatus st = m_discovery->portStatus(device);
        QCOMPARE(st.state, PortState::Module);
        QVERIFY2(st.advice.contains("ModemManager"), qPrintable(st.advice));
        QVERIFY(st.advice.contains("70-fotadesk-modems.rules"));
    }

    void settingsSurviveASaveAndLoad()
    {
        QTemporaryDir dir;
        QSettings store(dir.filePath("s.ini"), QSettings::IniFormat);
        DiscoverySettings a;
        a.scanGlobs = {"/tmp/modems/*", "/dev/serial/by-id/*"};
        a.probe.baudRates = {921600, 115200};
        a.watcher.settleDelay = 777ms;
        a.reenumerationWindow = 42s;
        a.probe.atTimeout = 250ms;
        a.save(store);
        QCOMPARE(store.value("ports/extra").toStringList(), a.scanGlobs);
        DiscoverySettings b;
        b.load(store);
        QCOMPARE(b.scanGlobs, a.scanGlobs);
        QCOMPARE(b.probe.baudRates, a.probe.baudRates);
        QCOMPARE(b.watcher.settleDelay, a.watcher.settleDelay);
        QCOMPARE(b.reenumerationWindow, a.reenumerationWindow);
        QCOMPARE(b.probe.atTimeout, a.probe.atTimeout);
    }
};

QTEST_GUILESS_MAIN(tst_Discovery)
#include "tst_discovery.moc"
