#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobsteps.h"
#include "packages/simpackage.h"
#include "testprograms.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// fotadesk-cli update killed with SIGKILL at each step (seen in its
// --json-events output) and started again: the module ends verified on the
// new firmware with its settings, or the job is clearly interrupted; the
// store never holds a half-written record.
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

    QStringList updateArgs() const
    {
        return {"update", m_link, "--package", m_package, "--json-events", "--store", m_dir->filePath("fotadesk.sqlite"),
                "--scan", m_dir->filePath("modems/*")};
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

    QString simFirmware()
    {
        const QByteArray status = run({"control", "--link", m_link, "status"});
        return QJsonDocument::fromJson(status.trimmed()).object().value("firmware").toString();
    }

private slots:
    void init()
    {
        const QString base = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath());
        QDir().mkpath(base);
        m_dir = std::make_unique<QTemporaryDir>(base + QStringLiteral("/jobs-kill-XXXXXX"));
        QVERIFY(m_dir->isValid());
        QVERIFY(QDir().mkpath(m_dir->filePath("modems")));
        m_link = m_dir->filePath("modems/cinterion-0");
        m_package = m_dir->filePath("diff.usf");
        QFile f(m_package);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(SimPackage::make(Family::Cinterion, "EXS82-W", "01.000", "01.001", 60000));
        f.close();
        QFile manifest(m_package + ".json");
        QVERIFY(manifest.open(QIODevice::WriteOnly));
        manifest.write(R"({"family":"cinterion","model":"EXS82-W","from":"01.000","to":"01.001"})");
        manifest.close();

        m_sim = std::make_unique<QProcess>();
        m_sim->setProcessEnvironment(env());
        m_sim->start(binary("fotadesk-sim"), {"--family", "cinterion", "--link", m_link, "--firmware", "01.000",
                                              "--time-scale", "0.05", "--reboot-ms", "300"});
        QVERIFY(m_sim->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(m_link), 10000);
        // Settings the update wipes and the job must put back.
        int code = -1;
        const QByteArray out = run({"at", m_link, "AT+CGDCONT=1,\"IP\",\"iot.example\"",
                                    "AT^SCFG=\"Radio/Band/CatM\",\"00080004\"", "--scan", m_dir->filePath("modems/*")},
                                   &code);
        QVERIFY2(code == 0, out.constData());
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
        QProcess cli;
        cli.setProcessEnvironment(env());
        cli.start(binary("fotadesk-cli"), updateArgs());
        QVERIFY(cli.waitForStarted(5000));
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
                if (e.value("event") == "step" && e.value("step") == step && e.value("outcome") == "running") {
                    cli.kill(); // SIGKILL: no cleanup of any kind
                    killed = true;
                }
            }
        }
        cli.waitForFinished(5000);
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
            if (JobSteps::reachedInstall(step)) {
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
};

QTEST_GUILESS_MAIN(tst_JobsKill)
#include "tst_jobs_kill.moc"
