// fotadesk-cli ports / identify / at, run as a user would, against fotadesk-sim
// processes on pseudo-terminals: the command-line contract of DESIGN.md.
#include "simmoduleconfig.h"
#include "testprograms.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

class tst_CliDiscovery : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_sims;

    static QString binary(const QString &name) { return TestPrograms::path(name); }

    QProcessEnvironment env() const { return TestPrograms::isolated(m_dir->path()); }

    // Starts a simulated module and waits until its link exists.
    QString startSim(const QString &family, const QString &name, const QStringList &extra = {})
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env());
        const QString link = m_dir->filePath("modems/" + name);
        p->start(binary("fotadesk-sim"), QStringList{"--family", family, "--link", link} + extra);
        m_sims << p;
        if (!p->waitForStarted(5000))
            return {};
        // What QTRY_* does, in a helper that returns a value.
        QDeadlineTimer deadline(10000);
        while (!QFileInfo::exists(link) && p->state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(10);
        return QFileInfo::exists(link) ? link : QString();
    }

    CliRun cli(const QStringList &args, int timeoutMs = 30000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(binary("fotadesk-cli"), args);
        CliRun run;
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
            return run;
        }
        run.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        run.out = p.readAllStandardOutput();
        run.err = p.readAllStandardError();
        return run;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/cli-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath("modems"));
        QVERIFY(QFileInfo::exists(binary("fotadesk-cli")));
        QVERIFY(QFileInfo::exists(binary("fotadesk-sim")));
    }

    void cleanup()
    {
        for (QProcess *p : std::as_const(m_sims)) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
            p->waitForFinished();
            delete p;
        }
        m_sims.clear();
        m_dir.reset();
    }

    void identifyJsonGivesTheContractsFields_data()
    {
        QTest::addColumn<QString>("family");
        for (Family f : allFamilies())
            QTest::addRow("%s", qPrintable(familyId(f))) << familyId(f);
    }

    void identifyJsonGivesTheContractsFields()
    {
        QFETCH(QString, family);
        const SimModuleConfig expected = SimModuleConfig::defaults(familyFromId(family), 0);
        const QString imei = QStringLiteral("490154203237518");
        const QString link = startSim(family, family + "-0", {"--imei", imei});
        QVERIFY(!link.isEmpty());

        const CliRun run = cli({"identify", link, "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(run.out).object();
        QStringList keys = o.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{"family", "firmware", "iccid", "imei", "imsi", "manufacturer", "model",
                                    "port", "serial"}));
        QCOMPARE(o["port"].toString(), link);
        QCOMPARE(o["family"].toString(), family);
        QCOMPARE(o["imei"].toString(), imei);
        QCOMPARE(o["manufacturer"].toString(), expected.manufacturer);
        QCOMPARE(o["model"].toString(), expected.model);
        QCOMPARE(o["firmware"].toString(), expected.firmware);
        QVERIFY(!o["imsi"].toString().isEmpty());
        QVERIFY(!o["iccid"].toString().isEmpty());
        QCOMPARE(o["serial"].toString().isEmpty(), familyFromId(family) != Family::SierraHl78xx);
    }

    void identifyReadsEveryPortGivenAtOnce()
    {
        const QString a = startSim("telit-pfm", "a");
        const QString b = startSim("sierra-hl78xx", "b", {"--baud", "921600"});
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // By file name, found through --scan, and by path.
        const CliRun run = cli({"identify", "a", b, "--scan", m_dir->filePath("modems/*"), "--json"});
        QCOMPARE(run.exitCode, 0);
        const QJsonArray arr = QJsonDocument::fromJson(run.out).array();
        QCOMPARE(arr.size(), 2);
        QCOMPARE(arr[0].toObject()["family"].toString(), QStringLiteral("telit-pfm"));
        QCOMPARE(arr[1].toObject()["family"].toString(), QStringLiteral("sierra-hl78xx"));
    }

    void identifyForPeopleIsAnAlignedList()
    {
        const QString link = startSim("simcom-sim7020", "s");
        const CliRun run = cli({"identify", link});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("  family        simcom-sim7020"));
        QVERIFY(run.out.contains("  firmware      1752B05SIM7020C"));
    }

    void exitStatusFollowsTheContract_data()
    {
        QTest::addColumn<QStringList>("simArgs"); // empty: no simulator
        QTest::addColumn<QStringList>("cliArgs"); // "@" stands for the link
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("errorSays");
        QTest::newRow("no port given") << QStringList{} << QStringList{"identify"} << 2 << "needs at least one port";
        QTest::newRow("unknown option") << QStringList{} << QStringList{"identify", "x", "--frob"} << 2 << "--help";
        QTest::newRow("unknown subcommand") << QStringList{} << QStringList{"frobnicate"} << 2 << "--help";
        QTest::newRow("bad rate") << QStringList{} << QStringList{"identify", "x", "--baud", "fast"} << 2 << "115200";
        QTest::newRow("no such port") << QStringList{} << QStringList{"identify", "/nonexistent/tty"} << 3
                                      << "fotadesk-cli ports";
        QTest::newRow("silent module times out")
            << QStringList{"--fault", "silent"} << QStringList{"identify", "@"} << 4 << "--baud";
        QTest::newRow("at: a command the module refuses")
            << QStringList{} << QStringList{"at", "@", "AT+CGMR", "AT+NOSUCH"} << 1 << "";
        QTest::newRow("at: missing command") << QStringList{} << QStringList{"at", "x"} << 2 << "at least one command";
    }

    void exitStatusFollowsTheContract()
    {
        QFETCH(QStringList, simArgs);
        QFETCH(QStringList, cliArgs);
        QFETCH(int, exitCode);
        QFETCH(QString, errorSays);
        if (cliArgs.contains("@")) {
            const QString link = startSim("telit-pfm", "t", simArgs);
            QVERIFY(!link.isEmpty());
            cliArgs.replace(cliArgs.indexOf("@"), link);
        }
        const CliRun run = cli(cliArgs);
        QVERIFY2(run.exitCode == exitCode, run.err.constData());
        QVERIFY2(run.err.contains(errorSays.toUtf8()), run.err.constData());
    }

    void atPrintsEachAnswerAndItsResult()
    {
        const QString link = startSim("sierra-hl78xx", "h");
        const CliRun run = cli({"at", link, "AT+CGMR", "AT+KGSN=3", "--timeout", "5"});
        QCOMPARE(run.exitCode, 0);
        const QList<QByteArray> lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.value(0), QByteArray("BHL7800.1.6.3.0.20180803"));
        QCOMPARE(lines.value(1), QByteArray("OK"));
        QVERIFY(lines.value(2).startsWith("+KGSN: "));
        QCOMPARE(lines.value(3), QByteArray("OK"));
    }

    void portsListsTheModulesFoundByTheScan()
    {
        QVERIFY(!startSim("cinterion", "c").isEmpty());
        QVERIFY(!startSim("telit-pfm", "t").isEmpty());
        const CliRun json = cli({"ports", "--json", "--scan", m_dir->filePath("modems/*")});
        QCOMPARE(json.exitCode, 0);
        const QJsonArray ports = QJsonDocument::fromJson(json.out).object()["ports"].toArray();
        QStringList modules;
        for (const auto &p : ports) {
            const QJsonObject o = p.toObject();
            if (o["status"].toString() == "module")
                modules << QFileInfo(o["port"].toString()).fileName() + ":" + o["family"].toString();
        }
        modules.sort();
        QCOMPARE(modules, (QStringList{"c:cinterion", "t:telit-pfm"}));

        const CliRun people = cli({"ports", "--scan", m_dir->filePath("modems/*")});
        QCOMPARE(people.exitCode, 0);
        QVERIFY(people.out.startsWith("PORT"));
        QVERIFY(people.out.contains("EXS82-W"));
    }
};

QTEST_GUILESS_MAIN(tst_CliDiscovery)
#include "tst_cli_discovery.moc"
