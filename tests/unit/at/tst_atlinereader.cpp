#include "at/atcommand.h"
#include "at/atlinereader.h"
#include "at/finalcode.h"

#include <QTest>

using Kind = AtLineReader::Kind;

class tst_AtLineReader : public QObject
{
    Q_OBJECT

private:
    static QList<AtLineReader::Event> readAll(const QByteArray &bytes, int chunk, bool promptExpected = true)
    {
        AtLineReader reader;
        reader.setPromptExpected(promptExpected);
        QList<AtLineReader::Event> events;
        AtLineReader::Event event;
        for (qsizetype i = 0; i < bytes.size(); i += chunk) {
            reader.append(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(chunk, bytes.size() - i)));
            while (reader.next(event))
                events << event;
        }
        return events;
    }

    static QStringList describe(const QList<AtLineReader::Event> &events)
    {
        QStringList got;
        for (const auto &e : events) {
            switch (e.kind) {
            case Kind::Line: got << "L:" + e.text; break;
            case Kind::Prompt: got << "P"; break;
            case Kind::Noise: got << "N"; break;
            case Kind::Overflow: got << "O"; break;
            }
        }
        return got;
    }

private slots:
    void splitsLinesTheSameWayHoweverTheBytesArrive_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("expected"); // "L:text", "P", "N"

        QTest::newRow("crlf lines") << QByteArray("\r\n10.00.005\r\n\r\nOK\r\n")
                                    << QStringList{"L:10.00.005", "L:OK"};
        QTest::newRow("lf only") << QByteArray("Telit\nOK\n") << QStringList{"L:Telit", "L:OK"};
        QTest::newRow("cr only") << QByteArray("Telit\rOK\r") << QStringList{"L:Telit", "L:OK"};
        QTest::newRow("echo then response") << QByteArray("AT+CGMI\r\r\nTelit\r\n\r\nOK\r\n")
                                            << QStringList{"L:AT+CGMI", "L:Telit", "L:OK"};
        QTest::newRow("prompt without line end") << QByteArray("\r\n> ")
                                                 << QStringList{"P"};
        QTest::newRow("prompt with line end") << QByteArray("\r\n>\r\n") << QStringList{"P"};
        QTest::newRow("prompt after echo") << QByteArray("AT+CFLW=0,0,313,0,30\r\r\n> ")
                                           << QStringList{"L:AT+CFLW=0,0,313,0,30", "P"};
        QTest::newRow("blanks trimmed") << QByteArray("  +WDSI: 3  \r\n") << QStringList{"L:+WDSI: 3"};
        // Was "NUL is noise": a NUL inside a final result code lost the
        // command its result (issue 16). Control bytes are dropped instead.
        QTest::newRow("NUL inside OK is dropped") << QByteArray("\r\nO\0K\r\nOK\r\n", 10)
                                                  << QStringList{"L:OK", "L:OK"};
        QTest::newRow("NUL glued to OK") << QByteArray("\r\n\0OK\r\n", 7) << QStringList{"L:OK"};
        QTest::newRow("high byte glued to OK") << QByteArray("\xffOK\r\n") << QStringList{"L:OK"};
        QTest::newRow("NULs only are noise") << QByteArray("\0\0\0\r\nOK\r\n", 9) << QStringList{"N", "L:OK"};
        QTest::newRow("mostly NUL is noise") << QByteArray("\0\0\0x\r\n", 6) << QStringList{"N"};
        QTest::newRow("UTF-8 text keeps its line") << QByteArray("+COPS: 0,0,\"Telef\xc3\xb3nica\"\r\n")
                                                   << QStringList{"L:+COPS: 0,0,\"Telef\u00f3nica\""};
        QTest::newRow("Latin-1 text keeps its line") << QByteArray("+COPS: 0,0,\"Telef\xf3nica\"\r\n")
                                                     << QStringList{"L:+COPS: 0,0,\"Telef\u00f3nica\""};
        QTest::newRow("wrong rate is noise") << QByteArray("\xe1\x9f\xc3\xa9\xd5\r\n") << QStringList{"N"};
        QTest::newRow("garbled OK that is valid UTF-8 is noise") << QByteArray("\xc3\xa9\r\n") << QStringList{"N"};
        QTest::newRow("two prompts") << QByteArray("\r\n> >") << QStringList{"P", "P"};
        QTest::newRow("prompt then line") << QByteArray("\r\n> \r\nOK\r\n") << QStringList{"P", "L:OK"};
        QTest::newRow("overlong line then OK") << QByteArray(70 * 1024, 'x') + "\r\nOK\r\n"
                                               << QStringList{"O", "L:OK"};
        QTest::newRow("non-ASCII is noise") << QByteArray("\xff\xfe\x80\r\nOK\r\n")
                                            << QStringList{"N", "L:OK"};
        QTest::newRow("dots of SFDL") << QByteArray("FOTA START\r\n....\r\nPHASE 1 OK!\r\n")
                                      << QStringList{"L:FOTA START", "L:....", "L:PHASE 1 OK!"};
    }

    void splitsLinesTheSameWayHoweverTheBytesArrive()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, expected);
        for (int chunk : {int(bytes.size()), 1, 2, 3, 7})
            QCOMPARE(describe(readAll(bytes, qMax(chunk, 1))), expected);
    }

    // Where no prompt is expected (the channel's state between data phases),
    // '>' is text; either way the events do not depend on the chunking.
    void aGreaterThanSignIsAPromptOnlyWhereOneIsExpected_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("expected");
        QTest::addColumn<QStringList>("events");
        QTest::newRow("expected: '> >'") << QByteArray("\r\n> >") << true << QStringList{"P", "P"};
        QTest::newRow("not expected: '> >'") << QByteArray("\r\n> >\r\n") << false << QStringList{"L:> >"};
        QTest::newRow("not expected: lone '>'") << QByteArray("\r\n>\r\nOK\r\n") << false
                                                << QStringList{"L:>", "L:OK"};
        QTest::newRow("expected: prompt after echo") << QByteArray("AT+CFLW=0,0,1,0,30\r\r\n> ") << true
                                                     << QStringList{"L:AT+CFLW=0,0,1,0,30", "P"};
        QTest::newRow("expected: '>' inside a line is text") << QByteArray("a > b\r\n") << true
                                                             << QStringList{"L:a > b"};
    }

    void aGreaterThanSignIsAPromptOnlyWhereOneIsExpected()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, expected);
        QFETCH(QStringList, events);
        for (int chunk : {int(bytes.size()), 1, 2, 3})
            QCOMPARE(describe(readAll(bytes, qMax(chunk, 1), expected)), events);
    }

    // Issue 16: a 64 KiB line with no end, a byte a read, was rescanned on
    // every read (1.4 s of CPU). Each byte is scanned once now; bench/at_engine
    // prints the time.
    void aLongLineArrivingAByteAtATimeIsScannedOnce()
    {
        constexpr qsizetype kSize = 64 * 1024;
        AtLineReader reader;
        AtLineReader::Event event;
        const char x = 'x';
        for (qsizetype i = 0; i < kSize; ++i) {
            reader.append(QByteArrayView(&x, 1));
            QVERIFY(!reader.next(event));
        }
        QCOMPARE(reader.bytesScanned(), quint64(kSize));
        reader.append("\r\n");
        QVERIFY(reader.next(event));
        QCOMPARE(event.kind, Kind::Line);
        QCOMPARE(event.data.size(), kSize);
        QVERIFY(reader.bytesScanned() <= quint64(kSize) + 2);
    }

    // The prober looks at the unfinished line after every read (garbage with
    // no line end is a wrong rate); looking must not restart the scan.
    void lookingAtThePendingBytesKeepsTheScanLinear()
    {
        constexpr qsizetype kSize = 16 * 1024;
        AtLineReader reader;
        AtLineReader::Event event;
        reader.append("OK\r");
        QVERIFY(reader.next(event));
        const char x = 'x';
        for (qsizetype i = 0; i < kSize; ++i) {
            reader.append(QByteArrayView(&x, 1));
            QVERIFY(!reader.next(event));
            QCOMPARE(reader.pending().size(), i + 1); // the line end after OK is not pending data
        }
        QVERIFY(reader.bytesScanned() <= quint64(kSize) + 4);
        QCOMPARE(reader.takePending(), QByteArray(kSize, 'x'));
    }

    void anOverlongLineGivesOneOverflowHoweverItArrives()
    {
        const QByteArray bytes = QByteArray(5000, 'x') + "\r\nOK\r\n";
        for (int chunk : {int(bytes.size()), 1, 100}) {
            AtLineReader reader(1024);
            QStringList got;
            AtLineReader::Event event;
            for (qsizetype i = 0; i < bytes.size(); i += chunk) {
                reader.append(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(chunk, bytes.size() - i)));
                while (reader.next(event))
                    got << describe({event});
            }
            QCOMPARE(got, (QStringList{"O", "L:OK"}));
            QVERIFY(reader.bytesScanned() <= quint64(bytes.size()));
        }
    }

    void anOverlongLineIsDroppedAndReadingContinues()
    {
        AtLineReader reader(1024);
        reader.append(QByteArray(5000, 'x'));
        AtLineReader::Event event;
        QVERIFY(reader.next(event));
        QCOMPARE(event.kind, Kind::Overflow);
        QCOMPARE(reader.pendingSize(), 0);
        reader.append("\r\nOK\r\n");
        QVERIFY(reader.next(event));
        QCOMPARE(event.kind, Kind::Line);
        QCOMPARE(event.data, QByteArray("OK"));
    }

    void pendingBytesAreHandedOverForRawMode()
    {
        AtLineReader reader;
        reader.append("\r\nOK\r\nC");
        AtLineReader::Event event;
        QVERIFY(reader.next(event));
        QCOMPARE(event.data, QByteArray("OK"));
        QVERIFY(!reader.next(event));
        QCOMPARE(reader.takePending(), QByteArray("C"));
    }

    void finalCodesAreRecognisedInAnyCase_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        QTest::newRow("OK") << "OK" << int(AtStatus::Ok) << -1 << "";
        QTest::newRow("ok") << "ok" << int(AtStatus::Ok) << -1 << "";
        QTest::newRow("ERROR") << "ERROR" << int(AtStatus::Error) << -1 << "";
        QTest::newRow("error") << "error" << int(AtStatus::Error) << -1 << "";
        QTest::newRow("cme numeric") << "+CME ERROR: 650" << int(AtStatus::CmeError) << 650 << "";
        QTest::newRow("cme verbose") << "+CME ERROR: SIM PIN required" << int(AtStatus::CmeError) << -1
                                     << "SIM PIN required";
        QTest::newRow("cme lower") << "+cme error: 3" << int(AtStatus::CmeError) << 3 << "";
        QTest::newRow("cms") << "+CMS ERROR: 304" << int(AtStatus::CmsError) << 304 << "";
        QTest::newRow("no carrier") << "NO CARRIER" << int(AtStatus::NoCarrier) << -1 << "";
        QTest::newRow("busy") << "BUSY" << int(AtStatus::Busy) << -1 << "";
        QTest::newRow("no answer") << "NO ANSWER" << int(AtStatus::NoAnswer) << -1 << "";
        QTest::newRow("no dialtone") << "NO DIALTONE" << int(AtStatus::NoDialtone) << -1 << "";
        QTest::newRow("connect") << "CONNECT" << int(AtStatus::Connect) << -1 << "";
        QTest::newRow("connect text") << "CONNECT 115200" << int(AtStatus::Connect) << -1 << "115200";
    }

    void finalCodesAreRecognisedInAnyCase()
    {
        QFETCH(QString, line);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, detail);
        const auto final = parseFinalCode(line);
        QVERIFY(final.has_value());
        QCOMPARE(int(final->status), status);
        QCOMPARE(final->errorCode, code);
        QCOMPARE(final->detail, detail);
    }

    void ordinaryLinesAreNotFinalCodes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("ok inside") << "+CFOTA: Update successfully";
        QTest::newRow("OK!") << "PHASE 1 OK!";
        QTest::newRow("checksum") << "Checksum OK";
        QTest::newRow("connected") << "CONNECTED";
        QTest::newRow("error inside") << "+CFOTA: Download fail";
    }

    void ordinaryLinesAreNotFinalCodes()
    {
        QFETCH(QString, line);
        QVERIFY(!parseFinalCode(line).has_value());
    }

    void commandNamesAreTakenFromTheCommandText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("name");
        QTest::newRow("query") << "AT+CPIN?" << "+CPIN";
        QTest::newRow("set") << "AT^SNFOTA=\"act\",2" << "^SNFOTA";
        QTest::newRow("telit") << "AT#OTASNAP=\"+39\"" << "#OTASNAP";
        QTest::newRow("exec") << "AT+CGSN" << "+CGSN";
        QTest::newRow("basic") << "ATI1" << "I1";
        QTest::newRow("lower") << "at+cgmr" << "+CGMR";
        QTest::newRow("not AT") << "hello" << "";
    }

    void commandNamesAreTakenFromTheCommandText()
    {
        QFETCH(QString, text);
        QFETCH(QString, name);
        QCOMPARE(AtCommand(text).name(), name);
    }
};

QTEST_GUILESS_MAIN(tst_AtLineReader)
#include "tst_atlinereader.moc"
