#include "jobtestbench.h"

#include "jobs/jobevents.h"
#include "jobs/jobsteps.h"
#include "jobs/settingsreader.h"
#include "jobs/settingsrestorer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>

// A SIM7020 whose APN needs a login: the backup reads *MCGDEFCONT with the
// password in it. The password is restored from memory, and never reaches the
// step figures, the store or --json-events; a restore from the figures (after
// a crash) restores the rest and says which setting must be entered again.
class tst_SettingsSecrets : public QObject
{
    Q_OBJECT

private:
    static inline const QString kPassword = QStringLiteral("s3cretPw");
    static inline const QString kLogin = QStringLiteral("\"IP\",\"internet\",\"apnuser\",\"s3cretPw\"");
    static inline const QString kDefault = QStringLiteral("\"IP\",\"cmnbiot\"");

    std::unique_ptr<TestStore> m_store;
    std::unique_ptr<ModuleSession> m_session;
    FakeModule m_module;
    FakeDriver m_driver{Family::SimcomSim7020};
    QPointer<FakeFlow> m_flow;
    PackageInfo m_package;
    std::unique_ptr<UpdateJob> m_job;
    QString m_mcg;
    QString m_band;

    void scriptSim7020()
    {
        m_module.module->onPrefix(QStringLiteral("AT*MCGDEFCONT?"), [this](const QString &) {
            return QStringLiteral("\r\n*MCGDEFCONT: %1\r\n\r\nOK\r\n").arg(m_mcg).toLatin1();
        });
        m_module.module->onPrefix(QStringLiteral("AT*MCGDEFCONT="), [this](const QString &cmd) {
            m_mcg = cmd.mid(14);
            return QByteArray("\r\nOK\r\n");
        });
        m_module.module->onPrefix(QStringLiteral("AT+CBAND?"), [this](const QString &) {
            return QStringLiteral("\r\n+CBAND: %1\r\n\r\nOK\r\n").arg(m_band).toLatin1();
        });
        m_module.module->onPrefix(QStringLiteral("AT+CBAND="), [this](const QString &cmd) {
            m_band = cmd.mid(9);
            return QByteArray("\r\nOK\r\n");
        });
    }

    void wipe()
    {
        m_mcg = kDefault;
        m_band = QStringLiteral("3,5,8,20");
    }

    SettingsSnapshot backup(const SettingsProfile &profile)
    {
        SettingsReader reader(m_session.get(), profile);
        QSignalSpy done(&reader, &SettingsReader::finished);
        reader.start();
        if (!done.wait(5000))
            return {};
        return done.first().first().value<SettingsSnapshot>();
    }

    RestoreReport restore(const SettingsProfile &profile, const SettingsSnapshot &saved)
    {
        SettingsRestorer restorer(m_session.get(), profile, saved);
        QSignalSpy done(&restorer, &SettingsRestorer::finished);
        restorer.start();
        if (!done.wait(5000))
            return {};
        return done.first().first().value<RestoreReport>();
    }

    static QByteArray json(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<SettingsSnapshot>();
        qRegisterMetaType<RestoreReport>();
    }

    void init()
    {
        m_store = std::make_unique<TestStore>();
        QVERIFY(m_store->store.isOpen());
        const ModuleIdentity identity = testIdentity(0, Family::SimcomSim7020);
        m_session = std::make_unique<ModuleSession>(identity);
        attachModule(m_module, *m_session, identity);
        m_mcg = kLogin;
        m_band = QStringLiteral("8,20");
        scriptSim7020();
        m_package = writePackage(m_store->dir.filePath(QStringLiteral("pkg.bin")));
        m_package.family = Family::SimcomSim7020;
        m_driver.make = [this](ModuleSession *s, const UpdateRequest &r) {
            auto flow = std::make_unique<FakeFlow>(s, r);
            flow->onInstalled = [this] { wipe(); };
            m_flow = flow.get();
            return flow;
        };
    }

    void cleanup()
    {
        m_job.reset();
        m_flow = nullptr;
        m_session.reset();
        m_store.reset();
    }

    void theApnPasswordIsRestoredButNeverInTheFiguresOrTheJsonEvents()
    {
        JobContext c;
        c.store = &m_store->jobs;
        c.drivers = [this](Family) { return &m_driver; };
        c.profiles = [](Family f) { return SettingsProfile::forFamily(f); };
        m_job = std::make_unique<UpdateJob>(m_session.get(), m_package, UpdateRequest{}, JobOptions{}, c);
        UpdateJob *job = m_job.get();
        QSignalSpy finished(job, &UpdateJob::finished);
        QStringList events; // what --json-events would print, as the steps end
        connect(job, &UpdateJob::stepFinished, this, [&](const StepRecord &s) {
            events << QString::fromUtf8(json(JobEvents::step(job->id(), job->moduleId(), s)));
        });
        QVERIFY(job->prepare());
        job->start();
        QVERIFY(QTest::qWaitFor([this] { return m_flow && m_flow->started; }, 5000));
        m_flow->go(UpdatePhase::Installing);
        m_flow->go(UpdatePhase::Rebooting);
        m_flow->go(UpdatePhase::Reconnected);
        m_flow->ok();
        QTRY_COMPARE(finished.size(), 1);

        const JobRecord stored = *m_store->jobs.job(job->id());
        QCOMPARE(stored.state, JobState::Succeeded);
        // Restored from memory: the module has its login back, password included.
        QCOMPARE(m_mcg, kLogin);
        QVERIFY(m_module.module->received().contains("AT*MCGDEFCONT=" + kLogin));

        const StepRecord *backupStep = stored.lastStepNamed(JobSteps::Backup);
        QVERIFY(backupStep);
        const QByteArray backupFigures = json(backupStep->figures);
        QVERIFY2(!backupFigures.contains(kPassword.toUtf8()), backupFigures.constData());
        // The rest stays readable, and the entry says it was masked.
        QVERIFY2(backupFigures.contains("\\\"internet\\\",\\\"apnuser\\\",\\\"***\\\""), backupFigures.constData());
        QVERIFY(backupFigures.contains("\"masked\":true"));

        for (const StepRecord &s : stored.steps) {
            const QByteArray figures = json(s.figures);
            QVERIFY2(!figures.contains(kPassword.toUtf8()), qPrintable(s.name + ": " + figures));
            QVERIFY2(!s.detail.contains(kPassword), qPrintable(s.detail));
        }
        QVERIFY(!events.isEmpty());
        QVERIFY(std::any_of(events.cbegin(), events.cend(), [](const QString &e) { return e.contains("apnuser"); }));
        for (const QString &e : std::as_const(events))
            QVERIFY2(!e.contains(kPassword), qPrintable(e));
        QVERIFY(!json(JobEvents::finished(stored)).contains(kPassword.toUtf8()));
    }

    void aRestoreFromTheFiguresRestoresTheRestAndNamesTheSettingToEnterAgain()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::SimcomSim7020);
        const SettingsSnapshot taken = backup(profile);
        QVERIFY(!taken.isEmpty());
        QCOMPARE(taken.find("*MCGDEFCONT")->values, QStringList{kLogin}); // memory: the real value
        // What a restart reads back from the backup step's figures.
        const SettingsSnapshot recorded = SettingsSnapshot::fromJson(taken.toJson());
        QVERIFY(recorded.find("*MCGDEFCONT")->masked);
        QVERIFY(!recorded.find("+CBAND")->masked);

        wipe();
        const qsizetype from = m_module.module->received().size();
        const RestoreReport report = restore(profile, recorded);
        const QStringList sent = m_module.module->received().mid(from);
        // No "***" (nor anything else) written as the APN login ...
        for (const QString &cmd : sent)
            QVERIFY2(!cmd.startsWith("AT*MCGDEFCONT="), qPrintable(cmd));
        // ... the band, not secret, is restored ...
        QVERIFY2(sent.contains("AT+CBAND=8,20"), qPrintable(sent.join(' ')));
        QCOMPARE(m_band, QStringLiteral("8,20"));
        // ... and the person is told which setting to enter again, once.
        QCOMPARE(report.notRestored.size(), 1);
        QVERIFY(report.notRestored.first().contains("*MCGDEFCONT"));
        QVERIFY(report.notRestored.first().contains("enter it again"));
        QVERIFY(report.differences.isEmpty());
        for (const QString &w : report.warnings())
            QVERIFY2(!w.contains(kPassword), qPrintable(w));
    }

    void aSecretSettingTheUpdateKeptNeedsNoWarningAfterACrash()
    {
        const SettingsProfile profile = SettingsProfile::forFamily(Family::SimcomSim7020);
        const SettingsSnapshot recorded = SettingsSnapshot::fromJson(backup(profile).toJson());
        const qsizetype from = m_module.module->received().size();
        const RestoreReport report = restore(profile, recorded);
        QVERIFY2(report.clean(), qPrintable(report.warnings().join('\n')));
        for (const QString &cmd : m_module.module->received().mid(from))
            QVERIFY2(cmd.endsWith('?') || cmd.startsWith("AT+CFUN"), qPrintable(cmd));
    }

    void differencesShownAfterARestoreAreMasked()
    {
        SettingsSnapshot before;
        SettingValue mcg;
        mcg.name = QStringLiteral("*MCGDEFCONT");
        mcg.values = {kLogin};
        before.entries << mcg;
        SettingsSnapshot after = before;
        after.entries[0].values = {kDefault};
        const QList<SettingDifference> diffs = SettingsSnapshot::compare(before, after);
        QCOMPARE(diffs.size(), 1);
        QVERIFY(!diffs.first().describe().contains(kPassword));
        QVERIFY(diffs.first().describe().contains("apnuser"));
        RestoreReport report;
        report.differences = diffs;
        QVERIFY(!json(report.toJson()).contains(kPassword.toUtf8()));
    }

    void jsonEventsMaskWhateverFiguresAStepCarries()
    {
        StepRecord s;
        s.name = JobSteps::Backup;
        s.outcome = QStringLiteral("ok");
        s.detail = QStringLiteral("sent AT+CPIN=\"1234\"");
        // Figures written by code that did not mask (a snapshot from elsewhere).
        s.figures = {{"settings", QJsonArray{QJsonObject{{"name", "^SGAUTH"},
                                                         {"values", QJsonArray{"1,2,\"pw5\",\"user\""}}}}},
                     {"note", "AT+CMEE=2;+CPIN=4321"}};
        const QByteArray out = json(JobEvents::step(1, QStringLiteral("m"), s));
        QVERIFY2(!out.contains("pw5") && !out.contains("1234") && !out.contains("4321"), out.constData());
        QVERIFY(out.contains("user"));
    }
};

QTEST_GUILESS_MAIN(tst_SettingsSecrets)
#include "tst_settingssecrets.moc"
