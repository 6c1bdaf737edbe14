#include "at/transcriptwriter.h"

#include <QTemporaryDir>
#include <QTest>

class tst_TranscriptWriter : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryIsOnDiskAsSoonAsItIsWritten()
    {
        QTemporaryDir dir;
        TranscriptWriter writer;
        const QString path = dir.filePath("modules/351234567890123.log");
        QVERIFY(writer.open(path));
        writer.write({1763800000123, Traffic::Kind::Command, "AT+CGMI"});
        writer.write({1763800000150, Traffic::Kind::Response, "Telit"});

        // Read through a separate handle while the writer is still open: nothing
        // may be waiting in a buffer (a crash now must not lose these lines).
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = file.readAll().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("2025-11-22T08:26:40.123Z cmd    AT+CGMI"));
        QCOMPARE(lines[1], QByteArray("2025-11-22T08:26:40.150Z rsp    Telit"));
    }

    void reopeningAppends()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("t.log");
        {
            TranscriptWriter writer;
            QVERIFY(writer.open(path));
            writer.write({0, Traffic::Kind::Note, "first"});
        }
        TranscriptWriter writer;
        QVERIFY(writer.open(path));
        writer.write({0, Traffic::Kind::Note, "second"});
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 2);
    }

    // Notes come from sessions and flows too, not only from the channel that
    // masks its traffic: the writer masks every entry itself.
    void aSecretInANoteNeverReachesTheFile_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("PIN in a note") << "no answer to AT+CMEE=2;+CPIN=\"1234\"" << "1234";
        QTest::newRow("read answer") << "^SGAUTH: 1,2,\"pw77\",\"user\"" << "pw77";
    }

    void aSecretInANoteNeverReachesTheFile()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QByteArray line = TranscriptWriter::format(Traffic{0, Traffic::Kind::Note, text});
        QVERIFY2(!line.contains(secret.toUtf8()), line.constData());
        QVERIFY(line.contains("***"));
    }
};

QTEST_GUILESS_MAIN(tst_TranscriptWriter)
#include "tst_transcriptwriter.moc"
