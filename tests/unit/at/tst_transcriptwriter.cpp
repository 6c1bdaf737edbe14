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
};

QTEST_GUILESS_MAIN(tst_TranscriptWriter)
#include "tst_transcriptwriter.moc"
