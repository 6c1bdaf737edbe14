#include "peertool.h"
#include "packages/simpackage.h"
#include "simfixture.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// Real third-party peers against the simulator: lrzsz's sx and python3-xmodem
// send to the HL78xx XMODEM receiver; python3-serial reads every family's
// identity. These are Debian packages (lrzsz, python3-xmodem, python3-serial).
class tst_SimPeers : public QObject
{
    Q_OBJECT

    QString m_scripts = qEnvironmentVariable("FOTADESK_SIM_SCRIPTS");
    const QString m_python = QStringLiteral("/usr/bin/python3");

    bool pythonHas(const char *module)
    {
        return QProcess::execute(m_python, {"-c", QStringLiteral("import %1").arg(QLatin1String(module))}) == 0;
    }

    // Runs `program` to the end while the simulator keeps working.
    static bool finish(QProcess &p, int timeoutMs = 60000)
    {
        QSignalSpy finished(&p, &QProcess::finished);
        return p.state() == QProcess::NotRunning || finished.wait(timeoutMs);
    }

    // Sends AT+WDSD and leaves the port to the peer once the receiver asks.
    static void announce(SimFixture &f, qint64 size, const QByteArray &request)
    {
        QCOMPARE(f.client->run(QStringLiteral("AT+WDSD=%1").arg(size)), QStringLiteral("OK"));
        QVERIFY(f.client->waitForBytes(request, 10000));
        f.client->close();
    }

    static void expectInstalled(SimFixture &f, const QByteArray &pkg)
    {
        QCOMPARE(f.module->uploadedPackage().size(), pkg.size());
        QVERIFY(f.module->uploadedPackage() == pkg); // byte-identical
        QVERIFY(f.connectClient());
        QVERIFY(!f.client->waitForLine("+WDSI: 3").isNull());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(m_scripts), "FOTADESK_SIM_SCRIPTS not set");
    }

    void lrzszSxSendsByteIdentically()
    {
        const QString sx = QStandardPaths::findExecutable("sx");
        FOTADESK_REQUIRE_PEER(!sx.isEmpty(), "lrzsz (sx)");
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.timeScale = 0.1; // the receiver waits 30 s for the peer to start
        QVERIFY(f.start(c));
        // Not a multiple of 1024: sx ends with 128-byte blocks and SUB padding.
        const QByteArray pkg = SimPackage::make(Family::SierraHl78xx, "HL7800", c.firmware, "BHL7800.1.9", 50000 + 77);
        QTemporaryDir dir;
        QFile file(dir.filePath("update.dwl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pkg);
        file.close();
        announce(f, pkg.size(), "C");
        QProcess p;
        p.setStandardInputFile(f.module->currentLink());
        p.setStandardOutputFile(f.module->currentLink());
        p.start(sx, {"-k", "-vv", file.fileName()});
        QVERIFY(finish(p));
        QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, p.readAllStandardError().constData());
        expectInstalled(f, pkg);
    }

    void pythonXmodemSendsByteIdentically_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QByteArray>("request");
        QTest::newRow("1K blocks, CRC") << "1k" << QByteArray("C");
        // After three unanswered 'C's the receiver falls back to checksums.
        QTest::newRow("128-byte blocks, checksum") << "128" << QByteArray("CCC\x15");
    }

    void pythonXmodemSendsByteIdentically()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, request);
        FOTADESK_REQUIRE_PEER(pythonHas("xmodem") && pythonHas("serial"), "python3-xmodem or python3-serial");
        SimFixture f;
        SimModuleConfig c = f.config(Family::SierraHl78xx);
        c.timeScale = 0.1; // 'C' every 300 ms, as a real receiver paces it
        QVERIFY(f.start(c));
        const QByteArray pkg = SimPackage::make(Family::SierraHl78xx, "HL7800", c.firmware, "BHL7800.1.9", 30000 + 5);
        QTemporaryDir dir;
        QFile file(dir.filePath("update.dwl"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pkg);
        file.close();
        announce(f, pkg.size(), request);
        QProcess p;
        p.start(m_python, {m_scripts + "/xmodem_send.py", f.module->currentLink(), file.fileName(), mode});
        QVERIFY(finish(p));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        expectInstalled(f, pkg);
    }

    void pyserialReadsTheIdentityOfEveryFamily()
    {
        FOTADESK_REQUIRE_PEER(pythonHas("serial"), "python3-serial");
        QList<std::shared_ptr<SimFixture>> fixtures;
        QStringList args{m_scripts + "/identify.py"};
        for (Family family : allFamilies()) {
            auto f = std::make_shared<SimFixture>();
            QVERIFY(f->start(family));
            f->client->close(); // the port is the script's
            args << familyId(family) + "=" + f->module->currentLink();
            fixtures << f;
        }
        QProcess p;
        p.start(m_python, args);
        QVERIFY(finish(p));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 4);
        for (int i = 0; i < 4; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(lines.at(i)).object();
            const SimModuleConfig &c = fixtures.at(i)->module->config();
            QCOMPARE(o.value("family").toString(), familyId(c.family));
            QCOMPARE(o.value("manufacturer").toString(), c.manufacturer);
            QCOMPARE(o.value("model").toString(), c.model);
            QCOMPARE(o.value("firmware").toString(), fixtures.at(i)->module->firmware());
            QCOMPARE(o.value("imei").toString(), c.imei);
            QCOMPARE(o.value("imsi").toString(), c.imsi);
            QCOMPARE(o.value("iccid").toString(), c.iccid);
            if (c.family == Family::SierraHl78xx)
                QCOMPARE(o.value("serial").toString(), c.serial);
        }
    }
};

QTEST_GUILESS_MAIN(tst_SimPeers)
#include "tst_simpeers.moc"
