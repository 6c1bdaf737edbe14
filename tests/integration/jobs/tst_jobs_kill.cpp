#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobsteps.h"
#include "packages/simpackage.h"
#include "simmodule.h"
#include "testprograms.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalSocket>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

Q_DECLARE_METATYPE(CommitPoint::Kind)

// fotadesk-cli update killed with SIGKILL at each step (seen in its
// --json-events output) and started again: the module ends verified on the
// new firmware with its settings, or the job is clearly interrupted; the
// store never holds a half-written record. Killed right after a command
// that commits the module (AT+WDSR=4, AT+CFOTA=5 while the step still says
// transfer), the job is taken up again as "the module may be busy".
class tst_JobsKill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sim;
    QString m_link;
    QString m_package;

    static QString binary(const QString &name) { return TestPrograms::path(name); }

    QProcessEnvironment env() const { return TestPrograms::isolated(m_dir->path()); }

    QStringList updateArgs(const QString &method = {}) const
    {
        QStringList args{"update", m_link, "--package", m_package, "--json-events", "--store",
                         m_dir->filePath("fotadesk.sqlite"), "--scan", m_dir->filePath("modems/*")};
        if (!method.isEmpty())
            args << "--method" << method;
        return args;
    }

    // A simulated module of `family` on `from`, a package to `to`, and
    // `settings` written on it for the update to wipe.
    void startModule(const QString &family, const QString &model, const QString &from, const QString &to, int size,
                     const QStringList &settings, bool serverOffersIt = false)
    {
        m_link = m_dir->filePath("modems/" + family + "-0");
        m_package = m_dir->filePath("package.bin");
        QFile f(m_package);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SimPackage::make(familyFromId(family), model, from, to, size));
        f.close();
        QFile manifest(m_package + ".json");
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(QJsonDocument(QJsonObject{{"family", family}, {"model", model}, {"from", from}, {"to", to}})
                           .toJson(QJsonDocument::Compact));
        manifest.close();

        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(env());
        QStringList simArgs{"--family", family, "--link", m_link, "--firmware", from,
                            "--time-scale", "0.05", "--reboot-ms", "300"};
        if (serverOffersIt)
            simArgs << "--ota-package" << m_package; // the module's own FOTA server has it
        m_sim->start(binary("fotadesk-sim"), simArgs);
        QVERIFY(m_sim->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_link), 10000);
        int code = -1;
        const QByteArray out = run(QStringList{"at", m_link} + settings + QStringList{"--scan", m_dir->filePath("modems/*")},
                                   &code);
        QVERIFY2(code == 0, out.constData());
    }

    // The store: intact, every job ended, no step left running.
    void verifyStoreSettled(QList<JobRecord> *jobsOut)
    {
        Store store;
        QVERIFY(store.open(m_dir->filePath("fotadesk.sqlite")));
        QSqlQuery check(store.database());
        QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        JobStore jobs(&store);
        const QList<JobRecord> all = jobs.recentJobs();
        QVERIFY(!all.isEmpty());
        for (const JobRecord &job : all) {
            QVERIFY2(job.state != JobState::Running, qPrintable(QString::number(job.id)));
            QVERIFY(!job.message.isEmpty());
            for (const StepRecord &s : job.steps) {
                QVERIFY2(s.outcome != QLatin1String("running"), qPrintable(s.name));
                QVERIFY(s.ended.isValid());
            }
        }
        *jobsOut = all;
    }

    QByteArray run(const QStringList &args, int *exitCode = nullptr, int timeoutMs = 60000)
    {
        QProcess p;
        p.setProcessEnvironment(env());
        p.start(binary(args.first() == "control" ? "fotadesk-sim" : "fotadesk-cli"), args);
        if (!p.waitForFinished(timeoutMs)) {
            p.kill();
            p.waitForFinished();
        }
        if (exitCode)
            *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return p.readAllStandardOutput() + p.readAllStandardError();
    }

    QJsonObject simStatus()
    {
        const QByteArray status = run({"control", "--link", m_link, "status"});
        return QJsonDocument::fromJson(status.trimmed()).object();
    }

    QString simFirmware() { return simStatus().value("firmware").toString(); }

    // Runs fotadesk-cli with `args` and SIGKILLs it (no cleanup of any kind)
    // at the first --json-events event `when` picks; false if none came.
    bool killAtEvent(QProcess &cli, const QStringList &args, const std::function<bool(const QJsonObject &)> &when)
    {
        cli.setProcessEnvironment(env());
        cli.start(binary("fotadesk-cli"), args);
        if (!cli.waitForStarted(5000))
            return false;
        QByteArray pending;
        bool killed = false;
        QDeadlineTimer deadline(60000);
        while (cli.state() == QProcess::Running && !deadline.hasExpired() && !killed) {
            cli.waitForReadyRead(20);
            pending += cli.readAllStandardOutput();
            qsizetype nl;
            while (!killed && (nl = pending.indexOf('\n')) >= 0) {
                const QJsonObject e = QJsonDocument::fromJson(pending.left(nl)).object();
                pending.remove(0, nl + 1);
                if (when(e)) {
                    cli.kill();
                    killed = true;
                }
            }
        }
        cli.waitForFinished(5000);
        return killed;
    }

private slots:
    void init()
    {
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/jobs-kill-XXXXXX"));
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

    void killedAtAStepAndStartedAgainEndsVerifiedWithNothingHalfWritten_data()
    {
        QTest::addColumn<QString>("step");
        for (const QString &s : {JobSteps::Preflight, JobSteps::Backup, JobSteps::Transfer, JobSteps::Install,
                                 JobSteps::Reboot, JobSteps::Verify, JobSteps::Restore, JobSteps::SimPin})
            QTest::newRow(qPrintable(s)) << s;
    }
    void killedAtAStepAndStartedAgainEndsVerifiedWithNothingHalfWritten()
    {
        QFETCH(QString, step);
        // Settings the update wipes and the job must put back.
        startModule("cinterion", "EXS82-W", "01.000", "01.001", 60000,
                    {"AT+CGDCONT=1,\"IP\",\"iot.example\"", "AT^SCFG=\"Radio/Band/CatM\",\"00080004\""});
        if (QTest::currentTestFailed())
            return;
        QProcess cli;
        const bool killed = killAtEvent(cli, updateArgs(), [&step](const QJsonObject &e) {
            return e.value("event") == "step" && e.value("step") == step && e.value("outcome") == "running";
        });
        if (!killed)
            qWarning("the job passed step %s before it could be killed; checking the end state only", qPrintable(step));
        else
            QCOMPARE(cli.exitStatus(), QProcess::CrashExit);

        int code = -1;
        const QByteArray second = run(updateArgs(), &code, 90000);
        QVERIFY2(code == 0 || !killed, second.constData());
        QCOMPARE(simFirmware(), QStringLiteral("01.001"));
        const QByteArray scfg = run({"at", m_link, "AT^SCFG?", "--scan", m_dir->filePath("modems/*")});
        QVERIFY2(scfg.contains("\"Radio/Band/CatM\",\"00080004\""), scfg.constData());

        // The store: intact, every job ended, the killed one clearly so.
        Store store;
        QVERIFY(store.open(m_dir->filePath("fotadesk.sqlite")));
        QSqlQuery check(store.database());
        QVERIFY(check.exec("PRAGMA integrity_check") && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        JobStore jobs(&store);
        const QList<JobRecord> all = jobs.recentJobs();
        QVERIFY(!all.isEmpty());
        QCOMPARE(all.first().state, JobState::Succeeded);
        for (const JobRecord &job : all) {
            QVERIFY2(job.state != JobState::Running, qPrintable(QString::number(job.id)));
            QVERIFY(!job.message.isEmpty());
            for (const StepRecord &s : job.steps) {
                QVERIFY2(s.outcome != QLatin1String("running"), qPrintable(s.name));
                QVERIFY(s.ended.isValid());
            }
        }
        if (killed) {
            const JobRecord first = all.last();
            QVERIFY(first.lastStepNamed(step));
            // A kill right after AT^SNFOTA="act",2 leaves a commit point within the transfer step.
            if (JobSteps::mayBeBusy(step, first.commitPoint)) {
                // Taken up again under its own id: verified (or found not installed).
                QVERIFY2(first.state == JobState::Succeeded || first.reason == FailureReason::VersionMismatch,
                         qPrintable(first.message));
                QVERIFY(first.attempts >= 2);
            } else {
                QCOMPARE(first.state, JobState::Interrupted);
                QCOMPARE(first.lastStep, step);
                QVERIFY(first.message.contains(step));
            }
        }
    }

    // Killed while XMODEM runs at 921600: the module stays there. The next
    // run finds it at that rate, puts it back to the 115200 it had, and
    // updates it; the module ends at its own rate.
    void killedMidTransferAtAFasterRateLeavesTheModuleAtItsOwnRateAfterTheNextRun()
    {
        startModule("sierra-hl78xx", "HL7800", "BHL7800.1.6.3.0.20180803", "BHL7800.1.7.0.0.20190101", 400000,
                    {"AT+CGDCONT=1,\"IP\",\"iot.example\""});
        if (QTest::currentTestFailed())
            return;
        QProcess cli;
        qint32 rateAtKill = 0;
        QVERIFY(killAtEvent(cli, updateArgs("xmodem") << "--max-rate" << "921600", [&rateAtKill](const QJsonObject &e) {
            rateAtKill = e.value("baud").toInt();
            return e.value("event") == "progress" && e.value("phase") == "Transferring" && e.value("bytes").toInt() > 0;
        }));
        QCOMPARE(rateAtKill, 921600);
        QCOMPARE(simStatus().value("baud").toInt(), 921600);

        int code = -1;
        const QByteArray second = run(updateArgs("xmodem") << "--max-rate" << "921600", &code, 90000);
        QVERIFY2(code == 0, second.constData());
        const QJsonObject status = simStatus();
        QCOMPARE(status.value("firmware").toString(), QStringLiteral("BHL7800.1.7.0.0.20190101"));
        QCOMPARE(status.value("baud").toInt(), 115200);
        QList<JobRecord> all;
        verifyStoreSettled(&all);
        if (QTest::currentTestFailed())
            return;
        Store store;
        QVERIFY(store.open(m_dir->filePath("fotadesk.sqlite")));
        bool putBack = false;
        for (const JobEvent &e : JobStore(&store).events(all.first().id))
            putBack = putBack || e.text.contains("setting it back to 115200 baud");
        QVERIFY(putBack);
    }

    void killedRightAfterACommitCommandIsTakenUpAsBusyAndEndsVerifiedWithItsSettings_data()
    {
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("model");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("method");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("commit"); // the command's start, as the module reads it
        QTest::addColumn<CommitPoint::Kind>("kind");
        // Sent on +WDSI: 3 after the XMODEM transfer, while the step is still transfer.
        QTest::newRow("sierra-hl78xx xmodem, AT+WDSR=4")
            << "sierra-hl78xx" << "HL7800" << "BHL7800.1.6.3.0.20180803" << "BHL7800.1.7.0.0.20190101" << "xmodem"
            << 48000 << "AT+WDSR=4" << CommitPoint::Kind::Install;
        // Sent after the last AT+CFLW write, with the package's size and MD5.
        QTest::newRow("simcom-sim7020 cflw, AT+CFOTA=5")
            << "simcom-sim7020" << "SIM7020C" << "1752B05SIM7020C" << "1752B06SIM7020C" << "cflw" << 20000
            << "AT+CFOTA=5" << CommitPoint::Kind::Install;
        // The module downloads from its own FOTA server and installs alone:
        // the kill leaves it downloading, answering AT on its old firmware.
        QTest::newRow("simcom-sim7020 ota, AT+CFOTA=1")
            << "simcom-sim7020" << "SIM7020C" << "1752B05SIM7020C" << "1752B06SIM7020C" << "ota" << 20000
            << "AT+CFOTA=1" << CommitPoint::Kind::Download;
    }
    void killedRightAfterACommitCommandIsTakenUpAsBusyAndEndsVerifiedWithItsSettings()
    {
        QFETCH(QString, family);
        QFETCH(QString, model);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, method);
        QFETCH(int, size);
        QFETCH(QString, commit);
        QFETCH(CommitPoint::Kind, kind);
        startModule(family, model, from, to, size, {"AT+CGDCONT=1,\"IP\",\"iot.example\""}, method == "ota");
        if (QTest::currentTestFailed())
            return;

        // The simulator tells each command as it reads it: the kill follows
        // the commit command within a turn of this loop, before its answer.
        QLocalSocket watch;
        watch.connectToServer(SimModule::controlPathFor(m_link));
        QVERIFY(watch.waitForConnected(5000));
        watch.write("watch\n");
        QVERIFY(watch.waitForBytesWritten(2000));

        QProcess cli;
        cli.setProcessEnvironment(env());
        cli.start(binary("fotadesk-cli"), updateArgs(method));
        QVERIFY(cli.waitForStarted(5000));
        QByteArray seen;
        QString stepAtKill;
        bool killed = false;
        QDeadlineTimer deadline(60000);
        while (cli.state() == QProcess::Running && !deadline.hasExpired() && !killed) {
            watch.waitForReadyRead(10);
            while (!killed && watch.canReadLine()) {
                const QJsonObject e = QJsonDocument::fromJson(watch.readLine()).object();
                if (e.value("command").toString().startsWith(commit, Qt::CaseInsensitive)) {
                    cli.kill(); // SIGKILL: nothing more of the job is written by that process
                    killed = true;
                }
            }
            seen += cli.readAllStandardOutput();
        }
        cli.waitForFinished(5000);
        seen += cli.readAllStandardOutput();
        QVERIFY2(killed, seen.constData());
        QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
        // The flow had not left the transfer step: the defect's very case.
        for (const QByteArray &line : seen.split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value("event") == "step" && e.value("outcome") == "running")
                stepAtKill = e.value("step").toString();
        }
        QCOMPARE(stepAtKill, JobSteps::Transfer);

        // Started again: the killed job is waited for, verified and restored
        // under its id, and that ends the run (never "already runs").
        int code = -1;
        const QByteArray second = run(updateArgs(method), &code, 120000);
        QVERIFY2(code == 0, second.constData());
        QCOMPARE(simFirmware(), to);
        const QByteArray apn = run({"at", m_link, "AT+CGDCONT?", "--scan", m_dir->filePath("modems/*")});
        QVERIFY2(apn.contains("iot.example"), (apn + "\n--- the second run:\n" + second).constData());

        QList<JobRecord> all;
        verifyStoreSettled(&all);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(all.size(), 1); // no second job: the first one did the update
        const JobRecord job = all.first();
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message));
        QCOMPARE(job.attempts, 2);
        QCOMPARE(job.commitPoint.kind, kind);
        QVERIFY2(job.commitPoint.command.startsWith(commit), qPrintable(job.commitPoint.command));
        QCOMPARE(job.lastStepNamed(JobSteps::Restore)->outcome, QStringLiteral("ok"));
    }
};

QTEST_GUILESS_MAIN(tst_JobsKill)
#include "tst_jobs_kill.moc"
