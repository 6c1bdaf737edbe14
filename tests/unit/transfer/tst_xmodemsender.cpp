#include "transfer/xmodemframe.h"
#include "transfer/xmodemsender.h"

#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

constexpr char SOH = 0x01, STX = 0x02, EOT = 0x04, ACK = 0x06, NAK = 0x15, CAN = 0x18;

// The test's own CRC, bit by bit, so a wrong table in the product cannot
// agree with itself.
quint16 referenceCrc(QByteArrayView data)
{
    quint16 crc = 0;
    for (const char c : data) {
        crc ^= quint16(quint8(c)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

QByteArray referenceBlock(int number, const QByteArray &payload, int size, bool crc)
{
    QByteArray block;
    block += size == 1024 ? STX : SOH;
    block += char(number & 0xFF);
    block += char(~number & 0xFF);
    const QByteArray data = payload + QByteArray(size - payload.size(), 0x1A);
    block += data;
    if (crc) {
        const quint16 value = referenceCrc(data);
        block += char(value >> 8);
        block += char(value & 0xFF);
    } else {
        int sum = 0;
        for (const char c : data)
            sum += quint8(c);
        block += char(sum & 0xFF);
    }
    return block;
}

// Pseudo-random but repeatable: every block differs, so a resent or skipped
// block shows in a byte comparison.
QByteArray testData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x12345678u ^ quint32(size);
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

// What the sender is expected to put on the wire for `data` in the given
// block sizes (1-based block numbers), then EOT.
QByteArray expectedWire(const QByteArray &data, const QList<int> &sizes, bool crc)
{
    QByteArray wire;
    qsizetype offset = 0;
    int number = 1;
    for (const int size : sizes) {
        wire += referenceBlock(number++, data.mid(offset, size), size, crc);
        offset += size;
    }
    return wire + EOT;
}

// One token of the sender's output: a block, EOT or CAN.
struct Frame
{
    char kind = 0;
    int number = -1;
    QByteArray payload;
    bool intact = false; // number, complement and CRC/checksum agree
};

QList<Frame> parseWire(const QByteArray &wire, bool crc)
{
    QList<Frame> frames;
    qsizetype i = 0;
    while (i < wire.size()) {
        Frame f;
        f.kind = wire.at(i);
        if (f.kind == SOH || f.kind == STX) {
            const int size = f.kind == STX ? 1024 : 128;
            const int total = 3 + size + (crc ? 2 : 1);
            if (i + total > wire.size())
                break;
            const QByteArray block = wire.mid(i, total);
            f.number = quint8(block.at(1));
            f.payload = block.mid(3, size);
            f.intact = quint8(block.at(2)) == quint8(~f.number) && block == referenceBlock(f.number, f.payload, size, crc);
            i += total;
        } else {
            f.intact = true;
            ++i;
        }
        frames << f;
    }
    return frames;
}

// A sender plus everything it says, fed in a chosen chunking.
struct Run
{
    explicit Run(const QByteArray &data, XmodemOptions options = {})
        : sender(data, options)
    {
        QObject::connect(&sender, &XmodemSender::writeRequested, &sender,
                         [this](const QByteArray &b) { wire += b; });
        QObject::connect(&sender, &XmodemSender::progress, &sender,
                         [this](const TransferProgress &p) { progress << p; });
        QObject::connect(&sender, &XmodemSender::finished, &sender,
                         [this](const XmodemResult &r) { results << r; });
    }

    void feed(const QByteArray &bytes, int chunk = 0)
    {
        if (chunk <= 0) {
            sender.receive(bytes);
            return;
        }
        for (qsizetype i = 0; i < bytes.size(); i += chunk)
            sender.receive(QByteArrayView(bytes).sliced(i, qMin<qsizetype>(chunk, bytes.size() - i)));
    }

    XmodemSender sender;
    QByteArray wire;
    QList<TransferProgress> progress;
    QList<XmodemResult> results;
};

QByteArray acks(int n)
{
    return QByteArray(n, ACK);
}

} // namespace

class tst_XmodemSender : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.debug=false"));
    }

    void theCrcIsCrc16XmodemAndTheChecksumIsTheByteSum()
    {
        QCOMPARE(Xmodem::crc16("123456789"), quint16(0x31C3)); // the catalogued check value
        QCOMPARE(Xmodem::crc16(""), quint16(0));
        const QByteArray data = testData(1024);
        QCOMPARE(Xmodem::crc16(data), referenceCrc(data));
        QCOMPARE(Xmodem::checksum("\x01\x02\xff"), quint8(0x02));
    }

    void eachReceiverGetsTheBlocksItAskedFor_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<char>("start");
        QTest::addColumn<bool>("use1K");
        QTest::addColumn<bool>("shortTail");
        QTest::addColumn<QList<int>>("blocks");

        QTest::newRow("C: 1K blocks, exact multiple") << 3072 << 'C' << true << true << QList<int>{1024, 1024, 1024};
        QTest::newRow("C: short tail in a 128-byte block") << 2148 << 'C' << true << true << QList<int>{1024, 1024, 128};
        QTest::newRow("C: tail of exactly 128") << 1152 << 'C' << true << true << QList<int>{1024, 128};
        QTest::newRow("C: tail of 129 needs a 1K block") << 1153 << 'C' << true << true << QList<int>{1024, 1024};
        QTest::newRow("C: short tail off pads a 1K block") << 1124 << 'C' << true << false << QList<int>{1024, 1024};
        QTest::newRow("C: 1K off gives 128-byte CRC blocks") << 300 << 'C' << false << true << QList<int>{128, 128, 128};
        QTest::newRow("C: one byte") << 1 << 'C' << true << true << QList<int>{128};
        QTest::newRow("C: nothing to send is EOT alone") << 0 << 'C' << true << true << QList<int>{};
        QTest::newRow("NAK: 128-byte checksum blocks") << 1000 << NAK << true << true << QList<int>(8, 128);
    }

    void eachReceiverGetsTheBlocksItAskedFor()
    {
        QFETCH(int, size);
        QFETCH(char, start);
        QFETCH(bool, use1K);
        QFETCH(bool, shortTail);
        QFETCH(QList<int>, blocks);

        XmodemOptions options;
        options.use1K = use1K;
        options.shortTailBlock = shortTail;
        const QByteArray data = testData(size);
        Run run(data, options);
        run.sender.start();
        run.feed(QByteArray(1, start) + acks(int(blocks.size()) + 1));

        const bool crc = start == 'C';
        QCOMPARE(run.wire, expectedWire(data, blocks, crc));
        QCOMPARE(run.results.size(), 1);
        QVERIFY2(run.results[0].ok, qPrintable(run.results[0].message));
        QCOMPARE(run.results[0].crcMode, crc);
        QCOMPARE(run.results[0].bytesAcked, qint64(size));
        QCOMPARE(run.results[0].blocksAcked, int(blocks.size()));
    }

    void blockNumbersWrapFrom255ToZero()
    {
        const QByteArray data = testData(300 * 1024 + 77); // 301 blocks
        Run run(data);
        run.sender.start();
        run.feed("C" + acks(302));

        const QList<Frame> frames = parseWire(run.wire, true);
        QCOMPARE(frames.size(), 302);
        QByteArray received;
        for (int i = 0; i < 301; ++i) {
            QVERIFY2(frames[i].intact, qPrintable(QStringLiteral("block %1").arg(i + 1)));
            QCOMPARE(frames[i].number, (i + 1) % 256);
            received += frames[i].payload;
        }
        QCOMPARE(frames[254].number, 255);
        QCOMPARE(frames[255].number, 0);
        QCOMPARE(frames[256].number, 1);
        QCOMPARE(frames.last().kind, EOT);
        QCOMPARE(received.left(data.size()), data);
        QVERIFY(run.results.value(0).ok);
    }

    // The class of bug where a state check drops the resend after a NAK: the
    // receiver must get the same block again, byte for byte, every time.
    void aNakResendsTheSameBlockByteForByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<int>>("sentBlocks"); // block indexes as they go out, 0 = EOT
        const QByteArray n(1, NAK), a(1, ACK);
        QTest::newRow("first block") << "C" + n + a + a + a + a << QList<int>{1, 1, 2, 3, 0};
        QTest::newRow("middle block twice") << "C" + a + n + n + a + a + a << QList<int>{1, 2, 2, 2, 3, 0};
        QTest::newRow("last block") << "C" + a + a + n + a + a << QList<int>{1, 2, 3, 3, 0};
        QTest::newRow("every block once") << "C" + n + a + n + a + n + a + a << QList<int>{1, 1, 2, 2, 3, 3, 0};
    }

    void aNakResendsTheSameBlockByteForByte()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<int>, sentBlocks);
        const QByteArray data = testData(3 * 1024);
        Run run(data);
        run.sender.start();
        run.feed(input);

        QByteArray expected;
        for (const int index : sentBlocks)
            expected += index == 0 ? QByteArray(1, EOT)
                                   : referenceBlock(index, data.mid((index - 1) * 1024, 1024), 1024, true);
        QCOMPARE(run.wire, expected);
        QVERIFY(run.results.value(0).ok);
        QCOMPARE(run.results[0].resends, int(sentBlocks.size()) - 4);
    }

    void aNakStormUpToTheRetryCapIsRiddenOut()
    {
        const QByteArray data = testData(4 * 1024);
        Run run(data);
        run.sender.start();
        run.feed("C" + acks(2) + QByteArray(10, NAK) + acks(3));

        QVERIFY2(run.results.value(0).ok, qPrintable(run.results.value(0).message));
        QCOMPARE(run.results[0].resends, 10);
        const QList<Frame> frames = parseWire(run.wire, true);
        QCOMPARE(frames.size(), 4 + 10 + 1);
        for (int i = 2; i <= 12; ++i)
            QCOMPARE(frames[i].number, 3);
        QCOMPARE(frames[13].number, 4);
    }

    void moreNaksThanTheRetryCapEndWithTooManyRetries()
    {
        const QByteArray data = testData(4 * 1024);
        Run run(data);
        run.sender.start();
        run.feed("C" + acks(1) + QByteArray(11, NAK) + acks(5));

        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].error, XmodemError::TooManyRetries);
        QVERIFY(!run.results[0].ok);
        QVERIFY(run.results[0].message.contains(QLatin1String("block 2")));
        const QByteArray block2 = referenceBlock(2, data.mid(1024, 1024), 1024, true);
        QCOMPARE(run.wire, referenceBlock(1, data.left(1024), 1024, true) + block2.repeated(11)
                               + QByteArray(2, CAN));
    }

    void aDuplicateAckNeitherSkipsNorRepeatsData()
    {
        const QByteArray data = testData(3 * 1024);
        Run run(data);
        run.sender.start();
        // Block 1 acknowledged twice (the receiver also saw a resent copy).
        run.feed("C" + acks(2) + acks(3));

        QCOMPARE(run.wire, expectedWire(data, {1024, 1024, 1024}, true));
        QCOMPARE(run.results.size(), 1);
        QVERIFY(run.results[0].ok);
        run.feed(acks(1)); // one more after the end: ignored
        QCOMPARE(run.results.size(), 1);
    }

    void noiseBytesAndALoneCanAreIgnored()
    {
        const QByteArray data = testData(2 * 1024 + 5);
        Run clean(data);
        clean.sender.start();
        clean.feed("C" + acks(4));

        Run noisy(data);
        noisy.sender.start();
        noisy.feed(QByteArray("\r\nOK\r\n\x00\xff", 8) + "C" + "C" // the receiver repeats its 'C'
                   + QByteArray("\x00\x7f", 2) + acks(1)
                   + QByteArray(1, CAN) + "x" + acks(1) // a lone CAN is noise
                   + "\xfe" + acks(1) + "\r" + acks(1));
        QCOMPARE(noisy.wire, clean.wire);
        QVERIFY(noisy.results.value(0).ok);
        QCOMPARE(noisy.results[0].resends, 0);
        QCOMPARE(noisy.results[0].ignoredBytes, 14); // 8 before the start, the second 'C', 5 between ACKs
        QCOMPARE(clean.results[0].ignoredBytes, 0);
    }

    void canCanFromTheReceiverAborts_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("framesSent");
        const QByteArray cc(2, CAN);
        QTest::newRow("before the first block") << cc << 0;
        QTest::newRow("after block 1") << "C" + acks(1) + cc + acks(3) << 2;
        QTest::newRow("instead of the EOT's ACK") << "C" + acks(3) + cc << 4;
        QTest::newRow("after a noise byte") << "C" + QByteArray(1, CAN) + "?" + cc << 1;
    }

    void canCanFromTheReceiverAborts()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, framesSent);
        Run run(testData(3 * 1024));
        run.sender.start();
        run.feed(input);

        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].error, XmodemError::CancelledByReceiver);
        const QList<Frame> frames = parseWire(run.wire, true);
        QCOMPARE(frames.size(), framesSent); // nothing after it
        for (const Frame &f : frames)
            QVERIFY(f.kind != CAN); // and no CAN back: the receiver already knows

    }

    // What follows the byte that ends the transfer in the same read is the
    // module talking in line mode again (a URC, an ERROR): kept for the caller
    // to hand back to the AT channel, never eaten as XMODEM noise.
    void theBytesAfterTheEndAreKeptForLineMode_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("error");
        QTest::addColumn<QByteArray>("unconsumed");
        const QByteArray urc = "\r\n+WDSI: 3\r\n";
        QTest::newRow("a URC after the EOT's ACK") << "C" + acks(2) + urc << int(XmodemError::None) << urc;
        QTest::newRow("an ACK-like byte after the EOT's ACK")
            << "C" + acks(3) << int(XmodemError::None) << acks(1);
        QTest::newRow("nothing after the EOT's ACK") << "C" + acks(2) << int(XmodemError::None) << QByteArray();
        QTest::newRow("ERROR after CAN CAN") << "C" + QByteArray(2, CAN) + "\r\nERROR\r\n"
                                             << int(XmodemError::CancelledByReceiver)
                                             << QByteArray("\r\nERROR\r\n");
    }

    void theBytesAfterTheEndAreKeptForLineMode()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, error);
        QFETCH(QByteArray, unconsumed);
        Run run(testData(300)); // one block
        run.sender.start();
        run.feed(input);
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(int(run.results[0].error), error);
        QCOMPARE(run.results[0].ignoredBytes, 0); // none of it counted as noise
        QCOMPARE(run.sender.takeUnconsumed(), unconsumed);
        QCOMPARE(run.sender.takeUnconsumed(), QByteArray()); // handed over once
    }

    void receiverSilenceEndsInATimeoutAfterTheRetries()
    {
        XmodemOptions options;
        options.ackTimeout = 20ms;
        options.maxRetries = 3;
        const QByteArray data = testData(2 * 1024);
        Run run(data, options);
        QSignalSpy finished(&run.sender, &XmodemSender::finished);
        run.sender.start();
        run.feed("C" + acks(1));
        QVERIFY(finished.wait(2000));

        QCOMPARE(run.results[0].error, XmodemError::Timeout);
        const QByteArray block2 = referenceBlock(2, data.mid(1024), 1024, true);
        QCOMPARE(run.wire, referenceBlock(1, data.left(1024), 1024, true) + block2.repeated(4)
                               + QByteArray(2, CAN));
    }

    // A resend after silence, then a NAK: both resend, neither is dropped.
    void aNakAfterATimeoutResendStillResends()
    {
        XmodemOptions options;
        options.ackTimeout = 200ms; // long enough for the NAK to come first
        const QByteArray data = testData(2 * 1024);
        Run run(data, options);
        QSignalSpy writes(&run.sender, &XmodemSender::writeRequested);
        run.sender.start();
        run.feed("C");
        QVERIFY(writes.wait(2000)); // the resend after silence
        const QByteArray block1 = referenceBlock(1, data.left(1024), 1024, true);
        QCOMPARE(run.wire, block1.repeated(2));
        run.feed(QByteArray(1, NAK));
        QCOMPARE(run.wire, block1.repeated(3));
        run.feed(acks(3));
        QVERIFY(run.results.value(0).ok);
        QCOMPARE(run.wire, block1.repeated(2) + expectedWire(data, {1024, 1024}, true));
    }

    void aReceiverThatNeverAsksEndsInReceiverNeverReady()
    {
        XmodemOptions options;
        options.startTimeout = 30ms;
        Run run(testData(100), options);
        QSignalSpy finished(&run.sender, &XmodemSender::finished);
        run.sender.start();
        run.feed("\r\nOK\r\n"); // not a start
        QVERIFY(finished.wait(2000));
        QCOMPARE(run.results[0].error, XmodemError::ReceiverNeverReady);
        QVERIFY(!run.results[0].message.isEmpty());
        QCOMPARE(run.wire, QByteArray(2, CAN)); // tell a late receiver to give up
    }

    void theEotIsResentUntilAcknowledged_data()
    {
        QTest::addColumn<QByteArray>("afterLastBlock");
        QTest::addColumn<bool>("silence");
        QTest::addColumn<int>("eots");
        QTest::addColumn<int>("error");
        QTest::newRow("acknowledged at once") << acks(1) << false << 1 << int(XmodemError::None);
        QTest::newRow("NAK then ACK handshake") << QByteArray(1, NAK) + acks(1) << false << 2 << int(XmodemError::None);
        QTest::newRow("after silence") << QByteArray() << true << 2 << int(XmodemError::None);
        QTest::newRow("never") << QByteArray(11, NAK) << false << 11 << int(XmodemError::EndNotAcknowledged);
    }

    void theEotIsResentUntilAcknowledged()
    {
        QFETCH(QByteArray, afterLastBlock);
        QFETCH(bool, silence);
        QFETCH(int, eots);
        QFETCH(int, error);
        XmodemOptions options;
        options.ackTimeout = silence ? 200ms : 20ms;
        const QByteArray data = testData(1024);
        Run run(data, options);
        QSignalSpy writes(&run.sender, &XmodemSender::writeRequested);
        run.sender.start();
        run.feed("C" + acks(1) + afterLastBlock);
        if (silence) {
            QVERIFY(writes.wait(2000)); // the EOT again
            QVERIFY(run.wire.endsWith(QByteArray(2, EOT)));
            run.feed(acks(1));
        }
        QTRY_COMPARE_WITH_TIMEOUT(run.results.size(), 1, 2000);
        QCOMPARE(int(run.results[0].error), error);
        // The data is complete: no CAN, even when the end was never confirmed.
        QCOMPARE(run.wire, referenceBlock(1, data, 1024, true) + QByteArray(eots, EOT));
    }

    void progressRisesToTheTotalWithRateAndTimeLeft()
    {
        const QByteArray data = testData(5 * 1024 + 300);
        Run run(data);
        qint64 now = 0;
        run.sender.rateMeter().setClock([&now] { return now; });
        run.sender.start();
        run.feed("C");
        for (int i = 0; i < 7; ++i) {
            now += 100; // 1 KiB per 100 ms
            run.feed(acks(1));
        }
        QVERIFY(run.results.value(0).ok);
        QVERIFY(run.progress.size() >= 7);
        QCOMPARE(run.progress.first().done, 0);
        for (int i = 1; i < run.progress.size(); ++i)
            QVERIFY(run.progress[i].done >= run.progress[i - 1].done);
        const TransferProgress last = run.progress.last();
        QCOMPARE(last.done, data.size());
        QCOMPARE(last.total, data.size());
        QCOMPARE(last.percent(), 100);
        QCOMPARE(last.etaMs, 0);
        const TransferProgress middle = run.progress[3]; // 3 blocks in 300 ms
        QVERIFY2(qAbs(middle.bytesPerSecond - 10240) < 1, qPrintable(QString::number(middle.bytesPerSecond)));
        QCOMPARE(middle.etaMs, qint64(std::ceil((data.size() - 3072) * 1000.0 / 10240)));
    }

    // How the receiver's bytes are split by the OS must not matter.
    void theSameInputGivesTheSameOutputWholeOrByteByByte_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray n(1, NAK), c(1, CAN);
        QTest::newRow("clean") << "C" + acks(5);
        QTest::newRow("naks") << "C" + n + acks(1) + n + n + acks(3) + n + acks(1);
        QTest::newRow("noise and duplicate ack") << "xC\r\nC" + acks(2) + "\x00" + acks(3);
        QTest::newRow("lone cans") << "C" + c + acks(1) + c + "z" + acks(4);
        QTest::newRow("cancelled") << "C" + acks(2) + c + c + acks(2);
        QTest::newRow("too many naks") << "C" + QByteArray(12, NAK);
        QTest::newRow("checksum") << n + acks(40);
    }

    void theSameInputGivesTheSameOutputWholeOrByteByByte()
    {
        QFETCH(QByteArray, input);
        const QByteArray data = testData(3 * 1024 + 10);
        Run whole(data);
        whole.sender.start();
        whole.feed(input);
        for (const int chunk : {1, 2, 3, 7}) {
            Run split(data);
            split.sender.start();
            split.feed(input, chunk);
            QCOMPARE(split.wire, whole.wire);
            QCOMPARE(split.results.size(), whole.results.size());
            QCOMPARE(split.results.value(0).error, whole.results.value(0).error);
            QCOMPARE(split.progress.size(), whole.progress.size());
        }
        QCOMPARE(whole.results.size(), 1);
    }

    // A receiver that answers from inside writeRequested (a synchronous link)
    // must not reorder anything.
    void aReceiverAnsweringSynchronouslyGetsEveryBlockInOrder()
    {
        const QByteArray data = testData(260 * 1024);
        XmodemSender sender(data);
        QByteArray received;
        QSet<int> naked; // block indexes rejected once
        QList<XmodemResult> results;
        connect(&sender, &XmodemSender::writeRequested, this, [&](const QByteArray &bytes) {
            const QList<Frame> frames = parseWire(bytes, true);
            QCOMPARE(frames.size(), 1);
            const Frame &f = frames.first();
            if (f.kind == EOT) {
                sender.receive(QByteArrayView("\x06", 1));
                return;
            }
            // Every 50th block is "corrupted" once.
            const int index = int(received.size() / 1024) + 1;
            if (index % 50 == 0 && !naked.contains(index)) {
                naked.insert(index);
                sender.receive(QByteArrayView("\x15", 1));
                return;
            }
            received += f.payload;
            sender.receive(QByteArrayView("\x06", 1));
        });
        connect(&sender, &XmodemSender::finished, this, [&](const XmodemResult &r) { results << r; });
        sender.start();
        sender.receive("C");
        QCOMPARE(results.size(), 1);
        QVERIFY(results[0].ok);
        QCOMPARE(received, data);
        QCOMPARE(naked.size(), 5);
        QCOMPARE(results[0].resends, 5);
    }

    void cancelSendsCanCanOnceRunning()
    {
        const QByteArray data = testData(3 * 1024);
        Run run(data);
        run.sender.start();
        run.feed("C" + acks(1));
        run.sender.cancel();
        QCOMPARE(run.results.size(), 1);
        QCOMPARE(run.results[0].error, XmodemError::CancelledByUser);
        QVERIFY(run.wire.endsWith(QByteArray(2, CAN)));
        run.feed(acks(3)); // nothing more goes out
        QCOMPARE(parseWire(run.wire, true).size(), 2 + 2);

        Run idle(data);
        idle.sender.cancel();
        QCOMPARE(idle.results.value(0).error, XmodemError::CancelledByUser);
        QVERIFY(idle.wire.isEmpty());
    }

    void aLostPortEndsTheTransferQuietly()
    {
        Run run(testData(3 * 1024));
        run.sender.start();
        run.feed("C");
        run.sender.portLost(QStringLiteral("No such device"));
        QCOMPARE(run.results.value(0).error, XmodemError::PortLost);
        QVERIFY(run.results[0].message.contains(QLatin1String("No such device")));
        QCOMPARE(parseWire(run.wire, true).size(), 1); // no CAN into a dead port
        run.sender.portLost();
        run.sender.cancel();
        QCOMPARE(run.results.size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_XmodemSender)
#include "tst_xmodemsender.moc"
