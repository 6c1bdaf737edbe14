#include "packages/simpackage.h"
#include "simclient.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The fotadesk-sim executable: help, make-package, one module, a fleet, the
// control client.
class tst_SimCli : public QObject
{
    Q_OBJECT

    QString m_exe = qEnvironmentVariable("FOTADESK_BIN_DIR") + QStringLiteral("/fotadesk-sim/fotadesk-sim");

    int run(const QStringList &args, QByteArray *out = nullptr)
    {
        QProcess p;
        p.start(m_exe, args);
        QSignalSpy finished(&p, &QProcess::finished);
        if (!finished.wait(20000))
            return -1;
        if (out)
            *out = p.readAllStandardOutput() + p.readAllStandardError();
        return p.exitCode();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(m_exe).isExecutable(), qPrintable(m_exe));
    }

    void helpDocumentsTheControlCommandsAndTheFaultGrammar()
    {
        QByteArray out;
        QCOMPARE(run({"--help"}, &out), 0);
        for (const char *word : {"--family", "--fleet", "make-package", "control", "server-request", "unplug MS",
                                 "noise:RATE", "drop:RATE", "nak-storm:N", "silent", "port-loss:PHASE@P%",
                                 "power-cut:PHASE", "bad-checksum", "http:CODE", "ipr-ignored", "line-limit:RATE",
                                 "--time-scale", "--reenumerate"})
            QVERIFY2(out.contains(word), word);
    }

    void makePackageWritesAHeaderTheSimulatorReads()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath("p.bin");
        QCOMPARE(run({"make-package", "--family", "cinterion", "--model", "EXS82-W", "--from", "01.000", "--to",
                      "01.100", "--size", "12345", "-o", file}), 0);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const auto h = SimPackage::parse(f.readAll());
        QVERIFY(h && h->intact);
        QCOMPARE(h->size, 12345);
        QCOMPARE(h->to, QStringLiteral("01.100"));
        QCOMPARE(run({"make-package", "--family", "nokia", "--model", "x", "--from", "a", "--to", "b", "-o", file}), 2);
    }

    void badUsageExitsWithTwo()
    {
        QCOMPARE(run({"--family", "telit-pfm"}), 2);
        QCOMPARE(run({"--family", "telit-pfm", "--link", "/tmp/x", "--fault", "gremlins"}), 2);
        QCOMPARE(run({"--fleet", "0", "--dir", "/tmp"}), 2);
    }

    void aModuleProcessServesItsLinkAndQuitsOnRequest()
    {
        QTemporaryDir dir;
        const QString link = dir.filePath("hl");
        QProcess sim;
        sim.start(m_exe, {"--family", "sierra-hl78xx", "--link", link, "--imei", "490154203237518", "--time-scale", "0.01"});
        QVERIFY(sim.waitForStarted());
        QTRY_VERIFY(QFileInfo(link).isSymLink());
        SimClient client(link, 115200, urcRegistryFor(Family::SierraHl78xx));
        QVERIFY(client.open());
        QCOMPARE(client.command("AT+CGSN"), (QStringList{"490154203237518", "OK"}));
        client.close();
        QByteArray out;
        QCOMPARE(run({"control", "--link", link, "status"}, &out), 0);
        QVERIFY2(out.contains("\"imei\":\"490154203237518\""), out.constData());
        QCOMPARE(run({"control", "--link", link, "fault", "nonsense"}), 1);
        QCOMPARE(run({"control", "--link", link, "quit"}), 0);
        QSignalSpy finished(&sim, &QProcess::finished);
        QVERIFY(sim.state() == QProcess::NotRunning || finished.wait(10000));
        QCOMPARE(sim.exitCode(), 0);
        QVERIFY(!QFileInfo::exists(link)); // cleaned up
    }

    void aFleetProcessStartsDistinctModulesAndEndsOnSigterm()
    {
        QTemporaryDir dir;
        QProcess sim;
        sim.start(m_exe, {"--fleet", "6", "--dir", dir.path(), "--time-scale", "0.01"});
        QVERIFY(sim.waitForStarted());
        QTRY_COMPARE(QDir(dir.path()).entryList(QDir::System | QDir::Files).size(), 6);
        const QStringList links = QDir(dir.path()).entryList(QDir::System | QDir::Files);
        QVERIFY(links.contains("telit-pfm-0") && links.contains("telit-pfm-1") && links.contains("sierra-hl78xx-0"));
        sim.terminate();
        QSignalSpy finished(&sim, &QProcess::finished);
        QVERIFY(sim.state() == QProcess::NotRunning || finished.wait(10000));
        QCOMPARE(sim.exitCode(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::System | QDir::Files).size(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_SimCli)
#include "tst_simcli.moc"
