#include "recording/sessionrecording.h"

#include <QTemporaryDir>
#include <QTest>

// The recording format: every event survives a write and a read, bytes of
// any value included, and a broken file says which line is wrong.
class tst_SessionRecording : public QObject
{
    Q_OBJECT

private slots:
    void everyEventReadsBackAsWritten_data()
    {
        using Kind = RecordedEvent::Kind;
        QTest::addColumn<RecordedEvent>("event");
        QTest::newRow("open") << RecordedEvent{0, Kind::Open, {}, 115200};
        QTest::newRow("rate") << RecordedEvent{12, Kind::Rate, {}, 921600};
        QTest::newRow("command") << RecordedEvent{13, Kind::Out, "AT+CGMR\r", 0};
        QTest::newRow("answer") << RecordedEvent{14, Kind::In, "\r\nBHL7800.1.7\r\n\r\nOK\r\n", 0};
        QTest::newRow("xmodem ack") << RecordedEvent{15, Kind::In, "\x06", 0};
        QTest::newRow("every byte value") << RecordedEvent{16, Kind::In, [] {
            QByteArray all;
            for (int b = 0; b < 256; ++b)
                all += char(b);
            return all;
        }(), 0};
        QTest::newRow("backslashes and blanks") << RecordedEvent{17, Kind::In, " a\\b \\x41 ", 0};
        QTest::newRow("data") << RecordedEvent{18, Kind::Raw, {}, 1029};
        QTest::newRow("lost") << RecordedEvent{19, Kind::Lost, {}, 0};
        QTest::newRow("close") << RecordedEvent{9999999999, Kind::Close, {}, 0};
    }

    void everyEventReadsBackAsWritten()
    {
        QFETCH(RecordedEvent, event);
        const QByteArray line = SessionRecording::format(event);
        QVERIFY(line.endsWith('\n'));
        QCOMPARE(line.count('\n'), 1); // one event, one line
        QString error;
        const std::optional<RecordedEvent> back = SessionRecording::parse(line, &error);
        QVERIFY2(back.has_value(), qPrintable(error));
        QCOMPARE(back->msecs, event.msecs);
        QCOMPARE(back->kind, event.kind);
        QCOMPARE(back->bytes, event.bytes);
        QCOMPARE(back->value, event.value);
    }

    void aBrokenLineIsNamed_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("says");
        QTest::newRow("no event") << QByteArray("12") << "a time and an event";
        QTest::newRow("time not a number") << QByteArray("x1 in OK") << "milliseconds";
        QTest::newRow("negative time") << QByteArray("-5 lost") << "milliseconds";
        QTest::newRow("unknown event") << QByteArray("12 sent AT") << "unknown event";
        QTest::newRow("bad escape") << QByteArray("12 in \\q") << "escapes";
        QTest::newRow("cut escape") << QByteArray("12 in \\x4") << "escapes";
        QTest::newRow("no bytes") << QByteArray("12 out") << "bytes expected";
        QTest::newRow("rate zero") << QByteArray("12 rate 0") << "positive number";
        QTest::newRow("raw length not a number") << QByteArray("12 raw many") << "positive number";
        QTest::newRow("lost with words") << QByteArray("12 lost now") << "nothing expected";
    }

    void aBrokenLineIsNamed()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, says);
        QString error;
        QVERIFY(!SessionRecording::parse(line, &error).has_value());
        QVERIFY2(error.contains(says), qPrintable(error));
    }

    void commentsAndBlankLinesAreNoEvents()
    {
        QString error;
        QVERIFY(!SessionRecording::parse("# port /dev/ttyUSB2\n", &error));
        QVERIFY(error.isEmpty());
        QVERIFY(!SessionRecording::parse("   \n", &error));
        QVERIFY(error.isEmpty());
    }

    void aFileLoadsWithItsPortOrSaysWhereItBreaks_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("events"); // read before the line that stops it
        QTest::addColumn<QString>("error");
        const QByteArray head = "# fotadesk-recording 1\n# port /dev/ttyUSB2\n";
        QTest::newRow("whole") << head + "0 open 115200\n5 out AT\\r\n6 in \\r\\nOK\\r\\n\n" << 3 << QString();
        QTest::newRow("not a recording") << QByteArray("AT\nOK\n") << 0 << "not a FotaDesk recording";
        QTest::newRow("empty") << QByteArray() << 0 << "empty";
        QTest::newRow("edited badly") << head + "0 open 115200\n5 out AT\\r\n6 in \\z\n" << 2 << "line 5";
        QTest::newRow("time backwards") << head + "9 open 115200\n5 out AT\\r\n" << 1 << "backwards";
    }

    void aFileLoadsWithItsPortOrSaysWhereItBreaks()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, events);
        QFETCH(QString, error);
        QTemporaryDir dir;
        const QString path = dir.filePath("module.rec");
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        const SessionRecording::Loaded loaded = SessionRecording::load(path);
        if (error.isEmpty()) {
            QVERIFY2(loaded.error.isEmpty(), qPrintable(loaded.error));
            QCOMPARE(loaded.port, QStringLiteral("/dev/ttyUSB2"));
        } else {
            QVERIFY2(loaded.error.contains(error), qPrintable(loaded.error));
        }
        QCOMPARE(loaded.events.size(), events);
    }

    void onlyPrintableLinesEndingAtALineEndAreText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("text");
        QTest::newRow("command") << QByteArray("AT+CGMI\r") << true;
        QTest::newRow("command lf") << QByteArray("AT\n") << true;
        QTest::newRow("no line end") << QByteArray("AT") << false;
        QTest::newRow("xmodem block") << QByteArray("\x02\x01\xfe" "data\r") << false;
        QTest::newRow("eot") << QByteArray("\x04") << false;
        QTest::newRow("ctrl-z") << QByteArray("text\x1a\r") << false;
        QTest::newRow("empty") << QByteArray() << false;
    }

    void onlyPrintableLinesEndingAtALineEndAreText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, text);
        QCOMPARE(SessionRecording::isTextLine(bytes), text);
    }
};

QTEST_GUILESS_MAIN(tst_SessionRecording)
#include "tst_sessionrecording.moc"
