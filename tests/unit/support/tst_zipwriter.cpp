#include "support/zipwriter.h"

#include <QBuffer>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

// The ZIP writer against unpackers that are not ours: Python's zipfile
// (always in CI) tests every CRC and extracts; Info-ZIP's unzip too where the
// machine has it.
namespace {

using Files = QList<QPair<QString, QByteArray>>;

QByteArray randomBytes(int size, quint32 seed)
{
    QRandomGenerator rng(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (char &c : out)
        c = char(rng.bounded(256));
    return out;
}

QByteArray writeZip(const Files &files)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    ZipWriter zip(&buffer);
    for (const auto &[name, data] : files) {
        if (!zip.addFile(name, data, QDateTime(QDate(2026, 12, 4), QTime(23, 15, 42))))
            qWarning() << zip.errorString();
    }
    zip.finish();
    return buffer.data();
}

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

int run(const QString &program, const QStringList &args, QByteArray *output = nullptr)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, args);
    if (!p.waitForFinished(60000))
        return -1;
    if (output)
        *output = p.readAll();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

} // namespace

class tst_ZipWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!QFile::exists(python()))
            QSKIP("/usr/bin/python3 is missing: nothing to unpack the archives with");
    }

    void crcIsIeee_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<quint32>("crc");
        QTest::newRow("empty") << QByteArray() << 0x00000000u;
        QTest::newRow("check value") << QByteArray("123456789") << 0xCBF43926u;
        QTest::newRow("fox") << QByteArray("The quick brown fox jumps over the lazy dog") << 0x414FA339u;
    }

    void crcIsIeee()
    {
        QFETCH(QByteArray, data);
        QFETCH(quint32, crc);
        QCOMPARE(ZipWriter::crc32(data), crc);
    }

    void othersUnpackWhatItWrites_data()
    {
        QTest::addColumn<Files>("files");
        QByteArray text;
        for (int i = 0; i < 2000; ++i)
            text += "2026-12-04T23:15:42.123Z cmd    AT+CGMR\n2026-12-04T23:15:42.140Z line   OK\n";
        QTest::newRow("one empty file") << Files{{"empty.txt", {}}};
        QTest::newRow("deflated text") << Files{{"transcripts/imei_1/session.log", text}};
        QTest::newRow("stored random bytes") << Files{{"random.bin", randomBytes(70000, 7)}};
        QTest::newRow("tiny files") << Files{{"a", "x"}, {"b/c", "yz"}, {"b/d/e.json", "{}"}};
        QTest::newRow("utf-8 names") << Files{{QStringLiteral("Übersicht/日志.txt"), "hallo"}};
        QTest::newRow("a megabyte of both") << Files{{"big.txt", text.repeated(8)}, {"big.bin", randomBytes(1 << 20, 9)}};
    }

    void othersUnpackWhatItWrites()
    {
        QFETCH(Files, files);
        QTemporaryDir dir(qEnvironmentVariable("FOTADESK_TEST_TMP") + QStringLiteral("/zip-XXXXXX"));
        QVERIFY(dir.isValid());
        const QString zipPath = dir.filePath(QStringLiteral("out.zip"));
        {
            QFile f(zipPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(writeZip(files));
        }
        QByteArray output;
        QCOMPARE(run(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-t"), zipPath}, &output), 0);
        const QString unpacked = dir.filePath(QStringLiteral("py"));
        QCOMPARE(run(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zipPath, unpacked}, &output), 0);

        QStringList found;
        QDirIterator it(unpacked, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << QDir(unpacked).relativeFilePath(it.next());
        QCOMPARE(found.size(), files.size());
        for (const auto &[name, data] : files) {
            QFile f(QDir(unpacked).filePath(name));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(name));
            QCOMPARE(f.readAll(), data);
        }

        if (QFile::exists(QStringLiteral("/usr/bin/unzip"))) {
            QCOMPARE(run(QStringLiteral("/usr/bin/unzip"), {QStringLiteral("-tq"), zipPath}, &output), 0);
        }
    }

    void deflatesWhatShrinksAndStoresTheRest()
    {
        const QByteArray text = QByteArray("OK\r\n").repeated(10000);
        const QByteArray noise = randomBytes(10000, 3);
        // Local header (30 + name) plus the data as written.
        QVERIFY(writeZip({{"t", text}}).size() < 30 + 1 + text.size() / 10);
        const QByteArray stored = writeZip({{"n", noise}});
        QVERIFY(stored.contains(noise));
        QCOMPARE(quint8(stored.at(8)), quint8(0)); // method: stored
    }

    void unsafeNamesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("parent") << QStringLiteral("../etc/passwd");
        QTest::newRow("inner parent") << QStringLiteral("a/../../b");
        QTest::newRow("absolute") << QStringLiteral("/etc/passwd");
        QTest::newRow("backslash") << QStringLiteral("a\\b");
        QTest::newRow("drive") << QStringLiteral("C:x");
        QTest::newRow("empty part") << QStringLiteral("a//b");
        QTest::newRow("empty") << QString();
    }

    void unsafeNamesAreRefused()
    {
        QFETCH(QString, name);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ZipWriter zip(&buffer);
        QVERIFY(!zip.addFile(name, "x"));
        QVERIFY(!zip.errorString().isEmpty());
        QCOMPARE(buffer.size(), 0);
    }

    void aNameTwiceIsRefused()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        ZipWriter zip(&buffer);
        QVERIFY(zip.addFile(QStringLiteral("a"), "1"));
        QVERIFY(!zip.addFile(QStringLiteral("a"), "2"));
        QCOMPARE(zip.count(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_ZipWriter)
#include "tst_zipwriter.moc"
