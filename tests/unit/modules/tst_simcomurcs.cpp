#include "at/atresult.h"
#include "modules/drivers/simcom/simcomerrors.h"
#include "modules/drivers/simcom/simcomurcs.h"

#include <QTest>

// What a SIM7020 prints about its update, read back into events and figures:
// the documented lines, the spellings firmwares vary in, and lines that must
// never be mistaken for one (truncated, garbled, another command's).
class tst_SimcomUrcs : public QObject
{
    Q_OBJECT

private slots:
    void cfotaLinesMapToTheirEvents_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<CfotaEvent>("event");

        QTest::newRow("download starts") << "+CFOTA: Start to download new package" << CfotaEvent::DownloadStarted;
        QTest::newRow("download completed") << "+CFOTA: Download completed" << CfotaEvent::DownloadCompleted;
        QTest::newRow("update starts (OTA spelling)")
            << "+CFOTA: Start to update,please wait for reset" << CfotaEvent::UpdateStarting;
        QTest::newRow("update starts (CFOTA=5 spelling)")
            << "+CFOTA: Start to update, please wait for reset" << CfotaEvent::UpdateStarting;
        QTest::newRow("update succeeded") << "+CFOTA: Update successfully" << CfotaEvent::UpdateSucceeded;
        QTest::newRow("no package") << "+CFOTA: No update package" << CfotaEvent::NoPackage;
        QTest::newRow("download pause") << "+CFOTA: Download pause" << CfotaEvent::DownloadPaused;
        QTest::newRow("download fail") << "+CFOTA: Download fail" << CfotaEvent::DownloadFailed;
        QTest::newRow("update fail") << "+CFOTA: Update fail" << CfotaEvent::UpdateFailed;

        QTest::newRow("lower case") << "+cfota: update successfully" << CfotaEvent::UpdateSucceeded;
        QTest::newRow("no blank after the colon") << "+CFOTA:Download completed" << CfotaEvent::DownloadCompleted;
        QTest::newRow("trailing full stop") << "+CFOTA: Update successfully." << CfotaEvent::UpdateSucceeded;
        QTest::newRow("successful") << "+CFOTA: Update successful" << CfotaEvent::UpdateSucceeded;
        QTest::newRow("download complete") << "+CFOTA: Download complete" << CfotaEvent::DownloadCompleted;
        QTest::newRow("failed") << "+CFOTA: Update failed" << CfotaEvent::UpdateFailed;
        QTest::newRow("blanks around") << "  +CFOTA:   Download   pause  " << CfotaEvent::DownloadPaused;
        QTest::newRow("quoted") << "+CFOTA: \"Update successfully\"" << CfotaEvent::UpdateSucceeded;

        QTest::newRow("empty event") << "+CFOTA:" << CfotaEvent::Unknown;
        QTest::newRow("blank event") << "+CFOTA:   " << CfotaEvent::Unknown;
        QTest::newRow("a read answer") << "+CFOTA: 1" << CfotaEvent::Unknown;
        QTest::newRow("the test answer") << "+CFOTA: (0-5)" << CfotaEvent::Unknown;
        QTest::newRow("truncated") << "+CFOTA: Upd" << CfotaEvent::Unknown;
        QTest::newRow("unknown words") << "+CFOTA: Firmware is tired" << CfotaEvent::Unknown;
        QTest::newRow("no plus") << "CFOTA: Update successfully" << CfotaEvent::Unknown;
        QTest::newRow("another prefix") << "+CFOTAX: Update successfully" << CfotaEvent::Unknown;
        QTest::newRow("another URC") << "+CHTTPERR: 0,404" << CfotaEvent::Unknown;
        QTest::newRow("noise") << QString::fromLatin1("\x01\xff+CFOTA: Update successfully") << CfotaEvent::Unknown;
        QTest::newRow("empty") << "" << CfotaEvent::Unknown;
    }

    void cfotaLinesMapToTheirEvents()
    {
        QFETCH(QString, line);
        QFETCH(CfotaEvent, event);
        QCOMPARE(parseCfotaEvent(line), event);
    }

    void headerReportsGiveStatusAndLength_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("client");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QString>("type");

        QTest::newRow("as the simulator prints it")
            << "+CHTTPNMIH: 0,200,92,Content-Type: application/octet-stream; Content-Length: 60000"
            << true << 0 << 200 << qint64(60000) << "application/octet-stream";
        QTest::newRow("not found") << "+CHTTPNMIH: 1,404,40,Content-Length: 0" << true << 1 << 404 << qint64(0) << "";
        QTest::newRow("commas inside the headers")
            << "+CHTTPNMIH: 0,200,120,Date: Mon, 01 Jan 2024 10:00:00 GMT, content-length: 313, Content-Type: a/b"
            << true << 0 << 200 << qint64(313) << "a/b";
        QTest::newRow("no headers") << "+CHTTPNMIH: 0,200,0" << true << 0 << 200 << qint64(-1) << "";
        QTest::newRow("quoted numbers") << "+CHTTPNMIH: \"0\",\"206\",\"10\",Content-Length: 5" << true << 0
                                        << 206 << qint64(5) << "";

        QTest::newRow("missing fields") << "+CHTTPNMIH: 0,200" << false << 0 << 0 << qint64(0) << "";
        QTest::newRow("status as text") << "+CHTTPNMIH: 0,OK,10,x" << false << 0 << 0 << qint64(0) << "";
        QTest::newRow("status out of range") << "+CHTTPNMIH: 0,42,10,x" << false << 0 << 0 << qint64(0) << "";
        QTest::newRow("negative client") << "+CHTTPNMIH: -1,200,10,x" << false << 0 << 0 << qint64(0) << "";
        QTest::newRow("absurd client") << "+CHTTPNMIH: 77,200,10,x" << false << 0 << 0 << qint64(0) << "";
        QTest::newRow("another URC") << "+CHTTPTOFSOK: 0,1,1" << false << 0 << 0 << qint64(0) << "";
    }

    void headerReportsGiveStatusAndLength()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        const auto urc = parseHttpHeaders(line);
        QCOMPARE(urc.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, client);
        QFETCH(int, status);
        QFETCH(qint64, length);
        QFETCH(QString, type);
        QCOMPARE(urc->client, client);
        QCOMPARE(urc->status, status);
        QCOMPARE(urc->contentLength, length);
        QCOMPARE(urc->contentType, type);
    }

    void fileReportsGiveBytesAndWhetherTheDownloadEnded_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<bool>("stored");
        QTest::addColumn<qint64>("received");
        QTest::addColumn<qint64>("total");

        QTest::newRow("stored") << "+CHTTPTOFSOK: 0,60000,60000" << true << true << qint64(60000) << qint64(60000);
        QTest::newRow("stored short") << "+CHTTPTOFSOK: 2,100,200" << true << true << qint64(100) << qint64(200);
        QTest::newRow("progress") << "+CHTTPTOFS: 0,4096,60000" << true << false << qint64(4096) << qint64(60000);
        QTest::newRow("quoted") << "+CHTTPTOFSOK: \"0\",\"5\",\"5\"" << true << true << qint64(5) << qint64(5);
        QTest::newRow("lower case") << "+chttptofsok: 0,5,5" << true << true << qint64(5) << qint64(5);

        QTest::newRow("two numbers") << "+CHTTPTOFSOK: 0,5" << false << false << qint64(0) << qint64(0);
        QTest::newRow("four numbers") << "+CHTTPTOFSOK: 0,5,5,5" << false << false << qint64(0) << qint64(0);
        QTest::newRow("text") << "+CHTTPTOFSOK: 0,five,5" << false << false << qint64(0) << qint64(0);
        QTest::newRow("negative bytes") << "+CHTTPTOFS: 0,-5,5" << false << false << qint64(0) << qint64(0);
        QTest::newRow("empty") << "+CHTTPTOFSOK:" << false << false << qint64(0) << qint64(0);
        QTest::newRow("the command's echo") << "AT+CHTTPTOFS=0,\"/p\"" << false << false << qint64(0) << qint64(0);
    }

    void fileReportsGiveBytesAndWhetherTheDownloadEnded()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        const auto urc = parseHttpToFs(line);
        QCOMPARE(urc.has_value(), valid);
        if (!valid)
            return;
        QFETCH(bool, stored);
        QFETCH(qint64, received);
        QFETCH(qint64, total);
        QCOMPARE(urc->stored, stored);
        QCOMPARE(urc->received, received);
        QCOMPARE(urc->total, total);
    }

    void httpErrorsAreReadAndClassified_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("code");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("404") << "+CHTTPERR: 0,404" << true << 404 << FailureReason::ServerError;
        QTest::newRow("500") << "+CHTTPERR: 1,500" << true << 500 << FailureReason::ServerError;
        QTest::newRow("network") << "+CHTTPERR: 0,-1" << true << -1 << FailureReason::Network;
        QTest::newRow("reset") << "+CHTTPERR: 0,-2" << true << -2 << FailureReason::Network;
        QTest::newRow("too large") << "+CHTTPERR: 0,-3" << true << -3 << FailureReason::NoSpace;
        QTest::newRow("unknown negative") << "+CHTTPERR: 0,-9" << true << -9 << FailureReason::Network;

        QTest::newRow("no error") << "+CHTTPERR: 0,0" << false << 0 << FailureReason::None;
        QTest::newRow("missing code") << "+CHTTPERR: 0" << false << 0 << FailureReason::None;
        QTest::newRow("code as text") << "+CHTTPERR: 0,bad" << false << 0 << FailureReason::None;
    }

    void httpErrorsAreReadAndClassified()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        const auto urc = parseHttpError(line);
        QCOMPARE(urc.has_value(), valid);
        if (!valid)
            return;
        QFETCH(int, code);
        QFETCH(FailureReason, reason);
        QCOMPARE(urc->code, code);
        const SimcomError e = SimcomError::forHttpError(urc->code);
        QCOMPARE(e.reason, reason);
        QVERIFY(!e.message.isEmpty());
        QVERIFY(!e.advice.isEmpty());
    }

    void theCreatedClientIdIsReadFromTheAnswer_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("client"); // -1: none

        QTest::newRow("first instance") << QStringList{"+CHTTPCREATE: 0"} << 0;
        QTest::newRow("third instance") << QStringList{"+CHTTPCREATE: 2"} << 2;
        QTest::newRow("noise before it") << QStringList{"garbage", "+CHTTPCREATE: 1"} << 1;
        QTest::newRow("no id") << QStringList{"+CHTTPCREATE:"} << -1;
        QTest::newRow("text id") << QStringList{"+CHTTPCREATE: x"} << -1;
        QTest::newRow("nothing") << QStringList{} << -1;
    }

    void theCreatedClientIdIsReadFromTheAnswer()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, client);
        AtResult result;
        result.status = AtStatus::Ok;
        result.lines = lines;
        QCOMPARE(parseHttpCreate(result).value_or(-1), client);
    }

    void onlyMatreadyOneMeansTheModuleIsUp_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("ready");
        QTest::newRow("ready") << "*MATREADY: 1" << true;
        QTest::newRow("no blank") << "*MATREADY:1" << true;
        QTest::newRow("not ready") << "*MATREADY: 0" << false;
        QTest::newRow("empty") << "*MATREADY:" << false;
        QTest::newRow("no star") << "MATREADY: 1" << false;
    }

    void onlyMatreadyOneMeansTheModuleIsUp()
    {
        QFETCH(QString, line);
        QFETCH(bool, ready);
        QCOMPARE(isModuleReady(line), ready);
    }

    void refusedCommandsAreClassifiedByTheirErrorCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("ERROR") << int(AtStatus::Error) << -1 << "" << FailureReason::ModuleRefused;
        QTest::newRow("SIM PIN numeric") << int(AtStatus::CmeError) << 11 << "" << FailureReason::SimLocked;
        QTest::newRow("SIM PIN verbose") << int(AtStatus::CmeError) << -1 << "SIM PIN required"
                                         << FailureReason::SimLocked;
        QTest::newRow("no SIM") << int(AtStatus::CmeError) << 10 << "" << FailureReason::SimLocked;
        QTest::newRow("no network numeric") << int(AtStatus::CmeError) << 30 << "" << FailureReason::Network;
        QTest::newRow("no network verbose") << int(AtStatus::CmeError) << -1 << "no network service"
                                            << FailureReason::Network;
        QTest::newRow("memory full") << int(AtStatus::CmeError) << 20 << "" << FailureReason::NoSpace;
        QTest::newRow("not allowed") << int(AtStatus::CmeError) << 3 << "" << FailureReason::ModuleRefused;
        QTest::newRow("unknown verbose") << int(AtStatus::CmeError) << -1 << "operation not supported"
                                         << FailureReason::ModuleRefused;
    }

    void refusedCommandsAreClassifiedByTheirErrorCode()
    {
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, detail);
        QFETCH(FailureReason, reason);
        AtResult result;
        result.command = QStringLiteral("AT+CFOTA=1");
        result.status = AtStatus(status);
        result.errorCode = code;
        result.detail = detail;
        const SimcomError e = SimcomError::forCommand(result);
        QCOMPARE(e.reason, reason);
        QVERIFY(e.message.contains("AT+CFOTA=1"));
        QVERIFY(!e.advice.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_SimcomUrcs)
#include "tst_simcomurcs.moc"
