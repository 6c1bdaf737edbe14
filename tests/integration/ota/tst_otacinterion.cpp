#include "modules/drivers/cinterion/cinterionlwm2mflow.h"
#include "modules/drivers/cinterion/cinterionotaflow.h"
#include "otarecorder.h"
#include "packages/simpackage.h"
#include "simlink.h"
#include "simmodule.h"
#include "transfer/packageserver.h"
#include "tricklehttpserver.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

// Telit Cinterion over the air against the simulator on a pty with the real
// SerialPort: the module downloads over real HTTP from FotaDesk's package
// server (or a deliberately slow one), checks the SHA-256, installs with
// AT^SFDL=2 and reboots. Protocol time runs 20 times faster.
class tst_OtaCinterion : public QObject
{
    Q_OBJECT

private:
    static constexpr double kScale = 0.05;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<PackageServer> m_server;
    std::unique_ptr<SimModule> m_sim;
    std::unique_ptr<ModuleSession> m_session;
    std::unique_ptr<SimLink> m_link;
    std::unique_ptr<UpdateFlow> m_flow;
    std::unique_ptr<OtaRecorder> m_rec;
    QStringList m_commands;
    QStringList m_ranges;

    QString writePackage(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            return {};
        return path;
    }

    QString package(const QString &from = QStringLiteral("01.000"), const QString &to = QStringLiteral("01.001"),
                    qint64 size = 200000)
    {
        return writePackage(QStringLiteral("diff-%1-%2.usf").arg(from, to),
                            SimPackage::make(Family::Cinterion, QStringLiteral("EXS82-W"), from, to, size));
    }

    bool startSim(const QString &firmware = QStringLiteral("01.000"), const QStringList &faults = {})
    {
        SimModuleConfig c;
        c.family = Family::Cinterion;
        c.link = m_dir->filePath(QStringLiteral("cinterion0"));
        c.firmware = firmware;
        c.timeScale = kScale;
        c.rebootTime = 300ms;
        c.faults = faults;
        m_sim = std::make_unique<SimModule>(c);
        connect(m_sim.get(), &SimModule::commandReceived, this, [this](const QString &l) { m_commands << l; });
        QString error;
        if (!m_sim->start(&error)) {
            qWarning() << "simulator:" << error;
            return false;
        }
        ModuleIdentity id;
        id.family = Family::Cinterion;
        id.imei = m_sim->config().imei;
        m_session = std::make_unique<ModuleSession>(id);
        m_rec->watchTraffic(m_session.get());
        m_link = std::make_unique<SimLink>(m_sim.get(), m_session.get());
        if (!m_link->attachNow(&error)) {
            qWarning() << "attach:" << error;
            return false;
        }
        return true;
    }

    static CinterionOtaFlow::Options options()
    {
        CinterionOtaFlow::Options o;
        o.command = 3s;
        o.registration = 5s;
        o.registrationPoll = 100ms;
        o.download = 15s;
        o.install = 10s;
        o.reboot = 10s;
        o.settle = 500ms;
        o.cancelGrace = 2s;
        return o;
    }

    UpdateRequest request(const QUrl &url, const QString &packagePath)
    {
        UpdateRequest r;
        r.method = UpdateMethod::Ota;
        r.url = url;
        r.packagePath = packagePath; // the flow hashes it
        r.apn = QStringLiteral("internet");
        r.toVersion = QStringLiteral("01.001");
        return r;
    }

    CinterionOtaFlow *startFlow(const UpdateRequest &r)
    {
        auto flow = std::make_unique<CinterionOtaFlow>(m_session.get(), r, options());
        CinterionOtaFlow *raw = flow.get();
        m_flow = std::move(flow);
        m_rec->watch(raw);
        raw->start();
        return raw;
    }

    QUrl serve(const QString &path)
    {
        if (!m_server) {
            m_server = std::make_unique<PackageServer>();
            if (!m_server->listen())
                return {};
            connect(m_server.get(), &PackageServer::requestServed, this,
                    [this](const ServedRequest &r) { m_ranges << r.range; });
        }
        return m_server->registerPackage(path);
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_rec = std::make_unique<OtaRecorder>();
        m_commands.clear();
        m_ranges.clear();
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

    void theUpdateSucceedsWithEveryStepInOrder_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::newRow("01.x firmware, unquoted reports") << "01.000" << "01.001";
        QTest::newRow("02.x firmware, quoted reports") << "02.000" << "02.001";
    }

    void theUpdateSucceedsWithEveryStepInOrder()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QVERIFY(startSim(from));
        const QString pkg = package(from, to);
        UpdateRequest r = request(serve(pkg), pkg);
        r.toVersion = to;
        r.apnUser = QStringLiteral("user");
        r.apnPassword = QStringLiteral("apnsecret");
        startFlow(r);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(m_rec->phases(), (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::Downloading,
                                                      UpdatePhase::Downloaded, UpdatePhase::Installing,
                                                      UpdatePhase::Rebooting, UpdatePhase::Reconnected,
                                                      UpdatePhase::Verifying, UpdatePhase::Verified}));
        QCOMPARE(m_rec->outcome().firmware, to);
        QCOMPARE(m_sim->firmware(), to);
        QList<int> percents;
        for (const UpdateProgress &p : m_rec->progress) {
            if (p.phase == UpdatePhase::Downloading && p.percent >= 0)
                percents << p.percent;
        }
        QVERIFY(!percents.isEmpty());
        QVERIFY(std::is_sorted(percents.begin(), percents.end()));
        QCOMPARE(m_rec->progress.last().phase, UpdatePhase::Verified);
        bool bytesShown = false;
        for (const UpdateProgress &p : m_rec->progress)
            bytesShown |= p.phase == UpdatePhase::Downloading && p.bytesTotal == QFileInfo(pkg).size() && p.bytesDone > 0;
        QVERIFY(bytesShown);
        for (const char *line : {"FOTA START", "Checksum OK", "PHASE 1 OK!", ".Please Wait for PHASE 2 to complete"})
            QVERIFY2(m_rec->sawRawLine(line), line);
        QVERIFY(m_commands.contains("AT^SFDL=2"));
        QCOMPARE(m_commands.last(), QStringLiteral("ATI1"));
        QVERIFY(!m_rec->transcript.join(u'\n').contains("apnsecret"));
    }

    void everyErrorTheSimulatorCanProduceIsClassified_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<int>("code");

        QTest::newRow("404 -> 10 firmware not available") << "404" << FailureReason::ServerError << 10;
        QTest::newRow("server error -> 3") << "500" << FailureReason::ServerError << 3;
        QTest::newRow("bad hash -> 11 integrity") << "bad-hash" << FailureReason::Integrity << 11;
        QTest::newRow("no server -> 6 timeout") << "no-server" << FailureReason::Network << 6;
        QTest::newRow("https without CA -> 6") << "https" << FailureReason::Network << 6;
        QTest::newRow("too large -> 8 no space") << "too-large" << FailureReason::NoSpace << 8;
        QTest::newRow("no PDP context -> 13") << "no-apn" << FailureReason::Network << 13;
        QTest::newRow("connection reset -> 5") << "reset" << FailureReason::Network << 5;
    }

    void everyErrorTheSimulatorCanProduceIsClassified()
    {
        QFETCH(QString, scenario);
        QFETCH(FailureReason, reason);
        QFETCH(int, code);

        QStringList faults;
        if (scenario == QLatin1String("500"))
            faults << QStringLiteral("http:500");
        if (scenario == QLatin1String("reset"))
            faults << QStringLiteral("http:reset");
        QVERIFY(startSim(QStringLiteral("01.000"), faults));

        QString pkg = package();
        QUrl url = serve(pkg);
        UpdateRequest r = request(url, pkg);
        if (scenario == QLatin1String("404")) {
            url.setPath(url.path() + QStringLiteral("-gone"));
            r.url = url;
        } else if (scenario == QLatin1String("bad-hash")) {
            r.packagePath.clear();
            r.packageSha256 = QString(64, u'0');
        } else if (scenario == QLatin1String("no-server")) {
            QTcpServer probe; // a port nobody listens on once it is closed
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            const quint16 port = probe.serverPort();
            probe.close();
            r.url = QUrl(QStringLiteral("http://127.0.0.1:%1/diff.usf").arg(port));
        } else if (scenario == QLatin1String("https")) {
            r.url.setScheme(QStringLiteral("https"));
        } else if (scenario == QLatin1String("too-large")) {
            pkg = package(QStringLiteral("01.000"), QStringLiteral("01.001"), 11 * 1024 * 1024 + 4096);
            r = request(serve(pkg), pkg);
        } else if (scenario == QLatin1String("no-apn")) {
            r.apn.clear();
        }
        startFlow(r);
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("^SNFOTA error %1").arg(code));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(!m_commands.contains("AT^SFDL=2"));
        QCOMPARE(m_sim->firmware(), QStringLiteral("01.000"));
    }

    void cancelStopsTheDownloadAndANewStartResumesIt()
    {
        QVERIFY(startSim());
        const QString pkg = package();
        QFile f(pkg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        TrickleHttpServer slow(f.readAll());
        slow.setPace(4000, 10ms); // 200 kB in about half a second
        QVERIFY(slow.listen());

        CinterionOtaFlow *flow = startFlow(request(slow.url(), pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->progress.last().phase == UpdatePhase::Downloading
                                     && m_rec->progress.last().percent >= 30, 10000);
        flow->cancel();
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 5000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("^SNFOTA error 12"));
        QVERIFY(m_commands.contains("AT^SNFOTA=\"act\",0"));

        // A new update on the same module resumes where the first one stopped.
        m_rec = std::make_unique<OtaRecorder>();
        startFlow(request(slow.url(), pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(slow.ranges().size(), 2);
        QVERIFY(slow.ranges().first().isEmpty());
        QVERIFY2(slow.ranges().last().startsWith("bytes="), qPrintable(slow.ranges().last()));
        QVERIFY(slow.ranges().last() != QStringLiteral("bytes=0-"));
    }

    void aDownloadCutByAPowerLossResumesAfterTheReboot()
    {
        QVERIFY(startSim(QStringLiteral("01.000"), {QStringLiteral("port-loss:download@40%")}));
        const QString pkg = package(QStringLiteral("01.000"), QStringLiteral("01.001"), 400000);
        QFile f(pkg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        TrickleHttpServer slow(f.readAll());
        slow.setPace(8000, 5ms);
        QVERIFY(slow.listen());
        startFlow(request(slow.url(), pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 25000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        const QList<UpdatePhase> phases = m_rec->phases();
        QCOMPARE(phases.mid(0, 5), (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::Downloading,
                                                       UpdatePhase::Rebooting, UpdatePhase::Reconnected,
                                                       UpdatePhase::Downloading}));
        QCOMPARE(m_commands.count("AT^SNFOTA=\"act\",2"), 2);
        QCOMPARE(slow.ranges().size(), 2);
        QVERIFY2(slow.ranges().last().startsWith("bytes="), qPrintable(slow.ranges().join(u',')));
    }

    void anInstallCutByAPowerLossRestartsAtTheNextBootAndVerifies()
    {
        QVERIFY(startSim(QStringLiteral("01.000"), {QStringLiteral("power-cut:install@50%")}));
        const QString pkg = package();
        auto *flow = startFlow(request(serve(pkg), pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 25000);
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->describe()));
        QCOMPARE(flow->installStarts(), 2);
        QCOMPARE(m_rec->phases().count(UpdatePhase::Installing), 2);
        QCOMPARE(m_sim->firmware(), QStringLiteral("01.001"));
    }

    void aDeltaForAnotherBaseIsAnInstallFailure()
    {
        QVERIFY(startSim());
        const QString pkg = package(QStringLiteral("00.900"), QStringLiteral("01.001"));
        startFlow(request(serve(pkg), pkg));
        QTRY_VERIFY_WITH_TIMEOUT(m_rec->done(), 20000);
        QCOMPARE(m_rec->outcome().reason, FailureReason::InstallFailed);
        QCOMPARE(m_sim->firmware(), QStringLiteral("01.000"));
    }

    void theLwm2mProfileIsAcceptedAndObject5Read()
    {
        QVERIFY(startSim());
        Lwm2mProfile profile;
        profile.name = QStringLiteral("FotaDesk");
        profile.serverUri = QUrl(QStringLiteral("coaps://127.0.0.1:5684"));
        profile.security = Lwm2mProfile::Security::Psk;
        profile.pskIdentity = QStringLiteral("fotadesk-test");
        profile.pskKey = QStringLiteral("0123456789abcdef0123456789abcdef");
        UpdateRequest r;
        r.method = UpdateMethod::Lwm2m;
        r.apn = QStringLiteral("internet");
        CinterionLwm2mFlow::Options o;
        o.command = 3s;
        o.poll = 200ms;
        auto flow = std::make_unique<CinterionLwm2mFlow>(m_session.get(), r, profile, o);
        QSignalSpy read(flow.get(), &CinterionLwm2mFlow::firmwareObjectRead);
        m_rec->watch(flow.get());
        flow->start();
        QTRY_VERIFY_WITH_TIMEOUT(!read.isEmpty(), 10000);
        QCOMPARE(read.first().at(0).toInt(), int(Lwm2mFirmware::State::Idle));
        QCOMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QVERIFY(!m_rec->done()); // every command of the sequence was accepted

        QStringList expected = profile.configurationCommands();
        expected << profile.startCommand() << profile.readCommand(QStringLiteral("/5/0/3"))
                 << profile.readCommand(QStringLiteral("/5/0/5"));
        const qsizetype first = m_commands.indexOf(expected.first());
        QVERIFY(first >= 0);
        QCOMPARE(m_commands.mid(first, expected.size()), expected);
        QVERIFY(!m_rec->transcript.join(u'\n').contains(profile.pskKey));
        flow->cancel();
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
    }
};

QTEST_GUILESS_MAIN(tst_OtaCinterion)
#include "tst_otacinterion.moc"
