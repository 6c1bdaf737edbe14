#include "supportbundle.h"

#include "zipwriter.h"

#include "at/secretmasker.h"
#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/pathcomponent.h"
#include "fleet/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSerialPortInfo>
#include <QSqlQuery>
#include <QSysInfo>

namespace {

// A transcript that ran for months: its end tells what went wrong.
constexpr qint64 kTranscriptCap = 32 * 1024 * 1024;

QByteArray json(const QJsonValue &value)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return doc.toJson(QJsonDocument::Indented);
}

QString isoUtc(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(Qt::ISODateWithMs) : QString();
}

// The answer a setting's values come from: "*MCGDEFCONT" of "*MCGDEFCONT",
// "^SCFG" of "^SCFG Radio/Band/CatM".
QString answerOf(const QString &settingName)
{
    QString name = settingName.section(QLatin1Char(' '), 0, 0).trimmed();
    if (name.startsWith(QLatin1String("AT"), Qt::CaseInsensitive))
        name = name.mid(2);
    return name;
}

// A field whose name says it is a secret (a request's "pin", "apnPassword",
// "pskKey") is masked whole: its value alone gives the masker no context.
bool isSecretKey(const QString &key)
{
    static const QRegularExpression secret(
        QStringLiteral("^(pin|puk|newpin|password|passwd|secret|psk)$|(password|passwd|secret|pskkey|privatekey)$"),
        QRegularExpression::CaseInsensitiveOption);
    return secret.match(key).hasMatch();
}

bool isInside(const QString &path, const QString &folder)
{
    const QString file = QFileInfo(path).canonicalFilePath();
    const QString root = QFileInfo(folder).canonicalFilePath();
    return !file.isEmpty() && !root.isEmpty() && file.startsWith(root + QLatin1Char('/'));
}

} // namespace

SupportBundle::SupportBundle(Store *store)
    : m_store(store)
{
}

QString SupportBundle::maskText(const QString &text)
{
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = SecretMasker::maskLine(line);
    return lines.join(QLatin1Char('\n'));
}

QJsonValue SupportBundle::maskJson(const QJsonValue &value)
{
    if (value.isString())
        return maskText(value.toString());
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out << maskJson(item);
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    // A settings entry as SettingsSnapshot::toJson() writes it: its values
    // are fields of a read answer, which the masker only knows by the name.
    const QString settingName = object.value(QLatin1String("name")).toString();
    const bool setting = !settingName.isEmpty() && object.value(QLatin1String("values")).isArray()
        && SecretMasker::hasSecretFields(answerOf(settingName));
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (isSecretKey(it.key()) && !it.value().isObject() && !it.value().isArray() && !it.value().isNull()) {
            it.value() = QString(SecretMasker::mask);
        } else if (setting && it.key() == QLatin1String("values")) {
            QJsonArray masked;
            for (const QJsonValue &v : it.value().toArray())
                masked << maskText(SecretMasker::maskArguments(answerOf(settingName), v.toString()));
            it.value() = masked;
        } else {
            it.value() = maskJson(it.value());
        }
    }
    return object;
}

bool SupportBundle::write(const Request &request, const QString &zipPath)
{
    m_error.clear();
    m_contents.clear();
    m_moduleId.clear();
    m_imei.clear();
    if (!m_store || !m_store->isOpen()) {
        m_error = tr("the history database is not open");
        return false;
    }
    const QList<Part> parts = collect(request);
    if (parts.isEmpty())
        return false;

    QSaveFile file(zipPath);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = tr("cannot write %1: %2").arg(zipPath, file.errorString());
        return false;
    }
    ZipWriter zip(&file);
    for (const Part &part : parts) {
        if (!zip.addFile(part.name, part.data)) {
            m_error = zip.errorString();
            file.cancelWriting();
            return false;
        }
    }
    if (!zip.finish() || !file.commit()) {
        m_error = zip.errorString().isEmpty() ? tr("cannot write %1: %2").arg(zipPath, file.errorString())
                                              : zip.errorString();
        return false;
    }
    for (const Part &part : parts)
        m_contents << part.name;
    return true;
}

QList<SupportBundle::Part> SupportBundle::collect(const Request &request)
{
    QString port;
    const QJsonObject identity = identityPart(request, &port);
    const QJsonObject usb = usbPart(port);
    if (m_moduleId.isEmpty() && !usb.value(QLatin1String("present")).toBool()) {
        m_error = tr("%1 is neither a module in the inventory nor a port present now").arg(request.target);
        return {};
    }

    QList<Part> parts;
    QJsonArray jobs;
    QJsonArray settingsIndex;
    QStringList jobTranscripts;
    JobStore store(m_store);
    for (qint64 id : jobIds(qMax(1, request.jobLimit))) {
        const std::optional<JobRecord> job = store.job(id);
        if (!job)
            continue;
        QJsonObject entry = job->toJson();
        QJsonArray events;
        for (const JobEvent &e : store.events(id))
            events << QJsonObject{{QStringLiteral("at"), isoUtc(e.at)}, {QStringLiteral("kind"), e.kind},
                                  {QStringLiteral("text"), e.text}};
        entry.insert(QStringLiteral("events"), events);
        entry.insert(QStringLiteral("options"), job->options); // what was asked for: method, URL, APN
        jobs << maskJson(entry);
        for (const StepRecord &step : job->steps) {
            if (!step.figures.value(QLatin1String("settings")).isArray())
                continue;
            const QString name = QStringLiteral("settings/job-%1-%2-%3.json").arg(id).arg(step.id).arg(pathComponentFor(step.name));
            QJsonObject snapshot{{QStringLiteral("job"), id}, {QStringLiteral("step"), step.name},
                                 {QStringLiteral("taken"), isoUtc(step.started)},
                                 {QStringLiteral("figures"), step.figures}};
            parts << Part{name, json(maskJson(snapshot))};
            settingsIndex << name;
        }
        if (!job->transcriptPath.isEmpty())
            jobTranscripts << job->transcriptPath;
    }

    const QString transcripts = request.transcriptsFolder.isEmpty()
        ? QFileInfo(m_store->location()).absoluteDir().filePath(QStringLiteral("transcripts"))
        : request.transcriptsFolder;
    QList<Part> transcriptParts;
    addTranscripts(transcripts, jobTranscripts, transcriptParts);

    QJsonArray transcriptIndex;
    for (const Part &p : std::as_const(transcriptParts))
        transcriptIndex << p.name;
    const QJsonObject manifest{
        {QStringLiteral("bundle"), 1},
        {QStringLiteral("created"), isoUtc(QDateTime::currentDateTimeUtc())},
        {QStringLiteral("target"), maskText(request.target)},
        {QStringLiteral("module"), m_moduleId},
        {QStringLiteral("jobs"), jobs.size()},
        {QStringLiteral("settingsSnapshots"), settingsIndex},
        {QStringLiteral("transcripts"), transcriptIndex},
        {QStringLiteral("secrets"), QStringLiteral("masked (SIM PIN/PUK, APN and NAP passwords, LwM2M keys, package URL tokens)")},
    };
    QList<Part> head{
        {QStringLiteral("manifest.json"), json(manifest)},
        {QStringLiteral("system.json"), json(maskJson(systemPart(request)))},
        {QStringLiteral("identity.json"), json(maskJson(identity))},
        {QStringLiteral("usb.json"), json(maskJson(usb))},
        {QStringLiteral("jobs.json"), json(jobs)},
    };
    return head + parts + transcriptParts;
}

QJsonObject SupportBundle::identityPart(const Request &request, QString *port)
{
    const QString target = request.target.trimmed();
    const QString portName = QFileInfo(target).fileName();
    const QString portPath = QFileInfo(target).canonicalFilePath();
    const InventoryStore inventory(m_store);
    std::optional<DeviceRecord> best;
    bool byPort = false;
    for (const DeviceRecord &d : inventory.devices()) {
        const QString key = d.identity.key();
        const bool byId = key == target || key == QStringLiteral("imei:") + target
            || key == QStringLiteral("serial:") + target || (!d.identity.imei.isEmpty() && d.identity.imei == target)
            || (!d.identity.serial.isEmpty() && d.identity.serial == target);
        const bool onPort = !d.port.isEmpty()
            && (d.port == target || d.port == portName
                || (!portPath.isEmpty() && QFileInfo(d.port).canonicalFilePath() == portPath));
        if (byId) {
            best = d;
            byPort = false;
            break;
        }
        // Several modules were on that port: the one seen last is there now.
        if (onPort && (!best || d.lastSeen > best->lastSeen)) {
            best = d;
            byPort = true;
        }
    }
    if (!best) {
        *port = target;
        return {{QStringLiteral("known"), false},
                {QStringLiteral("note"), tr("no module in the inventory matches %1").arg(target)}};
    }
    m_moduleId = best->identity.key();
    m_imei = best->identity.imei;
    *port = byPort ? target : best->port;
    QJsonObject out = best->identity.toJson();
    out.insert(QStringLiteral("known"), true);
    out.insert(QStringLiteral("id"), m_moduleId);
    out.insert(QStringLiteral("port"), best->port);
    out.insert(QStringLiteral("firstSeen"), isoUtc(best->firstSeen));
    out.insert(QStringLiteral("lastSeen"), isoUtc(best->lastSeen));
    return out;
}

QJsonObject SupportBundle::systemPart(const Request &request) const
{
    return {
        {QStringLiteral("fotadesk"), request.appVersion.isEmpty() ? QCoreApplication::applicationVersion()
                                                                 : request.appVersion},
        {QStringLiteral("qtRuntime"), QString::fromLatin1(qVersion())},
        {QStringLiteral("qtBuild"), QStringLiteral(QT_VERSION_STR)},
        {QStringLiteral("os"), QSysInfo::prettyProductName()},
        {QStringLiteral("osType"), QSysInfo::productType()},
        {QStringLiteral("osVersion"), QSysInfo::productVersion()},
        {QStringLiteral("kernel"), QStringLiteral("%1 %2").arg(QSysInfo::kernelType(), QSysInfo::kernelVersion())},
        {QStringLiteral("cpu"), QSysInfo::currentCpuArchitecture()},
        {QStringLiteral("store"), m_store->location()},
        {QStringLiteral("storeSchema"), m_store->schemaVersion()},
    };
}

QJsonObject SupportBundle::usbPart(const QString &port)
{
    QJsonObject out{{QStringLiteral("port"), port}, {QStringLiteral("present"), false}};
    if (port.isEmpty())
        return out;
    const QString name = QFileInfo(port).fileName();
    const QString device = QFileInfo(port).canonicalFilePath();
    for (const QSerialPortInfo &info : QSerialPortInfo::availablePorts()) {
        const bool match = info.portName() == port || info.portName() == name || info.systemLocation() == port
            || (!device.isEmpty() && info.systemLocation() == device);
        if (!match)
            continue;
        out.insert(QStringLiteral("present"), true);
        out.insert(QStringLiteral("systemLocation"), info.systemLocation());
        out.insert(QStringLiteral("description"), info.description());
        out.insert(QStringLiteral("manufacturer"), info.manufacturer());
        out.insert(QStringLiteral("serialNumber"), info.serialNumber());
        if (info.hasVendorIdentifier())
            out.insert(QStringLiteral("vendorId"), QStringLiteral("%1").arg(info.vendorIdentifier(), 4, 16, QLatin1Char('0')));
        if (info.hasProductIdentifier())
            out.insert(QStringLiteral("productId"), QStringLiteral("%1").arg(info.productIdentifier(), 4, 16, QLatin1Char('0')));
        return out;
    }
    // A pseudo-terminal or a symlink the OS does not list: present, no USB.
    if (!device.isEmpty() && QFileInfo(device).exists() && !QFileInfo(device).isDir()
        && device.startsWith(QLatin1String("/dev/"))) {
        out.insert(QStringLiteral("present"), true);
        out.insert(QStringLiteral("systemLocation"), device);
        out.insert(QStringLiteral("note"), tr("not a USB port the system lists"));
    }
    return out;
}

QList<qint64> SupportBundle::jobIds(int limit) const
{
    QList<qint64> ids;
    if (m_moduleId.isEmpty())
        return ids;
    // JobStore has no per-module query; this one only reads.
    QSqlQuery q(m_store->database());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM jobs WHERE module_id = ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(m_moduleId);
    q.addBindValue(limit);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

void SupportBundle::addTranscripts(const QString &folder, const QStringList &extraFiles, QList<Part> &parts) const
{
    if (m_moduleId.isEmpty())
        return;
    QStringList files;
    // The engine's session log lives under the module id, a job's under its IMEI.
    QStringList folders{pathComponentFor(m_moduleId)};
    if (!m_imei.isEmpty())
        folders << pathComponentFor(m_imei);
    folders.removeDuplicates();
    for (const QString &sub : std::as_const(folders)) {
        QDirIterator it(QDir(folder).filePath(sub), QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext())
            files << it.next();
    }
    // A job's transcript elsewhere in the folder (an older layout); never a
    // file outside it, whatever a record says.
    for (const QString &path : extraFiles) {
        if (isInside(path, folder))
            files << path;
    }
    QStringList seen;
    const QDir root(QFileInfo(folder).canonicalFilePath());
    for (const QString &path : std::as_const(files)) {
        const QString canonical = QFileInfo(path).canonicalFilePath();
        if (canonical.isEmpty() || seen.contains(canonical) || !isInside(canonical, folder))
            continue;
        seen << canonical;
        QFile file(canonical);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes;
        QString head;
        if (file.size() > kTranscriptCap) {
            file.seek(file.size() - kTranscriptCap);
            bytes = file.readAll();
            bytes = bytes.mid(bytes.indexOf('\n') + 1); // from a whole line
            head = tr("[the first %1 bytes are left out]").arg(file.size() - bytes.size()) + QLatin1Char('\n');
        } else {
            bytes = file.readAll();
        }
        const QString name = QStringLiteral("transcripts/") + root.relativeFilePath(canonical);
        if (!ZipWriter::isSafeName(name))
            continue;
        parts << Part{name, (head + maskText(QString::fromUtf8(bytes))).toUtf8()};
    }
}
