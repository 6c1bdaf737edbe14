#include "modules/drivers/sierra/sierraagreement.h"
#include "modules/drivers/sierra/sierraerrors.h"
#include "modules/drivers/sierra/wdsievent.h"

#include <QTest>

// The +WDSI indications of the HL78xx (PROTOCOLS.md section 4): both
// dialects, malformed lines, and what each error indication is classified as.
class tst_SierraWdsi : public QObject
{
    Q_OBJECT

private slots:
    void eachIndicationIsReadInBothDialects_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<Wdsi>("kind");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("value");

        QTest::newRow("bootstrap credentials") << "+WDSI: 0" << Wdsi::BootstrapCredentials << 0 << -1;
        QTest::newRow("connect request") << "+WDSI: 1" << Wdsi::ConnectRequest << 1 << -1;
        QTest::newRow("download request") << "+WDSI: 2" << Wdsi::DownloadRequest << 2 << -1;
        QTest::newRow("install request") << "+WDSI: 3" << Wdsi::InstallRequest << 3 << -1;
        QTest::newRow("install request, 4.x without blank") << "+WDSI:3" << Wdsi::InstallRequest << 3 << -1;
        QTest::newRow("authentication starting") << "+WDSI: 4" << Wdsi::AuthenticationStarting << 4 << -1;
        QTest::newRow("authentication failed") << "+WDSI: 5" << Wdsi::AuthenticationFailed << 5 << -1;
        QTest::newRow("authenticated") << "+WDSI:6" << Wdsi::AuthenticationSucceeded << 6 << -1;
        QTest::newRow("connection denied") << "+WDSI: 7" << Wdsi::ConnectionDenied << 7 << -1;
        QTest::newRow("session closed") << "+WDSI: 8" << Wdsi::SessionClosed << 8 << -1;
        QTest::newRow("package available") << "+WDSI: 9,40000" << Wdsi::PackageAvailable << 9 << 40000;
        QTest::newRow("package available, 4.x") << "+WDSI:9,123" << Wdsi::PackageAvailable << 9 << 123;
        QTest::newRow("downloaded") << "+WDSI: 10" << Wdsi::PackageDownloaded << 10 << -1;
        QTest::newRow("download issue http") << "+WDSI: 11,1" << Wdsi::DownloadIssue << 11 << 1;
        QTest::newRow("certified") << "+WDSI: 12" << Wdsi::PackageCertified << 12 << -1;
        QTest::newRow("not certified") << "+WDSI: 13" << Wdsi::PackageNotCertified << 13 << -1;
        QTest::newRow("update starting") << "+WDSI: 14" << Wdsi::UpdateStarting << 14 << -1;
        QTest::newRow("update failed") << "+WDSI: 15" << Wdsi::UpdateFailed << 15 << -1;
        QTest::newRow("update succeeded, 4.x") << "+WDSI:16" << Wdsi::UpdateSucceeded << 16 << -1;
        QTest::newRow("progress") << "+WDSI: 18,40" << Wdsi::DownloadProgress << 18 << 40;
        QTest::newRow("progress without percent") << "+WDSI: 18" << Wdsi::DownloadProgress << 18 << -1;
        QTest::newRow("dm session") << "+WDSI: 23,1" << Wdsi::Session << 23 << 1;
        QTest::newRow("bootstrap session") << "+WDSI: 23,0" << Wdsi::Session << 23 << 0;
        QTest::newRow("lower case, spaces, line end") << "  +wdsi:  18 , 70 \r" << Wdsi::DownloadProgress << 18 << 70;
        QTest::newRow("unlisted number") << "+WDSI: 17" << Wdsi::Unknown << 17 << -1;
        QTest::newRow("unlisted large number") << "+WDSI: 4479" << Wdsi::Unknown << 4479 << -1;
    }

    void eachIndicationIsReadInBothDialects()
    {
        QFETCH(QString, line);
        QFETCH(Wdsi, kind);
        QFETCH(int, code);
        QFETCH(int, value);

        const WdsiEvent e = parseWdsi(line);
        QVERIFY(e.valid);
        QCOMPARE(e.kind, kind);
        QCOMPARE(e.code, code);
        QCOMPARE(e.value, value);
        QCOMPARE(e.hasValue(), value >= 0);
    }

    void malformedLinesAreNoIndication_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("empty") << "";
        QTest::newRow("prefix only") << "+WDSI:";
        QTest::newRow("prefix and blank") << "+WDSI: ";
        QTest::newRow("no plus") << "WDSI: 3";
        QTest::newRow("another URC") << "+WDSS: 1,1";
        QTest::newRow("text") << "+WDSI: abc";
        QTest::newRow("signed") << "+WDSI: -1";
        QTest::newRow("plus sign") << "+WDSI: +3";
        QTest::newRow("empty value") << "+WDSI: 18,";
        QTest::newRow("text value") << "+WDSI: 18,x";
        QTest::newRow("three fields") << "+WDSI: 18,40,2";
        QTest::newRow("decimal") << "+WDSI: 18,4.5";
        QTest::newRow("inner blank") << "+WDSI: 1 8";
        QTest::newRow("test answer") << "+WDSI: (0-4479)";
    }

    void malformedLinesAreNoIndication()
    {
        QFETCH(QString, line);
        const WdsiEvent e = parseWdsi(line);
        QVERIFY(!e.valid);
        QCOMPARE(e.kind, Wdsi::Unknown);
        QVERIFY(e.vendorCode().isEmpty());
    }

    void theVendorCodeIsSpelledTheSameForBothDialects_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("code");
        QTest::newRow("with blank") << "+WDSI: 15" << "+WDSI: 15";
        QTest::newRow("without blank") << "+WDSI:15" << "+WDSI: 15";
        QTest::newRow("with value") << "+wdsi:11, 2" << "+WDSI: 11,2";
    }

    void theVendorCodeIsSpelledTheSameForBothDialects()
    {
        QFETCH(QString, line);
        QFETCH(QString, code);
        QCOMPARE(parseWdsi(line).vendorCode(), code);
    }

    void errorIndicationsAreClassifiedWithAdvice_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("authentication failed") << "+WDSI: 5" << FailureReason::ServerError;
        QTest::newRow("connection denied") << "+WDSI:7" << FailureReason::ServerError;
        QTest::newRow("out of memory") << "+WDSI: 11,0" << FailureReason::NoSpace;
        QTest::newRow("http") << "+WDSI: 11,1" << FailureReason::Network;
        QTest::newRow("corrupted") << "+WDSI: 11,2" << FailureReason::Integrity;
        QTest::newRow("ram, reboot to resume") << "+WDSI: 11,3" << FailureReason::TransferFailed;
        QTest::newRow("resumable") << "+WDSI: 11,4" << FailureReason::Network;
        QTest::newRow("flash") << "+WDSI: 11,5" << FailureReason::TransferFailed;
        QTest::newRow("unknown cause") << "+WDSI: 11,9" << FailureReason::TransferFailed;
        QTest::newRow("no cause") << "+WDSI: 11" << FailureReason::TransferFailed;
        QTest::newRow("not certified") << "+WDSI: 13" << FailureReason::Integrity;
        QTest::newRow("update failed") << "+WDSI: 15" << FailureReason::InstallFailed;
        QTest::newRow("update failed, 4.x") << "+WDSI:15" << FailureReason::InstallFailed;
    }

    void errorIndicationsAreClassifiedWithAdvice()
    {
        QFETCH(QString, line);
        QFETCH(FailureReason, reason);
        const WdsiEvent e = parseWdsi(line);
        const auto failure = SierraErrors::forIndication(e);
        QVERIFY(failure.has_value());
        QCOMPARE(failure->reason, reason);
        QCOMPARE(failure->vendorCode, e.vendorCode());
        QVERIFY(failure->vendorCode.startsWith("+WDSI: "));
        QVERIFY(!failure->message.isEmpty());
        QVERIFY(!failure->advice.isEmpty());
    }

    void progressIndicationsAreNoFailure_data()
    {
        QTest::addColumn<QString>("line");
        for (const char *line : {"+WDSI: 3", "+WDSI: 6", "+WDSI: 8", "+WDSI: 9,100", "+WDSI: 10", "+WDSI: 12",
                                 "+WDSI: 14", "+WDSI: 16", "+WDSI: 18,50", "+WDSI: 23,1", "+WDSI: 17", "junk"})
            QTest::newRow(line) << QString::fromLatin1(line);
    }

    void progressIndicationsAreNoFailure()
    {
        QFETCH(QString, line);
        QVERIFY(!SierraErrors::forIndication(parseWdsi(line)).has_value());
    }

    void agreementsAreAnsweredWithTheirOwnWdsrNumbers_data()
    {
        QTest::addColumn<Wdsi>("request");
        QTest::addColumn<QString>("accept");
        QTest::addColumn<QString>("defer");
        QTest::addColumn<int>("kind"); // UpdatePrompt::Kind
        QTest::newRow("connect") << Wdsi::ConnectRequest << "AT+WDSR=1" << "AT+WDSR=0,30"
                                 << int(UpdatePrompt::Kind::ConnectAgreement);
        QTest::newRow("download") << Wdsi::DownloadRequest << "AT+WDSR=3" << "AT+WDSR=2,30"
                                  << int(UpdatePrompt::Kind::DownloadAgreement);
        QTest::newRow("install") << Wdsi::InstallRequest << "AT+WDSR=4" << "AT+WDSR=5,30"
                                 << int(UpdatePrompt::Kind::InstallAgreement);
    }

    void agreementsAreAnsweredWithTheirOwnWdsrNumbers()
    {
        QFETCH(Wdsi, request);
        QFETCH(QString, accept);
        QFETCH(QString, defer);
        QFETCH(int, kind);
        const auto agreement = SierraAgreements::forIndication(request);
        QVERIFY(agreement.has_value());
        QCOMPARE(SierraAgreements::acceptCommand(*agreement), accept);
        QCOMPARE(SierraAgreements::deferCommand(*agreement, 30), defer);
        QCOMPARE(int(SierraAgreements::promptKind(*agreement)), kind);
        QVERIFY(!SierraAgreements::question(*agreement).isEmpty());
        QVERIFY(!SierraAgreements::forIndication(Wdsi::UpdateStarting).has_value());
    }

    void deferralsStayWithinWhatTheModuleTakes()
    {
        QCOMPARE(SierraAgreements::deferCommand(Agreement::Download, 5000), QStringLiteral("AT+WDSR=2,1440"));
        QCOMPARE(SierraAgreements::deferCommand(Agreement::Install, -3), QStringLiteral("AT+WDSR=5,0"));
    }

    void theAgreementSwitchesAreReadFromWdscLines()
    {
        const QHash<int, int> s = SierraAgreements::parseSwitches(
            {"+WDSC: 0,0", "+WDSC: 1,1", "+WDSC:2,0", "+WDSC: 3,60", "+WDSC: x,1", "+WDSS: 1,1", "+WDSC: 4"});
        QCOMPARE(s.size(), 4);
        QCOMPARE(s.value(1), 1);
        QCOMPARE(s.value(2), 0);
        QCOMPARE(s.value(3), 60);
    }
};

QTEST_GUILESS_MAIN(tst_SierraWdsi)
#include "tst_sierrawdsi.moc"
