#include "modules/drivers/cinterion/cinterionlwm2mflow.h"
#include "telitpfmtestbench.h"

#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

// The Cinterion LwM2M profile and flow: the ^SNLWM2M configuration sequence of
// PROTOCOLS.md, the client start, object 5 read and followed to a verified
// firmware, results classified, the PSK key kept out of every log.
class tst_CinterionLwm2m : public QObject
{
    Q_OBJECT

private:
    ModuleIdentity m_identity;
    std::unique_ptr<ModuleSession> m_session;
    QList<FakeLink> m_links;
    std::unique_ptr<CinterionLwm2mFlow> m_flow;
    std::unique_ptr<FlowRecorder> m_rec;
    QHash<QString, QString> m_object; // path -> value the module reports

    static Lwm2mProfile pskProfile()
    {
        Lwm2mProfile p;
        p.name = QStringLiteral("FotaDesk");
        p.cid = 1;
        p.serverUri = QUrl(QStringLiteral("coaps://lwm2m.example.net:5684"));
        p.security = Lwm2mProfile::Security::Psk;
        p.pskIdentity = QStringLiteral("urn:imei:354184111000013");
        p.pskKey = QStringLiteral("00112233445566778899aabbccddeeff");
        return p;
    }

    FakeLink &link() { return m_links.last(); }

    void attach(const QString &revision)
    {
        ModuleIdentity id = m_identity;
        id.firmware = revision;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake%1").arg(m_links.size()));
        l.module->onPrefix("AT^SNLWM2M=cfg,FotaDesk,/5/", [this](const QString &command) {
            const QString path = command.section(u',', 2, 2);
            return QStringLiteral("\r\n^SNLWM2M: cfg,FotaDesk,%1,\"%2\"\r\n\r\nOK\r\n")
                .arg(path, m_object.value(path))
                .toLatin1();
        });
        l.module->on("ATI1", "\r\nCinterion\r\nEXS82-W\r\nREVISION " + revision.toLatin1() + "\r\n\r\nOK\r\n");
        m_links << l;
    }

    QStringList sent() const
    {
        QStringList all;
        for (const FakeLink &l : m_links)
            all << l.received();
        return all;
    }

    static CinterionLwm2mFlow::Options fast()
    {
        CinterionLwm2mFlow::Options o;
        o.command = 1s;
        o.poll = 100ms;
        o.serverWait = 3s;
        o.download = 3s;
        o.install = 3s;
        o.reboot = 3s;
        o.confirmation = 1s;
        return o;
    }

    void start(const Lwm2mProfile &profile = pskProfile())
    {
        UpdateRequest r;
        r.method = UpdateMethod::Lwm2m;
        r.apn = QStringLiteral("internet");
        r.toVersion = QStringLiteral("01.001");
        m_flow = std::make_unique<CinterionLwm2mFlow>(m_session.get(), r, profile, fast());
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    void urc(const QByteArray &line) { link().module->send("\r\n" + line + "\r\n"); }

private slots:
    void init()
    {
        m_identity = {};
        m_identity.family = Family::Cinterion;
        m_identity.imei = QStringLiteral("354184111000013");
        m_identity.firmware = QStringLiteral("01.000");
        m_object.clear();
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

    void aPskProfileWritesTheDocumentedSequence()
    {
        const QStringList expected{
            "AT^SNLWM2M=cfg/ext,FotaDesk,CID,1",
            "AT^SNLWM2M=cfg,FotaDesk,/0/0/0,coaps://lwm2m.example.net:5684",
            "AT^SNLWM2M=cfg,FotaDesk,/0/0/2,0",
            "AT^SNLWM2M=cfg,FotaDesk,/0/0/3,urn:imei:354184111000013",
            "AT^SNLWM2M=cfg,FotaDesk,/0/0/5,00112233445566778899aabbccddeeff",
            "AT^SNLWM2M=cfg,FotaDesk,/1/0/1,180",
            "AT^SNLWM2M=cfg,FotaDesk,/1/0/6,1",
            "AT^SNLWM2M=cfg,FotaDesk,/1/0/7,U",
            "AT^SNLWM2M=cfg,FotaDesk,/2/2/0,5",
            "AT^SNLWM2M=cfg,FotaDesk,/2/2/1,0",
            "AT^SNLWM2M=cfg,FotaDesk,/2/2/2,7",
            "AT^SNLWM2M=cfg,FotaDesk,/2/2/3,1",
            "AT^SNLWM2M=cfg/object,FotaDesk,/0/0,new",
        };
        QCOMPARE(pskProfile().configurationCommands(), expected);
        QCOMPARE(pskProfile().startCommand(), QStringLiteral("AT^SNLWM2M=act,FotaDesk,start"));
    }

    void aProfileWithoutSecurityWritesNoKeys()
    {
        Lwm2mProfile p = pskProfile();
        p.security = Lwm2mProfile::Security::None;
        p.serverUri = QUrl(QStringLiteral("coap://lwm2m.example.net:5683"));
        p.lifetimeSeconds = 600;
        p.binding = QStringLiteral("UQ");
        QVERIFY(p.validationError().isEmpty());
        const QStringList commands = p.configurationCommands();
        QVERIFY(commands.contains("AT^SNLWM2M=cfg,FotaDesk,/0/0/2,3"));
        QVERIFY(commands.contains("AT^SNLWM2M=cfg,FotaDesk,/1/0/1,600"));
        QVERIFY(commands.contains("AT^SNLWM2M=cfg,FotaDesk,/1/0/7,UQ"));
        QVERIFY(!commands.join('\n').contains("/0/0/5"));
    }

    void invalidProfilesAreRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<Lwm2mProfile>("profile");
        Lwm2mProfile p = pskProfile();
        p.name.clear();
        QTest::newRow("no name") << p;
        p = pskProfile();
        p.name = QStringLiteral("a,b");
        QTest::newRow("comma in name") << p;
        p = pskProfile();
        p.serverUri = QUrl(QStringLiteral("http://h:80"));
        QTest::newRow("http server") << p;
        p = pskProfile();
        p.serverUri = QUrl(QStringLiteral("coaps://h"));
        QTest::newRow("no port") << p;
        p = pskProfile();
        p.serverUri = QUrl(QStringLiteral("coap://h:5683"));
        QTest::newRow("psk over plain coap") << p;
        p = pskProfile();
        p.pskKey = QStringLiteral("not hex");
        QTest::newRow("key not hex") << p;
        p = pskProfile();
        p.pskIdentity.clear();
        QTest::newRow("no identity") << p;
        p = pskProfile();
        p.lifetimeSeconds = 0;
        QTest::newRow("no lifetime") << p;
        p = pskProfile();
        p.binding = QStringLiteral("X");
        QTest::newRow("bad binding") << p;
    }

    void invalidProfilesAreRefusedBeforeAnythingIsSent()
    {
        QFETCH(Lwm2mProfile, profile);
        QVERIFY(!profile.validationError().isEmpty());
        start(profile);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::NotApplicable);
        QVERIFY(sent().isEmpty());
    }

    void theFlowConfiguresStartsTheClientAndReadsObject5()
    {
        start();
        QSignalSpy objectRead(m_flow.get(), &CinterionLwm2mFlow::firmwareObjectRead);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QTRY_VERIFY(!objectRead.isEmpty());
        QCOMPARE(objectRead.first().at(0).toInt(), 0);
        QCOMPARE(objectRead.first().at(1).toInt(), 0);

        QStringList expected{"AT+CGDCONT=1,\"IP\",\"internet\""};
        expected << pskProfile().configurationCommands() << pskProfile().startCommand()
                 << "AT^SNLWM2M=cfg,FotaDesk,/5/0/3" << "AT^SNLWM2M=cfg,FotaDesk,/5/0/5";
        QCOMPARE(sent().mid(0, expected.size()), expected);
        QCOMPARE(m_rec->phases(), (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::Registering,
                                                      UpdatePhase::WaitingForServer}));
        QVERIFY(m_rec->progress.last().message.contains("idle"));
        QVERIFY(!m_rec->notes.join('\n').contains("00112233445566778899aabbccddeeff"));
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
    }

    void object5StatesDriveThePhasesToAVerifiedFirmware()
    {
        start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        urc("^SNLWM2M: cfg,FotaDesk,/5/0/3,\"1\"");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        m_object.insert("/5/0/3", "2"); // the next poll reads it
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloaded);
        urc("^SNLWM2M: cfg,FotaDesk,/5/0/3,3");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        const qsizetype before = sent().size();
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        QCOMPARE(sent().size(), before); // no polling while the module installs
        m_object.insert("/5/0/3", "0");
        m_object.insert("/5/0/5", "1");
        attach(QStringLiteral("01.001"));
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("01.001"));
        QCOMPARE(m_rec->phases(),
                 (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::Registering,
                                     UpdatePhase::WaitingForServer, UpdatePhase::Downloading,
                                     UpdatePhase::Downloaded, UpdatePhase::Installing, UpdatePhase::Rebooting,
                                     UpdatePhase::Reconnected, UpdatePhase::Verifying, UpdatePhase::Verified}));
    }

    void anUpdateBetweenTwoReadingsIsFollowedByItsOwnLinesAndItsRestart_data()
    {
        QTest::addColumn<bool>("installLines");
        QTest::newRow("the bootloader's lines seen") << true;
        QTest::newRow("only the restart seen") << false;
    }

    void anUpdateBetweenTwoReadingsIsFollowedByItsOwnLinesAndItsRestart()
    {
        // The server downloaded and executed the update while the flow waited
        // for its next reading of object 5.
        QFETCH(bool, installLines);
        CinterionLwm2mFlow::Options o = fast();
        o.poll = std::chrono::minutes(1);
        UpdateRequest r;
        r.method = UpdateMethod::Lwm2m;
        r.toVersion = QStringLiteral("01.001");
        m_flow = std::make_unique<CinterionLwm2mFlow>(m_session.get(), r, pskProfile(), o);
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        if (installLines) {
            urc("FOTA START");
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
            urc("Checksum OK");
            urc("........");
        }
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        m_object.insert("/5/0/3", "0");
        m_object.insert("/5/0/5", "1");
        attach(QStringLiteral("01.001"));
        QTRY_VERIFY(m_rec->done());
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->outcome().message));
        QCOMPARE(m_rec->outcome().firmware, QStringLiteral("01.001"));
    }

    void aFailedResultEndsTheFlowClassified_data()
    {
        QTest::addColumn<QString>("result");
        QTest::addColumn<FailureReason>("reason");
        QTest::newRow("2 flash") << "2" << FailureReason::NoSpace;
        QTest::newRow("5 integrity") << "5" << FailureReason::Integrity;
        QTest::newRow("8 update failed") << "8" << FailureReason::InstallFailed;
    }

    void aFailedResultEndsTheFlowClassified()
    {
        QFETCH(QString, result);
        QFETCH(FailureReason, reason);
        start();
        QSignalSpy objectRead(m_flow.get(), &CinterionLwm2mFlow::firmwareObjectRead);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QTRY_VERIFY(!objectRead.isEmpty()); // idle, no result yet
        m_object.insert("/5/0/5", result);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QVERIFY(m_rec->outcome().vendorCode.contains("/5/0/5=" + result));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void theResultOfAnEarlierUpdateIsNotThisJobs()
    {
        m_object.insert("/5/0/5", "5"); // the last update failed its integrity check
        start();
        QSignalSpy objectRead(m_flow.get(), &CinterionLwm2mFlow::firmwareObjectRead);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        QTRY_VERIFY(objectRead.size() >= 3); // polled, and still waiting
        QVERIFY(!m_rec->done());
        // The server starts again: the client resets the result and downloads.
        m_object.insert("/5/0/5", "0");
        m_object.insert("/5/0/3", "1");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        m_object.insert("/5/0/3", "0");
        m_object.insert("/5/0/5", "5");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Integrity);
    }

    void noUpdateFromTheServerEndsInTimeout()
    {
        CinterionLwm2mFlow::Options o = fast();
        o.serverWait = 400ms;
        m_flow = std::make_unique<CinterionLwm2mFlow>(m_session.get(), UpdateRequest{}, pskProfile(), o);
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
    }
};

QTEST_GUILESS_MAIN(tst_CinterionLwm2m)
#include "tst_cinterionlwm2m.moc"
