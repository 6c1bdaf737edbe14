#include "modules/drivers/cinterion/filehasher.h"
#include "modules/drivers/cinterion/lwm2mprofile.h"
#include "modules/drivers/cinterion/sfdlevent.h"
#include "modules/drivers/cinterion/snfota.h"

#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

// What Cinterion modules print, turned into FotaDesk's words: ^SNFOTA reports
// and settings (numbers quoted or not), every error code, the AT^SFDL install
// lines, ATI1, object 5 of LwM2M; and the streaming package hash.
class tst_CinterionVocabulary : public QObject
{
    Q_OBJECT

private slots:
    void actReportsParseWhetherNumbersAreQuotedOrNot_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("action");
        QTest::addColumn<int>("error");
        QTest::addColumn<int>("progress");

        QTest::newRow("unquoted") << "^SNFOTA: \"act\",2,0,40" << true << 2 << 0 << 40;
        QTest::newRow("quoted") << "^SNFOTA: \"act\",\"2\",\"0\",\"40\"" << true << 2 << 0 << 40;
        QTest::newRow("mixed") << "^SNFOTA: \"act\",2,\"11\",100" << true << 2 << 11 << 100;
        QTest::newRow("read answer idle") << "^SNFOTA: \"act\",\"0\",\"0\",\"0\"" << true << 0 << 0 << 0;
        QTest::newRow("user break") << "^SNFOTA: \"act\",2,12,30" << true << 2 << 12 << 30;
        QTest::newRow("blanks") << "^SNFOTA:  \"act\" , 2 , 0 , 90 " << true << 2 << 0 << 90;
        QTest::newRow("lower case") << "^snfota: \"ACT\",2,0,10" << true << 2 << 0 << 10;
        QTest::newRow("url line") << "^SNFOTA: \"url\",\"http://h/x\"" << false << 0 << 0 << 0;
        QTest::newRow("no numbers") << "^SNFOTA: \"act\"" << false << 0 << 0 << 0;
        QTest::newRow("other URC") << "+CIEV: prov,0,\"fallb3gpp\"" << false << 0 << 0 << 0;
    }

    void actReportsParseWhetherNumbersAreQuotedOrNot()
    {
        QFETCH(QString, line);
        QFETCH(bool, valid);
        QFETCH(int, action);
        QFETCH(int, error);
        QFETCH(int, progress);

        const auto act = Snfota::parseAct(line);
        QCOMPARE(act.has_value(), valid);
        if (!valid)
            return;
        QCOMPARE(act->action, action);
        QCOMPARE(act->error, error);
        QCOMPARE(act->progress, progress);
    }

    void settingsReadBackAreComparedWithWhatWasWritten_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<int>("differences");

        const QString sha(64, u'a');
        QTest::newRow("all quoted, same")
            << QStringList{"^SNFOTA: \"url\",\"http://h:80/diff.usf\"", "^SNFOTA: \"crc\",\"" + sha + "\"",
                           "^SNFOTA: \"urc\",\"1\"", "^SNFOTA: \"conid\",\"1\"",
                           "^SNFOTA: \"act\",\"0\",\"0\",\"0\""}
            << 0;
        QTest::newRow("numbers unquoted, crc upper case")
            << QStringList{"^SNFOTA: \"url\",\"http://h:80/diff.usf\"", "^SNFOTA: \"crc\",\"" + sha.toUpper() + "\"",
                           "^SNFOTA: \"urc\",1", "^SNFOTA: \"conid\",1"}
            << 0;
        QTest::newRow("url and conid differ")
            << QStringList{"^SNFOTA: \"url\",\"http://other/\"", "^SNFOTA: \"crc\",\"" + sha + "\"",
                           "^SNFOTA: \"urc\",\"1\"", "^SNFOTA: \"conid\",\"2\""}
            << 2;
        QTest::newRow("nothing read") << QStringList{} << 4;
    }

    void settingsReadBackAreComparedWithWhatWasWritten()
    {
        QFETCH(QStringList, lines);
        QFETCH(int, differences);
        Snfota::Settings written;
        written.url = QStringLiteral("http://h:80/diff.usf");
        written.crc = QString(64, u'a');
        written.conid = 1;
        written.urc = 1;
        QCOMPARE(Snfota::differences(written, Snfota::parseSettings(lines)).size(), differences);
    }

    void aPartialDownloadShowsInTheReadBack()
    {
        const Snfota::Settings s = Snfota::parseSettings({"^SNFOTA: \"act\",\"2\",\"12\",\"40\""});
        QVERIFY(s.act.has_value());
        QCOMPARE(s.act->progress, 40);
        QCOMPARE(s.act->error, 12);
    }

    void everyErrorCodeHasItsMeaningReasonAndAdvice_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("adviceMentions");

        QTest::newRow("1 unknown") << 1 << FailureReason::Internal << "";
        QTest::newRow("3 server") << 3 << FailureReason::ServerError << "server";
        QTest::newRow("5 socket") << 5 << FailureReason::Network << "APN";
        QTest::newRow("6 timeout") << 6 << FailureReason::Network << "CA certificate";
        QTest::newRow("7 file") << 7 << FailureReason::ServerError << "file";
        QTest::newRow("8 space") << 8 << FailureReason::NoSpace << "11 MB";
        QTest::newRow("10 not available") << 10 << FailureReason::ServerError << "URL";
        QTest::newRow("11 integrity") << 11 << FailureReason::Integrity << "";
        QTest::newRow("12 user break") << 12 << FailureReason::Cancelled << "resume";
        QTest::newRow("13 PDP") << 13 << FailureReason::Network << "APN";
        QTest::newRow("14 config") << 14 << FailureReason::ModuleRefused << "URL";
        QTest::newRow("99 undocumented") << 99 << FailureReason::Internal << "";
    }

    void everyErrorCodeHasItsMeaningReasonAndAdvice()
    {
        QFETCH(int, code);
        QFETCH(FailureReason, reason);
        QFETCH(QString, adviceMentions);
        const Snfota::ErrorInfo info = Snfota::errorInfo(code);
        QCOMPARE(info.reason, reason);
        QVERIFY(!info.meaning.isEmpty());
        QVERIFY(!info.advice.isEmpty());
        QVERIFY2(info.advice.contains(adviceMentions, Qt::CaseInsensitive), qPrintable(info.advice));
        QCOMPARE(Snfota::vendorCode(code), QStringLiteral("^SNFOTA error %1").arg(code));
    }

    void errorZeroIsNoFailure()
    {
        QCOMPARE(Snfota::errorInfo(0).reason, FailureReason::None);
    }

    void installLinesAreRecognised_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<SfdlEvent>("event");

        QTest::newRow("start") << "FOTA START" << SfdlEvent::FotaStart;
        QTest::newRow("checksum ok") << "Checksum OK" << SfdlEvent::ChecksumOk;
        QTest::newRow("checksum error") << "Checksum ERROR" << SfdlEvent::ChecksumFailed;
        QTest::newRow("dots") << "........" << SfdlEvent::Dots;
        QTest::newRow("one dot") << "." << SfdlEvent::Dots;
        QTest::newRow("phase 1") << "PHASE 1 OK!" << SfdlEvent::Phase1Ok;
        QTest::newRow("phase 1 failed") << "PHASE 1 FAILED!" << SfdlEvent::Phase1Failed;
        QTest::newRow("phase 2") << ".Please Wait for PHASE 2 to complete" << SfdlEvent::Phase2Wait;
        QTest::newRow("phase 2 more dots") << "...Please wait for phase 2 to complete" << SfdlEvent::Phase2Wait;
        QTest::newRow("sysstart") << "^SYSSTART" << SfdlEvent::SysStart;
        QTest::newRow("provider") << "+CIEV: prov,0,\"fallb3gpp\"" << SfdlEvent::Provider;
        QTest::newRow("other ciev") << "+CIEV: service,1" << SfdlEvent::Unknown;
        QTest::newRow("noise") << "hello" << SfdlEvent::Unknown;
    }

    void installLinesAreRecognised()
    {
        QFETCH(QString, line);
        QFETCH(SfdlEvent, event);
        QCOMPARE(parseSfdlEvent(line), event);
    }

    void ati1GivesTheRevisionThatVersionsAreComparedWith_data()
    {
        QTest::addColumn<QStringList>("lines");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("revision");
        QTest::addColumn<bool>("matches");

        const QStringList ati1{"Cinterion", "EXS82-W", "REVISION 01.001", "A-REVISION 01.001.02"};
        QTest::newRow("bare version") << ati1 << "01.001" << "01.001" << true;
        QTest::newRow("with REVISION") << ati1 << "REVISION 01.001" << "01.001" << true;
        QTest::newRow("A-revision") << ati1 << "01.001.02" << "01.001" << true;
        QTest::newRow("other version") << ati1 << "01.002" << "01.001" << false;
        QTest::newRow("no A-revision") << QStringList{"Cinterion", "EXS62-W", "REVISION 02.010"} << "02.010"
                                       << "02.010" << true;
        QTest::newRow("nothing") << QStringList{} << "01.001" << "" << false;
    }

    void ati1GivesTheRevisionThatVersionsAreComparedWith()
    {
        QFETCH(QStringList, lines);
        QFETCH(QString, expected);
        QFETCH(QString, revision);
        QFETCH(bool, matches);
        const CinterionRevision r = parseAti1(lines);
        QCOMPARE(r.revision, revision);
        QCOMPARE(r.matches(expected), matches);
    }

    void object5ResultsAreClassified_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("success");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("0 initial") << 0 << false << FailureReason::None;
        QTest::newRow("1 success") << 1 << true << FailureReason::None;
        QTest::newRow("2 flash") << 2 << false << FailureReason::NoSpace;
        QTest::newRow("4 connection") << 4 << false << FailureReason::Network;
        QTest::newRow("5 integrity") << 5 << false << FailureReason::Integrity;
        QTest::newRow("6 type") << 6 << false << FailureReason::NotApplicable;
        QTest::newRow("7 uri") << 7 << false << FailureReason::ServerError;
        QTest::newRow("8 failed") << 8 << false << FailureReason::InstallFailed;
    }

    void object5ResultsAreClassified()
    {
        QFETCH(int, code);
        QFETCH(bool, success);
        QFETCH(FailureReason, reason);
        const Lwm2mFirmware::Result r = Lwm2mFirmware::result(code);
        QCOMPARE(r.success, success);
        QCOMPARE(FailureReason(r.reason), reason);
        QVERIFY(!r.meaning.isEmpty());
        if (reason != FailureReason::None)
            QVERIFY(!r.advice.isEmpty());
    }

    void lwm2mReadingsParseFromAnswersAndUrcs_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("value");

        QTest::newRow("cfg answer") << "^SNLWM2M: cfg,FotaDesk,/5/0/3,\"1\"" << "/5/0/3" << "1";
        QTest::newRow("unquoted") << "^SNLWM2M: cfg,FotaDesk,/5/0/5,8" << "/5/0/5" << "8";
        QTest::newRow("empty value") << "^SNLWM2M: cfg,FotaDesk,/5/0/3,\"\"" << "/5/0/3" << "";
    }

    void lwm2mReadingsParseFromAnswersAndUrcs()
    {
        QFETCH(QString, line);
        QFETCH(QString, path);
        QFETCH(QString, value);
        const auto reading = Lwm2mFirmware::parseReading(line);
        QVERIFY(reading.has_value());
        QCOMPARE(reading->path, path);
        QCOMPARE(reading->value, value);
    }

    void thePackageHashIsComputedInChunksWithoutBlocking_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<qint64>("chunk");
        QTest::newRow("empty") << QByteArray() << qint64(4);
        QTest::newRow("smaller than a chunk") << QByteArray("delta") << qint64(1024);
        QTest::newRow("many chunks") << QByteArray(100000, 'x') << qint64(4096);
        QTest::newRow("exact chunks") << QByteArray(8192, 'y') << qint64(4096);
    }

    void thePackageHashIsComputedInChunksWithoutBlocking()
    {
        QFETCH(QByteArray, content);
        QFETCH(qint64, chunk);
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write(content);
        file.close();

        FileHasher hasher;
        hasher.setChunkSize(chunk);
        QSignalSpy done(&hasher, &FileHasher::finished);
        hasher.start(file.fileName());
        QCOMPARE(done.size(), 0); // never from inside start()
        QVERIFY(done.wait(2000));
        QCOMPARE(done.first().first().toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
    }

    void aMissingPackageFileIsReported()
    {
        FileHasher hasher;
        QSignalSpy failed(&hasher, &FileHasher::failed);
        hasher.start(QStringLiteral("/nonexistent/package.usf"));
        QVERIFY(failed.wait(2000));
        QVERIFY(failed.first().first().toString().contains("package.usf"));
    }
};

QTEST_GUILESS_MAIN(tst_CinterionVocabulary)
#include "tst_cinterionvocabulary.moc"
