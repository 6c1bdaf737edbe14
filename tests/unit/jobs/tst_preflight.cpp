#include "jobtestbench.h"

#include "jobs/preflight.h"

#include <QSignalSpy>
#include <QTest>

// Every preflight refusal names its reason; only overridable findings can be
// overridden, and only explicitly.
class tst_Preflight : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ModuleSession> m_session;
    FakeModule m_module;
    PackageInfo m_package;

    PreflightReport run(const UpdateRequest &request = {}, PreflightOptions options = {})
    {
        if (options.owner.isEmpty())
            options.owner = QStringLiteral("job 1");
        Preflight preflight(m_session.get(), m_package, request, options);
        QSignalSpy finished(&preflight, &Preflight::finished);
        preflight.start();
        if (!finished.wait(5000) && finished.isEmpty())
            return {};
        return finished.first().first().value<PreflightReport>();
    }

    static QList<Applicability::Issue> issues(const PreflightReport &r)
    {
        QList<Applicability::Issue> out;
        for (const auto &f : r.checks.findings)
            out << f.issue;
        return out;
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<PreflightReport>();
    }

    void init()
    {
        m_session = std::make_unique<ModuleSession>(testIdentity());
        attachModule(m_module, *m_session, testIdentity());
        m_package = writePackage(m_dir.filePath(QStringLiteral("pkg.bin")));
    }

    void cleanup() { m_session.reset(); }

    void aModuleThatFitsThePackagePasses()
    {
        const PreflightReport r = run();
        QVERIFY2(r.passed, qPrintable(r.message));
        QVERIFY(!r.overridden);
        QCOMPARE(r.reason, FailureReason::None);
        QCOMPARE(m_session->owner(), QStringLiteral("job 1"));
        QCOMPARE(r.figures.value("packageSha256").toString(), m_package.sha256);
    }

    void eachRefusalSaysWhy_data()
    {
        QTest::addColumn<QString>("setup");
        QTest::addColumn<int>("issue");
        QTest::addColumn<int>("reason");
        QTest::addColumn<QString>("wording");
        QTest::addColumn<bool>("overridable");
        QTest::newRow("other family") << "family" << int(Applicability::Issue::OtherFamily) << int(FailureReason::NotApplicable) << "Cinterion" << false;
        QTest::newRow("other model") << "model" << int(Applicability::Issue::OtherModel) << int(FailureReason::NotApplicable) << "HE910" << false;
        QTest::newRow("other base version") << "base" << int(Applicability::Issue::WrongBaseVersion) << int(FailureReason::NotApplicable) << "09.99.999" << true;
        QTest::newRow("already on target") << "target" << int(Applicability::Issue::AlreadyOnTarget) << int(FailureReason::NotApplicable) << "already runs" << true;
        QTest::newRow("larger than the partition") << "size" << int(Applicability::Issue::TooLarge) << int(FailureReason::NoSpace) << "partition" << false;
        QTest::newRow("unsupported method") << "method" << int(Applicability::Issue::MethodUnsupported) << int(FailureReason::NotApplicable) << "cflw" << false;
        QTest::newRow("SIM PIN unknown") << "pin" << int(Applicability::Issue::SimPinNeeded) << int(FailureReason::SimLocked) << "PIN" << false;
        QTest::newRow("SIM PIN wrong") << "wrongpin" << int(Applicability::Issue::SimPinNeeded) << int(FailureReason::SimLocked) << "refused the PIN" << false;
        QTest::newRow("SIM blocked") << "puk" << int(Applicability::Issue::SimPinNeeded) << int(FailureReason::SimLocked) << "PUK" << false;
        QTest::newRow("autobaud, policy refuse") << "autobaud" << int(Applicability::Issue::AutobaudOn) << int(FailureReason::NotApplicable) << "AT+IPR" << false;
        QTest::newRow("another job owns it") << "busy" << int(Applicability::Issue::Busy) << int(FailureReason::NotApplicable) << "job 7" << false;
        QTest::newRow("package changed on disk") << "changed" << int(Applicability::Issue::PackageChanged) << int(FailureReason::Integrity) << "changed on disk" << false;
        QTest::newRow("package file gone") << "gone" << int(Applicability::Issue::PackageUnreadable) << int(FailureReason::Integrity) << "cannot be read" << false;
        QTest::newRow("not connected") << "unplugged" << int(Applicability::Issue::NotConnected) << int(FailureReason::PortLost) << "not connected" << false;
    }
    void eachRefusalSaysWhy()
    {
        QFETCH(QString, setup);
        QFETCH(int, issue);
        QFETCH(int, reason);
        QFETCH(QString, wording);
        QFETCH(bool, overridable);
        UpdateRequest request;
        PreflightOptions options;
        if (setup == "family") {
            m_package.family = Family::Cinterion;
        } else if (setup == "model") {
            m_package.model = QStringLiteral("HE910");
        } else if (setup == "base") {
            m_package.fromVersion = QStringLiteral("09.99.999");
        } else if (setup == "target") {
            m_package.toVersion = QStringLiteral("10.00.005");
        } else if (setup == "size") {
            ModuleIdentity id = testIdentity();
            id.family = Family::SimcomSim7020;
            id.model = QStringLiteral("SIM7020C");
            m_session->updateIdentity(id);
            m_package.family = Family::SimcomSim7020;
            m_package.model = QStringLiteral("SIM7020C");
            m_package.fromVersion = id.firmware;
            m_package.size = 2 * 1024 * 1024;
        } else if (setup == "method") {
            request.method = UpdateMethod::Cflw;
        } else if (setup == "pin") {
            m_module.simState = QStringLiteral("SIM PIN");
        } else if (setup == "wrongpin") {
            m_module.simState = QStringLiteral("SIM PIN");
            request.simPin = QStringLiteral("9999");
        } else if (setup == "puk") {
            m_module.simState = QStringLiteral("SIM PUK");
        } else if (setup == "autobaud") {
            m_module.rate = QStringLiteral("0");
            options.fixedRateRequired = true;
            options.autobaud = AutobaudPolicy::Refuse;
        } else if (setup == "busy") {
            QVERIFY(m_session->claim(QStringLiteral("job 7")));
        } else if (setup == "changed") {
            QFile f(m_package.path);
            QVERIFY(f.open(QIODevice::Append));
            f.write("tampered");
        } else if (setup == "gone") {
            QVERIFY(QFile::remove(m_package.path));
        } else if (setup == "unplugged") {
            m_module.port->simulateLoss();
        }
        const PreflightReport r = run(request, options);
        QVERIFY(!r.passed);
        QVERIFY2(issues(r).contains(Applicability::Issue(issue)), qPrintable(r.message));
        QCOMPARE(r.reason, FailureReason(reason));
        QVERIFY2(r.message.contains(wording), qPrintable(r.message));
        QVERIFY(!r.advice.isEmpty());
        QCOMPARE(r.checks.appliesWithOverride(), overridable);
        // The PIN never appears in what is reported.
        QVERIFY(!r.message.contains("9999"));
    }

    void anOverridableFindingPassesOnlyWhenOverridden()
    {
        m_package.fromVersion = QStringLiteral("09.99.999");
        QVERIFY(!run().passed);
        PreflightOptions options;
        options.overrideChecks = true;
        const PreflightReport r = run({}, options);
        QVERIFY(r.passed);
        QVERIFY(r.overridden);
        QVERIFY(r.message.contains("09.99.999"));
    }

    void anOverrideNeverCoversAFindingThatIsNotOverridable()
    {
        m_package.fromVersion = QStringLiteral("09.99.999"); // overridable
        m_package.model = QStringLiteral("HE910");           // not overridable
        PreflightOptions options;
        options.overrideChecks = true;
        const PreflightReport r = run({}, options);
        QVERIFY(!r.passed);
        QCOMPARE(r.reason, FailureReason::NotApplicable);
        QVERIFY(r.message.contains("HE910"));
    }

    void autobaudingIsFixedAtTheRateInUse()
    {
        m_module.rate = QStringLiteral("0");
        PreflightOptions options;
        options.fixedRateRequired = true;
        const PreflightReport r = run({}, options);
        QVERIFY2(r.passed, qPrintable(r.message));
        QVERIFY(m_module.module->received().contains("AT+IPR=115200"));
        QCOMPARE(m_module.rate, QStringLiteral("115200"));
        QVERIFY(r.figures.value("autobaudFixed").toBool());
    }

    void theRateIsLeftAloneForFamiliesThatDoNotNeedIt()
    {
        m_module.rate = QStringLiteral("0");
        QVERIFY(run().passed);
        QVERIFY(!m_module.module->received().contains("AT+IPR?"));
    }

    void aSimPinThatIsGivenIsEnteredOnce()
    {
        m_module.simState = QStringLiteral("SIM PIN");
        UpdateRequest request;
        request.simPin = QStringLiteral("1234");
        const PreflightReport r = run(request);
        QVERIFY2(r.passed, qPrintable(r.message));
        QCOMPARE(m_module.module->received().count("AT+CPIN=\"1234\""), 1);
        QCOMPARE(m_module.simState, QStringLiteral("READY"));
    }

    void anOtaJobWithoutAPackageFileSkipsTheHashCheck()
    {
        m_package.path.clear();
        const PreflightReport r = run();
        QVERIFY2(r.passed, qPrintable(r.message));
        QVERIFY(!r.figures.contains("packageSha256"));
    }
};

QTEST_GUILESS_MAIN(tst_Preflight)
#include "tst_preflight.moc"
