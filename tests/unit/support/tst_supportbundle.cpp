#include "support/supportbundle.h"

#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/pathcomponent.h"
#include "fleet/store.h"
#include "testprograms.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// A support bundle is mailed as it is: whatever secret the store, a step's
// figures or a transcript holds (an older FotaDesk, a hand-edited file, a
// module that echoes), none is in the zip, and every part a support desk
// needs is.
namespace {

const QString kImei = QStringLiteral("356938035643809");
const QString kOtherImei = QStringLiteral("490154203237518");

// Each secret, and a line that carries it the way a module or FotaDesk
// writes it.
struct Secret
{
    const char *value;
    const char *line;
};
const Secret kSecrets[] = {
    {"4711", "AT+CPIN=\"4711\""},
    {"Mcg5ecretPw", "AT*MCGDEFCONT=\"IP\",\"iot.example\",\"apnuser\",\"Mcg5ecretPw\""},
    {"Mcg5ecretRd", "*MCGDEFCONT: \"IP\",\"iot.example\",\"apnuser\",\"Mcg5ecretRd\""},
    {"Sg5ecretPw", "AT^SGAUTH=1,1,\"Sg5ecretPw\",\"apnuser\""},
    {"Cg5ecretPw", "AT+CGAUTH=1,1,\"apnuser\",\"Cg5ecretPw\""},
    {"8642", "AT+CPIN=\"12345678\",\"8642\""},
};

QString python()
{
    return QStringLiteral("/usr/bin/python3");
}

QString tmpRoot()
{
    return qEnvironmentVariable("FOTADESK_TEST_TMP") + QStringLiteral("/bundle-XXXXXX");
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

QByteArray transcriptWithSecrets()
{
    QByteArray out = "2026-12-04T22:00:00.000Z cmd    AT+CGMR\n2026-12-04T22:00:00.010Z line   OK\n";
    for (const Secret &s : kSecrets)
        out += QByteArray("2026-12-04T22:00:01.000Z cmd    ") + s.line + "\n";
    return out;
}

// A store as a FotaDesk that masked nothing would have left it.
bool fillStore(Store &store, qint64 *jobId)
{
    InventoryStore inventory(&store);
    ModuleIdentity id;
    id.family = Family::SimcomSim7020;
    id.manufacturer = QStringLiteral("SIMCOM_Ltd");
    id.model = QStringLiteral("SIM7020E");
    id.imei = kImei;
    id.firmware = QStringLiteral("1752B08SIM7020E");
    id.iccid = QStringLiteral("89490200001234567890");
    if (!inventory.saveDevice(id, QStringLiteral("ttyFAKE7")))
        return false;
    ModuleIdentity other = id;
    other.imei = kOtherImei;
    if (!inventory.saveDevice(other, QStringLiteral("ttyFAKE8")))
        return false;

    JobStore jobs(&store);
    for (const QString &imei : {kOtherImei, kImei}) {
        JobRecord job;
        job.moduleId = QStringLiteral("imei:") + imei;
        job.imei = imei;
        job.family = Family::SimcomSim7020;
        job.model = QStringLiteral("SIM7020E");
        job.packageName = QStringLiteral("sim7020-b09.bin");
        job.fromVersion = QStringLiteral("1752B08SIM7020E");
        job.toVersion = QStringLiteral("1752B09SIM7020E");
        job.method = UpdateMethod::Cflw;
        job.options = {{"method", "cflw"}, {"apn", "iot.example"}, {"pin", "4711"}, {"apnPassword", "Cg5ecretPw"}};
        if (!jobs.createJob(job))
            return false;
        StepRecord backup;
        backup.name = QStringLiteral("backup");
        if (!jobs.beginStep(job.id, backup))
            return false;
        backup.outcome = QStringLiteral("ok");
        backup.detail = QStringLiteral("3 settings read");
        QJsonArray settings;
        settings << QJsonObject{{"name", "*MCGDEFCONT"}, {"values", QJsonArray{"\"IP\",\"iot.example\",\"apnuser\",\"Mcg5ecretRd\""}}}
                 << QJsonObject{{"name", "^SGAUTH"}, {"values", QJsonArray{"1,1,\"Sg5ecretPw\",\"apnuser\""}}}
                 << QJsonObject{{"name", "+CGAUTH"}, {"values", QJsonArray{"1,1,\"apnuser\",\"Cg5ecretPw\""}}}
                 << QJsonObject{{"name", "+CFUN"}, {"values", QJsonArray{"1"}}};
        backup.figures = {{"settings", settings}, {"count", 4}};
        if (!jobs.endStep(backup))
            return false;
        StepRecord transfer;
        transfer.name = QStringLiteral("transfer");
        if (!jobs.beginStep(job.id, transfer))
            return false;
        transfer.outcome = QStringLiteral("ok");
        transfer.detail = QStringLiteral("sent AT+CPIN=\"4711\" first");
        transfer.figures = {{"bytes", 1048576}, {"bytesPerSecond", 10923}};
        if (!jobs.endStep(transfer))
            return false;
        if (!jobs.addEvent({job.id, job.moduleId, QDateTime::currentDateTimeUtc(), QStringLiteral("note"),
                            QStringLiteral("module echoed AT^SGAUTH=1,1,\"Sg5ecretPw\",\"apnuser\"")}))
            return false;
        job.state = JobState::Failed;
        job.reason = FailureReason::Timeout;
        job.message = QStringLiteral("no answer to AT+CGAUTH=1,1,\"apnuser\",\"Cg5ecretPw\"");
        job.transcriptPath = QFileInfo(store.location()).absoluteDir().filePath(
            QStringLiteral("transcripts/%1/%2.log").arg(pathComponentFor(imei)).arg(job.id));
        if (!jobs.setTranscriptPath(job.id, job.transcriptPath) || !jobs.finishJob(job))
            return false;
        if (!writeFile(job.transcriptPath, transcriptWithSecrets()))
            return false;
        *jobId = job.id;
    }
    const QString transcripts = QFileInfo(store.location()).absoluteDir().filePath(QStringLiteral("transcripts"));
    return writeFile(QDir(transcripts).filePath(pathComponentFor(QStringLiteral("imei:") + kImei) + QStringLiteral("/session.log")),
                     transcriptWithSecrets())
        && writeFile(QDir(transcripts).filePath(pathComponentFor(QStringLiteral("imei:") + kOtherImei) + QStringLiteral("/session.log")),
                     "the other module's log\n");
}

bool unpack(const QString &zip, const QString &into)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(python(), {QStringLiteral("-m"), QStringLiteral("zipfile"), QStringLiteral("-e"), zip, into});
    return p.waitForFinished(60000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

QHash<QString, QByteArray> filesUnder(const QString &root)
{
    QHash<QString, QByteArray> out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            out.insert(QDir(root).relativeFilePath(path), f.readAll());
    }
    return out;
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class tst_SupportBundle : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir{tmpRoot()};
    Store m_store;
    qint64 m_jobId = 0;

    // Checks a bundle unpacked under `root`: complete, about the module, and
    // without one of the secrets.
    void checkBundle(const QString &root)
    {
        const QHash<QString, QByteArray> files = filesUnder(root);
        QVERIFY(!files.isEmpty());
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            for (const Secret &s : kSecrets)
                QVERIFY2(!it.value().contains(s.value), qPrintable(QStringLiteral("%1 holds %2").arg(it.key(), s.value)));
        }
        for (const char *part : {"manifest.json", "system.json", "identity.json", "usb.json", "jobs.json"})
            QVERIFY2(files.contains(QLatin1String(part)), part);

        const QJsonObject identity = object(files.value(QStringLiteral("identity.json")));
        QCOMPARE(identity.value("imei").toString(), kImei);
        QCOMPARE(identity.value("model").toString(), QStringLiteral("SIM7020E"));
        QCOMPARE(identity.value("port").toString(), QStringLiteral("ttyFAKE7"));

        const QJsonObject system = object(files.value(QStringLiteral("system.json")));
        QCOMPARE(system.value("qtRuntime").toString(), QString::fromLatin1(qVersion()));
        QVERIFY(!system.value("os").toString().isEmpty());
        QVERIFY(!system.value("fotadesk").toString().isEmpty());
        QCOMPARE(object(files.value(QStringLiteral("usb.json"))).value("port").toString(), QStringLiteral("ttyFAKE7"));

        const QJsonArray jobs = QJsonDocument::fromJson(files.value(QStringLiteral("jobs.json"))).array();
        QCOMPARE(jobs.size(), 1); // not the other module's
        const QJsonObject job = jobs.first().toObject();
        QCOMPARE(job.value("id").toInteger(), m_jobId);
        QCOMPARE(job.value("imei").toString(), kImei);
        const QJsonArray steps = job.value("steps").toArray();
        QCOMPARE(steps.size(), 2);
        QCOMPARE(steps.at(1).toObject().value("figures").toObject().value("bytes").toInt(), 1048576);
        QCOMPARE(job.value("events").toArray().size(), 1);
        QCOMPARE(job.value("options").toObject().value("apn").toString(), QStringLiteral("iot.example"));

        const QStringList settings = files.keys().filter(QStringLiteral("settings/"));
        QCOMPARE(settings.size(), 1);
        const QJsonArray entries = object(files.value(settings.first())).value("figures").toObject().value("settings").toArray();
        QCOMPARE(entries.size(), 4);
        QCOMPARE(entries.at(3).toObject().value("values").toArray().first().toString(), QStringLiteral("1"));
        // Masked field by field: the rest stays readable.
        QVERIFY(entries.at(0).toObject().value("values").toArray().first().toString().contains(QStringLiteral("iot.example")));

        const QString jobLog = QStringLiteral("transcripts/%1/%2.log").arg(pathComponentFor(kImei)).arg(m_jobId);
        const QString sessionLog = QStringLiteral("transcripts/%1/session.log").arg(pathComponentFor(QStringLiteral("imei:") + kImei));
        QVERIFY2(files.contains(jobLog), qPrintable(files.keys().join(QLatin1Char(' '))));
        QVERIFY(files.contains(sessionLog));
        QVERIFY(files.value(sessionLog).contains("AT+CGMR"));
        QVERIFY(files.value(sessionLog).contains("AT*MCGDEFCONT=\"IP\",\"iot.example\""));
        for (const QString &name : files.keys())
            QVERIFY2(!files.value(name).contains("the other module's log"), qPrintable(name));
    }

private slots:
    void initTestCase()
    {
        if (!QFile::exists(python()))
            QSKIP("/usr/bin/python3 is missing: nothing to unpack the bundle with");
        QVERIFY(m_dir.isValid());
        QVERIFY(m_store.open(m_dir.filePath(QStringLiteral("data/fotadesk.sqlite"))));
        QVERIFY(fillStore(m_store, &m_jobId));
    }

    void theStoreReallyHoldsTheSecrets()
    {
        // Else the test below could not fail.
        const auto job = JobStore(&m_store).job(m_jobId);
        QVERIFY(job);
        QVERIFY(job->message.contains(QStringLiteral("Cg5ecretPw")));
        QVERIFY(QJsonDocument(job->steps.first().figures).toJson().contains("Mcg5ecretRd"));
        QVERIFY(job->options.value("pin").toString() == QStringLiteral("4711"));
    }

    void noSecretAndEveryPart_data()
    {
        QTest::addColumn<QString>("target");
        QTest::newRow("imei") << kImei;
        QTest::newRow("module id") << QStringLiteral("imei:") + kImei;
        QTest::newRow("last port") << QStringLiteral("ttyFAKE7");
    }

    void noSecretAndEveryPart()
    {
        QFETCH(QString, target);
        SupportBundle bundle(&m_store);
        const QString zip = m_dir.filePath(QStringLiteral("%1.zip").arg(QTest::currentDataTag()));
        QVERIFY2(bundle.write({target, {}, 20, QStringLiteral("9.9.9-test")}, zip), qPrintable(bundle.errorString()));
        QCOMPARE(bundle.moduleId(), QStringLiteral("imei:") + kImei);
        const QString root = m_dir.filePath(QStringLiteral("unpacked-%1").arg(QTest::currentDataTag()));
        QVERIFY(unpack(zip, root));
        checkBundle(root);
        QCOMPARE(object(filesUnder(root).value(QStringLiteral("system.json"))).value("fotadesk").toString(),
                 QStringLiteral("9.9.9-test"));
    }

    void anUnknownTargetWritesNothing()
    {
        SupportBundle bundle(&m_store);
        const QString zip = m_dir.filePath(QStringLiteral("unknown.zip"));
        QVERIFY(!bundle.write({QStringLiteral("ttyNOSUCH9"), {}, 20, {}}, zip));
        QVERIFY(bundle.errorString().contains(QStringLiteral("ttyNOSUCH9")));
        QVERIFY(!QFile::exists(zip));
    }

    void theCliWritesTheSameBundle()
    {
        const QString cli = TestPrograms::path(QStringLiteral("fotadesk-cli"));
        if (!QFile::exists(cli))
            QSKIP("fotadesk-cli is not built beside the tests (FOTADESK_BIN_DIR)");
        const QString zip = m_dir.filePath(QStringLiteral("cli.zip"));
        QProcess p;
        p.setProcessEnvironment(TestPrograms::isolated(m_dir.path()));
        p.start(cli, {QStringLiteral("bundle"), kImei, QStringLiteral("-o"), zip, QStringLiteral("--store"), m_store.location()});
        QVERIFY(p.waitForFinished(60000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        QVERIFY(p.readAllStandardOutput().contains(zip.toUtf8()));
        const QString root = m_dir.filePath(QStringLiteral("unpacked-cli"));
        QVERIFY(unpack(zip, root));
        checkBundle(root);

        p.start(cli, {QStringLiteral("bundle"), QStringLiteral("ttyNOSUCH9"), QStringLiteral("-o"),
                      m_dir.filePath(QStringLiteral("none.zip")), QStringLiteral("--store"), m_store.location()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("none.zip"))));
        p.start(cli, {QStringLiteral("bundle"), QStringLiteral("--store"), m_store.location()});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
    }
};

QTEST_GUILESS_MAIN(tst_SupportBundle)
#include "tst_supportbundle.moc"
