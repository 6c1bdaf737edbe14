#include "modules/drivers/sierra/sierraotaflow.h"
#include "modules/drivers/sierra/sierraxmodemflow.h"
#include "otarecorder.h"
#include "packages/simpackage.h"
#include "simlink.h"
#include "simmodule.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

// Both HL78xx methods end to end against the simulator on a pty with the real
// SerialPort: the local AT+WDSD + 1K-XMODEM update and AirVantage with its
// agreements, through the module's reboot, with the simulator's faults.
// Protocol time runs 50 times faster (timeScale).
class tst_OtaSierra : public QObject
{
    Q_OBJECT

private:
    static constexpr double kScale = 0.02;
    static inline const QString kFrom = QStringLiteral("BHL7800.1.6.3.0.20180803");
    static inline const QString kTo = QStringLiteral("BHL7800.1.7.0.0.20190101");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<ModuleSession> m_session;
    std::unique_ptr<SimLink> m_link;
    std::unique_ptr<SierraFlow> m_flow;
    std::unique_ptr<OtaRecorder> m_rec;
    QStringList m_commands; // what the module received, in order
    QString m_packagePath;

    QString writePackage(const QString &from, const QString &to, qint64 size)
    {
        const QString path = m_dir->filePath(QStringLiteral("hl7800-%1.dwl").arg(to));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(SimPackage::make(Family::SierraHl78xx, QStringLiteral("HL7800"), from, to, size));
        return path;
    }

    SimModuleConfig config(const QString &firmware = kFrom, const QString &packageFrom = kFrom,
                           const QString &to = kTo, qint64 size = 60000)
    {
        SimModuleConfig c;
        c.family = Family::SierraHl78xx;
        c.link = m_dir->filePath(QStringLiteral("hl0"));
        c.firmware = firmware;
        c.timeScale = kScale;
        c.rebootTime = 300ms;
        m_packagePath = writePackage(packageFrom, to, size);
        c.otaPackage = m_packagePath; // what AirVantage offers
        return c;
    }

    bool startSim(const SimModuleConfig &c, qint32 hostBaud = 115200)
    {
        m_sim = std::make_unique<SimModule>(c);
        connect(m_sim.get(), &SimModule::commandReceived, this, [this](const QString &l) { m_commands << l; });
        QString error;
        if (!m_sim->start(&error)) {
            qWarning() << "simulator:" << error;
            return false;
        }
        ModuleIdentity id;
        id.family = c.family;
        id.imei = m_sim->config().imei;
        m_session = std::make_unique<ModuleSession>(id);
        m_rec->watchTraffic(m_session.get());
        m_link = std::make_unique<SimLink>(m_sim.get(), m_session.get(), hostBaud);
        if (!m_link->attachNow(&error)) {
            qWarning() << "attach:" << error;
            return false;
        }
        return true;
    }

    static SierraFlow::Options options()
    {
        SierraFlow::Options o;
        o.command = 3s;
        o.session = 10s;
        o.serverWait = 10s;
        o.download = 10s;
        o.packageCheck = 5s;
        o.install = 10s;
        o.reboot = 10s;
        o.confirmation = 3s;
        o.agreementRepeat = std::chrono::milliseconds(qint64(30 * 60000 * kScale));
        return o;
    }

    UpdateRequest xmodemRequest(const QString &to = kTo) const
    {
        UpdateRequest r;
        r.method = UpdateMethod::Xmodem;
        r.packagePath = m_packagePath;
        r.toVersion = to;
        return r;
    }

    static UpdateRequest otaRequest(AgreementPolicy policy = AgreementPolicy::Accept, const QString &to = kTo)
    {
        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.apn = QStringLiteral("internet");
        r.toVersion = to;
        r.policy = policy;
        r.deferMinutes = 1; // 1.2 s of protocol time here
        return r;
    }

    void startFlow(const UpdateRequest &r)
    {
        if (r.method == UpdateMethod::Xmodem)
            m_flow = std::make_unique<SierraXmodemFlow>(m_session.get(), r, options());
        else
            m_flow = std::make_unique<SierraOtaFlow>(m_session.get(), r, options());
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    bool transferred() const
    {
        for (const UpdateProgress &p : m_rec->progress) {
            if (p.phase == UpdatePhase::Transferring && p.bytesTotal > 0 && p.bytesDone == p.bytesTotal)
                return true;
        }
        return false;
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_rec = std::make_unique<OtaRecorder>();
        m_commands.clear();
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_rec)
            qWarning().noquote() << m_rec->describe() << "\ncommands:" << m_commands.join(u' ');
        m_flow.reset();
        m_link.reset();
        m_session.reset();
        if (m_sim)
            m_sim->stop();
        m_sim.reset();
        m_rec.reset();
        m_dir.reset();
    }

    // ---------------------------------------------------------------- XMODEM

    void aLocalUpdateInstallsTheNewFirmware_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("to");
        QTest::addColumn<bool>("reenumerate");
        QTest::addColumn<QString>("fault");

        QTest::newRow("1K-XMODEM") << kFrom << kTo << false << "";
        QTest::newRow("firmware 4.x, +WDSI without blank") << "HL7800.4.4.14.0" << "HL7800.4.5.0.0" << false << "";
        QTest::newRow("reboot onto a new port") << kFrom << kTo << true << "";
        QTest::newRow("nak storm ridden out") << kFrom << kTo << false << "nak-storm:8";
        QTest::newRow("power cut during the install") << kFrom << kTo << false << "power-cut:install@50%";
    }

    void aLocalUpdateInstallsTheNewFirmware()
    {
        QFETCH(QString, firmware);
        QFETCH(QString, to);
        QFETCH(bool, reenumerate);
        QFETCH(QString, fault);

        SimModuleConfig c = config(firmware, firmware, to);
        c.reenumerate = reenumerate;
        if (!fault.isEmpty())
            c.faults << fault;
        QVERIFY(startSim(c));
        const QString firstPath = m_sim->currentLink();
        startFlow(xmodemRequest(to));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_rec->outcome().firmware, to);
        QCOMPARE(m_sim->firmware(), to);

        QFile f(m_packagePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(m_sim->uploadedPackage(), f.readAll());
        QVERIFY(transferred());
        QVERIFY(m_commands.contains(QStringLiteral("AT+WDSD=%1").arg(f.size())));
        QVERIFY(m_commands.contains("AT+WDSR=4"));
        const QString dialect = firmware.contains(".4.") ? "+WDSI:" : "+WDSI: ";
        QVERIFY(m_rec->sawRawLine(dialect + "14"));
        QVERIFY(m_rec->sawRawLine(dialect + "16"));
        const QList<UpdatePhase> phases = m_rec->phases();
        QVERIFY(phases.indexOf(UpdatePhase::Transferring) < phases.indexOf(UpdatePhase::Installing));
        QVERIFY(phases.indexOf(UpdatePhase::Installing) < phases.indexOf(UpdatePhase::Rebooting));
        QCOMPARE(phases.last(), UpdatePhase::Verified);

        if (reenumerate) {
            QCOMPARE(m_link->attachedPaths().size(), 2);
            QVERIFY(m_session->portName() != firstPath);
        }
        if (fault.startsWith("nak-storm"))
            QVERIFY(m_rec->transcript.join('\n').contains("8 block(s) sent again"));
        if (fault.startsWith("power-cut")) {
            QCOMPARE(phases.count(UpdatePhase::Installing), 2); // the install restarted at the next boot
            QCOMPARE(m_link->attachedPaths().size(), 3);
        }
    }

    void localUpdateFaultsEndClassified_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("packageFrom");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");

        QTest::newRow("port lost mid-transfer") << "port-loss:xmodem@40%" << kFrom << FailureReason::PortLost << "";
        QTest::newRow("bad signature") << "bad-checksum" << kFrom << FailureReason::Integrity << "+WDSI: 13";
        QTest::newRow("delta for another version") << "" << "BHL7800.1.5.0.0.20170101"
                                                   << FailureReason::InstallFailed << "+WDSI: 15";
        QTest::newRow("silent module") << "silent" << kFrom << FailureReason::Timeout << "";
    }

    void localUpdateFaultsEndClassified()
    {
        QFETCH(QString, fault);
        QFETCH(QString, packageFrom);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);

        SimModuleConfig c = config(kFrom, packageFrom);
        if (!fault.isEmpty())
            c.faults << fault;
        QVERIFY(startSim(c));
        startFlow(xmodemRequest());
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().message.isEmpty());
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QCOMPARE(m_sim->firmware(), kFrom);
        if (reason == FailureReason::PortLost) {
            QCOMPARE(m_rec->phases().value(m_rec->phases().size() - 2), UpdatePhase::Transferring);
            QVERIFY(!m_commands.contains("AT+WDSR=4"));
        }
    }

    void cancellingMidTransferStopsTheModulesReceiver()
    {
        // Paced at 921600 baud, the 400 KB take about 4.4 s: time to cancel on the way.
        SimModuleConfig c = config(kFrom, kFrom, kTo, 400000);
        c.baud = 921600;
        c.pace = true;
        QVERIFY(startSim(c, 921600));
        startFlow(xmodemRequest());
        bool cancellable = false;
        bool asked = false;
        connect(m_flow.get(), &UpdateFlow::progress, this, [&](const UpdateProgress &p) {
            if (asked || p.phase != UpdatePhase::Transferring || p.bytesDone < 20000)
                return;
            asked = true;
            QTimer::singleShot(0, m_flow.get(), [&] {
                cancellable = m_flow->isCancellable();
                m_flow->cancel();
            });
        });
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 10000);
        QVERIFY(cancellable);
        QVERIFY(m_rec->progress.at(m_rec->progress.size() - 2).bytesDone < 400000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        // The module took the CAN CAN and closed its side (+CME ERROR: 3)
        // before the flow ended: the next command gets its own answer.
        QSignalSpy answered(m_session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(5000));
        QCOMPARE(answered.first().first().value<AtResult>().status, AtStatus::Ok);
        QCOMPARE(m_sim->firmware(), kFrom);
    }

    // ------------------------------------------------------------ AirVantage

    void anAirVantageUpdateInstallsTheNewFirmware_data()
    {
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("fault");
        QTest::addColumn<bool>("serverAsksAgain");
        QTest::newRow("agreements off, accepted") << kFrom << kTo << "" << false;
        QTest::newRow("firmware 4.x") << "HL7800.4.4.14.0" << "HL7800.4.5.0.0" << "" << false;
        QTest::newRow("power cut during the install") << kFrom << kTo << "power-cut:install@30%" << false;
        QTest::newRow("server asks again during the offer") << kFrom << kTo << "" << true;
    }

    void anAirVantageUpdateInstallsTheNewFirmware()
    {
        QFETCH(QString, firmware);
        QFETCH(QString, to);
        QFETCH(QString, fault);
        QFETCH(bool, serverAsksAgain);
        SimModuleConfig c = config(firmware, firmware, to, 40000);
        if (!fault.isEmpty())
            c.faults << fault;
        QVERIFY(startSim(c));
        startFlow(otaRequest(AgreementPolicy::Accept, to));
        if (serverAsksAgain) {
            // AirVantage pushes the operation while the session offers it anyway
            // (tst_jobs_sim does the same): still one download, one install.
            QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 10000);
            m_sim->serverRequest(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_sim->firmware(), to);
        const QList<UpdatePhase> phases = m_rec->phases();
        for (UpdatePhase p : {UpdatePhase::Registering, UpdatePhase::WaitingForServer, UpdatePhase::Downloading,
                              UpdatePhase::Installing, UpdatePhase::Rebooting, UpdatePhase::Verified})
            QVERIFY2(phases.contains(p), qPrintable(phaseDisplayName(p)));
        QVERIFY(m_commands.indexOf("AT+CGDCONT=1,\"IP\",\"internet\"") < m_commands.indexOf("AT+WDSS=1,1"));
        QVERIFY(m_commands.contains("AT+WDSS=2,1"));
        int lastPercent = -1;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Downloading && p.percent >= 0) {
                QVERIFY(p.percent >= lastPercent);
                lastPercent = p.percent;
            }
        }
        QCOMPARE(lastPercent, 100);
        const QString wdsi = to.contains(".4.") ? "+WDSI:" : "+WDSI: ";
        QCOMPARE(m_rec->transcript.count(wdsi + "10"), 1);
        QCOMPARE(m_rec->transcript.count(wdsi + "14"), fault.isEmpty() ? 1 : 2);
        if (!fault.isEmpty())
            QCOMPARE(phases.count(UpdatePhase::Installing), 2);
    }

    void theAgreementsAreAskedAndAnswered()
    {
        QVERIFY(startSim(config(kFrom, kFrom, kTo, 40000)));
        startFlow(otaRequest(AgreementPolicy::Ask));
        // Download: accepted.
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->prompts.size(), 1, 10000);
        QCOMPARE(m_rec->prompts.at(0).kind, UpdatePrompt::Kind::DownloadAgreement);
        m_flow->answerPrompt(m_rec->prompts.at(0).id, PromptAnswer::Accept);
        // Install: deferred by a minute, asked again, accepted.
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->prompts.size(), 2, 10000);
        QCOMPARE(m_rec->prompts.at(1).kind, UpdatePrompt::Kind::InstallAgreement);
        QVERIFY(m_rec->prompts.at(1).canDefer);
        m_flow->answerPrompt(m_rec->prompts.at(1).id, PromptAnswer::Defer);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->prompts.size(), 3, 10000);
        QCOMPARE(m_rec->prompts.at(2).kind, UpdatePrompt::Kind::InstallAgreement);
        QCOMPARE(m_sim->firmware(), kFrom); // nothing installed while deferred
        m_flow->answerPrompt(m_rec->prompts.at(2).id, PromptAnswer::Accept);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_sim->firmware(), kTo);

        QVERIFY(m_commands.contains("AT+WDSC=1,1"));
        QVERIFY(m_commands.contains("AT+WDSC=2,1"));
        QVERIFY(m_commands.contains("AT+WDSR=3"));
        QVERIFY(m_commands.contains("AT+WDSR=5,1"));
        QCOMPARE(m_commands.count("AT+WDSR=4"), 1);
        // The switches go back as they were once the flow ends.
        QTRY_VERIFY(m_commands.contains("AT+WDSC=2,0"));
        QTRY_VERIFY(m_commands.contains("AT+WDSC=1,0"));
    }

    void theDeferPolicyKeepsDeferringTheDownload()
    {
        QVERIFY(startSim(config(kFrom, kFrom, kTo, 40000)));
        startFlow(otaRequest(AgreementPolicy::Defer));
        QTRY_COMPARE_WITH_TIMEOUT(m_commands.count("AT+WDSR=2,1"), 2, 10000);
        QVERIFY(!m_rec->done());
        QVERIFY(!m_commands.contains("AT+WDSR=3"));
        QVERIFY(m_rec->prompts.isEmpty());
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QTRY_VERIFY(m_commands.contains("AT+WDSS=1,0"));
        QCOMPARE(m_sim->firmware(), kFrom);
    }

    void airVantageFaultsEndClassified_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("packageFrom");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");
        QTest::newRow("bad signature") << "bad-checksum" << kFrom << FailureReason::Integrity << "+WDSI: 13";
        QTest::newRow("http error") << "http:500" << kFrom << FailureReason::Network << "+WDSI: 11,1";
        QTest::newRow("delta for another version") << "" << "BHL7800.1.5.0.0.20170101"
                                                   << FailureReason::InstallFailed << "+WDSI: 15";
    }

    void airVantageFaultsEndClassified()
    {
        QFETCH(QString, fault);
        QFETCH(QString, packageFrom);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);
        SimModuleConfig c = config(kFrom, packageFrom, kTo, 40000);
        if (!fault.isEmpty())
            c.faults << fault;
        QVERIFY(startSim(c));
        startFlow(otaRequest());
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QCOMPARE(m_sim->firmware(), kFrom);
    }

    void withoutAnApnTheSessionIsRefusedAsANetworkProblem()
    {
        QVERIFY(startSim(config()));
        UpdateRequest r = otaRequest();
        r.apn.clear();
        startFlow(r);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 10000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Network);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("+CME ERROR: 650"));
    }
};

QTEST_GUILESS_MAIN(tst_OtaSierra)
#include "tst_otasierra.moc"
