#include "jsonevents.h"
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

#include <memory>

// Recorded sessions (issue 19): `fotadesk-cli record` keeps a module's
// conversation during a whole update, and `fotadesk-sim --replay` plays that
// module back to the real engine, which then reaches the same outcome through
// the same steps. The recordings kept under tests/recordings, one per family,
// must go on replaying: a change to what the engine says to a module shows up
// here as a divergence.
namespace {

// A package as the simulator checks it; the same options make the same bytes.
struct Package
{
    const char *family;
    const char *model;
    const char *from;
    const char *to;
    const char *file;
};

const Package kHl{"sierra-hl78xx", "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190101", "hl.dwl"};
const Package kSimcom{"simcom-sim7020", "SIM7020C", "1752B05SIM7020C", "1752B05SIM7020C-NEW", "update.bin"};
const Package kCinterion{"cinterion", "EXS82-W", "01.000", "01.100", "diff.usf"};
const Package kTelit{"telit-pfm", "GE910-QUAD", "10.00.005", "10.00.005-NEW", "server.bin"};

} // namespace

class tst_CliRecord : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_processes;

    QString path(const QString &name) const { return m_dir->filePath(name); }

    QProcess *spawn(const QString &program, const QStringList &args, const QString &home)
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(TestPrograms::isolated(home));
        p->start(TestPrograms::path(program), args);
        m_processes << p;
        return p;
    }

    QString makePackage(const Package &p)
    {
        const QString file = path(QString::fromLatin1(p.file));
        const int rc = QProcess::execute(TestPrograms::path("fotadesk-sim"),
                                         {"make-package", "--family", p.family, "--model", p.model, "--from", p.from,
                                          "--to", p.to, "--size", "8192", "-o", file});
        return rc == 0 ? file : QString();
    }

    // A module on `link`: the simulator, or a recording played back.
    bool startModule(const QString &link, const QStringList &args)
    {
        QProcess *p = spawn("fotadesk-sim", QStringList{"--link", link} + args, path("sim-home"));
        if (!p->waitForStarted(5000))
            return false;
        return QTest::qWaitFor([&] { return QFileInfo::exists(link) || p->state() != QProcess::Running; }, 10000)
            && QFileInfo::exists(link);
    }

    // The replay's own account when it ends: "replay answered N commands, D divergences".
    QByteArray stopModule(const QString &link)
    {
        for (QProcess *p : std::as_const(m_processes)) {
            if (p->arguments().contains(link) && p->state() == QProcess::Running) {
                p->terminate();
                p->waitForFinished(5000);
                return p->readAllStandardOutput() + p->readAllStandardError();
            }
        }
        return {};
    }

    // `fotadesk-cli [record LINK -o REC] update LINK ...` with its own settings
    // and store; `onEvent` acts on each event (a server's request).
    JsonEventsRun update(const QString &home, const QStringList &prefix, const QStringList &args,
                         const std::function<void(const QJsonObject &)> &onEvent = {})
    {
        QDir().mkpath(home);
        QProcess *p = spawn("fotadesk-cli", prefix + QStringList{"update"} + args
                                                + QStringList{"--json-events", "--store", home + "/history.db"},
                            home);
        return JsonEventsRun::readUntilEnd(*p, onEvent, 120000);
    }

    static QByteArray fileContent(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void updateRows()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("simOptions");
        QTest::addColumn<QStringList>("updateOptions");
        QTest::addColumn<QString>("recording"); // kept under tests/recordings
        QTest::newRow("HL78xx XMODEM, SIM PIN") << kHl.family << QStringList{"--sim-pin", "4321"}
                                                << QStringList{"--package", "@hl.dwl", "--pin-file", "@pin"}
                                                << "hl78xx-xmodem.rec";
        QTest::newRow("SIM7020 AT+CFLW") << kSimcom.family << QStringList{} << QStringList{"--package", "@update.bin"}
                                         << "sim7020-cflw.rec";
        QTest::newRow("Cinterion AT^SNFOTA") << kCinterion.family << QStringList{}
                                             << QStringList{"--package", "@diff.usf", "--apn", "internet"}
                                             << "cinterion-snfota.rec";
        QTest::newRow("Telit PFM over the air") << kTelit.family << QStringList{"--ota-package", "@server.bin"}
                                                << QStringList{"--method", "ota", "--pfm-number", "+391234560001"}
                                                << "telit-pfm-ota.rec";
    }

    QStringList resolved(QStringList options) const
    {
        for (QString &o : options) {
            if (o.startsWith('@'))
                o = path(o.mid(1));
        }
        return options;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP") + "/record-XXXXXX");
        QVERIFY(m_dir->isValid());
        for (const Package &p : {kHl, kSimcom, kCinterion, kTelit})
            QVERIFY(!makePackage(p).isEmpty());
        QFile pin(path("pin"));
        QVERIFY(pin.open(QIODevice::WriteOnly));
        pin.write("4321\n");
    }

    void cleanup()
    {
        for (QProcess *p : std::as_const(m_processes)) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000))
                    p->kill();
                p->waitForFinished(3000);
            }
            delete p;
        }
        m_processes.clear();
        m_dir.reset();
    }

    void aRecordedJobReplaysToTheSameOutcomeThroughTheSameSteps_data() { updateRows(); }

    void aRecordedJobReplaysToTheSameOutcomeThroughTheSameSteps()
    {
        QFETCH(QString, family);
        QFETCH(QStringList, simOptions);
        QFETCH(QStringList, updateOptions);
        const QString module = path("module");
        QVERIFY(startModule(module, QStringList{"--family", family, "--time-scale", "0.01", "--reboot-ms", "300",
                                                "--strict"} + resolved(simOptions)));
        const QString recording = path("module.rec");
        bool requested = false;
        const JsonEventsRun recorded = update(path("station-a"), {"record", module, "-o", recording},
                                    QStringList{} + resolved(updateOptions), [&](const QJsonObject &e) {
            if (family == kTelit.family && !requested && e["phase"] == "WaitingForServer") {
                requested = true;
                QProcess::execute(TestPrograms::path("fotadesk-sim"), {"control", "--link", module, "server-request", "auto"});
            }
        });
        stopModule(module);
        QVERIFY2(recorded.exitCode == 0, recorded.err.constData());
        QCOMPARE(recorded.finished()["state"].toString(), QStringLiteral("succeeded"));
        QVERIFY(recorded.err.contains("recorded in"));
        const QByteArray kept = fileContent(recording);
        QVERIFY(kept.startsWith("# fotadesk-recording 1"));
        QVERIFY(!kept.contains("4321")); // the SIM PIN went to the module, not into the file

        const QString replayed = path("replayed");
        QVERIFY(startModule(replayed, {"--replay", recording}));
        const JsonEventsRun again = update(path("station-b"), {}, QStringList{replayed} + resolved(updateOptions));
        const QByteArray account = stopModule(replayed);
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(again.finished()["state"].toString(), recorded.finished()["state"].toString());
        QCOMPARE(again.finished()["firmware"].toString(), recorded.finished()["firmware"].toString());
        QVERIFY2(again.steps() == recorded.steps(),
                 qPrintable(again.steps().join(' ') + "\n  recorded: " + recorded.steps().join(' ')));
        QVERIFY2(account.contains(" 0 divergences"), account.constData());
    }

    void theKeptRecordingsStillReplay_data() { updateRows(); }

    void theKeptRecordingsStillReplay()
    {
        QFETCH(QStringList, updateOptions);
        QFETCH(QString, recording);
        const QString file = QStringLiteral(FOTADESK_RECORDINGS) + '/' + recording;
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
        const QString replayed = path("replayed");
        QVERIFY(startModule(replayed, {"--replay", file}));
        const JsonEventsRun job = update(path("station"), {}, QStringList{replayed} + resolved(updateOptions));
        const QByteArray account = stopModule(replayed);
        QVERIFY2(job.exitCode == 0, job.err.constData());
        QCOMPARE(job.finished()["state"].toString(), QStringLiteral("succeeded"));
        QVERIFY(job.steps().contains("verify:ok"));
        QVERIFY2(account.contains(" 0 divergences"), account.constData());
    }

    void identifyIsRecordedByDefault()
    {
        const QString module = path("module");
        QVERIFY(startModule(module, {"--family", kHl.family}));
        QProcess record;
        record.setProcessEnvironment(TestPrograms::isolated(path("home")));
        record.start(TestPrograms::path("fotadesk-cli"), {"record", module, "-o", path("id.rec")});
        QVERIFY(record.waitForFinished(30000));
        QCOMPARE(record.exitCode(), 0);
        QVERIFY(record.readAllStandardOutput().contains("Sierra Wireless"));
        const QByteArray kept = fileContent(path("id.rec"));
        QVERIFY(kept.contains("# during fotadesk-cli identify"));
        QVERIFY(kept.contains(" out AT+CGSN\\r"));
    }

    void wrongUseIsAUsageError_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("says");
        QTest::newRow("no port") << QStringList{"record"} << "needs a port";
        QTest::newRow("no output") << QStringList{"record", "ttyUSB9"} << "-o FILE";
        QTest::newRow("not recordable") << QStringList{"record", "ttyUSB9", "-o", "x.rec", "jobs"} << "identify, at or update";
    }

    void wrongUseIsAUsageError()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        QProcess cli;
        cli.setProcessEnvironment(TestPrograms::isolated(path("home")));
        cli.start(TestPrograms::path("fotadesk-cli"), args);
        QVERIFY(cli.waitForFinished(10000));
        QCOMPARE(cli.exitCode(), 2);
        const QByteArray err = cli.readAllStandardError();
        QVERIFY2(err.contains(says.toUtf8()), err.constData());
    }

    void aBrokenRecordingIsRefusedSayingWhere()
    {
        QFile broken(path("broken.rec"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("# fotadesk-recording 1\n0 open 115200\n5 out AT\\r\n6 in \\q\n");
        broken.close();
        QProcess sim;
        sim.start(TestPrograms::path("fotadesk-sim"), {"--replay", broken.fileName(), "--link", path("never")});
        QVERIFY(sim.waitForFinished(10000));
        QCOMPARE(sim.exitCode(), 3);
        QVERIFY(sim.readAllStandardError().contains("line 4"));
        QVERIFY(!QFileInfo::exists(path("never")));
    }
};

QTEST_GUILESS_MAIN(tst_CliRecord)
#include "tst_cli_record.moc"
