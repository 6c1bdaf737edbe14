#include "modules/drivers/sierra/sierradriver.h"
#include "modules/drivers/sierra/sierraotaflow.h"
#include "modules/drivers/sierra/sierraxmodemflow.h"
#include "telitpfmtestbench.h"
#include "transfer/xmodemframe.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace std::chrono_literals;

namespace {

// The HL78xx's XMODEM receiver behind a ScriptedModule: it reads the frames
// the module collected as data and answers each with ACK, or NAK while
// `naks` lasts; `onFrame` may do something else at a given frame (lose the
// port, cancel) and return false to leave the frame unanswered.
class XmodemAcker : public QObject
{
public:
    explicit XmodemAcker(const FakeLink &link, QObject *parent = nullptr) : QObject(parent), m_link(link)
    {
        connect(link.port, &QIODevice::bytesWritten, this, &XmodemAcker::check);
    }

    int naks = 0;
    bool answersCancel = true; // the module's +CME ERROR: 3 after CAN CAN
    std::chrono::milliseconds ackDelay{0};
    std::function<bool(int frame)> onFrame;

    QByteArray payload;   // data of the ACKed frames, in order
    int frames = 0;       // frames seen, resends included
    int cans = 0;
    QElapsedTimer cancelClock; // started at the second CAN
    bool eot = false;

private:
    void check()
    {
        if (!m_link.module)
            return;
        const QByteArray d = m_link.module->data();
        while (m_parsed < d.size()) {
            const char head = d.at(m_parsed);
            const qsizetype size = head == Xmodem::STX ? 1029 : head == Xmodem::SOH ? 133 : 1;
            if (m_parsed + size > d.size())
                return;
            const QByteArray frame = d.mid(m_parsed, size);
            m_parsed += size;
            if (head == Xmodem::CAN) {
                if (++cans == 2)
                    cancelClock.start();
                if (cans == 2 && answersCancel) {
                    m_link.module->expectData(0);
                    m_link.module->send("\r\n+CME ERROR: 3\r\n");
                }
            } else if (head == Xmodem::EOT) {
                eot = true;
                m_link.module->expectData(0); // commands again after the last ACK
                answer(Xmodem::ACK);
            } else if (size > 1) {
                ++frames;
                if (onFrame && !onFrame(frames))
                    return;
                if (naks > 0) {
                    --naks;
                    answer(Xmodem::NAK);
                } else {
                    payload += frame.mid(3, size - 5);
                    answer(Xmodem::ACK);
                }
            }
        }
    }

    void answer(char byte)
    {
        const QPointer<ScriptedModule> module = m_link.module;
        auto reply = [module, byte] {
            if (module)
                module->send(QByteArray(1, byte));
        };
        if (ackDelay.count() > 0)
            QTimer::singleShot(ackDelay, this, reply);
        else
            reply();
    }

    FakeLink m_link;
    qsizetype m_parsed = 0;
};

} // namespace

// Both HL78xx flows against a scripted module: the local 1K-XMODEM update and
// AirVantage with its agreements, the shared install, reboot and check, every
// error indication, watchdogs, port loss and cancel.
class tst_SierraFlows : public QObject
{
    Q_OBJECT

private:
    ModuleIdentity m_identity;
    std::unique_ptr<ModuleSession> m_session;
    QList<FakeLink> m_links;
    std::unique_ptr<SierraFlow> m_flow;
    std::unique_ptr<FlowRecorder> m_rec;
    std::unique_ptr<XmodemAcker> m_acker;
    std::unique_ptr<QTemporaryDir> m_dir;
    QByteArray m_wdsdAnswer;
    QByteArray m_wdscAnswer;

    static inline const QString kFrom = QStringLiteral("BHL7800.1.6.3.0.20180803");
    static inline const QString kTo = QStringLiteral("BHL7800.1.7.0.0.20190101");

    FakeLink &link() { return m_links.last(); }

    FakeLink attach(const QString &firmware)
    {
        ModuleIdentity id = m_identity;
        id.firmware = firmware;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake%1").arg(m_links.size()));
        l.module->on("AT+CGMR", "\r\n" + firmware.toLatin1() + "\r\n\r\nOK\r\n");
        l.module->on("AT+WDSC?", m_wdscAnswer);
        l.module->onPrefix("AT+WDSD=", [this, module = l.module](const QString &) {
            if (m_wdsdAnswer.contains("OK"))
                module->expectData(1 << 30); // XMODEM frames until the EOT
            return m_wdsdAnswer;
        });
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

    static SierraFlow::Options fast()
    {
        SierraFlow::Options o;
        o.command = 1s;
        o.session = 2s;
        o.serverWait = 2s;
        o.download = 2s;
        o.packageCheck = 1s;
        o.install = 2s;
        o.reboot = 2s;
        o.confirmation = 500ms;
        o.agreementRepeat = 3s;
        o.xmodem.startTimeout = 1s;
        o.xmodem.ackTimeout = 300ms;
        o.xmodem.maxRetries = 3;
        o.abortSettle = 300ms;
        return o;
    }

    QString packageFile(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char((i * 7 + i / 251) & 0xff);
        const QString path = m_dir->filePath(QStringLiteral("update-%1.dwl").arg(size));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != size)
            return {};
        return path;
    }

    UpdateRequest xmodemRequest(qsizetype size = 3000)
    {
        UpdateRequest r;
        r.method = UpdateMethod::Xmodem;
        r.packagePath = packageFile(size);
        r.packageSize = size;
        r.toVersion = kTo;
        return r;
    }

    static UpdateRequest otaRequest(AgreementPolicy policy = AgreementPolicy::Accept)
    {
        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.toVersion = kTo;
        r.policy = policy;
        r.deferMinutes = 45;
        return r;
    }

    void startXmodem(const UpdateRequest &r, const SierraFlow::Options &o = fast())
    {
        m_acker = std::make_unique<XmodemAcker>(link());
        m_flow = std::make_unique<SierraXmodemFlow>(m_session.get(), r, o);
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    void startOta(const UpdateRequest &r, const SierraFlow::Options &o = fast())
    {
        m_flow = std::make_unique<SierraOtaFlow>(m_session.get(), r, o);
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    SierraOtaFlow *ota() const { return static_cast<SierraOtaFlow *>(m_flow.get()); }

    void urc(const QByteArray &line) { link().module->send("\r\n" + line + "\r\n"); }

    // Everything the flow queued before this point has reached the module
    // once a plain AT sent now is answered: the channel sends in order.
    void barrier()
    {
        QSignalSpy answered(m_session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(2000));
    }

    // XMODEM: the package sent and the module asked to install it.
    void transferAndRequestInstall(const QByteArray &wdsi3 = "+WDSI: 3")
    {
        startXmodem(xmodemRequest());
        QTRY_VERIFY(m_acker->eot);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        urc(wdsi3);
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
    }

    // OTA: session opened and authenticated; AirVantage offers 40000 bytes.
    void openSessionWithOffer(AgreementPolicy policy = AgreementPolicy::Accept)
    {
        startOta(otaRequest(policy));
        QTRY_VERIFY(sent().contains("AT+WDSS=1,1"));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        urc("+WDSI: 23,1");
        urc("+WDSI: 4");
        urc("+WDSI: 6");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        urc("+WDSI: 9,40000");
        QTRY_VERIFY(m_rec->sawRawLine("+WDSI: 9,40000"));
    }

    // Shared tail: +WDSI 14, the reboot, the module back on the new firmware, 16.
    void installRebootAndConfirm(const QByteArray &result = "+WDSI: 16", const QString &firmware = kTo)
    {
        urc("+WDSI: 14");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(!m_flow->isCancellable());
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(firmware);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Reconnected);
        urc(result);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/sierraflows-XXXXXX"));
        QVERIFY(m_dir->isValid());
        m_identity = {};
        m_identity.family = Family::SierraHl78xx;
        m_identity.imei = QStringLiteral("352906100000011");
        m_identity.model = QStringLiteral("HL7800");
        m_identity.firmware = kFrom;
        m_wdsdAnswer = "\r\nOK\r\nC";
        m_wdscAnswer = "\r\n+WDSC: 0,0\r\n+WDSC: 1,0\r\n+WDSC: 2,0\r\n+WDSC: 3,0\r\n\r\nOK\r\n";
        m_session = std::make_unique<ModuleSession>(m_identity);
        m_rec = std::make_unique<FlowRecorder>();
        m_rec->watchTraffic(m_session.get());
        m_links.clear();
        attach(kFrom);
    }

    void cleanup()
    {
        m_flow.reset();
        m_acker.reset();
        m_rec.reset();
        m_session.reset();
        m_links.clear();
        m_dir.reset();
    }

    // ---------------------------------------------------------------- XMODEM

    void aLocalUpdateSendsThePackageInstallsAndVerifies()
    {
        const UpdateRequest r = xmodemRequest(3000);
        startXmodem(r);
        QTRY_VERIFY(m_acker->eot);
        QFile f(r.packagePath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(m_acker->payload.left(3000), f.readAll());
        QCOMPARE(m_acker->frames, 3);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        QCOMPARE(sent().first(), QStringLiteral("AT+WDSI=4479"));
        QVERIFY(sent().contains("AT+WDSD=3000"));
        QVERIFY(!sent().contains("AT+WDSR=4")); // not before the module asks

        urc("+WDSI: 3");
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
        QVERIFY(!m_flow->isCancellable());
        urc("+WDSI: 12");
        installRebootAndConfirm();
        QTRY_VERIFY(m_rec->done());

        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->outcome().message));
        QCOMPARE(m_rec->outcome().firmware, kTo);
        const QList<UpdatePhase> expected{
            UpdatePhase::Preparing, UpdatePhase::Transferring, UpdatePhase::Verifying, UpdatePhase::Installing,
            UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Verifying, UpdatePhase::Verified,
        };
        QCOMPARE(m_rec->phases(), expected);
        QVERIFY(m_rec->sawRawLine("+WDSI: 14"));
        QVERIFY(sent().contains("AT+CGMR"));
        QCOMPARE(qobject_cast<SierraXmodemFlow *>(m_flow.get())->downloadCommand(), QStringLiteral("AT+WDSD"));
    }

    void transferProgressShowsBytesPercentRateAndTimeLeft()
    {
        startXmodem(xmodemRequest(12 * 1024));
        m_acker->ackDelay = 60ms; // a module that takes its time: the rate becomes measurable
        QTRY_VERIFY_WITH_TIMEOUT(m_acker->eot, 5000);
        QList<UpdateProgress> transferring;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Transferring && p.bytesDone >= 0)
                transferring << p;
        }
        QVERIFY(transferring.size() >= 10);
        for (const UpdateProgress &p : std::as_const(transferring)) {
            QCOMPARE(p.bytesTotal, 12 * 1024);
            QCOMPARE(p.percent, int(p.bytesDone * 100 / p.bytesTotal));
        }
        QCOMPARE(transferring.last().bytesDone, 12 * 1024);
        QCOMPARE(transferring.last().percent, 100);
        QCOMPARE(transferring.last().etaMs, 0);
        bool rateAndEta = false;
        for (const UpdateProgress &p : std::as_const(transferring))
            rateAndEta = rateAndEta || (p.bytesPerSecond > 0 && p.etaMs > 0 && p.bytesDone < p.bytesTotal);
        QVERIFY(rateAndEta);
        // One transcript line per percent, not one per block.
        QVERIFY(transferring.size() <= 101);
    }

    void rejectedBlocksAreSentAgainAndTheTransferGoesOn()
    {
        startXmodem(xmodemRequest(3000));
        m_acker->naks = 2;
        QTRY_VERIFY(m_acker->eot);
        QCOMPARE(m_acker->frames, 5);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        QVERIFY(!m_rec->done());
        QVERIFY(m_rec->notes.join('\n').contains("2 block(s) sent again"));
    }

    // Refusals of the spelling come as ERROR or as +CME ERROR 4/100 in the
    // words +CMEE selects; "operation not allowed" (3) refuses the module's
    // state, which another spelling would not change.
    void theWsdsSpellingIsTriedWhenWdsdIsRefused_data()
    {
        QTest::addColumn<QByteArray>("wdsd");
        QTest::addColumn<QByteArray>("wsds");
        QTest::addColumn<QString>("command");     // the one that worked; empty: none
        QTest::addColumn<bool>("triesWsds");
        QTest::addColumn<FailureReason>("reason");
        const QByteArray ok("\r\nOK\r\nC");
        QTest::newRow("WDSD works") << ok << QByteArray() << "AT+WDSD" << false << FailureReason::None;
        for (const char *refusal : {"ERROR", "+CME ERROR: 4", "+CME ERROR: 100", "+CME ERROR: operation not supported",
                                    "+CME ERROR: unknown", "+CME ERROR: Unknown command", "+cme error: 4"})
            QTest::addRow("%s: WSDS works", refusal)
                << "\r\n" + QByteArray(refusal) + "\r\n" << ok << "AT+WSDS" << true << FailureReason::None;
        QTest::newRow("both refused") << QByteArray("\r\nERROR\r\n") << QByteArray("\r\n+CME ERROR: 4\r\n") << ""
                                      << true << FailureReason::ModuleRefused;
        QTest::newRow("+CME ERROR: 3: no second try") << QByteArray("\r\n+CME ERROR: 3\r\n") << ok << "" << false
                                                      << FailureReason::ModuleRefused;
        QTest::newRow("+CME ERROR: operation not allowed: no second try")
            << QByteArray("\r\n+CME ERROR: operation not allowed\r\n") << ok << "" << false
            << FailureReason::ModuleRefused;
        QTest::newRow("+CME ERROR: 650: no second try") << QByteArray("\r\n+CME ERROR: 650\r\n") << ok << "" << false
                                                        << FailureReason::Network;
    }

    void theWsdsSpellingIsTriedWhenWdsdIsRefused()
    {
        QFETCH(QByteArray, wdsd);
        QFETCH(QByteArray, wsds);
        QFETCH(QString, command);
        QFETCH(bool, triesWsds);
        QFETCH(FailureReason, reason);
        m_wdsdAnswer = wdsd;
        link().module->onPrefix("AT+WSDS=", [wsds, module = link().module](const QString &) {
            if (wsds.contains("OK"))
                module->expectData(1 << 30);
            return wsds;
        });
        startXmodem(xmodemRequest(2000));
        if (reason == FailureReason::None) {
            QTRY_VERIFY(m_acker->eot);
            QCOMPARE(qobject_cast<SierraXmodemFlow *>(m_flow.get())->downloadCommand(), command);
        } else {
            QTRY_VERIFY(m_rec->done());
            QCOMPARE(m_rec->outcome().reason, reason);
            QVERIFY(!m_rec->outcome().advice.isEmpty());
            QCOMPARE(m_acker->frames, 0);
        }
        QCOMPARE(sent().contains("AT+WSDS=2000"), triesWsds);
    }

    // +CME ERROR: 3 after the OK is the module's "no transfer within 5 min",
    // not a refusal of AT+WDSD: the flow must not send the other spelling.
    void noTransferAfterTheOkIsNoRefusalOfTheSpelling()
    {
        m_wdsdAnswer = QByteArray("\r\nOK\r\n");
        bool wsdsSent = false;
        link().module->onPrefix("AT+WSDS=", [&wsdsSent](const QString &) {
            wsdsSent = true;
            return QByteArray("\r\nOK\r\nC");
        });
        startXmodem(xmodemRequest(2000));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Transferring);
        link().module->send("\r\n+CME ERROR: 3\r\n");
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 15000);
        QVERIFY(!m_rec->outcome().ok);
        QVERIFY(!wsdsSent);
        QVERIFY(!sent().contains("AT+WSDS=2000"));
    }

    void losingThePortMidTransferIsPortLost()
    {
        startXmodem(xmodemRequest(8000));
        m_acker->onFrame = [this](int frame) {
            if (frame != 3)
                return true;
            QTimer::singleShot(0, link().port, [port = link().port] { port->simulateLoss(); });
            return false;
        };
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::PortLost);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(!m_acker->eot);
        QCOMPARE(m_rec->phases().value(m_rec->phases().size() - 2), UpdatePhase::Transferring);
        QVERIFY(!sent().contains("AT+WDSR=4"));
    }

    void cancellingMidTransferSendsCanAndEndsCancelled()
    {
        startXmodem(xmodemRequest(8000));
        bool cancellable = false;
        m_acker->onFrame = [this, &cancellable](int frame) {
            if (frame != 2)
                return true;
            cancellable = m_flow->isCancellable();
            QTimer::singleShot(0, m_flow.get(), [this] { m_flow->cancel(); });
            return false;
        };
        QTRY_VERIFY(m_rec->done());
        QVERIFY(cancellable);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->phase(), UpdatePhase::Cancelled);
        QTRY_COMPARE(m_acker->cans, 2); // CAN CAN tells the module to stop waiting
        QVERIFY(link().module->data().endsWith(QByteArray(2, Xmodem::CAN)));
        QVERIFY(!m_acker->eot);
    }

    void aBrokenTransferEndsOnceTheModuleHasClosedItsSide_data()
    {
        QTest::addColumn<bool>("moduleAnswers");
        QTest::newRow("module answers +CME ERROR: 3") << true;
        QTest::newRow("module silent: settle time") << false;
    }

    void aBrokenTransferEndsOnceTheModuleHasClosedItsSide()
    {
        QFETCH(bool, moduleAnswers);
        SierraFlow::Options o = fast();
        o.abortSettle = 1500ms;
        startXmodem(xmodemRequest(8000), o);
        m_acker->answersCancel = moduleAnswers;
        m_acker->onFrame = [this](int frame) {
            if (frame == 2)
                QTimer::singleShot(0, m_flow.get(), [this] { m_flow->cancel(); });
            return frame != 2;
        };
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 3000);
        QCOMPARE(m_acker->cans, 2);
        // Answered: at once. Silent: only after the settle time, so a late
        // +CME ERROR: 3 cannot answer the next command.
        QCOMPARE(m_acker->cancelClock.elapsed() < 1000, moduleAnswers);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        barrier();
    }

    void aModuleThatNeverAsksForDataFailsTheTransfer()
    {
        m_wdsdAnswer = "\r\nOK\r\n"; // no 'C'
        startXmodem(xmodemRequest(2000));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 3000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::TransferFailed);
        QVERIFY(m_rec->outcome().message.contains("never asked"));
    }

    void aMissingPackageFileIsNotApplicable()
    {
        UpdateRequest r = xmodemRequest();
        r.packagePath = m_dir->filePath("nothing-here.dwl");
        startXmodem(r);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::NotApplicable);
        QVERIFY(!sent().join(' ').contains("AT+WDSD"));
    }

    void aLostInstallRequestIsAnsweredAfterItsWatchdog()
    {
        SierraFlow::Options o = fast();
        o.packageCheck = 200ms;
        startXmodem(xmodemRequest(), o);
        QTRY_VERIFY(m_acker->eot);
        // No +WDSI: 3 arrives (it can ride in with the last ACK and be lost).
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
        QVERIFY(m_rec->notes.join('\n').contains("no +WDSI: 3"));
        QVERIFY(!m_rec->done());
    }

    void anUncertifiedPackageIsAnIntegrityFailure_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("with blank") << QByteArray("+WDSI: 13");
        QTest::newRow("4.x without blank") << QByteArray("+WDSI:13");
    }

    void anUncertifiedPackageIsAnIntegrityFailure()
    {
        QFETCH(QByteArray, line);
        transferAndRequestInstall(line.contains(' ') ? "+WDSI: 3" : "+WDSI:3");
        urc(line);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Integrity);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("+WDSI: 13"));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void theInstallCannotBeCancelledAndSendsNothing()
    {
        transferAndRequestInstall();
        urc("+WDSI: 12");
        urc("+WDSI: 14");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        const qsizetype before = sent().size();
        QVERIFY(!m_flow->isCancellable());
        m_flow->cancel();
        QCOMPARE(sent().size(), before);
        QVERIFY(!m_rec->done());
        QCOMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(m_rec->notes.join('\n').contains("cancel refused"));
    }

    void cancelBeforeTheInstallEndsCancelled()
    {
        startXmodem(xmodemRequest());
        QTRY_VERIFY(m_acker->eot);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        urc("+WDSI: 3");
        barrier();
        QVERIFY(!sent().contains("AT+WDSR=4"));
    }

    void aPowerCutDuringTheInstallRestartsItAndStillVerifies()
    {
        transferAndRequestInstall();
        urc("+WDSI: 12");
        urc("+WDSI: 14");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss(); // power cut: the module boots into the same install
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(kFrom);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Reconnected);
        installRebootAndConfirm();
        QTRY_VERIFY(m_rec->done());
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->outcome().message));
        QCOMPARE(m_rec->phases().count(UpdatePhase::Installing), 2);
        QCOMPARE(sent().count("AT+CGMR"), 1); // never asked while it flashed
    }

    void theInstallResultIsClassified_data()
    {
        QTest::addColumn<QByteArray>("result");
        QTest::addColumn<QString>("firmware");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");
        QTest::newRow("succeeded") << QByteArray("+WDSI: 16") << kTo << FailureReason::None << "";
        QTest::newRow("succeeded, 4.x") << QByteArray("+WDSI:16") << kTo << FailureReason::None << "";
        QTest::newRow("failed") << QByteArray("+WDSI: 15") << kFrom << FailureReason::InstallFailed << "+WDSI: 15";
        QTest::newRow("failed, 4.x") << QByteArray("+WDSI:15") << kFrom << FailureReason::InstallFailed << "+WDSI: 15";
        QTest::newRow("succeeded, old firmware") << QByteArray("+WDSI: 16") << kFrom << FailureReason::VersionMismatch
                                                 << kFrom;
    }

    void theInstallResultIsClassified()
    {
        QFETCH(QByteArray, result);
        QFETCH(QString, firmware);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);
        transferAndRequestInstall();
        installRebootAndConfirm(result, firmware);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().ok, reason == FailureReason::None);
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        if (reason != FailureReason::None)
            QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void aLostResultIndicationStillVerifiesByReadingTheFirmware()
    {
        transferAndRequestInstall();
        urc("+WDSI: 14");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss();
        attach(kTo);
        // No +WDSI: 16: the confirmation watchdog gives way to AT+CGMR.
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QVERIFY(m_rec->notes.join('\n').contains("reading the firmware version directly"));
    }

    void aResultReplayedBeforeTheReconnectionIsNotLost()
    {
        transferAndRequestInstall();
        urc("+WDSI: 14");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        // The prober saw +WDSI: 16 and replays it as the session attaches.
        ModuleIdentity id = m_identity;
        id.firmware = kTo;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake-new"), 115200, {"+WDSI: 16"});
        l.module->on("AT+CGMR", "\r\n" + kTo.toLatin1() + "\r\n\r\nOK\r\n");
        m_links << l;
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QVERIFY(!m_rec->notes.join('\n').contains("reading the firmware version directly"));
    }

    void aPhaseThatOverrunsItsWatchdogEndsInTimeout_data()
    {
        QTest::addColumn<UpdatePhase>("stuckIn");
        QTest::newRow("installing") << UpdatePhase::Installing;
        QTest::newRow("rebooting") << UpdatePhase::Rebooting;
        QTest::newRow("install never starts") << UpdatePhase::Verifying;
    }

    void aPhaseThatOverrunsItsWatchdogEndsInTimeout()
    {
        QFETCH(UpdatePhase, stuckIn);
        SierraFlow::Options o = fast();
        o.install = o.reboot = o.packageCheck = 300ms;
        startXmodem(xmodemRequest(), o);
        QTRY_VERIFY(m_acker->eot);
        urc("+WDSI: 3");
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
        if (stuckIn != UpdatePhase::Verifying) {
            urc("+WDSI: 14");
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
            if (stuckIn == UpdatePhase::Rebooting)
                link().port->simulateLoss();
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->phases().value(m_rec->phases().size() - 2), stuckIn);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void aSilentModuleTimesOut()
    {
        link().module->on("AT+WDSI=4479", QByteArray()); // no answer at all
        startXmodem(xmodemRequest());
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 3000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QVERIFY(m_rec->outcome().message.contains("AT+WDSI=4479"));
    }

    // ------------------------------------------------------------ AirVantage

    void anAirVantageUpdateFollowsEveryIndicationToTheNewFirmware()
    {
        openSessionWithOffer();
        QVERIFY(!sent().join(QLatin1Char(' ')).contains("AT+WDSC=")); // Accept leaves the module's switches alone
        urc("+WDSI: 2");
        QTRY_VERIFY(sent().contains("AT+WDSR=3"));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        for (int p = 10; p <= 100; p += 30)
            urc("+WDSI: 18," + QByteArray::number(p));
        QTRY_VERIFY(m_rec->sawRawLine("+WDSI: 18,100"));
        urc("+WDSI: 10");
        urc("+WDSI: 12");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Verifying);
        urc("+WDSI: 3");
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
        installRebootAndConfirm();
        QTRY_VERIFY(m_rec->done());

        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->outcome().message));
        const QList<UpdatePhase> expected{
            UpdatePhase::Preparing, UpdatePhase::Registering, UpdatePhase::WaitingForServer,
            UpdatePhase::Downloading, UpdatePhase::Downloaded, UpdatePhase::Verifying, UpdatePhase::Installing,
            UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Verifying, UpdatePhase::Verified,
        };
        QCOMPARE(m_rec->phases(), expected);
        QCOMPARE(sent().first(), QStringLiteral("AT+WDSI=4479"));
        QList<int> percents;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Downloading && p.percent >= 0) {
                if (percents.isEmpty() || percents.last() != p.percent)
                    percents << p.percent;
                QCOMPARE(p.bytesTotal, 40000);
                QCOMPARE(p.bytesDone, 400 * p.percent);
            }
        }
        QCOMPARE(percents, (QList<int>{10, 40, 70, 100}));
    }

    void theFirmware4DialectDrivesTheSameFlow()
    {
        startOta(otaRequest());
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        for (const char *line : {"+WDSI:23,1", "+WDSI:4", "+WDSI:6", "+WDSI:9,1000", "+WDSI:2"})
            urc(line);
        QTRY_VERIFY(sent().contains("AT+WDSR=3"));
        urc("+WDSI:18,50");
        QTRY_COMPARE(m_rec->progress.last().percent, 50);
        QCOMPARE(m_rec->phase(), UpdatePhase::Downloading);
        urc("+WDSI:10");
        urc("+WDSI:12");
        urc("+WDSI:3");
        QTRY_VERIFY(sent().contains("AT+WDSR=4"));
        installRebootAndConfirm("+WDSI:16");
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
    }

    void eachAgreementIsAnsweredByPolicy_data()
    {
        QTest::addColumn<AgreementPolicy>("policy");
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("answer"); // for Ask: the person's answer
        QTest::addColumn<QString>("expected");

        const QList<std::pair<const char *, QByteArray>> requests{
            {"connect", "+WDSI: 1"}, {"download", "+WDSI: 2"}, {"install", "+WDSI: 3"}};
        const QHash<QByteArray, QStringList> commands{
            {"+WDSI: 1", {"AT+WDSR=1", "AT+WDSR=0,45", "AT+WDSR=0,10"}},
            {"+WDSI: 2", {"AT+WDSR=3", "AT+WDSR=2,45", "AT+WDSR=2,10"}},
            {"+WDSI: 3", {"AT+WDSR=4", "AT+WDSR=5,45", "AT+WDSR=5,10"}}};
        for (const auto &[name, line] : requests) {
            const QStringList c = commands.value(line);
            QTest::addRow("%s, accept", name) << AgreementPolicy::Accept << line << -1 << c.at(0);
            QTest::addRow("%s, defer by policy", name) << AgreementPolicy::Defer << line << -1 << c.at(1);
            QTest::addRow("%s, asked and accepted", name)
                << AgreementPolicy::Ask << line << int(PromptAnswer::Accept) << c.at(0);
            QTest::addRow("%s, asked and deferred 10 min", name)
                << AgreementPolicy::Ask << line << int(PromptAnswer::Defer) << c.at(2);
        }
    }

    void eachAgreementIsAnsweredByPolicy()
    {
        QFETCH(AgreementPolicy, policy);
        QFETCH(QByteArray, request);
        QFETCH(int, answer);
        QFETCH(QString, expected);

        openSessionWithOffer(policy);
        urc(request);
        if (policy == AgreementPolicy::Ask) {
            QTRY_COMPARE(m_rec->prompts.size(), 1);
            barrier();
            QVERIFY(!sent().join(' ').contains("AT+WDSR")); // nothing before the person answers
            m_flow->answerPrompt(m_rec->prompts.first().id, PromptAnswer(answer), answer == 1 ? 10 : 0);
            QCOMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.first().id});
            QVERIFY(ota()->openPromptId().isEmpty());
        } else {
            QVERIFY(m_rec->prompts.isEmpty());
        }
        QTRY_VERIFY(sent().contains(expected));
        QCOMPARE(sent().filter("AT+WDSR").size(), 1);
        QVERIFY(!m_rec->done());
        if (expected == "AT+WDSR=4")
            QVERIFY(!m_flow->isCancellable());
        else if (expected.contains(','))
            QTRY_VERIFY(m_rec->progress.last().message.contains("Deferred"));
    }

    void theAskPromptCarriesTheDeadlineAndCanBeDeferred_data()
    {
        QTest::addColumn<QByteArray>("request");
        QTest::addColumn<int>("kind");
        QTest::newRow("connect") << QByteArray("+WDSI: 1") << int(UpdatePrompt::Kind::ConnectAgreement);
        QTest::newRow("download") << QByteArray("+WDSI: 2") << int(UpdatePrompt::Kind::DownloadAgreement);
        QTest::newRow("install") << QByteArray("+WDSI:3") << int(UpdatePrompt::Kind::InstallAgreement);
    }

    void theAskPromptCarriesTheDeadlineAndCanBeDeferred()
    {
        QFETCH(QByteArray, request);
        QFETCH(int, kind);
        SierraFlow::Options o = fast();
        o.agreementRepeat = SierraFlow::Options{}.agreementRepeat;
        QCOMPARE(o.agreementRepeat, 30min);
        startOta(otaRequest(AgreementPolicy::Ask), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        const qint64 asked = QDateTime::currentMSecsSinceEpoch();
        urc(request);
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        const UpdatePrompt prompt = m_rec->prompts.first();
        QCOMPARE(int(prompt.kind), kind);
        QVERIFY(prompt.canDefer);
        QCOMPARE(prompt.deferMinutes, 45);
        QVERIFY(!prompt.text.isEmpty());
        QVERIFY(qAbs(prompt.deadlineMsecs - (asked + 30 * 60000)) < 2000);
        QCOMPARE(ota()->openPromptId(), prompt.id);
        // The person may take longer than the session watchdog allows.
        QVERIFY(m_rec->progress.last().limitMs >= 30 * 60000);
    }

    void aRepeatedRequestReplacesThePromptAndStaleAnswersAreIgnored()
    {
        openSessionWithOffer(AgreementPolicy::Ask);
        urc("+WDSI: 2");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        urc("+WDSI: 2"); // 30 minutes later, unanswered
        QTRY_COMPARE(m_rec->prompts.size(), 2);
        QCOMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.at(0).id});
        m_flow->answerPrompt(m_rec->prompts.at(0).id, PromptAnswer::Accept);
        barrier();
        QVERIFY(!sent().contains("AT+WDSR=3"));
        m_flow->answerPrompt(m_rec->prompts.at(1).id, PromptAnswer::Accept);
        QTRY_VERIFY(sent().contains("AT+WDSR=3"));
    }

    void anInstallThatStartsOnItsOwnClosesTheOpenQuestion()
    {
        openSessionWithOffer(AgreementPolicy::Ask);
        urc("+WDSI: 3");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        QVERIFY(m_flow->isCancellable());
        urc("+WDSI: 14"); // answered elsewhere (another tool, the module's own timer)
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QCOMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.first().id});
        QVERIFY(ota()->openPromptId().isEmpty());
        QVERIFY(!m_flow->isCancellable());
        m_flow->answerPrompt(m_rec->prompts.first().id, PromptAnswer::Accept);
        barrier();
        QVERIFY(!sent().contains("AT+WDSR=4"));
    }

    void anUnansweredPromptLapsesAndSendsNothing()
    {
        SierraFlow::Options o = fast();
        o.agreementRepeat = 200ms;
        startOta(otaRequest(AgreementPolicy::Ask), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        urc("+WDSI: 6");
        urc("+WDSI: 2");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        QTRY_COMPARE(m_rec->closedPrompts.size(), 1);
        barrier();
        QVERIFY(!sent().join(' ').contains("AT+WDSR"));
        QVERIFY(m_rec->notes.join('\n').contains("unanswered"));
    }

    void askAndDeferSwitchTheAgreementsOnAndBackOff_data()
    {
        QTest::addColumn<AgreementPolicy>("policy");
        QTest::addColumn<QByteArray>("switches");
        QTest::addColumn<QStringList>("on");
        QTest::addColumn<QStringList>("back");
        const QByteArray off = "\r\n+WDSC: 0,0\r\n+WDSC: 1,0\r\n+WDSC: 2,0\r\n+WDSC: 3,0\r\n\r\nOK\r\n";
        const QByteArray downloadOn = "\r\n+WDSC: 0,0\r\n+WDSC: 1,1\r\n+WDSC: 2,0\r\n+WDSC: 3,0\r\n\r\nOK\r\n";
        QTest::newRow("accept: untouched") << AgreementPolicy::Accept << off << QStringList{} << QStringList{};
        QTest::newRow("ask, both off") << AgreementPolicy::Ask << off << QStringList{"AT+WDSC=1,1", "AT+WDSC=2,1"}
                                       << QStringList{"AT+WDSC=1,0", "AT+WDSC=2,0"};
        QTest::newRow("defer, download on already") << AgreementPolicy::Defer << downloadOn
                                                    << QStringList{"AT+WDSC=2,1"} << QStringList{"AT+WDSC=2,0"};
    }

    void askAndDeferSwitchTheAgreementsOnAndBackOff()
    {
        QFETCH(AgreementPolicy, policy);
        QFETCH(QByteArray, switches);
        QFETCH(QStringList, on);
        QFETCH(QStringList, back);
        m_wdscAnswer = switches;
        link().module->on("AT+WDSC?", switches);
        startOta(otaRequest(policy));
        QTRY_VERIFY(sent().contains("AT+WDSS=1,1"));
        QStringList before = sent().filter(QRegularExpression("^AT\\+WDSC=\\d,\\d$"));
        QCOMPARE(before, on);
        QVERIFY(sent().indexOf("AT+WDSS=1,1") > sent().indexOf(on.value(0, "AT+WDSS=1,1")) || on.isEmpty());
        // Cancelled before the install: the switches go back as they were.
        m_flow->cancel();
        QVERIFY(m_rec->done());
        barrier();
        QStringList all = sent().filter(QRegularExpression("^AT\\+WDSC=\\d,\\d$"));
        QCOMPARE(all.mid(on.size()), back);
    }

    void acceptingCommitsBeforeASessionInWhichTheModuleDownloadsUnasked_data()
    {
        QTest::addColumn<QByteArray>("switches");
        QTest::addColumn<bool>("commit");
        QTest::newRow("download agreement off: downloads unasked")
            << QByteArray("\r\n+WDSC: 0,0\r\n+WDSC: 1,0\r\n+WDSC: 2,0\r\n+WDSC: 3,0\r\n\r\nOK\r\n") << true;
        QTest::newRow("switches unreadable: taken as off") << QByteArray("\r\n+CME ERROR: 100\r\n") << true;
        QTest::newRow("download agreement on: asks first")
            << QByteArray("\r\n+WDSC: 0,0\r\n+WDSC: 1,1\r\n+WDSC: 2,0\r\n+WDSC: 3,0\r\n\r\nOK\r\n") << false;
    }

    void acceptingCommitsBeforeASessionInWhichTheModuleDownloadsUnasked()
    {
        QFETCH(QByteArray, switches);
        QFETCH(bool, commit);
        link().module->on("AT+WDSC?", switches);
        m_flow = std::make_unique<SierraOtaFlow>(m_session.get(), otaRequest(AgreementPolicy::Accept), fast());
        QStringList recorded; // each commit with whether its command had gone out already
        m_flow->setCommitRecorder([this, &recorded](const CommitPoint &point) {
            recorded << point.command + (sent().contains(point.command) ? " (after)" : " (before)");
            return QString();
        });
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_VERIFY(sent().contains("AT+WDSS=1,1"));
        barrier();
        QCOMPARE(recorded, commit ? QStringList{"AT+WDSS=1,1 (before)"} : QStringList{});
        QVERIFY(sent().filter(QRegularExpression("^AT\\+WDSC=\\d,\\d$")).isEmpty()); // its switches untouched
    }

    void anApnInTheRequestSetsTheDeviceServicesContextFirst()
    {
        UpdateRequest r = otaRequest();
        r.apn = QStringLiteral("iot.example");
        r.cid = 3;
        startOta(r);
        QTRY_VERIFY(sent().contains("AT+WDSS=1,1"));
        const QStringList s = sent();
        QVERIFY(s.indexOf("AT+CGDCONT=3,\"IP\",\"iot.example\"") >= 0);
        QVERIFY(s.indexOf("AT+CGDCONT=3,\"IP\",\"iot.example\"") < s.indexOf("AT+WDSS=2,3"));
        QVERIFY(s.indexOf("AT+WDSS=2,3") < s.indexOf("AT+WDSS=1,1"));
    }

    void firmwaresWithoutWdssAreAskedWithWds()
    {
        link().module->on("AT+WDSS=1,1", "\r\nERROR\r\n");
        startOta(otaRequest());
        QTRY_VERIFY(sent().contains("AT+WDS=1,1"));
        QCOMPARE(m_rec->phase(), UpdatePhase::Registering);
        QVERIFY(!m_rec->done());
    }

    void sessionErrorsAreClassified_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");
        QTest::newRow("no APN") << QByteArray("\r\n+CME ERROR: 650\r\n") << FailureReason::Network << "+CME ERROR: 650";
        QTest::newRow("invalid APN") << QByteArray("\r\n+CME ERROR: 133\r\n") << FailureReason::Network
                                     << "+CME ERROR: 133";
        QTest::newRow("activation") << QByteArray("\r\n+CME ERROR: 148\r\n") << FailureReason::Network
                                    << "+CME ERROR: 148";
        QTest::newRow("other") << QByteArray("\r\n+CME ERROR: 4\r\n") << FailureReason::ModuleRefused
                               << "+CME ERROR: 4";
    }

    void sessionErrorsAreClassified()
    {
        QFETCH(QByteArray, answer);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);
        link().module->on("AT+WDSS=1,1", answer);
        startOta(otaRequest());
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void aPendingConnectRequestIsAnsweredInsteadOfFailing()
    {
        link().module->on("AT+WDSS=1,1", "\r\n+WDSI: 1\r\n\r\n+CME ERROR: 650\r\n");
        startOta(otaRequest());
        QTRY_VERIFY(sent().contains("AT+WDSR=1"));
        QVERIFY(!m_rec->done());
        QCOMPARE(m_rec->phase(), UpdatePhase::Registering);
    }

    void errorIndicationsEndTheFlowClassified_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");
        QTest::newRow("authentication failed") << QByteArray("+WDSI: 5") << FailureReason::ServerError << "+WDSI: 5";
        QTest::newRow("connection denied") << QByteArray("+WDSI:7") << FailureReason::ServerError << "+WDSI: 7";
        QTest::newRow("out of memory") << QByteArray("+WDSI: 11,0") << FailureReason::NoSpace << "+WDSI: 11,0";
        QTest::newRow("http") << QByteArray("+WDSI: 11,1") << FailureReason::Network << "+WDSI: 11,1";
        QTest::newRow("corrupted") << QByteArray("+WDSI:11,2") << FailureReason::Integrity << "+WDSI: 11,2";
        QTest::newRow("not certified") << QByteArray("+WDSI: 13") << FailureReason::Integrity << "+WDSI: 13";
        QTest::newRow("update failed") << QByteArray("+WDSI: 15") << FailureReason::InstallFailed << "+WDSI: 15";
    }

    void errorIndicationsEndTheFlowClassified()
    {
        QFETCH(QByteArray, line);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);
        openSessionWithOffer();
        urc("+WDSI: 18,20");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        urc(line);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().message.isEmpty());
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(m_rec->sawRawLine(QString::fromLatin1(line)));
    }

    void aSessionClosedWithoutAnOfferMeansNothingToUpdate()
    {
        startOta(otaRequest());
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        urc("+WDSI: 6");
        urc("+WDSI: 8");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::ServerError);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("+WDSI: 8"));
    }

    void cancellingTheDownloadClosesTheSessionAndDefersTheOpenRequest()
    {
        openSessionWithOffer(AgreementPolicy::Ask);
        urc("+WDSI: 2");
        QTRY_COMPARE(m_rec->prompts.size(), 1);
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->closedPrompts, QStringList{m_rec->prompts.first().id});
        barrier();
        const QStringList s = sent();
        QVERIFY(s.contains("AT+WDSR=2,45"));
        QVERIFY(s.indexOf("AT+WDSR=2,45") < s.indexOf("AT+WDSS=1,0"));
        QVERIFY(!s.contains("AT+WDSR=3"));
    }

    void aDownloadInterruptedByPowerLossResumesAfterTheReboot()
    {
        openSessionWithOffer();
        urc("+WDSI: 18,30");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        QVERIFY(!m_rec->done());
        attach(kFrom);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        urc("+WDSI: 9,28000");
        urc("+WDSI: 2");
        QTRY_VERIFY(sent().contains("AT+WDSR=3"));
        urc("+WDSI: 18,80");
        QTRY_COMPARE(m_rec->progress.last().percent, 80);
        QCOMPARE(m_rec->progress.last().bytesTotal, 40000); // the whole package, not what was left
    }

    void otaWatchdogsEndInTimeoutWithAdvice_data()
    {
        QTest::addColumn<UpdatePhase>("stuckIn");
        QTest::newRow("registering") << UpdatePhase::Registering;
        QTest::newRow("waiting for server") << UpdatePhase::WaitingForServer;
        QTest::newRow("downloading") << UpdatePhase::Downloading;
    }

    void otaWatchdogsEndInTimeoutWithAdvice()
    {
        QFETCH(UpdatePhase, stuckIn);
        SierraFlow::Options o = fast();
        o.session = o.serverWait = o.download = 300ms;
        startOta(otaRequest(), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Registering);
        if (stuckIn != UpdatePhase::Registering)
            urc("+WDSI: 6");
        if (stuckIn == UpdatePhase::Downloading)
            urc("+WDSI: 18,10");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->phases().value(m_rec->phases().size() - 2), stuckIn);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    // ---------------------------------------------------------------- driver

    void theDriverOffersXmodemFirstAndMakesBothFlows()
    {
        SierraDriver driver;
        QCOMPARE(driver.methods(), (QList<UpdateMethod>{UpdateMethod::Xmodem, UpdateMethod::Ota}));
        QCOMPARE(driver.defaultMethod(), UpdateMethod::Xmodem);
        UpdateRequest r = otaRequest();
        QVERIFY(qobject_cast<SierraOtaFlow *>(driver.createFlow(m_session.get(), r).get()));
        r.method = UpdateMethod::Xmodem;
        QVERIFY(qobject_cast<SierraXmodemFlow *>(driver.createFlow(m_session.get(), r).get()));
        r.method = UpdateMethod::Cflw;
        QVERIFY(!driver.createFlow(m_session.get(), r));
        QCOMPARE(driver.timeouts().install, 15min);
        QVERIFY(driver.knownCommands().contains("AT+WDSI=4479"));
    }

    void theInterlockKeepsTheFlowsCommandsToItself_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<bool>("refused");
        QTest::newRow("answer while downloading") << "AT+WDSR=2,10" << UpdatePhase::Downloading << true;
        QTest::newRow("stop session while downloading") << "at+wdss=1,0" << UpdatePhase::Downloading << true;
        QTest::newRow("second xmodem download") << "AT+WDSD=100" << UpdatePhase::Transferring << true;
        QTest::newRow("reset while installing") << "AT+CFUN=1,1" << UpdatePhase::Installing << true;
        QTest::newRow("reading the session") << "AT+WDSS?" << UpdatePhase::Downloading << false;
        QTest::newRow("reading the switches") << "AT+WDSC?" << UpdatePhase::WaitingForServer << false;
        QTest::newRow("anything before the update") << "AT+WDSR=3" << UpdatePhase::Preparing << false;
        QTest::newRow("after it") << "AT+WDSS=1,0" << UpdatePhase::Verified << false;
        QTest::newRow("other commands") << "AT+CSQ" << UpdatePhase::Downloading << false;
    }

    void theInterlockKeepsTheFlowsCommandsToItself()
    {
        QFETCH(QString, command);
        QFETCH(UpdatePhase, phase);
        QFETCH(bool, refused);
        QCOMPARE(!SierraDriver().inhibitReason(command, phase).isEmpty(), refused);
    }

    void requestTimeoutsOverrideTheFamilyDefaults()
    {
        UpdateRequest r;
        SierraFlow::Options d = SierraFlow::defaultOptions(r);
        QCOMPARE(d.install, 15min);
        QCOMPARE(d.agreementRepeat, 30min);
        r.installTimeout = 42s;
        r.downloadTimeout = 43s;
        r.rebootTimeout = 44s;
        d = SierraFlow::defaultOptions(r);
        QCOMPARE(d.install, 42s);
        QCOMPARE(d.download, 43s);
        QCOMPARE(d.reboot, 44s);
    }

    void theSimPinIsHandedToTheSessionAndNeverLogged()
    {
        UpdateRequest r = otaRequest();
        r.simPin = QStringLiteral("4711");
        r.apn = QStringLiteral("iot.example");
        r.apnPassword = QStringLiteral("s3cret");
        startOta(r);
        QVERIFY(m_session->hasSimPin());
        QTRY_VERIFY(sent().contains("AT+WDSS=1,1"));
        const QString log = m_rec->notes.join('\n');
        QVERIFY(!log.contains("4711"));
        QVERIFY(!log.contains("s3cret"));
    }
};

QTEST_GUILESS_MAIN(tst_SierraFlows)
#include "tst_sierraflows.moc"
