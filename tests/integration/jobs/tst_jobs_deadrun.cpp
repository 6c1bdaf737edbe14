#include "testprograms.h"

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

// The truth about a dead run: fotadesk-cli update killed with SIGKILL while
// it transfers. Right after, fotadesk-cli jobs (text and --json) shows the
// job interrupted at its step, never running, and the next update on the
// module starts at once and succeeds.
class tst_JobsDeadRun : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sim;
    QString m_link;
    QString m_package;

    static QString binary(const QString &name) { return TestPrograms::path(name); }

    QProcessEnvironment env() const
    {
        QProcessEnvironment e = TestPrograms::isolated(m_dir->path());
        e.insert("LANGUAGE", "en"); // the texts checked below are the English ones
        return e;
    }

    QString store() const { return m_dir->filePath("fotadesk.sqlite"); }

    QStringList updateArgs(const QString &method) const
    {
        return {"update", m_link, "--package", m_package, "--method", method, "--json-events", "--store", store(),
                "--scan", m_dir->filePath("modems/*")};
    }

    QByteArray run(const QString &program, const QStringList &args, int *exitCode = nullptr, int timeoutMs = 20000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(binary(program), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    QJsonObject jobsJson()
    {
        int code = -1;
        const QByteArray out = run("fotadesk-cli", {"jobs", "--json", "--store", store()}, &code);
        if (code != 0)
            qWarning("fotadesk-cli jobs --json: %s", out.constData());
        return QJsonDocument::fromJson(out).object();
    }

private slots:
    void init()
    {
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/jobs-deadrun-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath("modems")));
    }

    void cleanup()
    {
        if (m_sim) {
            m_sim->kill();
            m_sim->waitForFinished();
        }
        m_sim.reset();
        m_dir.reset();
    }

    void aKilledUpdateIsShownInterruptedAtItsStepAndTheNextUpdateSucceedsAtOnce_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("size");
        // Killed at the first progress of this phase; empty: as the step starts.
        QTest::addColumn<QString>("killAtPhase");
        // The module is left inside its XMODEM receive, with part of the package.
        QTest::newRow("sierra-hl78xx xmodem, mid-transfer")
            << "sierra-hl78xx" << "HL7800" << "BHL7800.1.6.3.0.20180803" << "BHL7800.1.7.0.0.20190101" << "xmodem"
            << 200000 << "Transferring";
        // The module was about to download from the package server that died.
        QTest::newRow("cinterion ota, download step")
            << "cinterion" << "EXS82-W" << "01.000" << "01.001" << "ota" << 60000 << "";
    }
    void aKilledUpdateIsShownInterruptedAtItsStepAndTheNextUpdateSucceedsAtOnce()
    {
        QFETCH(QString, family);
        QFETCH(QString, model);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, method);
        QFETCH(int, size);
        QFETCH(QString, killAtPhase);

        m_package = m_dir->filePath("diff.bin");
        int code = -1;
        QByteArray out = run("fotadesk-sim", {"make-package", "--family", family, "--model", model, "--from", from,
                                              "--to", to, "--size", QString::number(size), "-o", m_package},
                             &code);
        QVERIFY2(code == 0, out.constData());
        QFile manifest(m_package + ".json");
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{"family", family}, {"model", model}, {"from", from}, {"to", to}})
                           .toJson(QJsonDocument::Compact));
        manifest.close();

        m_link = m_dir->filePath("modems/" + family);
        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(env());
        m_sim->start(binary("fotadesk-sim"), {"--family", family, "--link", m_link, "--firmware", from, "--time-scale",
                                              "0.05", "--reboot-ms", "300"});
        QVERIFY(m_sim->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_link), 10000);
        // The APN the over-the-air download goes through.
        out = run("fotadesk-cli", {"at", m_link, "AT+CGDCONT=1,\"IP\",\"iot.example\"", "--scan", m_dir->filePath("modems/*")},
                  &code);
        QVERIFY2(code == 0, out.constData());

        QProcess cli;
        cli.setProcessEnvironment(env());
        cli.start(binary("fotadesk-cli"), updateArgs(method));
        QVERIFY(cli.waitForStarted(5000));
        QByteArray pending, seen;
        bool killed = false;
        QDeadlineTimer deadline(30000);
        while (cli.state() == QProcess::Running && !deadline.hasExpired() && !killed) {
            cli.waitForReadyRead(20);
            pending += cli.readAllStandardOutput();
            qsizetype nl;
            while (!killed && (nl = pending.indexOf('\n')) >= 0) {
                const QByteArray line = pending.left(nl);
                seen += line + '\n';
                pending.remove(0, nl + 1);
                const QJsonObject e = QJsonDocument::fromJson(line).object();
                if (e.value("step") != "transfer")
                    continue;
                const bool atStart = e.value("event") == "step" && e.value("outcome") == "running";
                const bool atPhase = e.value("event") == "progress" && e.value("phase") == killAtPhase;
                if (killAtPhase.isEmpty() ? atStart : atPhase) {
                    cli.kill(); // SIGKILL: nothing of the job is written by the process any more
                    killed = true;
                }
            }
        }
        cli.waitForFinished(5000);
        QVERIFY2(killed, seen.constData());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        // fotadesk-cli jobs --json: interrupted at the transfer, never running.
        QJsonObject jobs = jobsJson();
        QJsonArray all = jobs.value("jobs").toArray();
        QCOMPARE(all.size(), 1);
        const QJsonObject killedJob = all.first().toObject();
        QCOMPARE(killedJob.value("state").toString(), QStringLiteral("interrupted"));
        QCOMPARE(killedJob.value("lastStep").toString(), QStringLiteral("transfer"));
        QVERIFY2(killedJob.value("message").toString().contains("transfer"),
                 qPrintable(killedJob.value("message").toString()));
        QVERIFY(!killedJob.value("advice").toString().isEmpty());
        const QJsonArray steps = killedJob.value("steps").toArray();
        QCOMPARE(steps.last().toObject().value("name").toString(), QStringLiteral("transfer"));
        QCOMPARE(steps.last().toObject().value("outcome").toString(), QStringLiteral("interrupted"));
        const QJsonArray interrupted = jobs.value("interrupted").toArray();
        QCOMPARE(interrupted.size(), 1);
        QCOMPARE(interrupted.first().toObject().value("id"), killedJob.value("id"));

        // fotadesk-cli jobs: the same, for people.
        out = run("fotadesk-cli", {"jobs", "--store", store()}, &code);
        QCOMPARE(code, 0);
        QVERIFY2(out.contains("Interrupted") && !out.contains("Running"), out.constData());
        QVERIFY2(out.contains(QStringLiteral("job %1 on ").arg(killedJob.value("id").toInteger()).toUtf8())
                     && out.contains("at step transfer"),
                 out.constData());

        // The next update on the module: no refusal, no wait for a timeout.
        // 30 s is far below the limits a stale job or a module stuck in its
        // transfer would run into (60 s to find it, the transfer's timeouts).
        out = run("fotadesk-cli", updateArgs(method), &code, 30000);
        QVERIFY2(code == 0, out.constData());
        QVERIFY2(!out.contains("already"), out.constData());

        jobs = jobsJson();
        all = jobs.value("jobs").toArray();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).toObject().value("state").toString(), QStringLiteral("succeeded"));
        QCOMPARE(all.at(1).toObject().value("id"), killedJob.value("id"));
        QCOMPARE(all.at(1).toObject().value("state").toString(), QStringLiteral("interrupted"));
        QCOMPARE(all.at(1).toObject().value("lastStep").toString(), QStringLiteral("transfer"));
        const QByteArray status = run("fotadesk-sim", {"control", "--link", m_link, "status"});
        QCOMPARE(QJsonDocument::fromJson(status.trimmed()).object().value("firmware").toString(), to);
    }
};

QTEST_GUILESS_MAIN(tst_JobsDeadRun)
#include "tst_jobs_deadrun.moc"
