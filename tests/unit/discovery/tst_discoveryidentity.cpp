#include "discovery/discovery.h"
#include "discovery/imeicheck.h"
#include "fakeenumerator.h"
#include "fakemodule.h"
#include "fakeport.h"

#include "modules/modulesession.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// Who a module is, as Discovery decides it: a made-up IMEI is never an
// identity (unless the station lists it as a test IMEI), and a module found
// during another's reboot wait is that module only if its serial number and
// SIM say so too.
class tst_DiscoveryIdentity : public QObject
{
    Q_OBJECT

private:
    FakeEnumerator *m_enum = nullptr; // owned by the discovery's watcher
    std::unique_ptr<Discovery> m_discovery;
    QHash<QString, FakeModuleSpec> m_specs;
    QHash<QString, QPointer<FakePort>> m_ports;

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
            m_ports[name] = port.get();
            if (m_specs.contains(name))
                new FakeModule(port.get(), m_specs.value(name));
            return port;
        });
        m_discovery = std::make_unique<Discovery>(settings, std::move(e), std::move(factory));
        m_discovery->setModemManagerCheck(ModemManagerCheck(QStringLiteral("/nonexistent")));
    }

    void addModule(const QString &name, const FakeModuleSpec &spec)
    {
        m_specs.insert(name, spec);
        m_enum->add(name);
    }

    bool startAndWaitIdle()
    {
        QSignalSpy idle(m_discovery.get(), &Discovery::idle);
        m_discovery->start();
        return idle.count() > 0 || idle.wait(5000);
    }

    bool waitIdle()
    {
        QSignalSpy idle(m_discovery.get(), &Discovery::idle);
        return idle.wait(5000);
    }

    // The module on `port` reboots: its port goes away.
    void reboot(const QString &port)
    {
        m_enum->remove(port);
        m_ports[port]->simulateLoss();
    }

    static QStringList notesOf(const QSignalSpy &traffic)
    {
        QStringList notes;
        for (const QList<QVariant> &args : traffic) {
            const Traffic t = args.first().value<Traffic>();
            if (t.kind == Traffic::Kind::Note)
                notes << t.text;
        }
        return notes;
    }

private slots:
    void init()
    {
        m_specs.clear();
        m_ports.clear();
        make();
    }

    void cleanup() { m_discovery.reset(); }

    void aModuleWithAMadeUpImeiAndNoSerialIsNotTakenForAModule_data()
    {
        QTest::addColumn<QString>("imei");
        QTest::addColumn<QString>("said");
        QTest::newRow("bad check digit") << "356167051000018" << "check digit";
        QTest::newRow("all zeros") << "000000000000000" << "all zeros";
        QTest::newRow("all same digit") << "777777777777777" << "one digit repeated";
    }

    void aModuleWithAMadeUpImeiAndNoSerialIsNotTakenForAModule()
    {
        QFETCH(QString, imei);
        QFETCH(QString, said);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.imei = imei;
        addModule("m0", spec);
        QVERIFY(startAndWaitIdle());
        QVERIFY(m_discovery->sessions().isEmpty());
        const PortStatus status = m_discovery->portStatus("m0");
        QCOMPARE(status.state, PortState::NotAModule);
        QVERIFY2(status.reason.contains(imei) && status.reason.contains(said), qPrintable(status.reason));
        QVERIFY2(status.reason.contains("accepted test IMEIs"), qPrintable(status.reason));
    }

    void aValidImeiMakesAModule()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.imei = QStringLiteral("490154203237518");
        addModule("m0", spec);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s);
        QCOMPARE(s->id(), QStringLiteral("imei:490154203237518"));
    }

    void aTestImeiTheStationAcceptsMakesAModule()
    {
        DiscoverySettings st = fast();
        st.acceptedImeis = {QStringLiteral("000000000000000")};
        make(st);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.imei = QStringLiteral("000000000000000");
        addModule("m0", spec);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s);
        QCOMPARE(s->identity().imei, QStringLiteral("000000000000000"));
    }

    void anImeiSvIsKnownByItsImei()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.imei = QStringLiteral("4901542032375101");
        addModule("m0", spec);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s);
        QCOMPARE(s->identity().imei, QStringLiteral("490154203237518"));
    }

    void anHl78xxWithAMadeUpImeiIsKnownByItsSerialNumber()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::SierraHl78xx);
        spec.imei = QStringLiteral("000000000000000");
        addModule("m0", spec);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("m0");
        QVERIFY(s);
        QCOMPARE(s->id(), QStringLiteral("serial:") + spec.serial);
        QVERIFY(s->identity().imei.isEmpty());
    }

    // The reboot wait: the module's port is gone, and another module with
    // the same IMEI (a clone, a mislabelled batch) but its own serial number
    // or SIM appears. It is a new module; the one that rebooted still waits
    // and is found again when it comes back, with its new firmware.
    void aDifferentModuleWithTheSameImeiDuringTheRebootWaitIsNotAdopted_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<QString>("otherSerial");
        QTest::addColumn<QString>("otherIccid");
        QTest::addColumn<QString>("said");
        QTest::addColumn<QString>("port"); // where the other module appears
        QTest::newRow("HL78xx, other serial and SIM, on the same port")
            << int(Family::SierraHl78xx) << "4L9272699990410" << "89010012000009999991" << "serial number" << "a";
        QTest::newRow("HL78xx, other serial and SIM, on another port")
            << int(Family::SierraHl78xx) << "4L9272699990410" << "89010012000009999991" << "serial number" << "b";
        QTest::newRow("HL78xx, other serial, same SIM")
            << int(Family::SierraHl78xx) << "4L9272699990410" << QString() << "serial number" << "a";
        QTest::newRow("Telit (no serial), other SIM, on the same port")
            << int(Family::TelitPfm) << QString() << "89010012000009999991" << "SIM" << "a";
        QTest::newRow("SIM7020 (no serial), other SIM, on another port")
            << int(Family::SimcomSim7020) << QString() << "89010012000009999991" << "SIM" << "b";
    }

    void aDifferentModuleWithTheSameImeiDuringTheRebootWaitIsNotAdopted()
    {
        QFETCH(int, family);
        QFETCH(QString, otherSerial);
        QFETCH(QString, otherIccid);
        QFETCH(QString, said);
        QFETCH(QString, port);
        const FakeModuleSpec original = FakeModuleSpec::defaults(Family(family));
        addModule("a", original);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("a");
        QVERIFY(s);
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        QSignalSpy traffic(s, &ModuleSession::traffic);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        reboot("a");
        QCOMPARE(s->state(), ModuleSession::State::Disconnected);

        FakeModuleSpec impostor = original;
        if (!otherSerial.isEmpty())
            impostor.serial = otherSerial;
        if (!otherIccid.isEmpty())
            impostor.iccid = otherIccid;
        QStringList newNotes;
        connect(m_discovery.get(), &Discovery::moduleAdded, this, [&newNotes](ModuleSession *n) {
            connect(n, &ModuleSession::traffic, n, [&newNotes](const Traffic &t) {
                if (t.kind == Traffic::Kind::Note)
                    newNotes << t.text;
            });
        });
        addModule(port, impostor);
        QVERIFY(added.wait(3000));

        ModuleSession *other = added.first().first().value<ModuleSession *>();
        QVERIFY(other != s);
        QCOMPARE(m_discovery->sessionOnPort(port), other);
        QCOMPARE(other->identity().imei, original.imei);
        QVERIFY(other->id() != s->id());
        QCOMPARE(reconnected.count(), 0);
        QCOMPARE(s->state(), ModuleSession::State::Disconnected);
        QCOMPARE(s->identity().serial, original.serial);
        QCOMPARE(s->identity().iccid, original.iccid);
        const QString oldNotes = notesOf(traffic).join('\n');
        QVERIFY2(oldNotes.contains("not taken for this one") && oldNotes.contains(said), qPrintable(oldNotes));
        QVERIFY2(newNotes.join('\n').contains("module of its own"), qPrintable(newNotes.join('\n')));

        // The module that rebooted comes back, on another port, updated.
        FakeModuleSpec updated = original;
        updated.firmware = original.firmware + QStringLiteral("-new");
        addModule("c", updated);
        QVERIFY(reconnected.wait(3000));
        QCOMPARE(reconnected.first().first().toString(), QStringLiteral("c"));
        QCOMPARE(s->identity().firmware, updated.firmware);
        QCOMPARE(m_discovery->sessions().size(), 2);
        QCOMPARE(m_discovery->sessionOnPort(port), other);
    }

    void theSameModuleWithANewFirmwareAndTheSameSimIsFoundAgain()
    {
        const FakeModuleSpec original = FakeModuleSpec::defaults(Family::SierraHl78xx);
        addModule("a", original);
        QVERIFY(startAndWaitIdle());
        ModuleSession *s = m_discovery->sessionOnPort("a");
        QVERIFY(s);
        QSignalSpy reconnected(s, &ModuleSession::reconnected);
        QSignalSpy added(m_discovery.get(), &Discovery::moduleAdded);
        reboot("a");
        FakeModuleSpec updated = original;
        updated.firmware = QStringLiteral("BHL7800.1.7.0.0.20190101");
        addModule("b", updated);
        QVERIFY(reconnected.wait(3000));
        QCOMPARE(added.count(), 0);
        QCOMPARE(s->identity().firmware, updated.firmware);
    }
};

QTEST_GUILESS_MAIN(tst_DiscoveryIdentity)

#include "tst_discoveryidentity.moc"
