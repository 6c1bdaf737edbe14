#include "modules/drivers/simcom/simcomcflwflow.h"
#include "modules/drivers/simcom/simcomhttpfsflow.h"
#include "modules/drivers/simcom/simcomotaflow.h"
#include "otarecorder.h"
#include "packages/simpackage.h"
#include "simlink.h"
#include "simmodule.h"
#include "transfer/packageserver.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// The three SIM7020 methods against the simulator on a pty with the real
// SerialPort: the module's own FOTA client, the flash partition written with
// AT+CFLW, and HTTP to file system from FotaDesk's real package server; then
// AT+CFOTA=5 or the module's own update, its restart, its result, AT+CGMR.
// Protocol time runs 200 times faster, so the 10-minute install takes 3 s.
class tst_OtaSimcom : public QObject
{
    Q_OBJECT

private:
    static constexpr double kScale = 0.005;
    static inline const QString kFrom = QStringLiteral("1752B05SIM7020C");
    static inline const QString kTo = QStringLiteral("1752B06SIM7020C");

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PackageServer> m_server;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<ModuleSession> m_session;
    std::unique_ptr<SimLink> m_link;
    std::unique_ptr<SimcomFlow> m_flow;
    std::unique_ptr<OtaRecorder> m_rec;
    QStringList m_commands; // what the module received, in order
    QList<ServedRequest> m_served;

    QString package(const QString &from = kFrom, const QString &to = kTo, qint64 size = 60000)
    {
        const QString path = m_dir->filePath(QStringLiteral("SIM7020C_%1-SIM7020C_%2.bin").arg(from, to));
        QFile f(path);
        const QByteArray bytes = SimPackage::make(Family::SimcomSim7020, QStringLiteral("SIM7020C"), from, to, size);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QByteArray contents(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    SimModuleConfig config()
    {
        SimModuleConfig c;
        c.family = Family::SimcomSim7020;
        c.link = m_dir->filePath(QStringLiteral("sim7020-0"));
        c.firmware = kFrom;
        c.timeScale = kScale;
        c.rebootTime = 300ms;
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
        ModuleIdentity id;
        id.family = Family::SimcomSim7020;
        id.imei = m_sim->config().imei;
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

    static SimcomFlow::Options options()
    {
        SimcomFlow::Options o;
        o.command = 3s;
        o.serverWait = 10s;
        o.connect = 5s;
        o.download = 20s;
        o.packageCheck = 5s;
        o.install = 20s;
        o.reboot = 10s;
        o.resumeSettle = 1s;
        return o;
    }

    QUrl serve(const QString &path)
    {
        if (!m_server) {
            m_server = std::make_unique<PackageServer>();
            if (!m_server->listen())
                return {};
            connect(m_server.get(), &PackageServer::requestServed, this,
                    [this](const ServedRequest &r) { m_served << r; });
        }
        return m_server->registerPackage(path);
    }

    UpdateRequest request(UpdateMethod method, const QString &path)
    {
        UpdateRequest r;
        r.method = method;
        r.packagePath = path;
        const QByteArray bytes = contents(path);
        r.packageMd5 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
        r.packageSize = bytes.size();
        r.fromVersion = kFrom;
        r.toVersion = kTo;
        if (method == UpdateMethod::HttpFs)
            r.url = serve(path);
        return r;
    }

    SimcomFlow *startFlow(const UpdateRequest &r, const SimcomFlow::Options &o = options())
    {
        switch (r.method) {
        case UpdateMethod::Ota: m_flow = std::make_unique<SimcomOtaFlow>(m_session.get(), r, o); break;
        case UpdateMethod::Cflw: m_flow = std::make_unique<SimcomCflwFlow>(m_session.get(), r, o); break;
        default: m_flow = std::make_unique<SimcomHttpFsFlow>(m_session.get(), r, o); break;
        }
        m_rec->watch(m_flow.get());
        m_flow->start();
        return m_flow.get();
    }

    // Calls `action` once, the moment the upload has written `bytes`.
    void whenWritten(qint64 bytes, std::function<void()> action)
    {
        auto fired = std::make_shared<bool>(false);
        connect(m_flow.get(), &UpdateFlow::progress, this, [=](const UpdateProgress &p) {
            if (!*fired && p.phase == UpdatePhase::Transferring && p.bytesDone >= bytes) {
                *fired = true;
                action();
            }
        });
    }

    int entries(UpdatePhase phase) const { return int(m_rec->phases().count(phase)); }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_rec = std::make_unique<OtaRecorder>();
        m_commands.clear();
        m_served.clear();
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
        m_server.reset();
        m_rec.reset();
        m_dir.reset();
    }

    void eachMethodUpdatesTheSimulatedModule_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<bool>("reenumerate");
        QTest::addColumn<QString>("simPin");
        QTest::addColumn<QList<UpdatePhase>>("phases");

        using P = UpdatePhase;
        QTest::newRow("ota") << UpdateMethod::Ota << false << ""
                             << QList<P>{P::Preparing, P::WaitingForServer, P::Downloading, P::Downloaded,
                                         P::Installing, P::Rebooting, P::Reconnected, P::Installing,
                                         P::Verifying, P::Verified};
        const QList<P> cflw{P::Preparing, P::Transferring, P::Verifying, P::Installing, P::Rebooting,
                            P::Reconnected, P::Installing, P::Verifying, P::Verified};
        const QList<P> http{P::Preparing, P::Downloading, P::Downloaded, P::Verifying, P::Installing,
                            P::Rebooting, P::Reconnected, P::Installing, P::Verifying, P::Verified};
        QTest::newRow("cflw") << UpdateMethod::Cflw << false << "" << cflw;
        QTest::newRow("cflw, back on a new port") << UpdateMethod::Cflw << true << "" << cflw;
        QTest::newRow("http-fs from FotaDesk's package server") << UpdateMethod::HttpFs << false << "" << http;
        QTest::newRow("http-fs, SIM PIN entered again after the restart")
            << UpdateMethod::HttpFs << false << "7913" << http;
    }

    void eachMethodUpdatesTheSimulatedModule()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(bool, reenumerate);
        QFETCH(QString, simPin);
        QFETCH(QList<UpdatePhase>, phases);

        const QString pkg = package();
        SimModuleConfig c = config();
        c.reenumerate = reenumerate;
        c.simPin = simPin;
        if (method == UpdateMethod::Ota)
            c.otaPackage = pkg;
        QVERIFY(startSim(c));
        const QString firstPath = m_sim->currentLink();
        UpdateRequest r = request(method, pkg);
        r.simPin = simPin;
        startFlow(r);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);

        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_rec->outcome().firmware, kTo);
        QCOMPARE(m_sim->firmware(), kTo);
        QCOMPARE(m_rec->phases(), phases);
        QVERIFY(m_rec->sawRawLine("+CFOTA: Update successfully"));
        QCOMPARE(m_flow->installRestarts(), 1);
        QCOMPARE(m_commands.last(), method == UpdateMethod::Ota ? QStringLiteral("AT+CFOTA=4")
                                                                : QStringLiteral("AT+CGMR"));
        const QByteArray bytes = contents(pkg);
        switch (method) {
        case UpdateMethod::Ota:
            QVERIFY(m_rec->sawRawLine("+CFOTA: Start to update,please wait for reset"));
            break;
        case UpdateMethod::Cflw:
            QCOMPARE(m_sim->uploadedPackage(), bytes);
            QCOMPARE(m_commands.filter("AT+CFLW=").size(), 15); // 60000 bytes, 4096 a write
            break;
        default: {
            QCOMPARE(m_sim->uploadedPackage(), bytes);
            QCOMPARE(m_served.size(), 1);
            QCOMPARE(m_served.first().status, 200);
            QCOMPARE(m_served.first().bytesSent, bytes.size());
            QVERIFY(m_served.first().complete);
            const qsizetype destroyed = m_commands.indexOf("AT+CHTTPDESTROY=0");
            QVERIFY(destroyed > 0);
            QVERIFY(destroyed < m_commands.indexOf(QRegularExpression("AT\\+CFOTA=5,.*")));
            break;
        }
        }
        if (reenumerate) {
            QCOMPARE(m_link->attachedPaths().size(), 2);
            QVERIFY(m_session->portName() != firstPath);
        }
        if (!simPin.isEmpty()) {
            const QString entered = QStringLiteral("AT+CPIN=\"%1\"").arg(simPin);
            QCOMPARE(m_commands.count(entered), 2); // at the start and after the restart
            QVERIFY(!m_rec->transcript.join(u'\n').contains(entered));
        }
    }

    void theRateIsFixedFirstSoTheResultArrivesAfterTheRestart()
    {
        SimModuleConfig c = config();
        c.baud = 0; // autobaud: the SIM7020 then reports no URC at all
        QVERIFY(startSim(c));
        startFlow(request(UpdateMethod::Cflw, package()));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_commands.mid(0, 2), (QStringList{"AT+IPR?", "AT+IPR=115200"}));
        QCOMPARE(m_sim->moduleBaud(), 115200);
        QVERIFY(m_rec->sawRawLine("+CFOTA: Update successfully"));
    }

    void faultsEndTheUpdateClassifiedAndLeaveTheFirmware_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode"); // its start

        QTest::newRow("cflw: bad checksum") << UpdateMethod::Cflw << "bad-checksum" << FailureReason::Integrity
                                            << "ERROR";
        QTest::newRow("cflw: delta for another base") << UpdateMethod::Cflw << "other-base"
                                                      << FailureReason::InstallFailed << "+CFOTA: Update fail";
        QTest::newRow("http-fs: bad checksum") << UpdateMethod::HttpFs << "bad-checksum"
                                               << FailureReason::Integrity << "ERROR";
        QTest::newRow("http-fs: http:404") << UpdateMethod::HttpFs << "http:404" << FailureReason::ServerError
                                           << "+CHTTPNMIH: 0,404";
        QTest::newRow("http-fs: unknown URL on the package server")
            << UpdateMethod::HttpFs << "gone" << FailureReason::ServerError << "+CHTTPNMIH: 0,404";
        QTest::newRow("http-fs: connection reset") << UpdateMethod::HttpFs << "http:reset"
                                                   << FailureReason::Network << "+CHTTPERR: 0,-2";
        QTest::newRow("http-fs: nobody listens") << UpdateMethod::HttpFs << "no-server" << FailureReason::Network
                                                 << "ERROR";
        QTest::newRow("ota: server error") << UpdateMethod::Ota << "http:500" << FailureReason::Network
                                           << "+CFOTA: Download fail";
        QTest::newRow("ota: bad checksum") << UpdateMethod::Ota << "bad-checksum" << FailureReason::Integrity
                                           << "+CFOTA: Download fail";
        QTest::newRow("ota: nothing to offer") << UpdateMethod::Ota << "no-package" << FailureReason::NotApplicable
                                               << "+CFOTA: No update package";
        QTest::newRow("silent module") << UpdateMethod::Cflw << "silent" << FailureReason::Timeout << "";
    }

    void faultsEndTheUpdateClassifiedAndLeaveTheFirmware()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QString, scenario);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);

        const QString pkg = scenario == QLatin1String("other-base") ? package(QStringLiteral("1752B04SIM7020C"))
                                                                     : package();
        SimModuleConfig c = config();
        if (method == UpdateMethod::Ota && scenario != QLatin1String("no-package"))
            c.otaPackage = pkg;
        if (scenario.startsWith(QLatin1String("http:")) || scenario == QLatin1String("bad-checksum")
            || scenario == QLatin1String("silent"))
            c.faults << scenario;
        QVERIFY(startSim(c));
        UpdateRequest r = request(method, pkg);
        if (scenario == QLatin1String("gone")) {
            r.url.setPath(r.url.path() + QStringLiteral("-gone"));
        } else if (scenario == QLatin1String("no-server")) {
            QTcpServer probe; // a port nobody listens on once it is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/p/x/pkg.bin").arg(port));
        }
        SimcomFlow::Options o = options();
        o.command = 1s;
        startFlow(r, o);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QCOMPARE(m_rec->outcome().reason, reason);
        const QString actual = m_rec->outcome().vendorCode;
        QVERIFY2(vendorCode.isEmpty() ? actual.isEmpty() : actual.startsWith(vendorCode), qPrintable(actual));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QCOMPARE(m_sim->firmware(), kFrom);
        if (method == UpdateMethod::HttpFs)
            QTRY_VERIFY(m_commands.contains("AT+CHTTPDESTROY=0"));
    }

    void losingThePortMidCflwIsPortLostAndAFreshUploadThenSucceeds()
    {
        QVERIFY(startSim(config()));
        const QString pkg = package();
        startFlow(request(UpdateMethod::Cflw, pkg));
        whenWritten(3 * 4096, [this] { m_sim->unplug(300ms); });
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 10000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::PortLost);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(m_commands.filter("AT+CFOTA=5").isEmpty());
        QCOMPARE(entries(UpdatePhase::Installing), 0);
        QCOMPARE(m_sim->firmware(), kFrom);

        // The module is back; the next upload erases what the first left behind.
        QTRY_COMPARE_WITH_TIMEOUT(m_session->state(), ModuleSession::State::Connected, 5000);
        m_rec = std::make_unique<OtaRecorder>();
        startFlow(request(UpdateMethod::Cflw, pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_sim->firmware(), kTo);
    }

    void cancelMidCflwStopsTheUploadAndAFreshOneSucceeds()
    {
        QVERIFY(startSim(config()));
        const QString pkg = package();
        SimcomFlow *flow = startFlow(request(UpdateMethod::Cflw, pkg));
        whenWritten(2 * 4096, [flow] { flow->cancel(); });
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 10000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QVERIFY(m_commands.filter("AT+CFOTA=5").isEmpty());
        QVERIFY(m_commands.filter("AT+CFLW=").size() < 15);

        m_rec = std::make_unique<OtaRecorder>();
        startFlow(request(UpdateMethod::Cflw, pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_sim->uploadedPackage(), contents(pkg));
    }

    void aPowerCutDuringTheInstallIsFollowedUntilTheModuleReportsItsResult_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::newRow("cflw") << UpdateMethod::Cflw;
        QTest::newRow("http-fs") << UpdateMethod::HttpFs;
    }

    void aPowerCutDuringTheInstallIsFollowedUntilTheModuleReportsItsResult()
    {
        QFETCH(UpdateMethod, method);
        SimModuleConfig c = config();
        c.faults << QStringLiteral("power-cut:install@50%");
        QVERIFY(startSim(c));
        startFlow(request(method, package()));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_flow->installRestarts(), 2);
        QCOMPARE(entries(UpdatePhase::Rebooting), 2);
        QCOMPARE(m_sim->firmware(), kTo);
        QCOMPARE(m_commands.filter("AT+CFOTA=5").size(), 1); // the module resumed it by itself
    }

    void anOtaDownloadCutByAPowerLossContinuesAfterTheRestart()
    {
        SimModuleConfig c = config();
        c.faults << QStringLiteral("port-loss:download@50%");
        c.otaPackage = package();
        QVERIFY(startSim(c));
        startFlow(request(UpdateMethod::Ota, c.otaPackage));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 30000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(static_cast<SimcomOtaFlow *>(m_flow.get())->resumes(), 1);
        QCOMPARE(m_commands.count("AT+CFOTA=1"), 2);
        QVERIFY(m_rec->sawRawLine("+CFOTA: Download pause"));
        QCOMPARE(m_rec->phases().mid(0, 6),
                 (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::WaitingForServer, UpdatePhase::Downloading,
                                     UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Downloading}));
    }

    void cflwAtTheWireRateReportsAPlausibleRate()
    {
        // Figures for the report, not a speed target (those live in bench/):
        // the rate shown can never beat the wire, 115200 baud = 11520 bytes/s.
        SimModuleConfig c = config();
        c.pace = true;
        QVERIFY(startSim(c));
        const QString pkg = package(kFrom, kTo, 40000);
        const qint64 size = contents(pkg).size();
        QElapsedTimer clock;
        qint64 transferMs = -1;
        startFlow(request(UpdateMethod::Cflw, pkg));
        connect(m_flow.get(), &UpdateFlow::progress, this, [&](const UpdateProgress &p) {
            if (p.phase == UpdatePhase::Transferring && p.bytesDone == 0 && !clock.isValid())
                clock.start();
            if (p.phase == UpdatePhase::Transferring && p.bytesDone == p.bytesTotal && transferMs < 0)
                transferMs = clock.elapsed();
        });
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 60000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        double shown = 0;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Transferring && p.bytesPerSecond > 0)
                shown = p.bytesPerSecond;
        }
        QVERIFY(transferMs > 0);
        const double measured = double(size) * 1000.0 / double(transferMs);
        qInfo("CFLW at 115200 baud, paced: %lld bytes in %lld ms = %.0f bytes/s (rate shown last: %.0f bytes/s)",
              size, transferMs, measured, shown);
        QVERIFY(shown > 0);
        QVERIFY2(measured <= 11520 * 1.02, qPrintable(QString::number(measured)));
        QVERIFY2(shown <= 11520 * 1.05, qPrintable(QString::number(shown)));
    }
};

QTEST_GUILESS_MAIN(tst_OtaSimcom)
#include "tst_otasimcom.moc"
