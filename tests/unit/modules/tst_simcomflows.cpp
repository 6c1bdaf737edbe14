#include "modules/drivers/simcom/cflwwritesizes.h"
#include "modules/drivers/simcom/simcomcflwflow.h"
#include "modules/drivers/simcom/simcomdriver.h"
#include "modules/drivers/simcom/simcomhttpfsflow.h"
#include "modules/drivers/simcom/simcomotaflow.h"
#include "telitpfmtestbench.h"

#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;

namespace {

const QString kFrom = QStringLiteral("1752B05SIM7020C");
const QString kTo = QStringLiteral("1752B06SIM7020C");
const QString kUrl = QStringLiteral("http://127.0.0.1:8080/p/0123abcd/pkg.bin");

QByteArray testPackage(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x7020u;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        data[i] = char(x >> 16); // CR, LF and '>' included: the data must never be read as text
    }
    return data;
}

QString md5Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
}

QList<qint64> numbersIn(const QString &command)
{
    QList<qint64> values;
    for (const QString &part : command.section(u'=', 1).split(u','))
        values << part.trimmed().toLongLong();
    return values;
}

} // namespace

// A SIM7020 as the flows see it: the FOTA partition (CFLE erases, CFLW takes
// its data after the '>' prompt), the HTTP client, AT+CFOTA=5 checking the MD5
// of what it holds. It lives across the module's restarts; the ScriptedModule
// in front of it is new after each.
class FakeSim7020 : public QObject
{
public:
    QByteArray flash = QByteArray(1024 * 1024, '\xff');
    QByteArray httpFile;        // what AT+CHTTPTOFS stored
    bool fileIsNewest = false;  // AT+CFOTA=5 installs the most recent of flash and file
    qint64 corruptAt = -1;      // this byte is stored flipped
    qint64 loseAt = -1;         // the port vanishes when a write at this offset arrives
    qint64 maxWrite = 0;        // longer AT+CFLW writes are refused with ERROR; 0: any
    QString firmware = kFrom;

    void serve(FakeLink &link)
    {
        m_link = link;
        ScriptedModule *m = link.module;
        m->onPrefix("AT+CGMR", [this](const QString &) { return "\r\n" + firmware.toLatin1() + "\r\n\r\nOK\r\n"; });
        m->onPrefix("AT+CFLE=", [](const QString &) { return QByteArray("\r\nOK\r\n"); });
        m->onPrefix("AT+CFLW=", [this](const QString &c) { return write(c); });
        m->onPrefix("AT+CHTTPCREATE=", [](const QString &) { return QByteArray("\r\n+CHTTPCREATE: 0\r\n\r\nOK\r\n"); });
        m->onPrefix("AT+CFOTA=5,", [this](const QString &c) { return check(c); });
        connect(link.port, &QIODevice::bytesWritten, this, [this] { onBytesWritten(); });
    }

private:
    QByteArray write(const QString &command)
    {
        const QList<qint64> v = numbersIn(command);
        if (v.value(1) == loseAt) {
            QTimer::singleShot(0, m_link.port, [port = m_link.port] { port->simulateLoss(); });
            return {};
        }
        if (maxWrite > 0 && v.value(2) > maxWrite)
            return "\r\nERROR\r\n";
        m_offset = v.value(1);
        m_length = v.value(2);
        m_mark = m_link.module->data().size();
        m_link.module->expectData(m_length);
        return "\r\n> ";
    }

    void onBytesWritten()
    {
        if (!m_link.module || m_length == 0 || m_link.module->data().size() < m_mark + m_length)
            return;
        QByteArray bytes = m_link.module->data().mid(m_mark, m_length);
        if (corruptAt >= m_offset && corruptAt < m_offset + m_length)
            bytes[corruptAt - m_offset] = char(~bytes.at(corruptAt - m_offset));
        flash.replace(m_offset, m_length, bytes);
        fileIsNewest = false;
        m_length = 0;
        m_link.module->send("\r\nOK\r\n");
    }

    QByteArray check(const QString &command)
    {
        const QStringList args = command.section(u'=', 1).split(u',');
        const qint64 size = args.value(1).toLongLong();
        const QByteArray held = (fileIsNewest ? httpFile : flash).left(size);
        if (size <= 0 || md5Of(held) != args.value(2))
            return "\r\nERROR\r\n";
        return "\r\n+CFOTA: Start to update, please wait for reset\r\n\r\nOK\r\n";
    }

    FakeLink m_link;
    qint64 m_offset = 0;
    qint64 m_length = 0;
    qint64 m_mark = 0;
};

// The three SIM7020 flows against a scripted module: their steps and phases,
// every refusal, report and timeout classified with advice, the package
// checked before it is sent, port loss, cancel before and during the install,
// restarts (also repeated by a power cut) and noise.
class tst_SimcomFlows : public QObject
{
    Q_OBJECT

private:
    ModuleIdentity m_identity;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeSim7020> m_module;
    std::unique_ptr<ModuleSession> m_session;
    QList<FakeLink> m_links;
    std::unique_ptr<SimcomFlow> m_flow;
    std::unique_ptr<FlowRecorder> m_rec;
    QByteArray m_package;
    QString m_packagePath;
    QByteArray m_iprAnswer;
    QList<QPair<QString, QByteArray>> m_answers; // command prefix -> answer, before the module's own
    int m_chunk = 0;
    bool m_echo = false;

    FakeLink &link() { return m_links.last(); }

    FakeLink attach(const QString &firmware, const QStringList &earlyUrcs = {})
    {
        ModuleIdentity id = m_identity;
        id.firmware = firmware;
        m_module->firmware = firmware;
        FakeLink l = attachFakeModule(*m_session, id, QStringLiteral("fake%1").arg(m_links.size()), 115200,
                                      earlyUrcs);
        l.module->setChunkSize(m_chunk);
        l.module->setEcho(m_echo);
        for (const auto &[prefix, answer] : std::as_const(m_answers))
            l.module->onPrefix(prefix, [answer = answer](const QString &) { return answer; });
        l.module->onPrefix("AT+IPR?", [this](const QString &) { return m_iprAnswer; });
        m_module->serve(l);
        m_links << l;
        return l;
    }

    // Answers `prefix` with `answer` from now on (and after restarts).
    void answer(const QString &prefix, const QByteArray &response)
    {
        m_answers.append({prefix, response});
        link().module->onPrefix(prefix, [response](const QString &) { return response; });
    }

    // The scripted module matches prefixes in the order they were added: a
    // rule for a test must come before the module's own, so start over.
    void reattachWithAnswers()
    {
        m_links.clear();
        m_session = std::make_unique<ModuleSession>(m_identity);
        m_rec = std::make_unique<FlowRecorder>();
        m_rec->watchTraffic(m_session.get());
        attach(m_identity.firmware);
    }

    QStringList sent() const
    {
        QStringList all;
        for (const FakeLink &l : m_links)
            all << l.received();
        return all;
    }

    static SimcomFlow::Options fast()
    {
        SimcomFlow::Options o;
        o.command = 1s;
        o.serverWait = 2s;
        o.connect = 1s;
        o.download = 2s;
        o.packageCheck = 1s;
        o.install = 2s;
        o.reboot = 2s;
        o.resumeSettle = 300ms;
        o.flash.chunkSize = 1024;
        o.flash.eraseTimeout = 1s;
        o.flash.writeTimeout = 1s;
        return o;
    }

    UpdateRequest request(UpdateMethod method) const
    {
        UpdateRequest r;
        r.method = method;
        r.packagePath = m_packagePath;
        r.packageMd5 = md5Of(m_package);
        r.packageSize = m_package.size();
        r.fromVersion = kFrom;
        r.toVersion = kTo;
        if (method == UpdateMethod::HttpFs)
            r.url = QUrl(kUrl);
        return r;
    }

    void start(const UpdateRequest &r, const SimcomFlow::Options &o = fast())
    {
        switch (r.method) {
        case UpdateMethod::Ota: m_flow = std::make_unique<SimcomOtaFlow>(m_session.get(), r, o); break;
        case UpdateMethod::Cflw: m_flow = std::make_unique<SimcomCflwFlow>(m_session.get(), r, o); break;
        default: m_flow = std::make_unique<SimcomHttpFsFlow>(m_session.get(), r, o); break;
        }
        m_rec->watch(m_flow.get());
        m_flow->start();
    }

    void urc(const QString &line) { link().module->send("\r\n" + line.toLatin1() + "\r\n"); }

    // Everything queued before it has reached the module once a plain AT is answered.
    void barrier()
    {
        QSignalSpy answered(m_session->send(AtCommand("AT")), &AtReply::finished);
        QVERIFY(answered.wait(2000));
    }

    int entries(UpdatePhase phase) const { return int(m_rec->phases().count(phase)); }

    // Up to the moment the module has the package and starts to install.
    void deliver(UpdateMethod method, const SimcomFlow::Options &o = fast())
    {
        start(request(method), o);
        switch (method) {
        case UpdateMethod::Ota:
            QTRY_VERIFY(sent().contains("AT+CFOTA=1"));
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
            urc("+CFOTA: Start to download new package");
            urc("+CFOTA: Download completed");
            urc("+CFOTA: Start to update,please wait for reset");
            break;
        case UpdateMethod::HttpFs:
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
            QTRY_VERIFY(!sent().filter("AT+CHTTPTOFS=").isEmpty());
            storeHttpFile(m_package);
            break;
        default:
            break;
        }
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
    }

    void storeHttpFile(const QByteArray &bytes)
    {
        m_module->httpFile = bytes;
        m_module->fileIsNewest = true;
        const QByteArray n = QByteArray::number(bytes.size());
        urc("+CHTTPNMIH: 0,200,70,Content-Type: application/octet-stream; Content-Length: " + n);
        urc("+CHTTPTOFSOK: 0," + n + ',' + n);
    }

    // The install's restart; the module comes back running `firmware`.
    void restart(const QString &firmware = kTo, const QStringList &earlyUrcs = {})
    {
        const int before = entries(UpdatePhase::Reconnected);
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(firmware, earlyUrcs);
        QTRY_COMPARE(entries(UpdatePhase::Reconnected), before + 1);
    }

    void reportSuccess()
    {
        urc("*MATREADY: 1");
        urc("+CFUN: 1");
        urc("+CFOTA: Update successfully");
        urc("+CPIN: READY");
    }

private slots:
    void init()
    {
        m_identity = {};
        m_identity.family = Family::SimcomSim7020;
        m_identity.imei = QStringLiteral("866425030000011");
        m_identity.model = QStringLiteral("SIM7020C");
        m_identity.firmware = kFrom;
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_package = testPackage(5000);
        m_packagePath = m_dir->filePath(QStringLiteral("SIM7020C_V5-SIM7020C_V6.bin"));
        QFile f(m_packagePath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(m_package), m_package.size());
        f.close();
        m_iprAnswer = "\r\n+IPR: 115200\r\n\r\nOK\r\n";
        m_answers.clear();
        m_chunk = 0;
        m_echo = false;
        m_module = std::make_unique<FakeSim7020>();
        m_session = std::make_unique<ModuleSession>(m_identity);
        m_rec = std::make_unique<FlowRecorder>();
        m_rec->watchTraffic(m_session.get());
        m_links.clear();
        attach(m_identity.firmware);
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_rec) {
            for (const UpdateProgress &p : std::as_const(m_rec->progress))
                qWarning().noquote() << phaseDisplayName(p.phase) << p.percent << p.message << p.rawLine;
            for (const UpdateOutcome &o : std::as_const(m_rec->outcomes))
                qWarning().noquote() << "outcome" << o.ok << o.reason << o.message << o.advice << o.vendorCode;
            qWarning().noquote() << "sent:" << sent().join(u' ');
        }
        m_flow.reset();
        m_rec.reset();
        m_session.reset();
        m_links.clear();
        m_module.reset();
        m_dir.reset();
    }

    void eachMethodSucceedsWithItsStepsInOrder_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("echo");
        QTest::addColumn<QList<UpdatePhase>>("phases");

        using P = UpdatePhase;
        const QList<P> ota{P::Preparing, P::WaitingForServer, P::Downloading, P::Downloaded, P::Installing,
                           P::Rebooting, P::Reconnected, P::Installing, P::Verifying, P::Verified};
        const QList<P> cflw{P::Preparing, P::Transferring, P::Verifying, P::Installing, P::Rebooting,
                            P::Reconnected, P::Installing, P::Verifying, P::Verified};
        const QList<P> http{P::Preparing, P::Downloading, P::Downloaded, P::Verifying, P::Installing,
                            P::Rebooting, P::Reconnected, P::Installing, P::Verifying, P::Verified};
        QTest::newRow("ota") << UpdateMethod::Ota << 0 << false << ota;
        QTest::newRow("ota byte by byte, echo on") << UpdateMethod::Ota << 1 << true << ota;
        QTest::newRow("cflw") << UpdateMethod::Cflw << 0 << false << cflw;
        QTest::newRow("cflw byte by byte, echo on") << UpdateMethod::Cflw << 1 << true << cflw;
        QTest::newRow("http-fs") << UpdateMethod::HttpFs << 0 << false << http;
        QTest::newRow("http-fs byte by byte, echo on") << UpdateMethod::HttpFs << 1 << true << http;
    }

    void eachMethodSucceedsWithItsStepsInOrder()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(int, chunk);
        QFETCH(bool, echo);
        QFETCH(QList<UpdatePhase>, phases);
        m_chunk = chunk;
        m_echo = echo;
        reattachWithAnswers();

        deliver(method);
        restart();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(!m_rec->done()); // not before the module reports the result
        reportSuccess();
        QTRY_VERIFY(m_rec->done());

        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_rec->outcome().firmware, kTo);
        QCOMPARE(m_rec->phases(), phases);
        QCOMPARE(m_session->identity().firmware, kTo);
        QVERIFY(m_rec->sawRawLine("+CFOTA: Update successfully"));
        QCOMPARE(m_flow->installRestarts(), 1);

        const QString md5 = md5Of(m_package);
        QStringList expected;
        switch (method) {
        case UpdateMethod::Ota:
            expected = {"AT+IPR?", "AT+CFOTA=1", "AT+CGMR", "AT+CFOTA=4"};
            QVERIFY(m_rec->sawRawLine("+CFOTA: Start to update,please wait for reset"));
            break;
        case UpdateMethod::Cflw:
            expected = {"AT+IPR?", "AT+CFLE=0,0,2"};
            for (int offset = 0; offset < 5000; offset += 1024)
                expected << QStringLiteral("AT+CFLW=0,%1,%2,0,5").arg(offset).arg(qMin(1024, 5000 - offset));
            expected << "AT+CFOTA=5,5000," + md5 << "AT+CGMR";
            QCOMPARE(m_module->flash.left(m_package.size()), m_package);
            QVERIFY(m_rec->sawRawLine("+CFOTA: Start to update, please wait for reset"));
            break;
        default:
            expected = {"AT+IPR?", "AT+CHTTPCREATE=\"http://127.0.0.1:8080\"", "AT+CHTTPCON=0",
                        "AT+CHTTPTOFS=0,\"/p/0123abcd/pkg.bin\"", "AT+CHTTPDISCON=0", "AT+CHTTPDESTROY=0",
                        "AT+CFOTA=5,5000," + md5, "AT+CGMR"};
            break;
        }
        QCOMPARE(sent(), expected);
    }

    void theRateIsFixedBeforeAnythingElseWhenTheModuleIsOnAutobaud()
    {
        m_iprAnswer = "\r\n+IPR: 0\r\n\r\nOK\r\n";
        start(request(UpdateMethod::Ota));
        QTRY_VERIFY(sent().contains("AT+CFOTA=1"));
        QCOMPARE(sent().mid(0, 3), (QStringList{"AT+IPR?", "AT+IPR=115200", "AT+CFOTA=1"}));
        QVERIFY(m_rec->notes.join('\n').contains("autobaud"));
    }

    // A SIM7020 that takes at most 1024 bytes per AT+CFLW: the first job halves
    // its way down and the model keeps that size for the process's later jobs,
    // which then start at it; other models are not affected.
    void cflwFindsTheWriteSizeTheModelTakesAndRemembersIt()
    {
        m_module->maxWrite = 1024;
        CflwWriteSizes sizes;
        SimcomFlow::Options o = fast();
        o.flash.chunkSize = 4096;
        m_flow = std::make_unique<SimcomCflwFlow>(m_session.get(), request(UpdateMethod::Cflw), o, &sizes);
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QCOMPARE(sent().filter("AT+CFLW=").mid(0, 4),
                 (QStringList{"AT+CFLW=0,0,4096,0,5", "AT+CFLW=0,0,2048,0,5", "AT+CFLW=0,0,1024,0,5",
                              "AT+CFLW=0,1024,1024,0,5"}));
        QCOMPARE(m_module->flash.left(m_package.size()), m_package);
        QCOMPARE(qobject_cast<SimcomCflwFlow *>(m_flow.get())->writeSize(), 1024);
        QCOMPARE(m_flow->stepFigures().value("writeSize").toInt(), 1024); // for the job's transfer step
        QCOMPARE(sizes.remembered(QStringLiteral("SIM7020C")), 1024);
        QVERIFY(m_rec->notes.join('\n').contains("1024-byte"));
        const auto shown = std::find_if(m_rec->progress.begin(), m_rec->progress.end(), [](const UpdateProgress &p) {
            return p.message.contains("1024 bytes a write");
        });
        QVERIFY(shown != m_rec->progress.end());

        // The next job on that model starts at 1024 and is never refused.
        m_flow.reset();
        reattachWithAnswers();
        m_flow = std::make_unique<SimcomCflwFlow>(m_session.get(), request(UpdateMethod::Cflw), o, &sizes);
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QCOMPARE(sent().filter("AT+CFLW=").first(), QStringLiteral("AT+CFLW=0,0,1024,0,5"));
        QCOMPARE(sent().filter("AT+CFLW=").size(), 5); // 5000 bytes, no refusal
        QCOMPARE(m_module->flash.left(m_package.size()), m_package);
    }

    void theRememberedWriteSizeBelongsToItsModel_data()
    {
        QTest::addColumn<QString>("rememberedFor");
        QTest::addColumn<qint64>("remembered");
        QTest::addColumn<qint64>("configured");
        QTest::addColumn<QString>("firstWrite");
        QTest::newRow("same model") << "SIM7020C" << qint64(1024) << qint64(4096) << "AT+CFLW=0,0,1024,0,5";
        QTest::newRow("same model, other case") << "sim7020c " << qint64(2048) << qint64(4096)
                                                << "AT+CFLW=0,0,2048,0,5";
        QTest::newRow("another model") << "SIM7020E" << qint64(1024) << qint64(4096) << "AT+CFLW=0,0,4096,0,5";
        QTest::newRow("the setting is lower") << "SIM7020C" << qint64(2048) << qint64(512) << "AT+CFLW=0,0,512,0,5";
        QTest::newRow("nothing known") << "" << qint64(0) << qint64(4096) << "AT+CFLW=0,0,4096,0,5";
        QTest::newRow("the station's setting") << "" << qint64(0) << qint64(-1024) << "AT+CFLW=0,0,1024,0,5";
        QTest::newRow("the station's setting, the model took less") << "SIM7020C" << qint64(512) << qint64(-2048)
                                                                    << "AT+CFLW=0,0,512,0,5";
    }

    void theRememberedWriteSizeBelongsToItsModel()
    {
        QFETCH(QString, rememberedFor);
        QFETCH(qint64, remembered);
        QFETCH(qint64, configured);
        QFETCH(QString, firstWrite);
        CflwWriteSizes sizes;
        if (remembered > 0)
            sizes.remember(rememberedFor, remembered);
        SimcomFlow::Options o = fast();
        o.flash.chunkSize = 4096;
        if (configured < 0) // negative in the table: the station's setting
            sizes.setStationStart(-configured);
        else
            o.flash.chunkSize = configured;
        m_flow = std::make_unique<SimcomCflwFlow>(m_session.get(), request(UpdateMethod::Cflw), o, &sizes);
        m_rec->watch(m_flow.get());
        m_flow->start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QCOMPARE(sent().filter("AT+CFLW=").first(), firstWrite);
        // Taken at the first try: nothing new is learnt about the model.
        QCOMPARE(sizes.remembered(QStringLiteral("SIM7020C")), rememberedFor.trimmed().toUpper() == "SIM7020C"
                                                                   ? remembered : qint64(0));
    }

    void theDriverSharesOneMemoryBetweenItsCflwJobs()
    {
        const auto *driver = static_cast<const SimcomDriver *>(ModuleDriver::forFamily(Family::SimcomSim7020));
        driver->cflwWriteSizes().forget(QStringLiteral("SIM7020C"));
        m_module->maxWrite = 2048;
        UpdateRequest r = request(UpdateMethod::Cflw);
        r.installTimeout = 2s;
        r.rebootTimeout = 2s;
        std::unique_ptr<UpdateFlow> flow = driver->createFlow(m_session.get(), r);
        m_rec->watch(flow.get());
        flow->start();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QCOMPARE(driver->cflwWriteSizes().remembered(QStringLiteral("SIM7020C")), 2048);
        driver->cflwWriteSizes().forget(QStringLiteral("SIM7020C"));
    }

    void cflwReportsBytesRateAndTimeLeftAsItWrites()
    {
        start(request(UpdateMethod::Cflw));
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QList<qint64> done;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Transferring && p.bytesDone >= 0) {
                QCOMPARE(p.bytesTotal, qint64(5000));
                done << p.bytesDone;
            }
        }
        QCOMPARE(done.first(), qint64(0));
        QCOMPARE(done.last(), qint64(5000));
        QVERIFY(std::is_sorted(done.begin(), done.end()));
        QVERIFY(done.size() >= 5);
        const QList<UpdateProgress> &all = m_rec->progress;
        const auto last = std::find_if(all.rbegin(), all.rend(), [](const UpdateProgress &p) {
            return p.phase == UpdatePhase::Transferring && p.bytesDone == 5000;
        });
        QCOMPARE(last->percent, 100);
    }

    void httpFsShowsTheDownloadsBytesAndPercent()
    {
        // A progress line can come before AT+CHTTPTOFS's OK (then it is part of the answer).
        m_answers.append({QStringLiteral("AT+CHTTPTOFS"),
                          QByteArray("\r\n+CHTTPNMIH: 0,200,70,Content-Type: application/octet-stream; "
                                     "Content-Length: 5000\r\n+CHTTPTOFS: 0,1000,5000\r\n\r\nOK\r\n")});
        reattachWithAnswers();
        start(request(UpdateMethod::HttpFs));
        QTRY_COMPARE(m_rec->progress.last().percent, 20);
        urc("+CHTTPTOFS: 0,2500,5000");
        QTRY_COMPARE(m_rec->progress.last().percent, 50);
        QCOMPARE(m_rec->progress.last().bytesDone, qint64(2500));
        QCOMPARE(m_rec->progress.last().bytesTotal, qint64(5000));
        QCOMPARE(m_rec->phase(), UpdatePhase::Downloading);
        m_module->httpFile = m_package;
        m_module->fileIsNewest = true;
        urc("+CHTTPTOFSOK: 0,5000,5000");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QList<int> percents;
        for (const UpdateProgress &p : std::as_const(m_rec->progress)) {
            if (p.phase == UpdatePhase::Downloading && p.percent >= 0
                && (percents.isEmpty() || percents.last() != p.percent))
                percents << p.percent;
        }
        QCOMPARE(percents, (QList<int>{0, 20, 50, 100}));
        QVERIFY(m_rec->sawRawLine("+CHTTPTOFSOK: 0,5000,5000"));
    }

    void aRefusedCommandEndsTheFlowClassified_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<FailureReason>("reason");
        QTest::addColumn<QString>("vendorCode");

        QTest::newRow("ota: CFOTA=1 ERROR") << UpdateMethod::Ota << "AT+CFOTA=1" << QByteArray("\r\nERROR\r\n")
                                            << FailureReason::ModuleRefused << "ERROR";
        QTest::newRow("ota: CFOTA=1 SIM PIN") << UpdateMethod::Ota << "AT+CFOTA=1"
                                              << QByteArray("\r\n+CME ERROR: 11\r\n") << FailureReason::SimLocked
                                              << "+CME ERROR: 11";
        QTest::newRow("ota: CFOTA=1 SIM PIN verbose")
            << UpdateMethod::Ota << "AT+CFOTA=1" << QByteArray("\r\n+CME ERROR: SIM PIN required\r\n")
            << FailureReason::SimLocked << "+CME ERROR: SIM PIN required";
        QTest::newRow("cflw: erase") << UpdateMethod::Cflw << "AT+CFLE=" << QByteArray("\r\nERROR\r\n")
                                     << FailureReason::ModuleRefused << "ERROR";
        QTest::newRow("cflw: write") << UpdateMethod::Cflw << "AT+CFLW=" << QByteArray("\r\n+CME ERROR: 3\r\n")
                                     << FailureReason::TransferFailed << "+CME ERROR: 3";
        QTest::newRow("cflw: MD5 check") << UpdateMethod::Cflw << "AT+CFOTA=5" << QByteArray("\r\nERROR\r\n")
                                         << FailureReason::Integrity << "ERROR";
        QTest::newRow("cflw: install not allowed") << UpdateMethod::Cflw << "AT+CFOTA=5"
                                                   << QByteArray("\r\n+CME ERROR: 4\r\n")
                                                   << FailureReason::ModuleRefused << "+CME ERROR: 4";
        QTest::newRow("http-fs: create") << UpdateMethod::HttpFs << "AT+CHTTPCREATE"
                                         << QByteArray("\r\nERROR\r\n") << FailureReason::ModuleRefused << "ERROR";
        QTest::newRow("http-fs: create without id") << UpdateMethod::HttpFs << "AT+CHTTPCREATE"
                                                    << QByteArray("\r\nOK\r\n") << FailureReason::ModuleRefused << "";
        QTest::newRow("http-fs: connect") << UpdateMethod::HttpFs << "AT+CHTTPCON"
                                          << QByteArray("\r\nERROR\r\n") << FailureReason::Network << "ERROR";
        QTest::newRow("http-fs: connect without network")
            << UpdateMethod::HttpFs << "AT+CHTTPCON" << QByteArray("\r\n+CME ERROR: 30\r\n")
            << FailureReason::Network << "+CME ERROR: 30";
        QTest::newRow("http-fs: to file system") << UpdateMethod::HttpFs << "AT+CHTTPTOFS"
                                                 << QByteArray("\r\nERROR\r\n") << FailureReason::ModuleRefused
                                                 << "ERROR";
    }

    void aRefusedCommandEndsTheFlowClassified()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QString, command);
        QFETCH(QByteArray, answer);
        QFETCH(FailureReason, reason);
        QFETCH(QString, vendorCode);
        m_answers.append({command, answer});
        reattachWithAnswers();

        start(request(method));
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, vendorCode);
        QVERIFY(!m_rec->outcome().message.isEmpty());
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QCOMPARE(m_rec->phase(), UpdatePhase::Failed);
        if (command != QLatin1String("AT+CFOTA=5"))
            QVERIFY(sent().filter("AT+CFOTA=5").isEmpty());
        if (method == UpdateMethod::HttpFs && command != QLatin1String("AT+CHTTPCREATE"))
            QTRY_VERIFY(sent().contains("AT+CHTTPDESTROY=0"));
    }

    void aFailureTheModuleReportsEndsTheFlowClassified_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QStringList>("before"); // lines that bring the flow there
        QTest::addColumn<QString>("line");
        QTest::addColumn<FailureReason>("reason");

        const QStringList downloading{"+CFOTA: Start to download new package"};
        QTest::newRow("ota: no package") << UpdateMethod::Ota << QStringList{} << "+CFOTA: No update package"
                                         << FailureReason::NotApplicable;
        QTest::newRow("ota: download fails") << UpdateMethod::Ota << downloading << "+CFOTA: Download fail"
                                             << FailureReason::Network;
        QTest::newRow("ota: downloaded package rejected")
            << UpdateMethod::Ota << (downloading + QStringList{"+CFOTA: Download completed"})
            << "+CFOTA: Download fail" << FailureReason::Integrity;
        QTest::newRow("http-fs: not found") << UpdateMethod::HttpFs << QStringList{}
                                            << "+CHTTPNMIH: 0,404,20,Content-Length: 0" << FailureReason::ServerError;
        QTest::newRow("http-fs: server error") << UpdateMethod::HttpFs << QStringList{} << "+CHTTPERR: 0,500"
                                               << FailureReason::ServerError;
        QTest::newRow("http-fs: network") << UpdateMethod::HttpFs << QStringList{} << "+CHTTPERR: 0,-1"
                                          << FailureReason::Network;
        QTest::newRow("http-fs: too large") << UpdateMethod::HttpFs << QStringList{} << "+CHTTPERR: 0,-3"
                                            << FailureReason::NoSpace;
        QTest::newRow("http-fs: cut short") << UpdateMethod::HttpFs << QStringList{}
                                            << "+CHTTPTOFSOK: 0,4000,5000" << FailureReason::TransferFailed;
        QTest::newRow("http-fs: another file") << UpdateMethod::HttpFs << QStringList{}
                                               << "+CHTTPTOFSOK: 0,4000,4000" << FailureReason::Integrity;
    }

    void aFailureTheModuleReportsEndsTheFlowClassified()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QStringList, before);
        QFETCH(QString, line);
        QFETCH(FailureReason, reason);

        start(request(method));
        QTRY_COMPARE(m_rec->phase(), method == UpdateMethod::Ota ? UpdatePhase::WaitingForServer
                                                                  : UpdatePhase::Downloading);
        barrier();
        for (const QString &b : before)
            urc(b);
        urc("+CHTTPERR: 3,404"); // another client's: not ours
        urc(line);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QCOMPARE(m_rec->outcome().vendorCode, line);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(sent().filter("AT+CFOTA=5").isEmpty());
        if (method == UpdateMethod::HttpFs)
            QTRY_VERIFY(sent().contains("AT+CHTTPDESTROY=0"));
    }

    void aFailedInstallIsReportedWithTheModulesWords_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::newRow("ota") << UpdateMethod::Ota;
        QTest::newRow("cflw") << UpdateMethod::Cflw;
        QTest::newRow("http-fs") << UpdateMethod::HttpFs;
    }

    void aFailedInstallIsReportedWithTheModulesWords()
    {
        QFETCH(UpdateMethod, method);
        deliver(method);
        restart(kFrom);
        urc("*MATREADY: 1");
        urc("+CFOTA: Update fail");
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::InstallFailed);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("+CFOTA: Update fail"));
        QVERIFY(!m_rec->outcome().advice.isEmpty());
    }

    void aStepThatNeverEndsTimesOutWithAdvice_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("where");
        QTest::addColumn<UpdatePhase>("phase"); // where it ran out

        QTest::newRow("silent module") << UpdateMethod::Cflw << "silent" << UpdatePhase::Preparing;
        QTest::newRow("ota: no server answer") << UpdateMethod::Ota << "server" << UpdatePhase::WaitingForServer;
        QTest::newRow("ota: download") << UpdateMethod::Ota << "download" << UpdatePhase::Downloading;
        QTest::newRow("cflw: a write") << UpdateMethod::Cflw << "write" << UpdatePhase::Transferring;
        QTest::newRow("http-fs: download") << UpdateMethod::HttpFs << "download" << UpdatePhase::Downloading;
        QTest::newRow("no restart") << UpdateMethod::Cflw << "install" << UpdatePhase::Installing;
        QTest::newRow("never back") << UpdateMethod::HttpFs << "reboot" << UpdatePhase::Rebooting;
    }

    void aStepThatNeverEndsTimesOutWithAdvice()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QString, where);
        QFETCH(UpdatePhase, phase);
        SimcomFlow::Options o = fast();
        o.serverWait = o.download = o.install = o.reboot = 300ms;
        o.command = o.flash.writeTimeout = 300ms;
        if (where == QLatin1String("silent")) {
            m_answers.append({"AT", QByteArray()});
            reattachWithAnswers();
        } else if (where == QLatin1String("write")) {
            m_answers.append({"AT+CFLW=0,2048", QByteArray()});
            reattachWithAnswers();
        }
        if (where == QLatin1String("install") || where == QLatin1String("reboot")) {
            deliver(method, o);
            if (where == QLatin1String("reboot"))
                link().port->simulateLoss();
        } else {
            start(request(method), o);
            if (where == QLatin1String("download") && method == UpdateMethod::Ota) {
                QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
                urc("+CFOTA: Start to download new package");
            }
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Timeout);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        const QList<UpdatePhase> phases = m_rec->phases();
        QCOMPARE(phases.value(phases.size() - 2), phase);
        if (method == UpdateMethod::HttpFs && where == QLatin1String("download"))
            QTRY_VERIFY(sent().contains("AT+CHTTPDESTROY=0"));
        if (where == QLatin1String("install") || where == QLatin1String("reboot"))
            QVERIFY(m_rec->outcome().advice.contains("never power it off"));
    }

    void aPackageFileThatDoesNotMatchItsCatalogIsRefusedBeforeAnythingIsSent_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("change");
        QTest::addColumn<FailureReason>("reason");

        QTest::newRow("cflw: MD5 mismatch") << UpdateMethod::Cflw << "md5" << FailureReason::Integrity;
        QTest::newRow("cflw: size mismatch") << UpdateMethod::Cflw << "size" << FailureReason::Integrity;
        QTest::newRow("cflw: MD5 not hex") << UpdateMethod::Cflw << "md5-text" << FailureReason::NotApplicable;
        QTest::newRow("cflw: no file") << UpdateMethod::Cflw << "no-file" << FailureReason::NotApplicable;
        QTest::newRow("cflw: empty file") << UpdateMethod::Cflw << "empty" << FailureReason::NotApplicable;
        QTest::newRow("cflw: larger than the partition") << UpdateMethod::Cflw << "large" << FailureReason::NoSpace;
        QTest::newRow("http-fs: no MD5 and no file") << UpdateMethod::HttpFs << "no-md5-no-file"
                                                     << FailureReason::NotApplicable;
        QTest::newRow("http-fs: no URL") << UpdateMethod::HttpFs << "no-url" << FailureReason::NotApplicable;
        QTest::newRow("http-fs: ftp URL") << UpdateMethod::HttpFs << "ftp" << FailureReason::NotApplicable;
    }

    void aPackageFileThatDoesNotMatchItsCatalogIsRefusedBeforeAnythingIsSent()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QString, change);
        QFETCH(FailureReason, reason);
        UpdateRequest r = request(method);
        if (change == QLatin1String("md5")) {
            r.packageMd5 = md5Of("another package");
        } else if (change == QLatin1String("size")) {
            r.packageSize = 4999;
        } else if (change == QLatin1String("md5-text")) {
            r.packageMd5 = QStringLiteral("not an md5");
        } else if (change == QLatin1String("no-file")) {
            r.packagePath = m_dir->filePath(QStringLiteral("missing.bin"));
        } else if (change == QLatin1String("no-md5-no-file")) {
            r.packageMd5.clear();
            r.packagePath.clear();
        } else if (change == QLatin1String("no-url")) {
            r.url.clear();
        } else if (change == QLatin1String("ftp")) {
            r.url = QUrl(QStringLiteral("ftp://127.0.0.1/pkg.bin"));
        } else {
            QFile f(m_packagePath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            if (change == QLatin1String("large"))
                f.write(QByteArray(1024 * 1024 + 1, 'x'));
            r.packageSize = -1;
            r.packageMd5.clear();
        }
        start(r);
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, reason);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        barrier();
        QCOMPARE(sent(), QStringList{"AT"}); // only the barrier's
    }

    void anMd5MismatchOnTheModuleIsAnIntegrityFailure_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::newRow("cflw: a byte flipped in flash") << UpdateMethod::Cflw;
        QTest::newRow("http-fs: another file downloaded") << UpdateMethod::HttpFs;
    }

    void anMd5MismatchOnTheModuleIsAnIntegrityFailure()
    {
        QFETCH(UpdateMethod, method);
        m_module->corruptAt = 3000;
        start(request(method));
        if (method == UpdateMethod::HttpFs) {
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
            QTRY_VERIFY(!sent().filter("AT+CHTTPTOFS=").isEmpty());
            QByteArray other = m_package;
            other[3000] = char(~other.at(3000));
            storeHttpFile(other);
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Integrity);
        QCOMPARE(m_rec->outcome().vendorCode, QStringLiteral("ERROR"));
        QCOMPARE(sent().filter("AT+CFOTA=5").size(), 1);
        QVERIFY(m_flow->isFinished());
        QCOMPARE(entries(UpdatePhase::Installing), 0);
    }

    void losingThePortBeforeTheInstallIsPortLost_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::newRow("cflw mid-transfer") << UpdateMethod::Cflw;
        QTest::newRow("http-fs mid-download") << UpdateMethod::HttpFs;
        QTest::newRow("while preparing") << UpdateMethod::Ota;
    }

    void losingThePortBeforeTheInstallIsPortLost()
    {
        QFETCH(UpdateMethod, method);
        if (method == UpdateMethod::Cflw) {
            m_module->loseAt = 2048;
            start(request(method));
        } else if (method == UpdateMethod::HttpFs) {
            start(request(method));
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
            urc("+CHTTPNMIH: 0,200,70,Content-Length: 5000");
            link().port->simulateLoss();
        } else {
            m_answers.append({"AT+IPR?", QByteArray()});
            reattachWithAnswers();
            start(request(method));
            QTRY_VERIFY(sent().contains("AT+IPR?"));
            link().port->simulateLoss();
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::PortLost);
        QVERIFY(!m_rec->outcome().advice.isEmpty());
        QVERIFY(sent().filter("AT+CFOTA=5").isEmpty());
        QCOMPARE(entries(UpdatePhase::Rebooting), 0);
        if (method == UpdateMethod::Cflw)
            QCOMPARE(sent().filter("AT+CFLW=").size(), 3); // 0, 1024, 2048
    }

    void anOtaDownloadCutByARestartContinuesWhereItStopped_data()
    {
        QTest::addColumn<QString>("pause"); // how the module says it paused
        QTest::newRow("pause after the boot") << "urc";
        QTest::newRow("pause seen by the prober") << "early";
        QTest::newRow("no pause line") << "none";
    }

    void anOtaDownloadCutByARestartContinuesWhereItStopped()
    {
        QFETCH(QString, pause);
        SimcomFlow::Options o = fast();
        if (pause != QLatin1String("none"))
            o.resumeSettle = 30s; // only the line can make it continue within the test
        start(request(UpdateMethod::Ota), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        urc("+CFOTA: Start to download new package");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        QVERIFY(!m_flow->isCancellable());
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(kFrom, pause == QLatin1String("early") ? QStringList{"+CFOTA: Download pause"} : QStringList{});
        if (pause == QLatin1String("urc"))
            urc("+CFOTA: Download pause");
        QTRY_COMPARE(sent().count("AT+CFOTA=1"), 2);
        urc("+CFOTA: Download pause"); // a late one must not ask a third time
        urc("+CFOTA: Start to download new package");
        urc("+CFOTA: Download completed");
        urc("+CFOTA: Start to update,please wait for reset");
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        restart();
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(sent().count("AT+CFOTA=1"), 2);
        QCOMPARE(static_cast<SimcomOtaFlow *>(m_flow.get())->resumes(), 1);
        QCOMPARE(m_rec->phases().mid(0, 6),
                 (QList<UpdatePhase>{UpdatePhase::Preparing, UpdatePhase::WaitingForServer, UpdatePhase::Downloading,
                                     UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Downloading}));
    }

    void aDownloadThatKeepsPausingIsGivenUp()
    {
        SimcomFlow::Options o = fast();
        o.maxResumes = 2;
        start(request(UpdateMethod::Ota), o);
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
        for (int i = 0; i < 3; ++i) {
            urc("+CFOTA: Start to download new package");
            urc("+CFOTA: Download pause");
            QTRY_VERIFY(m_rec->done() || sent().count("AT+CFOTA=1") == i + 2);
        }
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Network);
        QCOMPARE(sent().count("AT+CFOTA=1"), 3);
    }

    void cancelBeforeTheInstallStopsAndLeavesTheFirmware_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::newRow("preparing") << UpdateMethod::Cflw << UpdatePhase::Preparing;
        QTest::newRow("ota: waiting for the server") << UpdateMethod::Ota << UpdatePhase::WaitingForServer;
        QTest::newRow("cflw: writing") << UpdateMethod::Cflw << UpdatePhase::Transferring;
        QTest::newRow("http-fs: downloading") << UpdateMethod::HttpFs << UpdatePhase::Downloading;
    }

    void cancelBeforeTheInstallStopsAndLeavesTheFirmware()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(UpdatePhase, phase);
        if (phase == UpdatePhase::Transferring) {
            m_answers.append({"AT+CFLW=0,2048", QByteArray()}); // hold the upload there
            reattachWithAnswers();
        }
        if (phase == UpdatePhase::Preparing) {
            m_answers.append({"AT+IPR?", QByteArray()});
            reattachWithAnswers();
        }
        start(request(method));
        QTRY_COMPARE(m_rec->phase(), phase);
        if (phase == UpdatePhase::Transferring)
            QTRY_COMPARE(sent().filter("AT+CFLW=").size(), 3);
        QVERIFY(m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::Cancelled);
        QCOMPARE(m_rec->phase(), UpdatePhase::Cancelled);
        barrier();
        QVERIFY(sent().filter("AT+CFOTA=5").isEmpty());
        if (method == UpdateMethod::HttpFs)
            QCOMPARE(sent().mid(sent().size() - 3), (QStringList{"AT+CHTTPDISCON=0", "AT+CHTTPDESTROY=0", "AT"}));
        if (phase == UpdatePhase::Transferring)
            QCOMPARE(sent().filter("AT+CFLW=").size(), 3); // no write after the cancel
    }

    void cancelFromTheInstallOnIsRefused_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::addColumn<QString>("where");
        QTest::newRow("cflw: the module checks the MD5") << UpdateMethod::Cflw << "check";
        QTest::newRow("ota: the module downloads on its own") << UpdateMethod::Ota << "downloading";
        QTest::newRow("ota: installing") << UpdateMethod::Ota << "installing";
        QTest::newRow("cflw: installing") << UpdateMethod::Cflw << "installing";
        QTest::newRow("http-fs: installing") << UpdateMethod::HttpFs << "installing";
        QTest::newRow("http-fs: restarting") << UpdateMethod::HttpFs << "rebooting";
        QTest::newRow("cflw: back, result pending") << UpdateMethod::Cflw << "reconnected";
    }

    void cancelFromTheInstallOnIsRefused()
    {
        QFETCH(UpdateMethod, method);
        QFETCH(QString, where);
        if (where == QLatin1String("check")) {
            m_answers.append({"AT+CFOTA=5", QByteArray()});
            reattachWithAnswers();
            start(request(method));
            QTRY_VERIFY(!sent().filter("AT+CFOTA=5").isEmpty());
        } else if (where == QLatin1String("downloading")) {
            start(request(method));
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
            urc("+CFOTA: Start to download new package");
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
        } else {
            deliver(method);
            if (where == QLatin1String("rebooting")) {
                link().port->simulateLoss();
                QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
            } else if (where == QLatin1String("reconnected")) {
                restart();
            }
        }
        QVERIFY(!m_flow->isCancellable());
        m_flow->cancel();
        QVERIFY(!m_rec->done());
        QVERIFY(m_rec->notes.join('\n').contains("cancel refused"));
    }

    void aCheckThatGetsNoAnswerIsFollowedAsAnInstall_data()
    {
        QTest::addColumn<bool>("restartsAtOnce"); // the port goes before any answer
        QTest::newRow("no answer in time") << false;
        QTest::newRow("restarts without answering") << true;
    }

    void aCheckThatGetsNoAnswerIsFollowedAsAnInstall()
    {
        // Once AT+CFOTA=5 is out the module may be flashing: whatever follows
        // must not end the update as if nothing happened.
        QFETCH(bool, restartsAtOnce);
        m_answers.append({"AT+CFOTA=5", QByteArray()});
        reattachWithAnswers();
        SimcomFlow::Options o = fast();
        o.packageCheck = 300ms;
        start(request(UpdateMethod::Cflw), o);
        QTRY_VERIFY(!sent().filter("AT+CFOTA=5").isEmpty());
        if (restartsAtOnce) {
            link().port->simulateLoss();
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
            attach(kTo);
        } else {
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
            QVERIFY(m_rec->notes.join('\n').contains("may be installing"));
            restart();
        }
        QVERIFY(!m_flow->isCancellable());
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
    }

    void anInstallInterruptedByAPowerCutIsFollowedToItsResult()
    {
        deliver(UpdateMethod::Cflw);
        restart(kFrom);
        urc("*MATREADY: 1");
        restart(kFrom); // power cut while it flashed; it goes on after the boot
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        QVERIFY(!m_flow->isCancellable());
        m_module->firmware = kTo;
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_flow->installRestarts(), 2);
        QCOMPARE(entries(UpdatePhase::Rebooting), 2);
        QCOMPARE(m_rec->outcome().firmware, kTo);
    }

    void resultLinesTheProberSawAreFollowedAfterTheReconnection()
    {
        deliver(UpdateMethod::HttpFs);
        link().port->simulateLoss();
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Rebooting);
        attach(kTo, {"*MATREADY: 1", "+CFUN: 1", "+CFOTA: Update successfully"});
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QVERIFY(m_rec->sawRawLine("+CFOTA: Update successfully"));
        QVERIFY(!m_rec->notes.join('\n').contains("no update result reported")); // not by the fallback
        const QList<UpdatePhase> phases = m_rec->phases();
        QCOMPARE(phases.mid(phases.size() - 5),
                 (QList<UpdatePhase>{UpdatePhase::Rebooting, UpdatePhase::Reconnected, UpdatePhase::Installing,
                                     UpdatePhase::Verifying, UpdatePhase::Verified}));
    }

    void aModuleThatDoesNotRestartButReportsIsVerifiedToo()
    {
        // On a serial line the port stays when the module restarts.
        deliver(UpdateMethod::Cflw);
        m_module->firmware = kTo;
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QVERIFY(m_rec->outcome().ok);
        QCOMPARE(m_flow->installRestarts(), 0);
    }

    void aLostResultLineIsMadeUpForByReadingTheFirmware()
    {
        SimcomFlow::Options o = fast();
        o.install = 300ms;
        deliver(UpdateMethod::Cflw, o);
        restart();
        QTRY_VERIFY(m_rec->done()); // no "+CFOTA: Update successfully" ever
        QVERIFY(m_rec->outcome().ok);
        QVERIFY(m_rec->notes.join('\n').contains("no update result reported"));
        QCOMPARE(sent().last(), QStringLiteral("AT+CGMR"));
    }

    void aModuleBackOnItsOldFirmwareIsAVersionMismatch()
    {
        deliver(UpdateMethod::Cflw);
        restart(kFrom);
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QCOMPARE(m_rec->outcome().reason, FailureReason::VersionMismatch);
        QCOMPARE(m_rec->outcome().vendorCode, kFrom);
        QCOMPARE(m_rec->outcome().firmware, kFrom);
    }

    void garbageLinesChangeNothing_data()
    {
        QTest::addColumn<UpdateMethod>("method");
        QTest::newRow("ota") << UpdateMethod::Ota;
        QTest::newRow("cflw") << UpdateMethod::Cflw;
        QTest::newRow("http-fs") << UpdateMethod::HttpFs;
    }

    void garbageLinesChangeNothing()
    {
        QFETCH(UpdateMethod, method);
        const QStringList garbage{
            QString::fromLatin1("\x01\x7f\xfe\xff"), "+CFOTA: Firmware is tired", "+CFOTA:", "+CHTTPTOFSOK: x,y,z",
            "+CHTTPNMIH: nonsense", "+CHTTPERR: 0", "*MATREADY: banana", "random text", "+CHTTPTOFS: 9,1,2",
        };
        auto noise = [&] {
            for (const QString &g : garbage)
                urc(g);
        };
        start(request(method));
        noise();
        if (method == UpdateMethod::Ota) {
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::WaitingForServer);
            noise();
            urc("+CFOTA: Start to download new package");
            noise();
            urc("+CFOTA: Download completed");
            noise();
            urc("+CFOTA: Start to update,please wait for reset");
        } else if (method == UpdateMethod::HttpFs) {
            QTRY_COMPARE(m_rec->phase(), UpdatePhase::Downloading);
            QTRY_VERIFY(!sent().filter("AT+CHTTPTOFS=").isEmpty());
            noise();
            storeHttpFile(m_package);
        }
        QTRY_COMPARE(m_rec->phase(), UpdatePhase::Installing);
        noise();
        restart();
        noise();
        reportSuccess();
        QTRY_VERIFY(m_rec->done());
        QVERIFY2(m_rec->outcome().ok, qPrintable(m_rec->outcome().message));
    }

    void theUrlIsSplitIntoTheModulesServerAndPath_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("path");
        QTest::newRow("package server") << kUrl << "http://127.0.0.1:8080" << "/p/0123abcd/pkg.bin";
        QTest::newRow("default port, query") << "http://fw.example.com/a/b.bin?x=1&y=2"
                                             << "http://fw.example.com" << "/a/b.bin?x=1&y=2";
        QTest::newRow("https") << "https://fw.example.com:8443/f.bin" << "https://fw.example.com:8443" << "/f.bin";
        QTest::newRow("no path") << "http://10.0.0.1:5265" << "http://10.0.0.1:5265" << "/";
        QTest::newRow("credentials dropped") << "http://user:secret@10.0.0.1/f.bin" << "http://10.0.0.1" << "/f.bin";
        QTest::newRow("blank encoded") << "http://10.0.0.1/my file.bin" << "http://10.0.0.1" << "/my%20file.bin";
        QTest::newRow("IPv6") << "http://[::1]:8080/f.bin" << "http://[::1]:8080" << "/f.bin";
    }

    void theUrlIsSplitIntoTheModulesServerAndPath()
    {
        QFETCH(QString, url);
        QFETCH(QString, server);
        QFETCH(QString, path);
        QCOMPARE(SimcomHttpFsFlow::serverPart(QUrl(url)), server);
        QCOMPARE(SimcomHttpFsFlow::pathPart(QUrl(url)), path);
    }

    void theDriverOffersCflwFirstAndMakesEachFlow()
    {
        const ModuleDriver *driver = ModuleDriver::forFamily(Family::SimcomSim7020);
        QVERIFY(driver);
        QCOMPARE(driver->methods(), (QList<UpdateMethod>{UpdateMethod::Cflw, UpdateMethod::HttpFs, UpdateMethod::Ota}));
        QCOMPARE(driver->defaultMethod(), UpdateMethod::Cflw);
        for (UpdateMethod m : driver->methods()) {
            UpdateRequest r = request(m);
            std::unique_ptr<UpdateFlow> flow = driver->createFlow(m_session.get(), r);
            QVERIFY2(flow, qPrintable(methodId(m)));
            QCOMPARE(static_cast<bool>(qobject_cast<SimcomOtaFlow *>(flow.get())), m == UpdateMethod::Ota);
            QCOMPARE(static_cast<bool>(qobject_cast<SimcomCflwFlow *>(flow.get())), m == UpdateMethod::Cflw);
            QCOMPARE(static_cast<bool>(qobject_cast<SimcomHttpFsFlow *>(flow.get())), m == UpdateMethod::HttpFs);
        }
        QVERIFY(!driver->createFlow(m_session.get(), request(UpdateMethod::Xmodem)));
        QCOMPARE(driver->timeouts().install, std::chrono::milliseconds(15min));
    }

    void theInterlockKeepsOtherCommandsFromBreakingTheUpdate_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<UpdatePhase>("phase");
        QTest::addColumn<bool>("inhibited");
        QTest::newRow("a second write while transferring") << "AT+CFLW=0,0,10,0,30" << UpdatePhase::Transferring << true;
        QTest::newRow("erase while installing") << "AT+CFLE=0,0,1" << UpdatePhase::Installing << true;
        QTest::newRow("reset while installing") << "AT+CFUN=1,1" << UpdatePhase::Installing << true;
        QTest::newRow("rate change while downloading") << "AT+IPR=9600" << UpdatePhase::Downloading << true;
        QTest::newRow("radio off while downloading") << "AT+CFUN=0" << UpdatePhase::Downloading << true;
        QTest::newRow("the HTTP client destroyed") << "at+chttpdestroy=0" << UpdatePhase::Downloading << true;
        QTest::newRow("reading the rate") << "AT+IPR?" << UpdatePhase::Downloading << false;
        QTest::newRow("signal quality") << "AT+CSQ" << UpdatePhase::Installing << false;
        QTest::newRow("anything once verified") << "AT+CFLE=0,0,1" << UpdatePhase::Verified << false;
    }

    void theInterlockKeepsOtherCommandsFromBreakingTheUpdate()
    {
        QFETCH(QString, command);
        QFETCH(UpdatePhase, phase);
        QFETCH(bool, inhibited);
        const ModuleDriver *driver = ModuleDriver::forFamily(Family::SimcomSim7020);
        QCOMPARE(!driver->inhibitReason(command, phase).isEmpty(), inhibited);
    }
};

QTEST_GUILESS_MAIN(tst_SimcomFlows)
#include "tst_simcomflows.moc"
