#include "modules/drivers/telitpfm/telitpfmflow.h"
#include "otarecorder.h"
#include "packages/simpackage.h"
#include "simlink.h"
#include "simmodule.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// Telit PFM over the air against the simulator on a pty with the real
// SerialPort: the module's own PFM client, its #OTAEV events, its reboot.
// Protocol time runs 50 times faster (timeScale), so a test takes seconds.
class tst_OtaTelitPfm : public QObject
{
    Q_OBJECT

private:
    static constexpr double kScale = 0.02;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<ModuleSession> m_session;
    std::unique_ptr<SimLink> m_link;
    std::unique_ptr<TelitPfmFlow> m_flow;
    std::unique_ptr<OtaRecorder> m_rec;
    QStringList m_commands; // what the module received, in order

    SimModuleConfig config(const QString &from = QStringLiteral("10.00.005"),
                           const QString &to = QStringLiteral("10.00.006"))
    {
        SimModuleConfig c;
        c.family = Family::TelitPfm;
        c.link = m_dir->filePath(QStringLiteral("telit0"));
        c.firmware = from;
        c.timeScale = kScale;
        c.rebootTime = 300ms;
        const QString package = m_dir->filePath(QStringLiteral("pfm.bin"));
        QFile f(package);
        if (f.open(QIODevice::WriteOnly))
            f.write(SimPackage::make(Family::TelitPfm, QStringLiteral("GE910-QUAD"), from, to, 20000));
        c.otaPackage = package;
        return c;
    }

    bool startSim(const SimModuleConfig &c)
    {
        m_sim = std::make_unique<SimModule>(c);
        connect(m_sim.get(), &SimModule::commandReceived, this, [this](const QString &l) { m_commands << l; });
        QString error;
        if (!m_sim->start(&error)) {
            qWarning() << "simulator:" << error;
            return false;
        }
        const SimModuleConfig &done = m_sim->config();
        ModuleIdentity id;
        id.family = done.family;
        id.imei = done.imei;
        m_session = std::make_unique<ModuleSession>(id);
        m_rec->watchTraffic(m_session.get());
        if (!c.simPin.isEmpty())
            m_session->setSimPin(c.simPin); // the job's preflight would have entered it
        m_link = std::make_unique<SimLink>(m_sim.get(), m_session.get());
        if (!m_link->attachNow(&error)) {
            qWarning() << "attach:" << error;
            return false;
        }
        return true;
    }

    static TelitPfmFlow::Options options()
    {
        TelitPfmFlow::Options o;
        o.command = 3s;
        o.registration = 10s;
        o.serverWait = 10s;
        o.answerWindow = std::chrono::milliseconds(qint64(60000 * kScale));
        o.download = 10s;
        o.install = 10s;
        o.reboot = 10s;
        o.confirmation = 5s;
        return o;
    }

    static UpdateRequest smsRequest()
    {
        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.pfmServerNumber = QStringLiteral("+391234560001");
        r.toVersion = QStringLiteral("10.00.006");
        return r;
    }

    void startFlow(const UpdateRequest &r)
    {
        m_flow = std::make_unique<TelitPfmFlow>(m_session.get(), r, options());
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    static QList<UpdatePhase> successPhases()
    {
        return {UpdatePhase::Preparing, UpdatePhase::Registering, UpdatePhase::WaitingForServer,
                UpdatePhase::Downloading, UpdatePhase::Downloaded, UpdatePhase::Installing,
                UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Verifying,
                UpdatePhase::Verified};
    }

private slots:
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

    void theUpdateSucceedsWithEveryStepInOrder_data()
    {
        QTest::addColumn<QString>("protocol");
        QTest::addColumn<bool>("reenumerate");
        QTest::addColumn<QString>("simPin");

        QTest::newRow("sms, server asks") << "sms" << false << "";
        QTest::newRow("tcp/ip, host starts") << "tcpip" << false << "";
        QTest::newRow("reboot onto a new port") << "sms" << true << "";
        QTest::newRow("sim pin entered again after the reboot") << "sms" << false << "1234";
    }

    void theUpdateSucceedsWithEveryStepInOrder()
    {
        QFETCH(QString, protocol);
        QFETCH(bool, reenumerate);
        QFETCH(QString, simPin);

        SimModuleConfig c = config();
        c.reenumerate = reenumerate;
        c.simPin = simPin;
        QVERIFY(startSim(c));
        const QString firstPath = m_sim->currentLink();

        UpdateRequest r = smsRequest();
        r.simPin = simPin;
        if (protocol == QLatin1String("tcpip")) {
            r.pfmServerNumber.clear();
            r.pfmServerAddress = QStringLiteral("10.20.30.40");
            r.pfmServerPort = 5555;
            r.apn = QStringLiteral("internet");
            r.apnUser = QStringLiteral("nap");
            r.apnPassword = QStringLiteral("napsecret");
        }
        startFlow(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 5000);
        if (protocol == QLatin1String("sms")) {
            QVERIFY(m_sim->serverRequest(false)); // the server asks; the policy accepts
        }
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_rec->phases(), successPhases());
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("10.00.006"));
        QCOMPARE(m_sim->firmware(), QStringLiteral("10.00.006"));
        QVERIFY(m_rec->sawRawLine("#OTAEV: Module Upgraded To New FW"));

        if (protocol == QLatin1String("sms")) {
            QVERIFY(m_commands.contains("AT#OTASUAN=1"));
            QVERIFY(!m_commands.contains("AT#OTAIPUPD"));
        } else {
            QVERIFY(m_commands.contains("AT#OTAIPUPD"));
            QVERIFY(!m_rec->transcript.join(u'\n').contains("napsecret"));
        }
        if (reenumerate) {
            QCOMPARE(m_link->attachedPaths().size(), 2);
            QVERIFY(m_session->portName() != firstPath);
            QCOMPARE(m_session->portName(), m_sim->currentLink());
        }
        if (!simPin.isEmpty())
            QCOMPARE(m_commands.count(QStringLiteral("AT+CPIN=\"%1\"").arg(simPin)), 2);
    }

    void aFailedUpgradeEndsAsAnInstallFailureWithAdvice_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::addColumn<QString>("packageFrom");
        QTest::newRow("corrupt package") << "bad-checksum" << "10.00.005";
        QTest::newRow("delta for another base") << "" << "10.00.004";
        QTest::newRow("download fails") << "http:500" << "10.00.005";
        QTest::newRow("power lost during the download") << "port-loss:download@50%" << "10.00.005";
    }

    void aFailedUpgradeEndsAsAnInstallFailureWithAdvice()
    {
        QFETCH(QString, fault);
        QFETCH(QString, packageFrom);
        SimModuleConfig c = config(packageFrom);
        c.firmware = QStringLiteral("10.00.005");
        if (!fault.isEmpty())
            c.faults << fault;
        QVERIFY(startSim(c));
        startFlow(smsRequest());
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 5000);
        QVERIFY(m_sim->serverRequest(false));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 15000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::InstallFailed);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("#OTAEV: OTA FW Upgrade Failed"));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QCOMPARE(m_sim->firmware(), QStringLiteral("10.00.005"));
    }

    void aRequestNobodyAnswersLapsesAndTheNextOneIsTaken()
    {
        QVERIFY(startSim(config()));
        UpdateRequest r = smsRequest();
        r.policy = AgreementPolicy::Ask;
        startFlow(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 5000);
        QVERIFY(m_sim->serverRequest(false));
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->prompts.size(), 1, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->closedPrompts.size(), 1, 5000); // lapsed
        QCOMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QVERIFY(!m_commands.contains("AT#OTASUAN=1"));

        // The module's window has passed too, so the server can ask again.
        bool askedAgain = false; // serverRequest() asks: call it until it may, never after
        QTRY_VERIFY_WITH_TIMEOUT(askedAgain || (askedAgain = m_sim->serverRequest(false)), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->prompts.size(), 2, 5000);
        m_flow->answerPrompt(m_rec->prompts.last().id, PromptAnswer::Accept);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_commands.count("AT#OTASUAN=1"), 1);
    }

    void aDeferredRequestLapsesWithoutAnAnswer()
    {
        QVERIFY(startSim(config()));
        UpdateRequest r = smsRequest();
        r.policy = AgreementPolicy::Defer;
        startFlow(r);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 5000);
        QVERIFY(m_sim->serverRequest(false));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->progress.last().message.contains("lapsed"), 5000);
        QCOMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QVERIFY(m_rec->prompts.isEmpty());
        QVERIFY(!m_commands.contains("AT#OTASUAN=1"));
        QVERIFY(!m_rec->done());
    }

    void eventsAfterTheRebootArriveBecauseTheRateWasFixedFirst()
    {
        SimModuleConfig c = config();
        c.baud = 0; // autobaud: after a reboot the module stays silent until the host speaks
        QVERIFY(startSim(c));
        startFlow(smsRequest());
        QTRY_COMPARE_WITH_TIMEOUT(m_rec->phase(), UpdatePhase::WaitingForServer, 5000);
        QVERIFY(m_commands.indexOf("AT+IPR=115200") >= 0);
        QVERIFY(m_commands.indexOf("AT+IPR=115200") < m_commands.indexOf("AT#OTASNAP=\"+391234560001\""));
        QCOMPARE(m_sim->moduleBaud(), 115200);
        QVERIFY(m_sim->serverRequest(false));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        // Without the fixed rate these two would have been lost after the reboot.
        QVERIFY(m_rec->sawRawLine("#OTAEV: Module Upgraded To New FW"));
        QVERIFY(m_rec->sawRawLine("#OTAEV: Server notified about successful FW Upgrade")
                || m_rec->sawRawLine("#OTAEV: Server notified about successfull FW Upgrade"));
    }
};

QTEST_GUILESS_MAIN(tst_OtaTelitPfm)
#include "tst_otatelitpfm.moc"
