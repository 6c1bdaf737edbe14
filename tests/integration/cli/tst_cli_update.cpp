// fotadesk-cli update as a technician runs it on the first day: the file the
// vendor gave (no manifest, a name that says nothing), or no file at all when
// the update is held on the module's server. Against fotadesk-sim processes on
// pseudo-terminals, to Verified.
#include "modules/family.h"
#include "jsonevents.h"
#include "testprograms.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class tst_CliUpdate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QList<QProcess *> m_processes;

    static QString binary(const QString &name) { return TestPrograms::path(name); }

    QProcessEnvironment env() const { return TestPrograms::isolated(m_dir->path()); }

    QProcess *spawn(const QString &program, const QStringList &args, const QProcessEnvironment &environment = {})
    {
        auto *p = new QProcess(this);
        p->setProcessEnvironment(environment.isEmpty() ? env() : environment);
        p->start(binary(program), args);
        m_processes << p;
        return p;
    }

    QString startSim(const QString &family, const QStringList &extra = {})
    {
        const QString link = m_dir->filePath("modems/" + family);
        QProcess *p = spawn("fotadesk-sim", QStringList{"--family", family, "--link", link, "--time-scale", "0.01",
                                                        "--reboot-ms", "300", "--state", m_dir->filePath(family + ".state")}
                                                + extra);
        if (!p->waitForStarted(5000))
            return {};
        QDeadlineTimer deadline(10000);
        while (!QFileInfo::exists(link) && p->state() == QProcess::Running && !deadline.hasExpired())
            QTest::qWait(10);
        return QFileInfo::exists(link) ? link : QString();
    }

    // A package as the simulator checks it (family, model, versions in its
    // header), written under a vendor's name with no manifest beside it.
    QString vendorFile(Family family, const QString &model, const QString &from, const QString &to,
                       const QString &name)
    {
        const QString path = m_dir->filePath(name);
        QProcess make;
        make.start(binary("fotadesk-sim"), {"make-package", "--family", familyId(family), "--model", model, "--from",
                                            from, "--to", to, "--size", "20000", "-o", path});
        if (!make.waitForFinished(10000) || make.exitCode() != 0)
            return {};
        return path;
    }

    using Run = JsonEventsRun;

    // Runs `update` with --json-events; `onEvent` may act on each event (a
    // server's request, say) while the job runs.
    Run update(const QStringList &args, const std::function<void(const QJsonObject &)> &onEvent = {},
               const QByteArray &stdinText = {}, const QProcessEnvironment &environment = {})
    {
        QProcess *p = spawn("fotadesk-cli", QStringList{"update"} + args
                                                + QStringList{"--json-events", "--store", m_dir->filePath("history.db")},
                            environment);
        p->write(stdinText);
        p->closeWriteChannel();
        return JsonEventsRun::readUntilEnd(*p, onEvent);
    }

    static QString firmwareOf(const QString &stateFile)
    {
        QFile f(stateFile);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(f.readAll()).object().value("firmware").toString();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath())
                                                + QStringLiteral("/cliupd-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir(m_dir->path()).mkpath("modems"));
        QVERIFY(QFileInfo::exists(binary("fotadesk-cli")));
    }

    void cleanup()
    {
        for (QProcess *p : std::as_const(m_processes)) {
            if (p->state() != QProcess::NotRunning) {
                p->terminate();
                if (!p->waitForFinished(3000))
                    p->kill();
                p->waitForFinished();
            }
            delete p;
        }
        m_processes.clear();
        m_dir.reset();
    }

    void aVendorFileWithoutManifestIsUpdatedToVerified_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("warning");
        QTest::newRow("sierra-hl78xx hl.dwl") << "sierra-hl78xx" << "hl.dwl" << QStringList{} << "base version not checked: unknown";
        QTest::newRow("simcom-sim7020 update.bin") << "simcom-sim7020" << "update.bin" << QStringList{} << "base version not checked: unknown";
        QTest::newRow("simcom-sim7020 http-fs") << "simcom-sim7020" << "update.bin" << QStringList{"--method", "http-fs"} << "base version not checked: unknown";
        QTest::newRow("cinterion diff.usf") << "cinterion" << "diff.usf" << QStringList{"--apn", "internet"} << "base version not checked: unknown";
        // The seed's naming: V1 and V2 are labels, not AT+CGMR strings.
        QTest::newRow("simcom-sim7020 seed name") << "simcom-sim7020" << "SIM7020C_V1-SIM7020C_V2-1537247570.bin"
                                                  << QStringList{} << "is a label";
    }

    void aVendorFileWithoutManifestIsUpdatedToVerified()
    {
        QFETCH(QString, family);
        QFETCH(QString, fileName);
        QFETCH(QStringList, extra);
        QFETCH(QString, warning);
        const Family f = familyFromId(family);
        const QString link = startSim(family);
        QVERIFY(!link.isEmpty());
        QProcess identify;
        identify.setProcessEnvironment(env());
        identify.start(binary("fotadesk-cli"), {"identify", link, "--json"});
        QVERIFY(identify.waitForFinished(30000));
        const QJsonObject module = QJsonDocument::fromJson(identify.readAllStandardOutput()).object();
        const QString model = module["model"].toString();
        const QString firmware = module["firmware"].toString().remove(QStringLiteral("REVISION "));
        QVERIFY(!firmware.isEmpty());
        const QString target = f == Family::Cinterion ? "01.100" : firmware + "-NEW";
        const QString package = vendorFile(f, model, firmware, target, fileName);
        QVERIFY(!package.isEmpty());
        QVERIFY(!QFileInfo::exists(package + ".json"));

        const Run run = update(QStringList{link, "--package", package} + extra);
        const QJsonObject end = run.finished();
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(end["state"].toString(), QStringLiteral("succeeded"));
        QCOMPARE(end["firmware"].toString().remove(QStringLiteral("REVISION ")), target);
        const QStringList warnings = QVariant(end["warnings"].toArray().toVariantList()).toStringList();
        QVERIFY2(warnings.join('\n').contains(warning), qPrintable(warnings.join('\n')));
        QCOMPARE(firmwareOf(m_dir->filePath(family + ".state")), target);
    }

    void aManifestIsRequiredOnlyWhenAsked()
    {
        const QString link = startSim("sierra-hl78xx");
        QVERIFY(!link.isEmpty());
        const QString package = vendorFile(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803", "B2", "hl.dwl");
        const Run run = update({link, "--package", package, "--require-manifest"});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains("has no manifest hl.dwl.json") && run.err.contains("--require-manifest"), run.err.constData());
        QCOMPARE(firmwareOf(m_dir->filePath("sierra-hl78xx.state")), QStringLiteral("BHL7800.1.6.3.0.20180803"));
    }

    void aWrongToVersionIsAMismatchAndTheRightOneVerifies_data()
    {
        QTest::addColumn<QString>("to");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("right --to") << "B2" << 0;
        QTest::newRow("wrong --to") << "B3" << 1;
    }

    void aWrongToVersionIsAMismatchAndTheRightOneVerifies()
    {
        QFETCH(QString, to);
        QFETCH(int, exitCode);
        const QString link = startSim("sierra-hl78xx");
        QVERIFY(!link.isEmpty());
        const QString package = vendorFile(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803", "B2", "hl.dwl");
        const Run run = update({link, "--package", package, "--to", to});
        QCOMPARE(run.exitCode, exitCode);
        QCOMPARE(run.finished()["state"].toString(), exitCode == 0 ? QStringLiteral("succeeded") : QStringLiteral("failed"));
        if (exitCode != 0)
            QCOMPARE(run.finished()["reason"].toString(), QStringLiteral("VersionMismatch"));
    }

    void aServerHeldUpdateNeedsNoFile_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("telit-pfm sms") << "telit-pfm" << QStringList{"--method", "ota", "--pfm-number", "+391234560001"};
        QTest::newRow("telit-pfm combined") << "telit-pfm" << QStringList{"--method", "ota", "--pfm-protocol", "combined", "--pfm-number", "+391234560001", "--pfm-address", "192.0.2.20:9100", "--pfm-mynumber", "+393354757180", "--apn", "internet"};
        QTest::newRow("simcom-sim7020 cfota") << "simcom-sim7020" << QStringList{"--method", "ota"};
        QTest::newRow("sierra-hl78xx airvantage") << "sierra-hl78xx" << QStringList{"--method", "ota", "--apn", "internet"};
        QTest::newRow("cinterion url") << "cinterion" << QStringList{"--method", "ota", "--apn", "internet", "--url"};
    }

    void aServerHeldUpdateNeedsNoFile()
    {
        QFETCH(QString, family);
        QFETCH(QStringList, options);
        const Family f = familyFromId(family);
        const QSet<Family> simServes{Family::TelitPfm, Family::SimcomSim7020, Family::SierraHl78xx};
        QString model = f == Family::TelitPfm ? "GE910-QUAD" : f == Family::SimcomSim7020 ? "SIM7020C"
                      : f == Family::SierraHl78xx ? "HL7800" : "EXS82-W";
        QString from = f == Family::TelitPfm ? "10.00.005" : f == Family::SimcomSim7020 ? "1752B05SIM7020C"
                     : f == Family::SierraHl78xx ? "BHL7800.1.6.3.0.20180803" : "01.000";
        const QString target = f == Family::Cinterion ? "01.100" : from + "-NEW";
        const QString package = vendorFile(f, model, from, target, "server-side.bin");
        QVERIFY(!package.isEmpty());
        const QString link = startSim(family, simServes.contains(f) ? QStringList{"--ota-package", package} : QStringList{});
        QVERIFY(!link.isEmpty());
        if (f == Family::Cinterion) {
            // Another server holds the file: FotaDesk is given its URL and SHA-256.
            QProcess *serve = spawn("fotadesk-cli", {"serve", package});
            QVERIFY(serve->waitForReadyRead(10000));
            const QString url = QString::fromUtf8(serve->readLine()).trimmed();
            QVERIFY(url.startsWith("http://"));
            QFile file(package);
            QVERIFY(file.open(QIODevice::ReadOnly));
            options << url << "--sha256" << QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
        }
        bool requested = false;
        const Run run = update(QStringList{link} + options, [&](const QJsonObject &e) {
            // The PFM server is the test's: it offers the upgrade once the module waits for it.
            if (f == Family::TelitPfm && !requested && e["phase"].toString() == "WaitingForServer") {
                requested = true;
                QProcess::execute(binary("fotadesk-sim"), {"control", "--link", link, "server-request", "auto"});
            }
        });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.finished()["state"].toString(), QStringLiteral("succeeded"));
        QCOMPARE(run.finished()["firmware"].toString().remove(QStringLiteral("REVISION ")), target);
        QVERIFY(!run.err.contains("--package"));
    }

    void theSimPinComesFromAFileStandardInputOrTheEnvironmentAndMustBeDigits_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QByteArray>("stdinText");
        QTest::addColumn<QString>("envPin");
        QTest::newRow("--pin with a quote") << QStringList{"--pin", "12\"4"} << QByteArray() << QString();
        QTest::newRow("--pin-file -") << QStringList{"--pin-file", "-"} << QByteArray("12ab\n") << QString();
        QTest::newRow("FOTADESK_SIM_PIN") << QStringList{} << QByteArray() << QStringLiteral("1234\rATZ");
    }

    void theSimPinComesFromAFileStandardInputOrTheEnvironmentAndMustBeDigits()
    {
        QFETCH(QStringList, options);
        QFETCH(QByteArray, stdinText);
        QFETCH(QString, envPin);
        QProcess p;
        QProcessEnvironment e = env();
        if (!envPin.isEmpty())
            e.insert("FOTADESK_SIM_PIN", envPin);
        p.setProcessEnvironment(e);
        p.start(binary("fotadesk-cli"), QStringList{"update", "ttyNONE", "--method", "ota"} + options);
        QVERIFY(p.waitForStarted());
        p.write(stdinText);
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 2);
        QVERIFY(p.readAllStandardError().contains("4 to 8 digits"));
    }

    void aValidSimPinFromAFileStandardInputOrTheEnvironmentIsEnteredAfterTheRestart_data()
    {
        QTest::addColumn<QString>("how");
        QTest::addColumn<bool>("warned");
        QTest::newRow("--pin-file FILE") << "file" << false;
        QTest::newRow("--pin-file -") << "stdin" << false;
        QTest::newRow("FOTADESK_SIM_PIN") << "env" << false;
        QTest::newRow("--pin, with a warning") << "option" << true;
    }

    void aValidSimPinFromAFileStandardInputOrTheEnvironmentIsEnteredAfterTheRestart()
    {
        QFETCH(QString, how);
        QFETCH(bool, warned);
        const QString pin = QStringLiteral("4711");
        const QString link = startSim("sierra-hl78xx", {"--sim-pin", pin});
        QVERIFY(!link.isEmpty());
        const QString package = vendorFile(Family::SierraHl78xx, "HL7800", "BHL7800.1.6.3.0.20180803",
                                           "BHL7800.1.7.0.0.20190101", "hl.dwl");
        QStringList args{link, "--package", package};
        QByteArray stdinText;
        QProcessEnvironment e = env();
        if (how == "file") {
            QFile f(m_dir->filePath("pin.txt"));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pin.toLatin1() + "\n");
            args << "--pin-file" << f.fileName();
        } else if (how == "stdin") {
            stdinText = pin.toLatin1() + "\n";
            args << "--pin-file" << "-";
        } else if (how == "env") {
            e.insert("FOTADESK_SIM_PIN", pin);
        } else {
            args << "--pin" << pin;
        }
        const Run run = update(args, {}, stdinText, e);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.finished()["state"].toString(), QStringLiteral("succeeded"));
        QStringList simPinSteps;
        for (const QJsonObject &ev : run.events) {
            if (ev["event"].toString() == "step" && ev["step"].toString() == "sim-pin")
                simPinSteps << ev["outcome"].toString() + ": " + ev["message"].toString();
        }
        QVERIFY2(simPinSteps.join('\n').contains("ok: SIM: READY"), qPrintable(simPinSteps.join('\n')));
        QCOMPARE(run.err.contains("warning: --pin is visible"), warned);
        QByteArray printed = run.err;
        for (const QJsonObject &ev : run.events)
            printed += QJsonDocument(ev).toJson();
        QVERIFY(!printed.contains(pin.toLatin1()));
    }

    void aMethodThatCarriesBytesSaysWhichOptionItNeeds_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("says");
        QTest::newRow("xmodem without a file") << "sierra-hl78xx" << QStringList{"--method", "xmodem"} << "--package";
        QTest::newRow("cinterion without file or url") << "cinterion" << QStringList{"--method", "ota"} << "--url";
        QTest::newRow("cinterion url without sha256") << "cinterion" << QStringList{"--url", "http://192.0.2.1/d.usf"} << "--sha256";
        QTest::newRow("telit has no local method") << "telit-pfm" << QStringList{"--method", "xmodem"} << "--method xmodem";
    }

    void aMethodThatCarriesBytesSaysWhichOptionItNeeds()
    {
        QFETCH(QString, family);
        QFETCH(QStringList, options);
        QFETCH(QString, says);
        const QString link = startSim(family);
        QVERIFY(!link.isEmpty());
        const Run run = update(QStringList{link} + options);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
        QCOMPARE(run.finished(), QJsonObject()); // refused before any job was recorded
    }
};

QTEST_GUILESS_MAIN(tst_CliUpdate)
#include "tst_cli_update.moc"
