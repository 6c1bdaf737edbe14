#include "modules/drivers/cinterion/cinteriondriver.h"
#include "modules/drivers/cinterion/cinterionlwm2mflow.h"
#include "modules/drivers/cinterion/cinterionotaflow.h"
#include "telitpfmtestbench.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace std::chrono_literals;

// The Cinterion ^SNFOTA flow against a scripted module that keeps what it is
// told: bearer, registration, settings written and read back, download with
// its reports, every error code, cancel and resume, AT^SFDL=2, reboot, ATI1.
class tst_CinterionOtaFlow : public QObject
{
    Q_OBJECT

private:
    ModuleIdentity m_identity;
    std::unique_ptr<ModuleSession> m_session;
    QList<FakeLink> m_links;
    std::unique_ptr<CinterionOtaFlow> m_flow;
    std::unique_ptr<FlowRecorder> m_rec;
    QHash<QString, QString> m_nv; // what the module keeps of AT^SNFOTA
    QString m_copsAnswer;
    int m_chunk = 0;

    static inline const QString kSha = QString::fromLatin1(
        QCryptographicHash::hash("package", QCryptographicHash::Sha256).toHex());
    static inline const QString kUrl = QStringLiteral("http://127.0.0.1:8080/diff.usf");

    FakeLink &link() { return m_links.last(); }

    FakeLink attach(const QString &revision, const QStringList &earlyUrcs = {})
    {
        ModuleIdentity id = m_identity;
        id.firmware = revision;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake%1").arg(m_links.size()),
                                      115200, earlyUrcs);
        l.module->setChunkSize(m_chunk);
        l.module->onPrefix("AT+COPS?", [this](const QString &) { return m_copsAnswer.toLatin1(); });
        l.module->onPrefix("AT^SNFOTA?", [this](const QString &) {
            QByteArray out = "\r\n";
            for (const char *key : {"url", "crc", "urc", "conid"})
                out += "^SNFOTA: \"" + QByteArray(key) + "\",\"" + m_nv.value(key).toLatin1() + "\"\r\n";
            out += "^SNFOTA: \"act\"," + m_nv.value("act", "\"0\",\"0\",\"0\"").toLatin1() + "\r\n";
            return out + "\r\nOK\r\n";
        });
        l.module->onPrefix("AT^SNFOTA=", [this](const QString &command) {
            // AT^SNFOTA="key","value" or AT^SNFOTA="key",value
            const QString args = command.mid(10);
            const QString key = args.section(u',', 0, 0).remove(u'"');
            const QString value = args.section(u',', 1).remove(u'"');
            if (key != QLatin1String("act"))
                m_nv.insert(key, value);
            return QByteArray("\r\nOK\r\n");
        });
        l.module->on("ATI1", "\r\nCinterion\r\nEXS82-W\r\nREVISION " + revision.toLatin1()
                                 + "\r\nA-REVISION " + revision.toLatin1() + ".02\r\n\r\nOK\r\n");
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

    static CinterionOtaFlow::Options fast()
    {
        CinterionOtaFlow::Options o;
        o.command = 1s;
        o.registration = 500ms;
        o.registrationPoll = 50ms;
        o.download = 3s;
        o.install = 3s;
        o.reboot = 3s;
        o.settle = 200ms;
        o.cancelGrace = 300ms;
        return o;
    }

    static UpdateRequest request()
    {
        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.url = QUrl(kUrl);
        r.packageSha256 = kSha;
        r.apn = QStringLiteral("internet");
        r.toVersion = QStringLiteral("01.001");
        return r;
    }

    void start(const UpdateRequest &r = request(), const CinterionOtaFlow::Options &o = fast())
    {
        m_flow = std::make_unique<CinterionOtaFlow>(m_session.get(), r, o);
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    void urc(const QByteArray &line) { link().module->send("\r\n" + line + "\r\n"); }

    void barrier()
    {
        QSignalSpy answered(m_session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(2000));
    }

    void startDownloading(const UpdateRequest &r = request(), const CinterionOtaFlow::Options &o = fast())
    {
        start(r, o);
        QTRY_VERIFY(sent().contains("AT^SNFOTA=\"act\",2"));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
    }

    void downloadAll()
    {
        for (int p = 0; p <= 100; p += 10)
            urc(QStringLiteral("^SNFOTA: \"act\",2,0,%1").arg(p).toLatin1());
        QTRY_VERIFY(sent().contains("AT^SFDL=2"));
    }

    void installAndReboot(const QString &revision = QStringLiteral("01.001"))
    {
        urc("FOTA START");
        finishInstallAndReboot(revision);
    }

    void finishInstallAndReboot(const QString &revision = QStringLiteral("01.001"))
    {
        urc("Checksum OK");
        urc("........");
        urc("PHASE 1 OK!");
        urc(".Please Wait for PHASE 2 to complete");
        QTRY_VERIFY(m_rec->sawRawLine(".Please Wait for PHASE 2 to complete"));
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(revision);
    }

private slots:
    void init()
    {
        m_identity = {};
        m_identity.family = Family::Cinterion;
        m_identity.imei = QStringLiteral("354184111000013");
        m_identity.model = QStringLiteral("EXS82-W");
        m_identity.firmware = QStringLiteral("01.000");
        m_nv.clear();
        m_copsAnswer = QStringLiteral("\r\n+COPS: 0,0,\"FotaDesk Test\",7\r\n\r\nOK\r\n");
        m_chunk = 0;
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

    void theSuccessPathReportsEveryStepInOrder_data()
    {
        QTest::addColumn<int>("chunk");
        QTest::newRow("whole lines") << 0;
        QTest::newRow("byte by byte") << 1;
    }

    void theSuccessPathReportsEveryStepInOrder()
    {
        QFETCH(int, chunk);
        m_chunk = chunk;
        m_links.clear();
        attach(m_identity.firmware);

        UpdateRequest r = request();
        r.apnUser = QStringLiteral("user");
        r.apnPassword = QStringLiteral("pa55word");
        startDownloading(r);
        const QStringList setup{
            "AT+CGDCONT=1,\"IP\",\"internet\"",
            "AT^SGAUTH=1,2,\"pa55word\",\"user\"",
            "AT+COPS?",
            "AT^SNFOTA=\"url\",\"" + kUrl + "\"",
            "AT^SNFOTA=\"conid\",\"1\"",
            "AT^SNFOTA=\"crc\",\"" + kSha + "\"",
            "AT^SNFOTA=\"urc\",1",
            "AT^SNFOTA?",
            "AT^SNFOTA=\"act\",2",
        };
        QCOMPARE(sent(), setup);

        downloadAll();
        installAndReboot();
        urc("^SYSSTART");
        urc("+CIEV: prov,0,\"fallb3gpp\"");
        QTRY_VERIFY(m_rec->done());

        const QList<UpdatePhase> expected{
            UpdatePhase::Preparing, UpdatePhase::Downloading, UpdatePhase::Downloaded,
            UpdatePhase::Installing, UpdatePhase::Rebooting, UpdatePhase::Reconnected,
            UpdatePhase::Verifying, UpdatePhase::Verified,
        };
        QCOMPARE(m_rec->phases(), expected);
        QList<int> percents;
        for (const UpdateProgress &p : m_rec->progress) {
            if (p.phase == UpdatePhase::Downloading && p.percent >= 0)
                percents << p.percent;
        }
        QCOMPARE(percents, (QList<int>{0, 10, 20, 30, 40, 50, 60, 70, 80, 90}));
        QVERIFY(m_rec->sawRawLine("^SNFOTA: \"act\",2,0,40"));
        QVERIFY(m_rec->sawRawLine("PHASE 1 OK!"));
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("01.001"));
        QCOMPARE(sent().last(), QStringLiteral("ATI1"));
        QCOMPARE(m_flow->installStarts(), 1);
        QVERIFY(!m_rec->notes.join('\n').contains("pa55word"));
    }

    void everyErrorCodeEndsTheDownloadClassified_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");

        QTest::newRow("1 unknown") << "^SNFOTA: \"act\",2,1,0" << FailureReason::Internal << "^SNFOTA error 1";
        QTest::newRow("3 server") << "^SNFOTA: \"act\",2,3,0" << FailureReason::ServerError << "^SNFOTA error 3";
        QTest::newRow("5 socket") << "^SNFOTA: \"act\",2,5,20" << FailureReason::Network << "^SNFOTA error 5";
        QTest::newRow("6 timeout") << "^SNFOTA: \"act\",2,6,0" << FailureReason::Network << "^SNFOTA error 6";
        QTest::newRow("6 timeout quoted") << "^SNFOTA: \"act\",\"2\",\"6\",\"0\"" << FailureReason::Network
                                          << "^SNFOTA error 6";
        QTest::newRow("7 file") << "^SNFOTA: \"act\",2,7,0" << FailureReason::ServerError << "^SNFOTA error 7";
        QTest::newRow("8 space") << "^SNFOTA: \"act\",2,8,0" << FailureReason::NoSpace << "^SNFOTA error 8";
        QTest::newRow("10 not available") << "^SNFOTA: \"act\",2,10,0" << FailureReason::ServerError
                                          << "^SNFOTA error 10";
        QTest::newRow("11 integrity") << "^SNFOTA: \"act\",\"2\",\"11\",\"100\"" << FailureReason::Integrity
                                      << "^SNFOTA error 11";
        QTest::newRow("12 user break") << "^SNFOTA: \"act\",2,12,30" << FailureReason::Cancelled
                                       << "^SNFOTA error 12";
        QTest::newRow("13 pdp") << "^SNFOTA: \"act\",2,13,0" << FailureReason::Network << "^SNFOTA error 13";
        QTest::newRow("14 config") << "^SNFOTA: \"act\",2,14,0" << FailureReason::ModuleRefused
                                   << "^SNFOTA error 14";
    }

    void everyErrorCodeEndsTheDownloadClassified()
    {
        QFETCH(QString, line);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);

        startDownloading();
        urc(line.toLatin1());
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().message.isEmpty());
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(!sent().contains("AT^SFDL=2"));
    }

    void theHashIsComputedFromThePackageWhenTheCatalogHasNone()
    {
        QTemporaryFile package;
        QVERIFY(package.open());
        const QByteArray bytes(300000, 'p');
        package.write(bytes);
        package.close();
        UpdateRequest r = request();
        r.packageSha256.clear();
        r.packagePath = package.fileName();
        startDownloading(r);
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(sent().contains("AT^SNFOTA=\"crc\",\"" + sha + "\""));
        QCOMPARE(m_flow->packageSha256(), sha);
    }

    void settingsTheModuleDidNotKeepStopTheFlow()
    {
        // Exact rules win over the fake's keeping of what it was told.
        link().module->on("AT^SNFOTA?", "\r\n^SNFOTA: \"url\",\"http://elsewhere/\"\r\n"
                                         "^SNFOTA: \"crc\",\"00\"\r\n^SNFOTA: \"urc\",\"1\"\r\n"
                                         "^SNFOTA: \"conid\",\"1\"\r\n\r\nOK\r\n");
        start();
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::ModuleRefused);
        QVERIFY(m_rec->outcome().message.contains("url"));
        QVERIFY(m_rec->outcome().message.contains("crc"));
        QVERIFY(!sent().contains("AT^SNFOTA=\"act\",2"));
    }

    void cancelStopsTheDownloadWithActZero_data()
    {
        QTest::addColumn<bool>("moduleReportsUserBreak");
        QTest::newRow("user break reported") << true;
        QTest::newRow("only OK") << false;
    }

    void cancelStopsTheDownloadWithActZero()
    {
        QFETCH(bool, moduleReportsUserBreak);
        link().module->on("AT^SNFOTA=\"act\",0",
                          moduleReportsUserBreak ? "\r\nOK\r\n\r\n^SNFOTA: \"act\",2,12,40\r\n" : "\r\nOK\r\n");
        startDownloading();
        urc("^SNFOTA: \"act\",2,0,40");
        QTRY_COMPARE(m_rec->progress.last().percent, 40);
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QTRY_VERIFY(m_rec->done());
        QVERIFY(sent().contains("AT^SNFOTA=\"act\",0"));
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->outcome().vendorCode,
                 moduleReportsUserBreak ? QStringLiteral("^SNFOTA error 12") : QString());
        QCOMPARE(m_rec->phase(), UpdatePhase::Cancelled);
    }

    void cancelBeforeTheDownloadSendsNoAbort()
    {
        m_copsAnswer = QStringLiteral("\r\n+COPS: 0\r\n\r\nOK\r\n"); // keeps it in the registration wait
        start();
        QTRY_VERIFY(sent().contains("AT+COPS?"));
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QVERIFY(!sent().contains("AT^SNFOTA=\"act\",0"));
    }

    void cancelDuringTheInstallIsRefused()
    {
        startDownloading();
        downloadAll();
        urc("FOTA START");
        QTRY_VERIFY(m_rec->sawRawLine("FOTA START"));
        QVERIFY(!m_flow->isCancellable());
        m_flow->cancel();
        barrier();
        QVERIFY(!m_rec->done());
        QVERIFY(!sent().contains("AT^SNFOTA=\"act\",0"));
    }

    void aPartialDownloadOnTheModuleIsResumed()
    {
        m_nv.insert("act", "\"2\",\"12\",\"40\"");
        startDownloading();
        QTRY_VERIFY(m_rec->notes.join('\n').contains("40 %"));
        urc("^SNFOTA: \"act\",2,0,50");
        QTRY_COMPARE(m_rec->progress.last().percent, 50);
    }

    void aDownloadCutByAPowerLossResumesAfterTheReboot()
    {
        startDownloading();
        urc("^SNFOTA: \"act\",2,0,30");
        QTRY_COMPARE(m_rec->progress.last().percent, 30);
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        QVERIFY(m_flow->isCancellable());
        attach(m_identity.firmware);
        QTRY_COMPARE(sent().count("AT^SNFOTA=\"act\",2"), 2);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        downloadAll();
        installAndReboot();
        urc("+CIEV: prov,0,\"fallb3gpp\"");
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        const QList<UpdatePhase> phases = m_rec->phases();
        QCOMPARE(phases.mid(0, 5), (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::Downloading,
                                                       UpdatePhase::Rebooting, UpdatePhase::Reconnected,
                                                       UpdatePhase::Downloading}));
    }

    void anInterruptedInstallRestartsAtTheNextBoot()
    {
        startDownloading();
        downloadAll();
        urc("FOTA START");
        urc("Checksum OK");
        urc("........");
        QTRY_VERIFY(m_rec->sawRawLine("........"));
        link().port->simulateLoss(); // power cut while flashing
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(m_identity.firmware);
        urc("FOTA START");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(!m_flow->isCancellable());
        finishInstallAndReboot();
        urc("^SYSSTART");
        urc("+CIEV: prov,0,\"fallb3gpp\"");
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_flow->installStarts(), 2);
        QCOMPARE(m_rec->phases().count(UpdatePhase::Installing), 2);
        QCOMPARE(m_rec->phases().count(UpdatePhase::Rebooting), 2);
    }

    void bootLinesSeenByTheProberAreFollowedAfterTheReconnection()
    {
        startDownloading();
        downloadAll();
        urc("FOTA START");
        QTRY_VERIFY(m_rec->sawRawLine("FOTA START"));
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(m_identity.firmware, {"FOTA START"});
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        const QList<UpdatePhase> phases = m_rec->phases();
        QCOMPARE(phases.mid(phases.size() - 3),
                 (QList<UpdatePhase>{UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Installing}));
    }

    void withoutBootLinesTheFirmwareIsReadAfterTheSettleTime()
    {
        startDownloading();
        downloadAll();
        installAndReboot();
        QTRY_VERIFY(m_rec->done()); // no ^SYSSTART, no +CIEV: the settle timer reads ATI1
        QVERIFY(m_rec->outcome().ok);
    }

    void installFailuresTheModulePrintsAreClassified_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<FailureReason>("reason");
        QTest::newRow("checksum") << "Checksum ERROR" << FailureReason::Integrity;
        QTest::newRow("phase 1") << "PHASE 1 FAILED!" << FailureReason::InstallFailed;
    }

    void installFailuresTheModulePrintsAreClassified()
    {
        QFETCH(QString, line);
        QFETCH(FailureReason, reason);
        startDownloading();
        downloadAll();
        urc("FOTA START");
        urc(line.toLatin1());
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, line);
    }

    void aModuleBackOnAnotherRevisionIsAVersionMismatch()
    {
        startDownloading();
        downloadAll();
        installAndReboot(QStringLiteral("01.000"));
        urc("+CIEV: prov,0,\"fallb3gpp\"");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::VersionMismatch);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("REVISION 01.000"));
    }

    void aStalledDownloadTimesOutAndStopsTheModule()
    {
        CinterionOtaFlow::Options o = fast();
        o.download = 300ms;
        startDownloading(request(), o);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QTRY_VERIFY(sent().contains("AT^SNFOTA=\"act\",0"));
    }

    void registrationProblemsAreNetworkFailures_data()
    {
        QTest::addColumn<QString>("cops");
        QTest::newRow("never registers") << "\r\n+COPS: 0\r\n\r\nOK\r\n";
        QTest::newRow("deregistered") << "\r\n+COPS: 2\r\n\r\nOK\r\n";
    }

    void registrationProblemsAreNetworkFailures()
    {
        QFETCH(QString, cops);
        m_copsAnswer = cops;
        start();
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Network);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(!sent().join('\n').contains("AT^SNFOTA"));
    }

    void requestsWithoutUrlOrHashAreNotApplicable_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("sha");
        QTest::newRow("no url") << "" << kSha;
        QTest::newRow("ftp url") << "ftp://h/x" << kSha;
        QTest::newRow("no hash, no file") << kUrl << "";
        QTest::newRow("hash not hex") << kUrl << "xyz";
    }

    void requestsWithoutUrlOrHashAreNotApplicable()
    {
        QFETCH(QString, url);
        QFETCH(QString, sha);
        UpdateRequest r = request();
        r.url = QUrl(url);
        r.packageSha256 = sha;
        start(r);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::NotApplicable);
        QVERIFY(sent().isEmpty());
    }

    void theDriverOffersOtaAndLwm2m()
    {
        CinterionDriver driver;
        QCOMPARE(driver.methods(), (QList<UpdateMethod>{UpdateMethod::Ota, UpdateMethod::Lwm2m}));
        UpdateRequest r = request();
        QVERIFY(qobject_cast<CinterionOtaFlow *>(driver.createFlow(m_session.get(), r).get()));
        r.method = UpdateMethod::Lwm2m;
        QVERIFY(qobject_cast<CinterionLwm2mFlow *>(driver.createFlow(m_session.get(), r).get()));
        r.method = UpdateMethod::Cflw;
        QVERIFY(!driver.createFlow(m_session.get(), r));
        QCOMPARE(driver.firmwareQuery(), QStringLiteral("ATI1"));
        QVERIFY(driver.knownCommands().contains("AT^SNFOTA?"));
        QCOMPARE(CinterionOtaFlow::defaultOptions({}).install, driver.timeouts().install);
    }
};

QTEST_GUILESS_MAIN(tst_CinterionOtaFlow)
#include "tst_cinterionotaflow.moc"
