#include "jobsimbench.h"

#include "jobs/jobsteps.h"
#include "modules/moduledriver.h"

// A full job per family and method against the simulator: the module is
// found by discovery, checked, its settings backed up, updated by the
// family's real flow, found again after its reboot, verified, its settings
// restored, and everything recorded.
class tst_JobsSim : public QObject
{
    Q_OBJECT

private:
    JobSimBench m_bench;

private slots:
    void init() { QVERIFY(m_bench.setUp(QStringLiteral("jobs-sim"))); }
    void cleanup() { m_bench.tearDown(); }

    void aFullJobUpdatesTheModuleAndKeepsItsSettings_data()
    {
        QTest::addColumn<int>("family");
        QTest::addColumn<int>("method");
        QTest::addColumn<QStringList>("settings");  // set before the update
        QTest::addColumn<QString>("readBack");      // read after it
        QTest::addColumn<QStringList>("expect");    // in the answer
        QTest::newRow("cinterion ota")
            << int(Family::Cinterion) << int(UpdateMethod::Ota)
            << QStringList{"AT+CGDCONT=1,\"IP\",\"iot.example\"", "AT^SCFG=\"Radio/Band/CatM\",\"00080004\"", "AT+CEMODE=0"}
            << "AT^SCFG?" << QStringList{"\"Radio/Band/CatM\",\"00080004\""};
        QTest::newRow("telit pfm ota")
            << int(Family::TelitPfm) << int(UpdateMethod::Ota) << QStringList{"AT#SLED=2,1,1", "AT#NITZ=1"}
            << "AT#SLED?" << QStringList{"#SLED: 2,1,1"};
        // The SIM7020's APN is written with the radio off; the update resets it.
        const QStringList sim7020Apn{"AT+CFUN=0", "AT*MCGDEFCONT=\"IP\",\"iot.example\"", "AT+CFUN=1"};
        for (const auto &[name, method] : {std::pair{"sim7020 ota", UpdateMethod::Ota},
                                           std::pair{"sim7020 cflw", UpdateMethod::Cflw},
                                           std::pair{"sim7020 http-fs", UpdateMethod::HttpFs}})
            QTest::newRow(name) << int(Family::SimcomSim7020) << int(method) << sim7020Apn << "AT*MCGDEFCONT?"
                                << QStringList{"\"IP\",\"iot.example\""};
        // AirVantage needs an APN on the device-services context (+CME ERROR: 650
        // otherwise); the install wipes the contexts, the job puts them back.
        QTest::newRow("hl78xx ota") << int(Family::SierraHl78xx) << int(UpdateMethod::Ota)
                                    << QStringList{"AT+CGDCONT=1,\"IP\",\"iot.example\"", "AT+WDSS=2,1"}
                                    << "AT+CGDCONT?" << QStringList{"1,\"IP\",\"iot.example\""};
        QTest::newRow("hl78xx xmodem") << int(Family::SierraHl78xx) << int(UpdateMethod::Xmodem)
                                       << QStringList{"AT+CGDCONT=2,\"IP\",\"m2m.example\""}
                                       << "AT+CGDCONT?" << QStringList{"2,\"IP\",\"m2m.example\""};
    }
    void aFullJobUpdatesTheModuleAndKeepsItsSettings()
    {
        QFETCH(int, family);
        QFETCH(int, method);
        QFETCH(QStringList, settings);
        QFETCH(QString, readBack);
        QFETCH(QStringList, expect);
        const Family f = Family(family);
        const ModuleDriver *driver = ModuleDriver::forFamily(f);
        QVERIFY2(driver->supports(UpdateMethod(method)), "the family's driver does not offer the method");

        const PackageInfo package = m_bench.package(f);
        SimModule *sim = m_bench.startSim(f, 0, {}, package.path);
        QVERIFY(sim);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);
        for (const QString &command : settings)
            QVERIFY2(JobSimBench::at(session, command).ok(), qPrintable(command));

        UpdateRequest request;
        request.method = UpdateMethod(method);
        if (f == Family::TelitPfm)
            request.pfmServerNumber = QStringLiteral("+391234560001");
        QSignalSpy finished(m_bench.runner.get(), &JobRunner::jobFinished);
        bool interlockChecked = false;
        connect(m_bench.runner.get(), &JobRunner::jobProgress, this,
                [&, sim](const QString &, qint64, const UpdateProgress &p) {
                    // The PFM server offers the package once the module waits for it.
                    if (p.phase == UpdatePhase::WaitingForServer)
                        QTimer::singleShot(0, sim, [sim] { sim->serverRequest(true); });
                    if (p.phase == UpdatePhase::Downloading && f == Family::TelitPfm && !interlockChecked) {
                        interlockChecked = true;
                        QTimer::singleShot(0, this, [&, session] {
                            const AtResult r = JobSimBench::at(session, QStringLiteral("AT#SGACT=1,1"));
                            QCOMPARE(r.status, AtStatus::Refused);
                            QVERIFY(r.detail.contains("inhibited"));
                        });
                    }
                });
        QString refusal;
        const qint64 id = m_bench.runner->start(session, package, request, {}, &refusal);
        QVERIFY2(id > 0, qPrintable(refusal));
        QVERIFY(finished.wait(60000));
        const JobRecord job = *m_bench.jobs->job(id);
        QVERIFY2(job.state == JobState::Succeeded, qPrintable(job.message + " / " + job.lastStep));
        QCOMPARE(job.firmwareAfter, simFamily(f).to);
        QCOMPARE(sim->firmware(), simFamily(f).to);
        QStringList names;
        for (const StepRecord &s : job.steps)
            names << s.name;
        for (const QString &step : {JobSteps::Preflight, JobSteps::Backup, JobSteps::Transfer, JobSteps::Reboot,
                                    JobSteps::Verify, JobSteps::Restore, JobSteps::SimPin, JobSteps::Record})
            QVERIFY2(names.contains(step), qPrintable(names.join(' ')));
        // The one warning a clean job may carry: a module that downloads from
        // FotaDesk's server is told that server listens on loopback only.
        const bool downloadsFromFotaDesk = driver->downloadsFromPackageServer(UpdateMethod(method), request);
        QCOMPARE(job.warnings.size(), downloadsFromFotaDesk ? 1 : 0);
        if (downloadsFromFotaDesk)
            QVERIFY2(job.warnings.first().contains("reachable from this computer only"), qPrintable(job.warnings.first()));
        if (f == Family::TelitPfm)
            QVERIFY(interlockChecked);

        // The settings the install wiped are back.
        const AtResult after = JobSimBench::at(m_bench.sessionOf(sim), readBack);
        for (const QString &e : expect)
            QVERIFY2(after.lines.join('\n').contains(e), qPrintable(after.lines.join('\n')));
        if (!settings.isEmpty())
            QVERIFY(job.lastStepNamed(JobSteps::Restore)->figures.value("written").toInt() >= 1);

        // Recorded: the inventory knows the new firmware; the transcript has the exchange.
        QCOMPARE(m_bench.inventory->device(session->id())->identity.firmware, simFamily(f).to);
        QFile transcript(job.transcriptPath);
        QVERIFY(transcript.open(QIODevice::ReadOnly));
        QVERIFY(transcript.readAll().contains("step restore started"));
    }

    void aPreflightRefusalTouchesNothing()
    {
        const PackageInfo package = m_bench.package(Family::Cinterion);
        SimModule *sim = m_bench.startSim(Family::Cinterion, 0);
        QVERIFY(sim);
        m_bench.startDiscovery();
        ModuleSession *session = m_bench.waitForSessions(1);
        QVERIFY(session);
        PackageInfo other = package;
        other.fromVersion = QStringLiteral("00.999");
        QSignalSpy finished(m_bench.runner.get(), &JobRunner::jobFinished);
        const qint64 id = m_bench.runner->start(session, other);
        QVERIFY(finished.wait(10000));
        const JobRecord job = *m_bench.jobs->job(id);
        QCOMPARE(job.state, JobState::Failed);
        QCOMPARE(job.reason, FailureReason::NotApplicable);
        QVERIFY(job.message.contains("00.999"));
        QCOMPARE(sim->firmware(), simFamily(Family::Cinterion).from);
    }
};

QTEST_GUILESS_MAIN(tst_JobsSim)
#include "tst_jobs_sim.moc"
