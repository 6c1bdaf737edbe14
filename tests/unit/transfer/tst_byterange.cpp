#include "transfer/byterange.h"

#include <QTest>

class tst_ByteRange : public QObject
{
    Q_OBJECT

private slots:
    void rangeHeadersResolveAgainstTheFileSize_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("size");
        QTest::addColumn<int>("kind");
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("last");
        const int whole = int(ByteRange::Kind::Whole), partial = int(ByteRange::Kind::Partial),
                  none = int(ByteRange::Kind::Unsatisfiable);

        QTest::newRow("no header") << QByteArray() << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("a-b") << QByteArray("bytes=0-99") << 1000LL << partial << 0LL << 99LL;
        QTest::newRow("a-b in the middle") << QByteArray("bytes=100-199") << 1000LL << partial << 100LL << 199LL;
        QTest::newRow("single byte") << QByteArray("bytes=5-5") << 1000LL << partial << 5LL << 5LL;
        QTest::newRow("b past the end is clamped") << QByteArray("bytes=900-5000") << 1000LL << partial << 900LL << 999LL;
        QTest::newRow("a-") << QByteArray("bytes=400-") << 1000LL << partial << 400LL << 999LL;
        QTest::newRow("last byte a-") << QByteArray("bytes=999-") << 1000LL << partial << 999LL << 999LL;
        QTest::newRow("-n") << QByteArray("bytes=-100") << 1000LL << partial << 900LL << 999LL;
        QTest::newRow("-n larger than the file") << QByteArray("bytes=-5000") << 1000LL << partial << 0LL << 999LL;
        QTest::newRow("blanks and letter case") << QByteArray(" Bytes = 10 - 19 ") << 1000LL << partial << 10LL << 19LL;
        QTest::newRow("a at the end") << QByteArray("bytes=1000-") << 1000LL << none << 0LL << -1LL;
        QTest::newRow("a past the end") << QByteArray("bytes=2000-2100") << 1000LL << none << 0LL << -1LL;
        QTest::newRow("-0") << QByteArray("bytes=-0") << 1000LL << none << 0LL << -1LL;
        QTest::newRow("empty file suffix") << QByteArray("bytes=-10") << 0LL << none << 0LL << -1LL;
        QTest::newRow("empty file a-") << QByteArray("bytes=0-") << 0LL << none << 0LL << -1LL;
        QTest::newRow("b before a is ignored") << QByteArray("bytes=20-10") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("other unit is ignored") << QByteArray("items=0-1") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("garbage is ignored") << QByteArray("bytes=abc") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("negative is ignored") << QByteArray("bytes=-5-10") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("several ranges are ignored") << QByteArray("bytes=0-1,5-6") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("overflow is ignored") << QByteArray("bytes=99999999999999999999-") << 1000LL << whole << 0LL << 999LL;
        QTest::newRow("large file") << QByteArray("bytes=4294967296-") << (5LL << 30) << partial << (4LL << 30) << (5LL << 30) - 1;
    }

    void rangeHeadersResolveAgainstTheFileSize()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, size);
        QFETCH(int, kind);
        QFETCH(qint64, first);
        QFETCH(qint64, last);
        const ByteRange range = ByteRange::parse(header, size);
        QCOMPARE(int(range.kind), kind);
        if (range.kind != ByteRange::Kind::Unsatisfiable) {
            QCOMPARE(range.first, first);
            QCOMPARE(range.last, last);
            QCOMPARE(range.length(), last - first + 1);
        }
    }
};

QTEST_GUILESS_MAIN(tst_ByteRange)
#include "tst_byterange.moc"
