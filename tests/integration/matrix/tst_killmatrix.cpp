// The kill matrix's fast subset: each family once, killed with SIGKILL by
// fotadesk-cli's own events or right after a commit command reached the
// simulated module, then started again. The whole matrix is
// bench/killmatrix/run.sh; the rows here are its case names.
#include "caserunner.h"
#include "matrixcases.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

class tst_KillMatrix : public QObject
{
    Q_OBJECT

private slots:
    void killedAndStartedAgainEndsVerifiedWithItsSettings_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"sierra-hl78xx/xmodem commit:+WDSR=4", "simcom-sim7020/cflw transfer@40%",
                                 "cinterion/snfota step:backup", "telit-pfm/pfm-ota step:transfer"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void killedAndStartedAgainEndsVerifiedWithItsSettings()
    {
        QFETCH(QString, name);
        const QList<MatrixCase> all = MatrixCases::killMatrix();
        const auto c = std::find_if(all.begin(), all.end(), [&](const MatrixCase &m) { return m.name() == name; });
        QVERIFY2(c != all.end(), qPrintable(name));
        CaseRunner::Settings settings;
        settings.binDir = qEnvironmentVariable("FOTADESK_BIN_DIR");
        settings.workDir = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath()) + QStringLiteral("/killmatrix");
        settings.attemptWatchdog = std::chrono::seconds(40);
        CaseRunner runner(*c, settings);
        QSignalSpy done(&runner, &CaseRunner::finished);
        runner.start();
        QVERIFY(done.wait(120000));
        const CaseResult &r = runner.result();
        QVERIFY2(r.passed, qPrintable(r.detail + QStringLiteral(" [") + r.folder + QLatin1Char(']')));
        QVERIFY2(r.endState != QLatin1String("not-reached"), qPrintable(r.detail)); // the kill happened
        QCOMPARE(r.endState, QStringLiteral("verified"));
        QVERIFY(r.attempts >= 2);
    }
};

QTEST_GUILESS_MAIN(tst_KillMatrix)
#include "tst_killmatrix.moc"
