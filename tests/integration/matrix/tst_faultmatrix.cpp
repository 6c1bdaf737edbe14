// The fault matrix's fast subset: a fault per family the engine must ride
// out or classify rightly, with no crash and no hang past the watchdog. The
// whole matrix is bench/faultmatrix/run.sh; the rows here are its case names.
#include "caserunner.h"
#include "matrixcases.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

class tst_FaultMatrix : public QObject
{
    Q_OBJECT

private slots:
    void aFaultEndsVerifiedOrRightlyClassified_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("endState");
        QTest::newRow("xmodem c-nak") << "sierra-hl78xx/xmodem c-nak" << "verified";
        QTest::newRow("xmodem dup-ack") << "sierra-hl78xx/xmodem dup-ack:5" << "verified";
        QTest::newRow("http-fs server error") << "simcom-sim7020/http-fs http:500" << "classified";
        QTest::newRow("cinterion urc flood") << "cinterion/snfota urc-flood:300" << "verified";
    }

    void aFaultEndsVerifiedOrRightlyClassified()
    {
        QFETCH(QString, name);
        QFETCH(QString, endState);
        const QList<MatrixCase> all = MatrixCases::faultMatrix();
        const auto c = std::find_if(all.begin(), all.end(), [&](const MatrixCase &m) { return m.name() == name; });
        QVERIFY2(c != all.end(), qPrintable(name));
        CaseRunner::Settings settings;
        settings.binDir = qEnvironmentVariable("FOTADESK_BIN_DIR");
        settings.workDir = qEnvironmentVariable("FOTADESK_TEST_TMP", QDir::tempPath()) + QStringLiteral("/faultmatrix");
        settings.attemptWatchdog = std::chrono::seconds(40);
        CaseRunner runner(*c, settings);
        QSignalSpy done(&runner, &CaseRunner::finished);
        runner.start();
        QVERIFY(done.wait(100000));
        const CaseResult &r = runner.result();
        QVERIFY2(!r.crashed && !r.hung, qPrintable(r.detail));
        QVERIFY2(r.passed, qPrintable(r.detail + QStringLiteral(" [") + r.folder + QLatin1Char(']')));
        QCOMPARE(r.endState, endState);
    }
};

QTEST_GUILESS_MAIN(tst_FaultMatrix)
#include "tst_faultmatrix.moc"
