#include "modules/drivers/telitpfm/telitpfmdriver.h"
#include "modules/drivers/telitpfm/telitpfmflow.h"
#include "telitpfmtestbench.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The Telit PFM flow against a scripted module: rate fix, registration, the
// server's question answered by policy, #OTAEV mapping, reboot, verification.
class tst_TelitPfmFlow : public QObject
{
    Q_OBJECT

private:
    ModuleIdentity m_identity;
    std::unique_ptr<ModuleSession> m_session;
    QList<FakeLink> m_links;
    std::unique_ptr<TelitPfmFlow> m_flow;
    std::unique_ptr<FlowRecorder> m_rec;
    QString m_iprAnswer;

    FakeLink &link() { return m_links.last(); }

    FakeLink attach(const QString &firmware, qint32 baud = 115200)
    {
        ModuleIdentity id = m_identity;
        id.firmware = firmware;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake%1").arg(m_links.size()), baud);
        l.module->on("AT+IPR?", m_iprAnswer.toLatin1());
        l.module->on("AT#OTASUAN?", "\r\n#OTASUAN: 1\r\n\r\nOK\r\n");
        l.module->on("AT+CGMR", "\r\n" + firmware.toLatin1() + "\r\n\r\nOK\r\n");
        m_links << l;
        return l;
    }

    QStringList sent() const
    {
        QStringList all;
        for (const FakeLink &l : m_links)
            all << l.received();
        return all;
    }

    static TelitPfmFlow::Options fast()
    {
        TelitPfmFlow::Options o;
        o.command = 1s;
        o.registration = 3s;
        o.serverWait = 3s;
        o.answerWindow = 400ms;
        o.download = 3s;
        o.install = 3s;
        o.reboot = 3s;
        o.confirmation = 1s;
        o.notification = 1s;
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

    void start(const UpdateRequest &request, const TelitPfmFlow::Options &options = fast())
    {
        m_flow = std::make_unique<TelitPfmFlow>(m_session.get(), request, options);
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    void urc(const QByteArray &line) { link().module->send("\r\n" + line + "\r\n"); }

    // Everything the flow queued before this point has reached the module once
    // a plain AT sent now is answered: the channel sends in order.
    void barrier()
    {
        QSignalSpy answered(m_session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(2000));
    }

    // A downloaded upgrade up to the module's restart, with the real 3 minutes
    // for "Module Upgraded" (a test that ends sooner did not wait for it).
    void restartAfterTheDownloadWaitingMinutesForTheEvent()
    {
        TelitPfmFlow::Options o = fast();
        o.confirmation = std::chrono::minutes(3);
        startWaiting(AgreementPolicy::Accept, o);
        urc("#OTAEV: Start Fw Download");
        urc("#OTAEV: Fw Download Complete");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss();
    }

    // Start with the SMS protocol and get the flow to WaitingForServer.
    void startWaiting(AgreementPolicy policy = AgreementPolicy::Accept,
                      const TelitPfmFlow::Options &options = fast())
    {
        UpdateRequest r = smsRequest();
        r.policy = policy;
        start(r, options);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        QTRY_VERIFY(sent().contains("AT#OTASNAP=\"+391234560001\""));
        urc("#OTAEV: Registered");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
    }

private slots:
    void init()
    {
        m_identity = {};
        m_identity.family = Family::TelitPfm;
        m_identity.imei = QStringLiteral("356167051000018");
        m_identity.model = QStringLiteral("GE910-QUAD");
        m_identity.firmware = QStringLiteral("10.00.005");
        m_iprAnswer = QStringLiteral("\r\n+IPR: 115200\r\n\r\nOK\r\n");
        m_session = std::make_unique<ModuleSession>(m_identity);
        m_rec = std::make_unique<FlowRecorder>();
        m_rec->watchTraffic(m_session.get());
        m_links.clear();
        attach(m_identity.firmware);
    }

    void cleanup()
    {
        m_flow.reset();
        m_rec.reset();
        m_session.reset();
        m_links.clear();
    }

    void theSuccessPathReportsEveryStepInOrder()
    {
        startWaiting();
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_VERIFY(sent().contains("AT#OTASUAN=1"));
        urc("#OTAEV: Start Fw Download");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        urc("#OTAEV: Fw Download Complete");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(!m_flow->isCancellable());
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(QStringLiteral("10.00.006"));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Reconnected);
        urc("#OTAEV: Module Upgraded To New FW");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        QTRY_VERIFY(sent().contains("AT+CGMR"));
        QTRY_VERIFY(m_rec->progress.last().message.contains("notify"));
        QVERIFY(!m_rec->done()); // not before the server is notified
        urc("#OTAEV: Server notified about successfull FW Upgrade");
        QTRY_VERIFY(m_rec->done());

        const QList<UpdatePhase> expected{
            UpdatePhase::Preparing, UpdatePhase::Registering, UpdatePhase::WaitingForServer,
            UpdatePhase::Downloading, UpdatePhase::Downloaded, UpdatePhase::Installing,
            UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Verifying,
            UpdatePhase::Verified,
        };
        QCOMPARE(m_rec->phases(), expected);
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("10.00.006"));
        QVERIFY(m_rec->sawRawLine("#OTAEV: Fw Download Complete"));
    }

    void aDownloadTheServerStartsByItselfIsACommitOnRecord_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("recorded");
        QTest::newRow("automatic request") << "#OTAEV: Automatic Fw Upgrade Requested"
                                           << QStringList{"download: #OTAEV: Automatic Fw Upgrade Requested"};
        QTest::newRow("download started unasked")
            << "#OTAEV: Start Fw Download" << QStringList{"download: #OTAEV: Start Fw Download"};
        QTest::newRow("query answered") << "#OTAEV: Notified" << QStringList{};
    }

    void aDownloadTheServerStartsByItselfIsACommitOnRecord()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, recorded);
        startWaiting();
        QStringList commits;
        m_flow->setCommitRecorder([&commits](const CommitPoint &point) {
            commits << CommitPoint::kindId(point.kind) + QStringLiteral(": ") + point.command;
            return QString();
        });
        urc(line.toLatin1());
        QTRY_VERIFY(m_rec->sawRawLine(line));
        urc("#OTAEV: Start Fw Download"); // the download that follows adds nothing new
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        QCOMPARE(commits, recorded.isEmpty() ? QStringList{"download: #OTAEV: Start Fw Download"} : recorded);
    }

    void aCommitTheStoreCannotTakeEndsTheFlowSayingTheModuleGoesOn()
    {
        startWaiting();
        m_flow->setCommitRecorder([](const CommitPoint &) { return QStringLiteral("disk full"); });
        urc("#OTAEV: Automatic Fw Upgrade Requested");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::History);
        QVERIFY(m_rec->outcome().message.contains("disk full"));
        QVERIFY(m_rec->outcome().advice.contains("on its own"));
    }

    void everyOtaevLineMovesTheFlowToItsPhaseAndKeepsTheRawLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("automatic request") << "#OTAEV: Automatic Fw Upgrade Requested"
                                           << UpdatePhase::WaitingForServer << FailureReason::None;
        QTest::newRow("query answered") << "#OTAEV: Notified" << UpdatePhase::WaitingForServer
                                        << FailureReason::None;
        QTest::newRow("download started") << "#OTAEV: Start Fw Download" << UpdatePhase::Downloading
                                          << FailureReason::None;
        QTest::newRow("download started FW") << "#OTAEV: START FW DOWNLOAD" << UpdatePhase::Downloading
                                             << FailureReason::None;
        QTest::newRow("download complete") << "#OTAEV: FW Download Complete" << UpdatePhase::Installing
                                           << FailureReason::None;
        QTest::newRow("failed") << "#OTAEV: OTA FW Upgrade Failed" << UpdatePhase::Failed
                                << FailureReason::InstallFailed;
        QTest::newRow("failed lower case") << "#otaev: ota fw upgrade failed" << UpdatePhase::Failed
                                           << FailureReason::InstallFailed;
        QTest::newRow("unknown event") << "#OTAEV: Firmware Is Tired" << UpdatePhase::WaitingForServer
                                       << FailureReason::None;
    }

    void everyOtaevLineMovesTheFlowToItsPhaseAndKeepsTheRawLine()
    {
        QFETCH(QString, line);
        QFETCH(UpdatePhase, phase);
        QFETCH(FailureReason, reason);

        startWaiting();
        urc(line.toLatin1());
        QTRY_VERIFY(m_rec->sawRawLine(line) || m_rec->done());
        QCOMPARE(m_rec->phase(), phase);
        if (reason != FailureReason::None) {
            QVERIFY(m_rec->done());
            QCOMPARE(m_rec->outcome().reason, reason);
            QCOMPARE(m_rec->outcome().vendorCode, line);
            QVERIFY(!m_rec->outcome().advice.isEmpty());
        } else {
            QVERIFY(!m_rec->done());
        }
    }

    void theRateIsFixedBeforeAnythingElseWhenTheModuleAutobauds_data()
    {
        QTest::addColumn<QString>("iprAnswer");
        QTest::addColumn<qint32>("portBaud");
        QTest::addColumn<QString>("expectedFix"); // empty: none sent

        QTest::newRow("autobaud at 115200") << "\r\n+IPR: 0\r\n\r\nOK\r\n" << 115200 << "AT+IPR=115200";
        QTest::newRow("autobaud at 57600") << "\r\n+IPR: 0\r\n\r\nOK\r\n" << 57600 << "AT+IPR=57600";
        QTest::newRow("fixed already") << "\r\n+IPR: 115200\r\n\r\nOK\r\n" << 115200 << "";
        QTest::newRow("query refused") << "\r\nERROR\r\n" << 115200 << "AT+IPR=115200";
    }

    void theRateIsFixedBeforeAnythingElseWhenTheModuleAutobauds()
    {
        QFETCH(QString, iprAnswer);
        QFETCH(qint32, portBaud);
        QFETCH(QString, expectedFix);

        m_iprAnswer = iprAnswer;
        m_links.clear();
        attach(m_identity.firmware, portBaud);
        start(smsRequest());
        QTRY_VERIFY(sent().contains("AT#OTASNAP=\"+391234560001\""));
        const QStringList s = sent();
        QCOMPARE(s.first(), QStringLiteral("AT+IPR?"));
        if (expectedFix.isEmpty()) {
            QVERIFY(!s.join('\n').contains("AT+IPR="));
        } else {
            QCOMPARE(s.value(1), expectedFix);
            QVERIFY(s.indexOf(expectedFix) < s.indexOf("AT#OTASNAP=\"+391234560001\""));
        }
    }

    void eachServerProtocolIsConfiguredAsPfmExpects_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("protocol");
        QTest::addColumn<QString>("myNumber");
        QTest::addColumn<QStringList>("commands");
        QTest::addColumn<bool>("hostStarts");

        const int autoP = int(PfmProtocol::Auto), combined = int(PfmProtocol::Combined), tcp = int(PfmProtocol::TcpIp);
        QTest::newRow("sms") << "+391234560001" << "" << autoP << "" << QStringList{"AT#OTASNAP=\"+391234560001\""} << false;
        QTest::newRow("tcp/ip only") << "" << "10.1.2.3" << autoP << ""
                                     << QStringList{"AT#OTASNAPIPCFG=1,\"internet\",\"nap\",\"s3cret\"",
                                                    "AT#OTASNAPIP=5000,\"10.1.2.3\""}
                                     << true;
        QTest::newRow("tcp/ip only, chosen") << "+391234560001" << "10.1.2.3" << tcp << ""
                                             << QStringList{"AT#OTASNAPIPCFG=1,\"internet\",\"nap\",\"s3cret\"",
                                                            "AT#OTASNAPIP=5000,\"10.1.2.3\""}
                                             << true;
        // Combined: IP registration with the SIM's number, no #OTASNAP, no #OTAIPUPD.
        QTest::newRow("combined, number given") << "+391234560001" << "10.1.2.3" << combined << "+393354757180"
                                                << QStringList{"AT#OTASNAPIPCFG=1,\"internet\",\"nap\",\"s3cret\"",
                                                               "AT#OTASNAPIP=5000,\"10.1.2.3\",\"+393354757180\""}
                                                << false;
        QTest::newRow("combined, number from AT+CNUM") << "+391234560001" << "10.1.2.3" << autoP << ""
                                                       << QStringList{"AT#OTASNAPIPCFG=1,\"internet\",\"nap\",\"s3cret\"",
                                                                      "AT#OTASNAPIP=5000,\"10.1.2.3\",\"+393354757181\""}
                                                       << false;
    }

    void eachServerProtocolIsConfiguredAsPfmExpects()
    {
        QFETCH(QString, number);
        QFETCH(QString, address);
        QFETCH(int, protocol);
        QFETCH(QString, myNumber);
        QFETCH(QStringList, commands);
        QFETCH(bool, hostStarts);

        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.pfmProtocol = PfmProtocol(protocol);
        r.pfmMyNumber = myNumber;
        r.pfmServerNumber = number;
        r.pfmServerAddress = address;
        r.pfmServerPort = 5000;
        r.apn = QStringLiteral("internet");
        r.apnUser = QStringLiteral("nap");
        r.apnPassword = QStringLiteral("s3cret");
        link().module->on("AT+CNUM", "\r\n+CNUM: \"\",\"+393354757181\",145\r\n\r\nOK\r\n");
        start(r);
        QTRY_VERIFY(sent().contains(commands.last()));
        QStringList configured;
        for (const QString &c : sent()) {
            if (c.startsWith("AT#OTASNAP") || c.startsWith("AT#OTAIPCFG"))
                configured << c;
        }
        QCOMPARE(configured, commands);
        QCOMPARE(m_rec->phase(), UpdatePhase::Registering);
        urc("#OTAEV: Registered");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        barrier();
        QCOMPARE(sent().contains("AT#OTAIPUPD"), hostStarts);
        // The NAP password never reaches the transcript.
        QVERIFY(!m_rec->notes.join('\n').contains("s3cret"));
    }

    void aServerRequestIsAnsweredByPolicy_data()
    {
        QTest::addColumn<AgreementPolicy>("policy");
        QTest::addColumn<int>("answer"); // -1: no answer from the person
        QTest::addColumn<bool>("prompted");
        QTest::addColumn<bool>("accepted");

        QTest::newRow("accept") << AgreementPolicy::Accept << -1 << false << true;
        QTest::newRow("ask, person accepts") << AgreementPolicy::Ask << int(PromptAnswer::Accept) << true << true;
        QTest::newRow("ask, person declines") << AgreementPolicy::Ask << int(PromptAnswer::Defer) << true << false;
        QTest::newRow("ask, person lets it lapse") << AgreementPolicy::Ask << int(PromptAnswer::Lapse) << true << false;
        QTest::newRow("ask, nobody answers") << AgreementPolicy::Ask << -1 << true << false;
        QTest::newRow("defer lets it lapse") << AgreementPolicy::Defer << -1 << false << false;
    }

    void aServerRequestIsAnsweredByPolicy()
    {
        QFETCH(AgreementPolicy, policy);
        QFETCH(int, answer);
        QFETCH(bool, prompted);
        QFETCH(bool, accepted);

        startWaiting(policy);
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_VERIFY(m_rec->sawRawLine("#OTAEV: Do you want to upgrade the firmware?"));
        QCOMPARE(m_rec->prompts.size(), prompted ? 1 : 0);
        if (prompted && answer >= 0)
            m_flow->answerPrompt(m_rec->prompts.first().id, PromptAnswer(answer));
        if (accepted) {
            QTRY_VERIFY(sent().contains("AT#OTASUAN=1"));
        } else {
            // Past the answer window: the request lapsed, the flow waits for the next one.
            QTRY_VERIFY(m_rec->progress.last().message.contains("lapse"));
            barrier();
            QVERIFY(!sent().contains("AT#OTASUAN=1"));
        }
        if (prompted)
            QTRY_COMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.first().id});
        QCOMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QVERIFY(!m_rec->done());
        QVERIFY(m_flow->openPromptId().isEmpty());
    }

    void theAskPromptCarriesTheSixtySecondDeadline()
    {
        TelitPfmFlow::Options o = fast();
        o.answerWindow = TelitPfmFlow::Options{}.answerWindow;
        QCOMPARE(o.answerWindow, 60s);
        startWaiting(AgreementPolicy::Ask, o);
        const qint64 asked = QDateTime::currentMSecsSinceEpoch();
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        const UpdatePrompt prompt = m_rec->prompts.first();
        QCOMPARE(prompt.kind, UpdatePrompt::Kind::TelitUpgradeRequest);
        QVERIFY(!prompt.canDefer);
        QVERIFY(!prompt.text.isEmpty());
        QVERIFY(qAbs(prompt.deadlineMsecs - (asked + 60000)) < 2000);
        QCOMPARE(m_flow->openPromptId(), prompt.id);
    }

    void aLapsedRequestIsFollowedByTheNextOne()
    {
        startWaiting(AgreementPolicy::Ask);
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_COMPARE(m_rec->closedPrompts.size(), 1); // lapsed
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_COMPARE(m_rec->prompts.size(), 2);
        QVERIFY(m_rec->prompts.at(0).id != m_rec->prompts.at(1).id);
        m_flow->answerPrompt(m_rec->prompts.at(0).id, PromptAnswer::Accept); // stale: ignored
        barrier();
        QVERIFY(!sent().contains("AT#OTASUAN=1"));
        m_flow->answerPrompt(m_rec->prompts.at(1).id, PromptAnswer::Accept);
        QTRY_VERIFY(sent().contains("AT#OTASUAN=1"));
    }

    void theFlowSendsNothingWhileTheModuleFlashes()
    {
        startWaiting();
        urc("#OTAEV: Start Fw Download");
        urc("#OTAEV: Fw Download Complete");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        const qsizetype before = sent().size();
        // Events and a cancel while the AT interface is frozen send nothing.
        urc("#OTAEV: Notified");
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_VERIFY(m_rec->progress.last().rawLine == "#OTAEV: Do you want to upgrade the firmware?");
        m_flow->cancel();
        QCOMPARE(sent().size(), before);
        QVERIFY(!m_rec->done());
        QCOMPARE(m_rec->phase(), UpdatePhase::Installing);
    }

    void aPhaseThatOverrunsItsWatchdogEndsInTimeout_data()
    {
        QTest::addColumn<UpdatePhase>("stuckIn");
        QTest::newRow("registering") << UpdatePhase::Registering;
        QTest::newRow("waiting for server") << UpdatePhase::WaitingForServer;
        QTest::newRow("downloading") << UpdatePhase::Downloading;
        QTest::newRow("installing") << UpdatePhase::Installing;
        QTest::newRow("rebooting") << UpdatePhase::Rebooting;
    }

    void aPhaseThatOverrunsItsWatchdogEndsInTimeout()
    {
        QFETCH(UpdatePhase, stuckIn);
        TelitPfmFlow::Options o = fast();
        o.registration = o.serverWait = o.download = o.install = o.reboot = 300ms;
        start(smsRequest(), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        if (stuckIn != UpdatePhase::Registering) {
            urc("#OTAEV: Registered");
            if (stuckIn != UpdatePhase::WaitingForServer)
                urc("#OTAEV: Start Fw Download");
            if (stuckIn == UpdatePhase::Installing || stuckIn == UpdatePhase::Rebooting)
                urc("#OTAEV: Fw Download Complete");
            QTRY_VERIFY(m_rec->phases().contains(stuckIn == UpdatePhase::Rebooting ? UpdatePhase::Installing : stuckIn));
            if (stuckIn == UpdatePhase::Rebooting)
                link().port->simulateLoss();
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->phases().value(m_rec->phases().size() - 2), stuckIn);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void cancelBeforeTheDownloadEndsCancelledAndClosesThePrompt()
    {
        startWaiting(AgreementPolicy::Ask);
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->phase(), UpdatePhase::Cancelled);
        QCOMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.first().id});
    }

    void cancelDuringTheDownloadIsRefused()
    {
        startWaiting();
        urc("#OTAEV: Start Fw Download");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        QVERIFY(!m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(!m_rec->done());
    }

    void aModuleBackOnTheOldFirmwareIsAVersionMismatch()
    {
        startWaiting();
        urc("#OTAEV: Start Fw Download");
        urc("#OTAEV: Fw Download Complete");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss();
        attach(QStringLiteral("10.00.005"));
        urc("#OTAEV: Module Upgraded To New FW");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::VersionMismatch);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("10.00.005"));
    }

    void aLostUpgradedEventStillVerifiesByReadingTheFirmware()
    {
        startWaiting();
        urc("#OTAEV: Start Fw Download");
        urc("#OTAEV: Fw Download Complete");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss();
        attach(QStringLiteral("10.00.006"));
        // Neither "Module Upgraded" nor the notification arrives: both watchdogs
        // give way to the firmware the module reports.
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 5000);
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("10.00.006"));
    }

    void anAcceptTheLineDamagedIsSentOnceMore()
    {
        startWaiting();
        link().module->onTurns("AT#OTASUAN=1", {"\r\nERROR\r\n"});
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_COMPARE(sent().count("AT#OTASUAN=1"), 2);
        urc("#OTAEV: Start Fw Download");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        QVERIFY(!m_rec->done());
    }

    void anAcceptRefusedTwiceEndsTheJob()
    {
        startWaiting();
        link().module->onTurns("AT#OTASUAN=1", {"\r\nERROR\r\n", "\r\nERROR\r\n"});
        urc("#OTAEV: Do you want to upgrade the firmware?");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(sent().count("AT#OTASUAN=1"), 2);
        QCOMPARE(m_rec->outcome().reason, FailureReason::ModuleRefused);
    }

    void aModuleBackOnTheNewFirmwareVerifiesWithoutWaitingForTheEvent()
    {
        // The event came while another module held the port, or before the
        // port was open: the firmware tells at once, not after 3 minutes.
        restartAfterTheDownloadWaitingMinutesForTheEvent();
        attach(QStringLiteral("10.00.006"));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 5000);
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("10.00.006"));
    }

    void aModuleBackOnTheOldFirmwareWaitsForTheEventBeforeJudging()
    {
        // A flash resumed after a power cut: the old version until it is done.
        restartAfterTheDownloadWaitingMinutesForTheEvent();
        attach(QStringLiteral("10.00.005"));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Reconnected);
        QTRY_VERIFY(sent().count("AT+CGMR") == 1);
        QTest::qWait(300);
        QVERIFY(!m_rec->done());
        QCOMPARE(m_rec->phase(), UpdatePhase::Reconnected);
        // The flash ends: the module restarts again on the new firmware.
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(QStringLiteral("10.00.006"));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 5000);
        QVERIFY(m_rec->outcome().ok);
    }

    void losingThePortBeforeTheDownloadIsAPortLostFailure()
    {
        startWaiting();
        link().port->simulateLoss();
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::PortLost);
    }

    void theSimPinOfTheRequestIsHandedToTheSession()
    {
        UpdateRequest r = smsRequest();
        r.simPin = QStringLiteral("1234");
        QVERIFY(!m_session->hasSimPin());
        start(r);
        QVERIFY(m_session->hasSimPin());
    }

    void switchedOffEventsAreSwitchedOnFirst()
    {
        link().module->on("AT#OTASUAN?", "\r\n#OTASUAN: 0\r\n\r\nOK\r\n");
        start(smsRequest());
        QTRY_VERIFY(sent().contains("AT#OTASNAP=\"+391234560001\""));
        const QStringList s = sent();
        QVERIFY(s.indexOf("AT#OTASUAN=0,1") >= 0);
        QVERIFY(s.indexOf("AT#OTASUAN=0,1") < s.indexOf("AT#OTASNAP=\"+391234560001\""));
    }

    void theDriverMakesThisFlowForOta()
    {
        TelitPfmDriver driver;
        QCOMPARE(driver.methods(), QList<UpdateMethod>{UpdateMethod::Ota});
        UpdateRequest r = smsRequest();
        auto flow = driver.createFlow(m_session.get(), r);
        QVERIFY(qobject_cast<TelitPfmFlow *>(flow.get()));
        r.method = UpdateMethod::Xmodem;
        QVERIFY(!driver.createFlow(m_session.get(), r));
        QVERIFY(driver.knownCommands().contains("AT#OTAIPUPD"));
        QVERIFY(!driver.inhibitReason("AT#SGACT=1,1", UpdatePhase::Downloading).isEmpty());
    }

    void requestTimeoutsOverrideTheFamilyDefaults()
    {
        UpdateRequest r;
        TelitPfmFlow::Options d = TelitPfmFlow::defaultOptions(r);
        QCOMPARE(d.install, TelitPfmDriver().timeouts().install);
        QCOMPARE(d.answerWindow, 60s);
        r.installTimeout = 42s;
        r.downloadTimeout = 43s;
        r.rebootTimeout = 44s;
        d = TelitPfmFlow::defaultOptions(r);
        QCOMPARE(d.install, 42s);
        QCOMPARE(d.download, 43s);
        QCOMPARE(d.reboot, 44s);
    }
};

QTEST_GUILESS_MAIN(tst_TelitPfmFlow)
#include "tst_telitpfmflow.moc"
