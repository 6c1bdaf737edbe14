#include "discovery/prober.h"
#include "discovery/ratememory.h"
#include "fakemodule.h"
#include "fakeport.h"

#include "at/atchannel.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

Q_DECLARE_METATYPE(FakeModuleSpec::Kind)
Q_DECLARE_METATYPE(RateFinder::Failure)
Q_DECLARE_METATYPE(Probe::Outcome)

// What one probe ended with, copied out before the prober deletes the probe.
struct Outcome
{
    Probe::Outcome outcome = Probe::Outcome::Running;
    RateFinder::Failure failure = RateFinder::Failure::Silence;
    QString reason;
    ModuleIdentity identity;
    qint32 baud = 0;
    QStringList earlyUrcs;
    bool channelOpen = false;
};

class tst_Prober : public QObject
{
    Q_OBJECT

private:
    QHash<QString, FakeModuleSpec> m_specs;
    QHash<QString, QString> m_openErrors;
    QHash<QString, QPointer<FakeModule>> m_modules;
    QHash<QString, int> m_opens;
    QHash<QString, int> m_wrong;        // commands the module saw at a wrong rate
    QHash<QString, QStringList> m_received; // commands it understood
    std::unique_ptr<FakePortFactory> m_factory;
    std::unique_ptr<Prober> m_prober;
    QHash<QString, Outcome> m_results;
    std::function<void(FakeModule *)> m_onCreate;

    ProbeSettings fastSettings() const
    {
        ProbeSettings s;
        s.atTimeout = 100ms;
        s.atTries = 1;
        s.commandTimeout = 500ms;
        s.rateQuiet = 1ms;
        return s;
    }

    bool probeAndWait(const QString &name, int timeoutMs = 5000)
    {
        m_prober->probe(PortInfo::named(name));
        QSignalSpy finished(m_prober.get(), &Prober::finished);
        while (!m_results.contains(name) && finished.wait(timeoutMs)) { }
        return m_results.contains(name);
    }

private slots:
    void init()
    {
        m_specs.clear();
        m_openErrors.clear();
        m_modules.clear();
        m_opens.clear();
        m_wrong.clear();
        m_received.clear();
        m_results.clear();
        m_onCreate = nullptr;
        m_factory = std::make_unique<FakePortFactory>([this](const QString &name) {
            auto port = std::make_unique<FakePort>(name);
            m_opens[name]++;
            if (m_openErrors.contains(name))
                port->setOpenError(m_openErrors.value(name));
            if (m_specs.contains(name)) {
                auto *module = new FakeModule(port.get(), m_specs.value(name));
                m_modules[name] = module;
                connect(module, &FakeModule::wrongRateCommand, this, [this, name] { m_wrong[name]++; });
                connect(module, &FakeModule::commandReceived, this,
                        [this, name](const QString &c) { m_received[name] << c; });
                if (m_onCreate)
                    m_onCreate(module);
            }
            return port;
        });
        m_prober = std::make_unique<Prober>(*m_factory, fastSettings());
        connect(m_prober.get(), &Prober::finished, this, [this](Probe *p) {
            Outcome o;
            o.outcome = p->outcome();
            o.failure = p->failure();
            o.reason = p->reason();
            o.identity = p->identity();
            o.baud = p->baudRate();
            o.earlyUrcs = p->earlyUrcs();
            auto channel = p->takeChannel();
            o.channelOpen = channel && channel->isConnected();
            m_results.insert(p->port().name, o);
        });
    }

    void cleanup()
    {
        m_prober.reset();
    }

    void theRateIsFoundWhereverTheModuleIsInTheList_data()
    {
        QTest::addColumn<qint32>("moduleBaud");
        for (qint32 rate : ProbeSettings{}.baudRates)
            QTest::addRow("%d", rate) << rate;
    }

    void theRateIsFoundWhereverTheModuleIsInTheList()
    {
        QFETCH(qint32, moduleBaud);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.baud = moduleBaud;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Module);
        QCOMPARE(m_results["m0"].baud, moduleBaud);
    }

    void garbageAtAWrongRateMovesOnWithoutWaitingForTheTimeout()
    {
        // With a 20 s timeout per try, reaching 9600 (last of five) in time is
        // only possible if garbage ends each wrong rate at once.
        ProbeSettings s = fastSettings();
        s.atTimeout = 20s;
        m_prober->setSettings(s);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::SierraHl78xx);
        spec.baud = 9600;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0", 5000));
        QCOMPARE(m_results["m0"].baud, 9600);
        QCOMPARE(m_wrong.value("m0"), 4);
    }

    void theLastRateThatWorkedIsTriedFirst()
    {
        RateMemory memory;
        memory.remember("m0", 460800);
        m_prober->setRateMemory(&memory);
        QCOMPARE(m_prober->ratesFor("m0").first(), 460800);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::Cinterion);
        spec.baud = 460800;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].baud, 460800);
        QCOMPARE(m_wrong.value("m0"), 0);
    }

    void aRateThatWorkedIsRemembered()
    {
        RateMemory memory;
        m_prober->setRateMemory(&memory);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.baud = 921600;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(memory.lastRate("m0"), 921600);
    }

    void eachFamilyIsRecognisedAndItsIdentityRead_data()
    {
        QTest::addColumn<Family>("family");
        QTest::addColumn<bool>("echo");
        for (Family f : allFamilies()) {
            QTest::addRow("%s, echo on", qPrintable(familyId(f))) << f << true;
            QTest::addRow("%s, echo off", qPrintable(familyId(f))) << f << false;
        }
    }

    void eachFamilyIsRecognisedAndItsIdentityRead()
    {
        QFETCH(Family, family);
        QFETCH(bool, echo);
        FakeModuleSpec spec = FakeModuleSpec::defaults(family, 7);
        spec.echo = echo;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        const Outcome &o = m_results["m0"];
        QCOMPARE(o.outcome, Probe::Outcome::Module);
        QVERIFY(o.channelOpen);
        QCOMPARE(o.identity.family, family);
        QCOMPARE(o.identity.manufacturer, spec.manufacturer);
        QCOMPARE(o.identity.model, spec.model);
        QCOMPARE(o.identity.firmware, spec.firmware);
        QCOMPARE(o.identity.imei, spec.imei);
        QCOMPARE(o.identity.imsi, spec.imsi);
        QCOMPARE(o.identity.iccid, spec.iccid);
        QCOMPARE(o.identity.serial, spec.serial);
        QCOMPARE(o.identity.simState, QStringLiteral("READY"));
        QVERIFY(m_received["m0"].contains("ATE0"));
        QVERIFY(m_received["m0"].contains("AT+CMEE=2"));
    }

    void aReadingTheLineChangedIsReadAgain()
    {
        // A digit changed on the line breaks the IMEI's check digit: read
        // as it is, the module would look like another one after its reboot.
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::SierraHl78xx, 3);
        spec.damagedImeiReads = 1;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Module);
        QCOMPARE(m_results["m0"].identity.imei, spec.imei);
        QCOMPARE(m_received["m0"].count("AT+CGSN"), 2);
    }

    void aLockedSimLeavesTheImsiEmptyAndSaysSimPin()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::TelitPfm);
        spec.simLocked = true;
        m_specs.insert("m0", spec);
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Module);
        QVERIFY(m_results["m0"].identity.imsi.isEmpty());
        QVERIFY(m_results["m0"].identity.simNeedsPin());
    }

    void bootUrcsSeenWhileProbingAreKept()
    {
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::SierraHl78xx);
        spec.bootUrcs = "\r\n+WDSI: 16\r\n";
        m_specs.insert("m0", spec);
        m_onCreate = [](FakeModule *m) {
            connect(m, &FakeModule::commandReceived, m, [m](const QString &c) {
                if (c == QLatin1String("AT+CGMM"))
                    m->send("\r\n+CPIN: READY\r\n"); // between two answers
            });
        };
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Module);
        QVERIFY(m_results["m0"].earlyUrcs.contains("+WDSI: 16"));
        QVERIFY(m_results["m0"].earlyUrcs.contains("+CPIN: READY"));
    }

    void answersLeftByAProgramThatDiedAreNotTakenForOurs_data()
    {
        QTest::addColumn<QByteArray>("leftOver");
        QTest::newRow("OK") << QByteArray("\r\nOK\r\n");
        QTest::newRow("value and OK") << QByteArray("\r\n+CPIN: READY\r\n\r\nOK\r\n");
        QTest::newRow("two answers") << QByteArray("\r\nOK\r\n\r\n+CGSN: 000\r\n\r\nOK\r\n");
        QTest::newRow("ERROR") << QByteArray("\r\nERROR\r\n");
    }
    void answersLeftByAProgramThatDiedAreNotTakenForOurs()
    {
        // On a pty (and a USB port the OS keeps buffering) the answers to a
        // killed program's last commands are read by the next one to open it.
        QFETCH(QByteArray, leftOver);
        FakeModuleSpec spec = FakeModuleSpec::defaults(Family::Cinterion);
        spec.echo = false; // the dead program turned it off: no echo to resynchronise on
        spec.latencyMs = 5; // our first command goes out before the answer to AT comes in
        m_specs.insert("m0", spec);
        m_onCreate = [leftOver](FakeModule *m) { m->send(leftOver); };
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Module);
        const FakeModuleSpec expected = FakeModuleSpec::defaults(Family::Cinterion);
        QCOMPARE(m_results["m0"].identity.imei, expected.imei);
        QCOMPARE(m_results["m0"].identity.model, expected.model);
        QCOMPARE(m_results["m0"].identity.firmware, expected.firmware);
        QVERIFY(!m_results["m0"].earlyUrcs.contains("OK"));
    }

    void portsThatAreNotModulesAreReportedWithTheReason_data()
    {
        QTest::addColumn<FakeModuleSpec::Kind>("kind");
        QTest::addColumn<RateFinder::Failure>("failure");
        QTest::newRow("silence") << FakeModuleSpec::Kind::Silent << RateFinder::Failure::Silence;
        QTest::newRow("garbage at every rate") << FakeModuleSpec::Kind::Garbage << RateFinder::Failure::Garbage;
        QTest::newRow("ERROR to everything") << FakeModuleSpec::Kind::ErrorToAll << RateFinder::Failure::Error;
        QTest::newRow("text but never OK") << FakeModuleSpec::Kind::TextOnly << RateFinder::Failure::Text;
    }

    void portsThatAreNotModulesAreReportedWithTheReason()
    {
        QFETCH(FakeModuleSpec::Kind, kind);
        QFETCH(RateFinder::Failure, failure);
        FakeModuleSpec spec;
        spec.kind = kind;
        m_specs.insert("p0", spec);
        QVERIFY(probeAndWait("p0"));
        const Outcome &o = m_results["p0"];
        QCOMPARE(o.outcome, Probe::Outcome::NotAModule);
        QCOMPARE(o.failure, failure);
        QVERIFY(!o.reason.isEmpty());
        QVERIFY(!o.channelOpen);
        QCOMPARE(m_opens["p0"], 1); // not retried
    }

    void openFailuresAreClassified_data()
    {
        QTest::addColumn<QString>("error");
        QTest::addColumn<Probe::Outcome>("outcome");
        QTest::newRow("busy") << "Device or resource busy" << Probe::Outcome::Busy;
        QTest::newRow("permission") << "Permission denied" << Probe::Outcome::PermissionDenied;
        QTest::newRow("other") << "Unknown error" << Probe::Outcome::OpenFailed;
    }

    void openFailuresAreClassified()
    {
        QFETCH(QString, error);
        QFETCH(Probe::Outcome, outcome);
        m_openErrors.insert("p0", error);
        QVERIFY(probeAndWait("p0"));
        QCOMPARE(m_results["p0"].outcome, outcome);
        QVERIFY(m_results["p0"].reason.contains(error));
    }

    void aPortThatVanishesMidProbeEndsAsVanished_data()
    {
        QTest::addColumn<QString>("atCommand");
        QTest::newRow("while finding the rate") << "AT";
        QTest::newRow("while reading the identity") << "AT+CGSN";
    }

    void aPortThatVanishesMidProbeEndsAsVanished()
    {
        QFETCH(QString, atCommand);
        m_specs.insert("m0", FakeModuleSpec::defaults(Family::TelitPfm));
        m_onCreate = [atCommand](FakeModule *m) {
            m->goSilentAfter(atCommand);
            connect(m, &FakeModule::commandReceived, m, [m, atCommand](const QString &c) {
                if (c == atCommand)
                    QTimer::singleShot(0, m, [m] { qobject_cast<FakePort *>(m->parent())->simulateLoss(); });
            });
        };
        QVERIFY(probeAndWait("m0"));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Vanished);
    }

    void everyPortIsProbedAtOnce()
    {
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("m%1").arg(i);
            m_specs.insert(name, FakeModuleSpec::defaults(Family::TelitPfm, i));
            m_prober->probe(PortInfo::named(name));
        }
        QCOMPARE(m_prober->activeCount(), 8);
        QTRY_COMPARE(m_results.size(), 8);
        QVERIFY(m_prober->isIdle());
    }

    void maxParallelOneProbesOnePortAtATime()
    {
        ProbeSettings s = fastSettings();
        s.maxParallel = 1;
        m_prober->setSettings(s);
        int most = 0;
        connect(m_prober.get(), &Prober::started, this, [&] { most = std::max(most, m_prober->activeCount()); });
        for (int i = 0; i < 4; ++i) {
            const QString name = QStringLiteral("m%1").arg(i);
            m_specs.insert(name, FakeModuleSpec::defaults(Family::TelitPfm, i));
            m_prober->probe(PortInfo::named(name));
        }
        QCOMPARE(m_prober->activeCount(), 1);
        QCOMPARE(m_prober->queuedCount(), 3);
        QTRY_COMPARE(m_results.size(), 4);
        QCOMPARE(most, 1);
    }

    void aPortIsNotProbedTwiceAtOnce()
    {
        m_specs.insert("m0", FakeModuleSpec::defaults(Family::TelitPfm));
        m_prober->probe(PortInfo::named("m0"));
        m_prober->probe(PortInfo::named("m0"));
        QTRY_VERIFY(m_results.contains("m0"));
        QCOMPARE(m_opens["m0"], 1);
    }

    void aCancelledProbeEndsOnce()
    {
        m_specs.insert("m0", FakeModuleSpec::defaults(Family::TelitPfm));
        QSignalSpy finished(m_prober.get(), &Prober::finished);
        m_prober->probe(PortInfo::named("m0"));
        m_prober->cancel("m0");
        QVERIFY(finished.wait(2000));
        QCOMPARE(m_results["m0"].outcome, Probe::Outcome::Cancelled);
        QVERIFY(!finished.wait(300));
    }
};

QTEST_GUILESS_MAIN(tst_Prober)
#include "tst_prober.moc"
