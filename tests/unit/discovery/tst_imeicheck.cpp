#include "discovery/imeicheck.h"

#include <QTest>

// What Discovery takes for a module's IMEI: right check digits, the 14- and
// 16-digit forms, and never a made-up number, unless the station says it is a
// known test IMEI.
class tst_ImeiCheck : public QObject
{
    Q_OBJECT

private slots:
    void anImeiIsTakenOnlyWhenItCanBeReal_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<QStringList>("accepted");
        QTest::addColumn<int>("verdict");
        QTest::addColumn<QString>("imei"); // empty: refused
        using V = ImeiCheck::Verdict;
        const QStringList none;
        QTest::newRow("valid (GSMA example)") << "490154203237518" << none << int(V::Valid) << "490154203237518";
        QTest::newRow("valid Telit") << "356167051000013" << none << int(V::Valid) << "356167051000013";
        QTest::newRow("valid, spaces around") << " 352906104000049 " << none << int(V::Valid) << "352906104000049";
        QTest::newRow("bad check digit") << "490154203237519" << none << int(V::BadCheckDigit) << "";
        QTest::newRow("bad check digit 2") << "356167051000018" << none << int(V::BadCheckDigit) << "";
        QTest::newRow("all zeros") << "000000000000000" << none << int(V::AllZeros) << "";
        QTest::newRow("all zeros, 14") << "00000000000000" << none << int(V::AllZeros) << "";
        QTest::newRow("all same digit") << "111111111111111" << none << int(V::AllSameDigit) << "";
        QTest::newRow("same digit with a valid check digit") << "999999999999994" << none << int(V::AllSameDigit) << "";
        QTest::newRow("14 digits: no check digit to verify") << "49015420323751" << none
                                                            << int(V::WithoutCheckDigit) << "49015420323751";
        QTest::newRow("16 digits: IMEISV gives its IMEI") << "4901542032375101" << none << int(V::FromImeiSv)
                                                          << "490154203237518";
        QTest::newRow("too short") << "1234567890123" << none << int(V::NotAnImei) << "";
        QTest::newRow("too long") << "12345678901234567" << none << int(V::NotAnImei) << "";
        QTest::newRow("not digits") << "49015420323751X" << none << int(V::NotAnImei) << "";
        QTest::newRow("test IMEI allowed by the setting") << "000000000000000" << QStringList{"000000000000000"}
                                                          << int(V::Accepted) << "000000000000000";
        QTest::newRow("test IMEI with a wrong digit, allowed") << "356167051000018" << QStringList{"356167051000018"}
                                                               << int(V::Accepted) << "356167051000018";
        QTest::newRow("a valid test IMEI passes anyway") << "490154203237518" << QStringList{"111111111111111"}
                                                         << int(V::Valid) << "490154203237518";
        QTest::newRow("the setting does not allow others") << "111111111111111" << QStringList{"000000000000000"}
                                                           << int(V::AllSameDigit) << "";
    }

    void anImeiIsTakenOnlyWhenItCanBeReal()
    {
        QFETCH(QString, digits);
        QFETCH(QStringList, accepted);
        QFETCH(int, verdict);
        QFETCH(QString, imei);
        const ImeiCheck::Result r = ImeiCheck::check(digits, accepted);
        QCOMPARE(int(r.verdict), verdict);
        QCOMPARE(r.imei, imei);
        QCOMPARE(r.ok(), !imei.isEmpty());
        QCOMPARE(r.why.isEmpty(), r.ok()); // a refusal always says why
        if (!r.ok())
            QVERIFY2(r.why.contains(digits.trimmed()), qPrintable(r.why));
    }

    void theLuhnDigitIsTheOneOfTheStandard_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<int>("digit");
        QTest::newRow("GSMA") << "49015420323751" << 8;
        QTest::newRow("zeros") << "00000000000000" << 0;
        QTest::newRow("Telit") << "35616705100001" << 3;
    }

    void theLuhnDigitIsTheOneOfTheStandard()
    {
        QFETCH(QString, body);
        QFETCH(int, digit);
        QCOMPARE(ImeiCheck::luhnDigit(body), digit);
    }
};

QTEST_GUILESS_MAIN(tst_ImeiCheck)

#include "tst_imeicheck.moc"
