#include "at/atchannel.h"
#include "fakeport.h"
#include "modules/family.h"
#include "scriptedmodule.h"
#include "transfer/flashcommands.h"
#include "transfer/flashwriter.h"

#include <QRegularExpression>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTest>

using namespace std::chrono_literals;

namespace {

QByteArray testPackage(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0xC0FFEEu ^ quint32(size);
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        data[i] = char(x >> 16);
    }
    return data;
}

QList<qint64> numbersIn(const QString &command)
{
    QList<qint64> values;
    const QString args = command.section(u'=', 1);
    for (const QString &part : args.split(u','))
        values << part.trimmed().toLongLong();
    return values;
}

} // namespace

// A SIM7020 behind the ScriptedModule: a flash partition that CFLE erases,
// CFLW writes (the data is swallowed by expectData() and answered with OK once
// it is all there) and CFLR reads back. Faults are set per write offset.
class FlashModule : public QObject
{
public:
    FlashModule(FakePort *port, ScriptedModule *module) : m_port(port), m_module(module)
    {
        m_module->onPrefix("AT+CFLE=", [this](const QString &command) { return erase(command); });
        m_module->onPrefix("AT+CFLW=", [this](const QString &command) { return write(command); });
        m_module->onPrefix("AT+CFLR=", [this](const QString &command) { return read(command); });
        // The payload arrives in the host's write after the prompt; answer
        // once all of it is in, as the module does.
        connect(m_port, &QIODevice::bytesWritten, this, [this] { onBytesWritten(); });
    }

    QByteArray flash = QByteArray(2 * 1024 * 1024, '\xff');
    QHash<qint64, QByteArray> failWriteAt; // offset -> answer instead of '>'
    qint64 maxWrite = 0;                   // longer writes are refused with `tooLong`; 0: any length
    QByteArray tooLong = "\r\nERROR\r\n";
    qint64 loseAt = -1;                    // the port vanishes on this write
    qint64 silentAt = -1;                  // no answer at all to this write
    qint64 corruptAt = -1;                 // this byte is stored flipped
    QByteArray readAnswer;                 // replaces every CFLR answer when set
    QByteArray eraseAnswer = "\r\nOK\r\n";
    QByteArray afterPrompt;                // more bytes in the read of the '>' prompt
    QByteArray afterOk;                    // more bytes in the read of a write's OK
    // offset -> how many times the bytes of the write there do not get
    // through (the module answers ERROR after them and writes nothing)
    QHash<qint64, int> bytesLostAt;

private:
    QByteArray erase(const QString &command)
    {
        const QList<qint64> v = numbersIn(command);
        flash.replace(v[1] * 4096, v[2] * 4096, QByteArray(v[2] * 4096, '\xff'));
        return eraseAnswer;
    }

    QByteArray write(const QString &command)
    {
        const QList<qint64> v = numbersIn(command);
        const qint64 offset = v[1];
        if (failWriteAt.contains(offset))
            return failWriteAt.value(offset);
        if (maxWrite > 0 && v[2] > maxWrite)
            return tooLong;
        if (offset == loseAt) {
            QTimer::singleShot(0, m_port, [this] { m_port->simulateLoss(); });
            return {};
        }
        if (offset == silentAt)
            return {};
        m_offset = offset;
        m_length = v[2];
        m_mark = m_module->data().size();
        m_module->expectData(m_length);
        return "\r\n> " + afterPrompt;
    }

    void onBytesWritten()
    {
        if (m_length == 0 || m_module->data().size() < m_mark + m_length)
            return;
        QByteArray bytes = m_module->data().mid(m_mark, m_length);
        if (bytesLostAt.value(m_offset) > 0) {
            --bytesLostAt[m_offset];
            m_length = 0;
            m_module->send("\r\nERROR\r\n");
            return;
        }
        if (corruptAt >= m_offset && corruptAt < m_offset + m_length)
            bytes[corruptAt - m_offset] = char(~bytes.at(corruptAt - m_offset));
        flash.replace(m_offset, m_length, bytes);
        m_length = 0;
        m_module->send("\r\nOK\r\n" + afterOk);
    }

    QByteArray read(const QString &command)
    {
        if (!readAnswer.isEmpty())
            return readAnswer;
        const QList<qint64> v = numbersIn(command);
        return "\r\n+CFLR: " + QByteArray::number(v[2]) + ',' + flash.mid(v[1], v[2]).toHex().toUpper()
            + "\r\n\r\nOK\r\n";
    }

    FakePort *m_port;
    ScriptedModule *m_module;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_mark = 0;
};

class tst_FlashWriter : public QObject
{
    Q_OBJECT

private:
    FakePort *m_port = nullptr; // owned by m_channel
    ScriptedModule *m_module = nullptr;
    std::unique_ptr<AtChannel> m_channel;
    FlashModule *m_flash = nullptr; // owned by m_module

    QStringList commands(const QString &prefix) const
    {
        return m_module->received().filter(QRegularExpression(u'^' + QRegularExpression::escape(prefix)));
    }

    FlashResult run(FlashWriter &writer)
    {
        QSignalSpy finished(&writer, &FlashWriter::finished);
        writer.start();
        if (!finished.wait(5000))
            return {};
        QTest::qWait(0); // let a stray extra command show up in received()
        return finished.first().first().value<FlashResult>();
    }

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.transfer.debug=false"));
    }

    void init()
    {
        auto port = std::make_unique<FakePort>();
        port->open(QIODevice::ReadWrite);
        m_port = port.get();
        m_module = new ScriptedModule(m_port);
        m_flash = new FlashModule(m_port, m_module);
        m_flash->setParent(m_module);
        m_channel = std::make_unique<AtChannel>(std::move(port));
        m_channel->setDefaultTimeout(2s);
    }

    void cleanup()
    {
        m_channel.reset();
    }

    void theEraseCoversExactlyTheBlocksThePackageNeeds_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("erase"); // empty: refused before anything is sent
        QTest::addColumn<int>("error");
        QTest::newRow("0 bytes: refused") << 0 << QString() << int(FlashError::EmptyPackage);
        QTest::newRow("1 byte") << 1 << "AT+CFLE=0,0,1" << int(FlashError::None);
        QTest::newRow("313 bytes (the seed example)") << 313 << "AT+CFLE=0,0,1" << int(FlashError::None);
        QTest::newRow("4096 bytes") << 4096 << "AT+CFLE=0,0,1" << int(FlashError::None);
        QTest::newRow("4097 bytes") << 4097 << "AT+CFLE=0,0,2" << int(FlashError::None);
        QTest::newRow("1 MiB") << 1024 * 1024 << "AT+CFLE=0,0,256" << int(FlashError::None);
        QTest::newRow("1 MiB + 1: refused") << 1024 * 1024 + 1 << QString() << int(FlashError::PackageTooLarge);
    }

    void theEraseCoversExactlyTheBlocksThePackageNeeds()
    {
        QFETCH(int, size);
        QFETCH(QString, erase);
        QFETCH(int, error);
        const QByteArray package = testPackage(size);
        FlashWriter writer(m_channel.get(), package);
        const FlashResult result = run(writer);
        QCOMPARE(int(result.error), error);
        QVERIFY(!result.message.isEmpty());
        if (erase.isEmpty()) {
            QVERIFY(!result.ok);
            QVERIFY(m_port->written().isEmpty()); // nothing reached the module
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(commands("AT+CFLE"), QStringList{erase});
        QCOMPARE(m_module->received().first(), erase); // erase before any write
        QCOMPARE(m_flash->flash.left(size), package);
        QCOMPARE(result.bytesWritten, qint64(size));
    }

    void aWriteWhoseBytesDidNotGetThroughIsSentAgainAtTheSameSize()
    {
        // ERROR after the '>' and the bytes is about the bytes (lost on the
        // line), not the length: the same write again, no halving.
        m_flash->bytesLostAt.insert(4096, 2);
        const QByteArray package = testPackage(10000);
        FlashWriter writer(m_channel.get(), package);
        QSignalSpy repeated(&writer, &FlashWriter::writeRepeated);
        QSignalSpy reduced(&writer, &FlashWriter::writeSizeReduced);
        const FlashResult result = run(writer);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(commands("AT+CFLW"), (QStringList{"AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,4096,4096,0,5",
                                                   "AT+CFLW=0,4096,4096,0,5", "AT+CFLW=0,4096,4096,0,5",
                                                   "AT+CFLW=0,8192,1808,0,5"}));
        QCOMPARE(repeated.size(), 2);
        QCOMPARE(repeated.last().at(0).toLongLong(), 4096);
        QCOMPARE(repeated.last().at(1).toInt(), 2);
        QCOMPARE(reduced.size(), 0);
        QCOMPARE(m_flash->flash.left(package.size()), package);
    }

    void bytesThatNeverGetThroughEndTheUploadNamingTheLine()
    {
        m_flash->bytesLostAt.insert(0, 100);
        FlashWriter writer(m_channel.get(), testPackage(5000));
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::WriteFailed);
        QCOMPARE(result.failedOffset, 0);
        QVERIFY2(result.message.contains("loses or damages bytes"), qPrintable(result.message));
        QCOMPARE(commands("AT+CFLW").size(), 4); // the write and three more, all 4096 bytes
        QCOMPARE(commands("AT+CFLW=0,0,4096").size(), 4);
    }

    void theModuleWaitsForAWriteLongerAtALowRate_data()
    {
        QTest::addColumn<qint32>("baud");
        QTest::addColumn<QString>("write");
        QTest::newRow("115200: the least") << 115200 << "AT+CFLW=0,0,4096,0,5";
        QTest::newRow("9600: four times the wire time") << 9600 << "AT+CFLW=0,0,4096,0,18";
    }

    void theModuleWaitsForAWriteLongerAtALowRate()
    {
        QFETCH(qint32, baud);
        QFETCH(QString, write);
        QVERIFY(m_port->setBaudRate(baud));
        FlashWriter writer(m_channel.get(), testPackage(4096));
        QVERIFY(run(writer).ok);
        QCOMPARE(commands("AT+CFLW"), QStringList{write});
    }

    void theSeedExampleIsOneWriteOf313Bytes()
    {
        FlashWriter writer(m_channel.get(), testPackage(313));
        QVERIFY(run(writer).ok);
        QCOMPARE(commands("AT+CFLW"), QStringList{"AT+CFLW=0,0,313,0,5"});
    }

    // CFLW needs no raw mode: the payload goes out on the '>' prompt and the
    // channel stays in line mode, so what follows the prompt or the OK in the
    // same read is parsed like any other line. A URC there reaches its subscriber.
    void aUrcInTheReadOfAPromptOrAnOkReachesItsSubscriber_data()
    {
        QTest::addColumn<bool>("afterPrompt");
        QTest::newRow("after the '>' prompt") << true;
        QTest::newRow("after the OK") << false;
    }

    void aUrcInTheReadOfAPromptOrAnOkReachesItsSubscriber()
    {
        QFETCH(bool, afterPrompt);
        m_channel->setUrcRegistry(urcRegistryFor(Family::SimcomSim7020));
        QStringList urcs;
        m_channel->subscribe(QStringLiteral("*MATREADY:"), this, [&](const QString &line) { urcs << line; });
        (afterPrompt ? m_flash->afterPrompt : m_flash->afterOk) = "\r\n*MATREADY: 1\r\n";
        const QByteArray package = testPackage(5000); // two writes
        FlashWriter writer(m_channel.get(), package);
        const FlashResult result = run(writer);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(m_flash->flash.left(package.size()), package);
        QTRY_COMPARE(urcs, QStringList(2, QStringLiteral("*MATREADY: 1")));
    }

    void writesAreChunkedAsConfigured_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<QStringList>("writes");
        QTest::newRow("default 4096") << 10000 << 0 << QStringList{
            "AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,4096,4096,0,5", "AT+CFLW=0,8192,1808,0,5"};
        QTest::newRow("1000-byte chunks") << 2500 << 1000 << QStringList{
            "AT+CFLW=0,0,1000,0,5", "AT+CFLW=0,1000,1000,0,5", "AT+CFLW=0,2000,500,0,5"};
        QTest::newRow("exact multiple") << 8192 << 0 << QStringList{
            "AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,4096,4096,0,5"};
    }

    void writesAreChunkedAsConfigured()
    {
        QFETCH(int, size);
        QFETCH(int, chunk);
        QFETCH(QStringList, writes);
        FlashWriterOptions options;
        if (chunk > 0)
            options.chunkSize = chunk;
        const QByteArray package = testPackage(size);
        FlashWriter writer(m_channel.get(), package, options);
        QList<TransferProgress> progress;
        connect(&writer, &FlashWriter::progress, this, [&](const TransferProgress &p) { progress << p; });
        const FlashResult result = run(writer);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(commands("AT+CFLW"), writes);
        QCOMPARE(m_module->data(), package); // every payload byte exactly once
        QCOMPARE(m_flash->flash.left(size), package);
        QCOMPARE(progress.size(), writes.size() + 1);
        for (int i = 1; i < progress.size(); ++i)
            QVERIFY(progress[i].done > progress[i - 1].done);
        QCOMPARE(progress.last().done, qint64(size));
        QCOMPARE(progress.last().total, qint64(size));
    }

    // Modules differ in the most they take per AT+CFLW: a refused first write
    // is tried again at half the length until one is taken (or 256 is
    // refused too), and the rest of the package goes at that length.
    void aRefusedFirstWriteIsHalvedUntilTheModuleTakesIt_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("moduleMax");
        QTest::addColumn<QByteArray>("refusal");
        QTest::addColumn<int>("writeSize"); // 0: refused at every size
        QTest::addColumn<QList<qint64>>("reductions");
        const QByteArray error("\r\nERROR\r\n");
        QTest::newRow("4096 taken") << 10000 << 4096 << error << 4096 << QList<qint64>{};
        QTest::newRow("at most 2048") << 10000 << 2048 << error << 2048 << QList<qint64>{2048};
        QTest::newRow("at most 1024") << 10000 << 1024 << error << 1024 << QList<qint64>{2048, 1024};
        QTest::newRow("at most 1500: 1024") << 10000 << 1500 << error << 1024 << QList<qint64>{2048, 1024};
        QTest::newRow("at most 256") << 3000 << 256 << error << 256 << QList<qint64>{2048, 1024, 512, 256};
        QTest::newRow("+CME ERROR: 4") << 5000 << 1024 << QByteArray("\r\n+CME ERROR: 4\r\n") << 1024
                                       << QList<qint64>{2048, 1024};
        QTest::newRow("+CME ERROR verbose") << 5000 << 1024
                                            << QByteArray("\r\n+CME ERROR: operation not supported\r\n") << 1024
                                            << QList<qint64>{2048, 1024};
        QTest::newRow("small package, at most 256") << 313 << 256 << error << 256 << QList<qint64>{256};
        QTest::newRow("not even 256") << 5000 << 100 << error << 0 << QList<qint64>{2048, 1024, 512, 256};
    }

    void aRefusedFirstWriteIsHalvedUntilTheModuleTakesIt()
    {
        QFETCH(int, size);
        QFETCH(int, moduleMax);
        QFETCH(QByteArray, refusal);
        QFETCH(int, writeSize);
        QFETCH(QList<qint64>, reductions);
        m_flash->maxWrite = moduleMax;
        m_flash->tooLong = refusal;
        const QByteArray package = testPackage(size);
        FlashWriter writer(m_channel.get(), package);
        QList<qint64> tried;
        connect(&writer, &FlashWriter::writeSizeReduced, this, [&](qint64, qint64 next) { tried << next; });
        const FlashResult result = run(writer);
        QCOMPARE(tried, reductions);
        QCOMPARE(result.writeSize, qint64(writeSize));
        if (writeSize == 0) {
            QCOMPARE(result.error, FlashError::WriteFailed);
            QCOMPARE(result.failedOffset, 0);
            QCOMPARE(result.bytesWritten, 0);
            QVERIFY(result.message.contains(QLatin1String("256")));
            QVERIFY(m_channel->isConnected());
            return;
        }
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(m_flash->flash.left(size), package);
        // Every accepted write but the last has the size found; nothing is written twice.
        const QStringList writes = commands("AT+CFLW");
        QCOMPARE(writes.size(), reductions.size() + (size + writeSize - 1) / writeSize);
        for (qsizetype i = reductions.size(); i + 1 < writes.size(); ++i)
            QCOMPARE(numbersIn(writes.at(i)).value(2), qint64(writeSize));
        QCOMPARE(m_module->data(), package);
    }

    void theStartingWriteSizeIsASetting()
    {
        m_flash->maxWrite = 4096;
        FlashWriterOptions options;
        options.chunkSize = 1024;
        FlashWriter writer(m_channel.get(), testPackage(3000), options);
        const FlashResult result = run(writer);
        QVERIFY(result.ok);
        QCOMPARE(result.writeSize, 1024);
        QCOMPARE(commands("AT+CFLW").first(), QStringLiteral("AT+CFLW=0,0,1024,0,5"));
    }

    void partitionModeAndTimeoutAreSettings()
    {
        FlashWriterOptions options;
        options.partition = 1;
        options.writeMode = 2;
        options.moduleTimeoutSeconds = 60;
        options.partitionSize = 8192;
        FlashWriter writer(m_channel.get(), testPackage(5000), options);
        QVERIFY(run(writer).ok);
        QCOMPARE(commands("AT+CFLE"), QStringList{"AT+CFLE=1,0,2"});
        QCOMPARE(commands("AT+CFLW"), (QStringList{"AT+CFLW=1,0,4096,2,60", "AT+CFLW=1,4096,904,2,60"}));

        FlashWriter tooBig(m_channel.get(), testPackage(8193), options);
        QCOMPARE(run(tooBig).error, FlashError::PackageTooLarge);
    }

    void theStagesFollowEachOther()
    {
        FlashWriterOptions options;
        options.verify = true;
        FlashWriter writer(m_channel.get(), testPackage(5000), options);
        QList<FlashWriter::Stage> stages;
        connect(&writer, &FlashWriter::stageChanged, this, [&](FlashWriter::Stage s) { stages << s; });
        QVERIFY(run(writer).ok);
        QCOMPARE(stages, (QList<FlashWriter::Stage>{FlashWriter::Stage::Erasing, FlashWriter::Stage::Writing,
                                                   FlashWriter::Stage::Verifying, FlashWriter::Stage::Done}));
    }

    void theReadBackConfirmsWhatWasWritten()
    {
        FlashWriterOptions options;
        options.verify = true;
        const QByteArray package = testPackage(10000);
        FlashWriter writer(m_channel.get(), package, options);
        const FlashResult result = run(writer);
        QVERIFY2(result.ok, qPrintable(result.message));
        QCOMPARE(commands("AT+CFLR"), (QStringList{"AT+CFLR=0,0,2048", "AT+CFLR=0,2048,2048",
                                                   "AT+CFLR=0,4096,2048", "AT+CFLR=0,6144,2048",
                                                   "AT+CFLR=0,8192,1808"}));
    }

    void aReadBackMismatchIsDetectedAtItsOffset()
    {
        m_flash->corruptAt = 5001;
        FlashWriterOptions options;
        options.verify = true;
        FlashWriter writer(m_channel.get(), testPackage(10000), options);
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::VerifyMismatch);
        QCOMPARE(result.failedOffset, 5001);
        QVERIFY(result.message.contains(QLatin1String("5001")));
        QCOMPARE(commands("AT+CFLR").size(), 3); // stops at the first bad chunk
    }

    void withoutVerificationNothingIsReadBack()
    {
        m_flash->corruptAt = 10;
        FlashWriter writer(m_channel.get(), testPackage(5000));
        QVERIFY(run(writer).ok);
        QVERIFY(commands("AT+CFLR").isEmpty());
    }

    void anUnreadableReadBackIsItsOwnError_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::newRow("ERROR") << QByteArray("\r\nERROR\r\n");
        QTest::newRow("no +CFLR line") << QByteArray("\r\nOK\r\n");
        QTest::newRow("short hex") << QByteArray("\r\n+CFLR: 2048,ABCD\r\n\r\nOK\r\n");
        QTest::newRow("wrong length") << QByteArray("\r\n+CFLR: 2,ABCD\r\n\r\nOK\r\n");
    }

    void anUnreadableReadBackIsItsOwnError()
    {
        QFETCH(QByteArray, answer);
        m_flash->readAnswer = answer;
        FlashWriterOptions options;
        options.verify = true;
        FlashWriter writer(m_channel.get(), testPackage(3000), options);
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::ReadBackFailed);
        QCOMPARE(result.failedOffset, 0);
    }

    void aModuleErrorMidWayStopsAtThatOffset_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("described");
        QTest::newRow("ERROR") << QByteArray("\r\nERROR\r\n") << "ERROR";
        QTest::newRow("+CME ERROR") << QByteArray("\r\n+CME ERROR: 4\r\n") << "+CME ERROR: 4";
    }

    void aModuleErrorMidWayStopsAtThatOffset()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, described);
        m_flash->failWriteAt.insert(8192, answer);
        FlashWriter writer(m_channel.get(), testPackage(20000));
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::WriteFailed);
        QCOMPARE(result.failedOffset, 8192);
        QCOMPARE(result.bytesWritten, 8192);
        QCOMPARE(result.moduleAnswer, described);
        QVERIFY(result.message.contains(QLatin1String("8192")));
        QCOMPARE(commands("AT+CFLW").size(), 3); // nothing after the failed one
        QVERIFY(m_channel->isConnected());       // the module stays usable
    }

    void anEraseErrorStopsBeforeAnyWrite()
    {
        m_flash->eraseAnswer = "\r\nERROR\r\n";
        FlashWriter writer(m_channel.get(), testPackage(100));
        QCOMPARE(run(writer).error, FlashError::EraseFailed);
        QVERIFY(commands("AT+CFLW").isEmpty());
    }

    void aLostPortMidWayIsReportedAsSuch()
    {
        m_flash->loseAt = 4096;
        FlashWriter writer(m_channel.get(), testPackage(12000));
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::PortLost);
        QCOMPARE(result.failedOffset, 4096);
        QCOMPARE(result.bytesWritten, 4096);
        QVERIFY(!result.message.isEmpty());
    }

    void aSilentModuleTimesOut()
    {
        m_flash->silentAt = 4096;
        FlashWriterOptions options;
        options.writeTimeout = 50ms;
        FlashWriter writer(m_channel.get(), testPackage(12000), options);
        const FlashResult result = run(writer);
        QCOMPARE(result.error, FlashError::Timeout);
        QCOMPARE(result.failedOffset, 4096);
        QVERIFY(result.message.contains(QLatin1String("AT+CFLW=0,4096")));
    }

    void cancelStopsTheUploadAndSendsNothingMore()
    {
        FlashWriter writer(m_channel.get(), testPackage(40000));
        QSignalSpy finished(&writer, &FlashWriter::finished);
        connect(&writer, &FlashWriter::progress, &writer, [&](const TransferProgress &p) {
            if (p.done >= 8192)
                writer.cancel();
        });
        writer.start();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<FlashResult>().error, FlashError::Cancelled);
        QTest::qWait(20);
        QVERIFY(commands("AT+CFLW").size() <= 3); // the one already queued at most
        QCOMPARE(finished.size(), 1);
    }

    void theMd5IsThePackagesInLowerCaseHex()
    {
        QCOMPARE(FlashWriter::md5Hex("abc"), QByteArray("900150983cd24fb0d6963f7d28e17f72"));
        FlashWriter writer(m_channel.get(), "abc");
        QCOMPARE(writer.md5Hex(), QByteArray("900150983cd24fb0d6963f7d28e17f72"));
        QCOMPARE(writer.size(), 3);
    }

    void readAnswersAreParsedStrictly_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<qint64>("length");
        QTest::addColumn<QByteArray>("bytes"); // empty: rejected
        QTest::newRow("upper case") << "+CFLR: 3,ABCDEF" << 3LL << QByteArray("\xab\xcd\xef");
        QTest::newRow("lower case") << "+CFLR: 2,00ff" << 2LL << QByteArray("\x00\xff", 2);
        QTest::newRow("quoted") << "+CFLR: 1,\"7F\"" << 1LL << QByteArray("\x7f");
        QTest::newRow("no blank") << "+CFLR:1,41" << 1LL << QByteArray("A");
        QTest::newRow("length disagrees") << "+CFLR: 2,41" << 2LL << QByteArray();
        QTest::newRow("not what was asked") << "+CFLR: 1,41" << 2LL << QByteArray();
        QTest::newRow("not hex") << "+CFLR: 2,41zz" << 2LL << QByteArray();
        QTest::newRow("no comma") << "+CFLR: 41" << 1LL << QByteArray();
    }

    void readAnswersAreParsedStrictly()
    {
        QFETCH(QString, line);
        QFETCH(qint64, length);
        QFETCH(QByteArray, bytes);
        AtResult result;
        result.status = AtStatus::Ok;
        result.lines << line;
        const auto parsed = FlashCommands::parseRead(result, length);
        QCOMPARE(parsed.has_value(), !bytes.isEmpty());
        if (parsed)
            QCOMPARE(*parsed, bytes);
    }
};

QTEST_GUILESS_MAIN(tst_FlashWriter)
#include "tst_flashwriter.moc"
