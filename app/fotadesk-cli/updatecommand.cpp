#include "updatecommand.h"

#include "clicommon.h"

#include "discovery/discovery.h"
#include "engine/enginesettings.h"
#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/packagecatalog.h"
#include "fleet/store.h"
#include "jobs/applicability.h"
#include "jobs/jobevents.h"
#include "jobs/jobrecovery.h"
#include "jobs/jobrunner.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "serveroptions.h"
#include "system/modemmanagerinhibitor.h"
#include "transfer/packageserver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSettings>

#include <optional>

using namespace std::chrono_literals;

UpdateCommand::UpdateCommand() = default;

UpdateCommand::~UpdateCommand()
{
    // Jobs first (recorded Interrupted if still running), the store last.
    m_recovery.reset();
    m_runner.reset();
    m_discovery.reset();
    m_catalog.reset();
    m_jobs.reset();
    m_inventory.reset();
    m_store.reset();
}

void UpdateCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("port"), tr("Port name or device path of the module."), QStringLiteral("<port>"));
    parser.addOption({QStringLiteral("package"),
                      tr("The package file, as the vendor ships it (a manifest <file>.json beside it is "
                         "optional). Not needed when the update is held on a server (--method ota on "
                         "Telit PFM, SIM7020 and HL78xx; --url for Cinterion)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("method"), tr("auto (default), xmodem, cflw, http-fs, ota or lwm2m."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("family"), tr("What the package is for, when neither a manifest nor its name says: telit-pfm, cinterion, simcom-sim7020 or sierra-hl78xx (default: the module's)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("model"), tr("The model the package is for (default: the module's)."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("from"), tr("The firmware the package applies to, as AT+CGMR reports it (default: unknown; the module checks)."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("to"), tr("The firmware expected afterwards; without it any change of version verifies."), QStringLiteral("V")});
    parser.addOption({QStringLiteral("require-manifest"), tr("Refuse a package without a manifest <file>.json (a factory's policy).")});
    parser.addOption({QStringLiteral("url"), tr("Where the module downloads the package (default: FotaDesk serves the file); for LwM2M the server's URI."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("sha256"), tr("The SHA-256 of the package at --url (Cinterion checks the download against it)."), QStringLiteral("HEX")});
    ServerOptions::add(parser);
    parser.addOption({QStringLiteral("pfm-number"), tr("Telit PFM: the server's SMS number (SMS protocol)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("pfm-address"), tr("Telit PFM: the server's address for the TCP/IP protocol."), QStringLiteral("HOST:PORT")});
    parser.addOption({QStringLiteral("pfm-protocol"), tr("Telit PFM: sms, combined (SMS-TCP/IP) or tcp (TCP/IP only); default: sms for a number, tcp for an address, combined for both."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("pfm-mynumber"), tr("Telit PFM: the SIM's own number for the IP registration (default: what AT+CNUM reads)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("policy"), tr("Agreement requests of the server (Telit PFM, HL78xx): accept (default) or reject (Telit's request lapses; HL78xx's is deferred, as it cannot be refused)."), QStringLiteral("P")});
    parser.addOption({QStringLiteral("apn"), tr("The APN the module downloads through (over-the-air methods)."), QStringLiteral("APN")});
    parser.addOption({QStringLiteral("apn-user"), tr("The APN's user name."), QStringLiteral("USER")});
    parser.addOption({QStringLiteral("apn-password-file"), tr("A file whose first line is the APN's password (never given on the command line, never stored)."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("pin"), tr("The SIM PIN, entered again after the install; never stored. Prefer --pin-file or FOTADESK_SIM_PIN: a command line is visible to other users."), QStringLiteral("PIN")});
    parser.addOption({QStringLiteral("pin-file"), tr("A file whose first line is the SIM PIN; - reads it from standard input. The environment variable FOTADESK_SIM_PIN does the same."), QStringLiteral("F")});
    parser.addOption({QStringLiteral("json-events"), tr("Print one JSON object a line as the job progresses.")});
    parser.addOption({QStringLiteral("store"), tr("The history database (default: in the user's data folder)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("no-inhibit"), tr("Leave ModemManager alone (by default it lets go of the module's device for the length of the job, as the GUI's setting says).")});
    parser.addOption({QStringLiteral("force"), tr("Override the checks that may be overridden (base version, already on target).")});
    parser.addOption({QStringLiteral("max-rate"), tr("Local transfers (XMODEM, AT+CFLW) move the line up to this rate as far as the module and the port hold it, and back afterwards (default: 921600; 0: stay at the module's rate)."), QStringLiteral("BAUD")});
    parser.addOption({QStringLiteral("keep-setting"), tr("Telit: another setting to back up and restore (repeatable), e.g. #SMOV."), QStringLiteral("NAME")});
}

namespace {

// The first line of a secret's file ("-": standard input); nullopt
// (reported) when unreadable.
std::optional<QString> readSecretFile(const QString &option, const QString &path)
{
    QFile file;
    const bool ok = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                               : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!ok) {
        Cli::error(QCoreApplication::translate("UpdateCommand", "--%1 %2 cannot be read: %3")
                       .arg(option, path, file.errorString()));
        return std::nullopt;
    }
    return QString::fromUtf8(file.readLine(1024)).trimmed();
}

} // namespace

bool UpdateCommand::readRequest(const QCommandLineParser &parser)
{
    bool known = true;
    const QString method = parser.value(QStringLiteral("method"));
    m_request.method = methodFromId(method.isEmpty() ? QStringLiteral("auto") : method, &known);
    if (!known) {
        Cli::error(tr("--method is one of auto, xmodem, cflw, http-fs, ota, lwm2m; got \"%1\"").arg(method));
        return false;
    }
    if (parser.isSet(QStringLiteral("url"))) {
        m_request.url = QUrl(parser.value(QStringLiteral("url")));
        if (!m_request.url.isValid() || m_request.url.scheme().isEmpty()) {
            Cli::error(tr("--url wants an absolute URL such as http://192.0.2.10:8080/diff.usf"));
            return false;
        }
    }
    m_request.packageSha256 = parser.value(QStringLiteral("sha256")).trimmed().toLower();
    static const QRegularExpression sha256(QStringLiteral("^[0-9a-f]{64}$"));
    if (!m_request.packageSha256.isEmpty() && !sha256.match(m_request.packageSha256).hasMatch()) {
        Cli::error(tr("--sha256 wants the 64 hex digits of the package's SHA-256"));
        return false;
    }
    m_request.toVersion = parser.value(QStringLiteral("to")).trimmed();
    m_request.fromVersion = parser.value(QStringLiteral("from")).trimmed();

    if (parser.isSet(QStringLiteral("pin")) && parser.isSet(QStringLiteral("pin-file"))) {
        Cli::error(tr("give the SIM PIN with --pin or with --pin-file, not both"));
        return false;
    }
    m_request.simPin = qEnvironmentVariable("FOTADESK_SIM_PIN");
    if (parser.isSet(QStringLiteral("pin"))) {
        m_request.simPin = parser.value(QStringLiteral("pin"));
        Cli::err() << tr("warning: --pin is visible to every user of this computer (ps); use --pin-file FILE, "
                         "--pin-file - or FOTADESK_SIM_PIN")
                   << Qt::endl;
    }
    if (parser.isSet(QStringLiteral("pin-file"))) {
        const std::optional<QString> pin = readSecretFile(QStringLiteral("pin-file"), parser.value(QStringLiteral("pin-file")));
        if (!pin)
            return false;
        m_request.simPin = *pin;
    }
    // Only digits reach AT+CPIN="...": a quote or a CR would end the command.
    if (!m_request.simPin.isEmpty() && !ModuleSession::isValidSimPin(m_request.simPin)) {
        Cli::error(tr("a SIM PIN is 4 to 8 digits"));
        return false;
    }
    m_request.apn = parser.value(QStringLiteral("apn")).trimmed();
    m_request.apnUser = parser.value(QStringLiteral("apn-user")).trimmed();
    if (parser.isSet(QStringLiteral("apn-password-file"))) {
        const std::optional<QString> password = readSecretFile(QStringLiteral("apn-password-file"), parser.value(QStringLiteral("apn-password-file")));
        if (!password)
            return false;
        m_request.apnPassword = *password;
    }

    m_request.pfmServerNumber = parser.value(QStringLiteral("pfm-number")).trimmed();
    if (parser.isSet(QStringLiteral("pfm-address"))) {
        const QString address = parser.value(QStringLiteral("pfm-address")).trimmed();
        const qsizetype colon = address.lastIndexOf(QLatin1Char(':'));
        bool portOk = false;
        const int port = colon > 0 ? address.mid(colon + 1).toInt(&portOk) : 0;
        if (!portOk || port <= 0 || port > 65535) {
            Cli::error(tr("--pfm-address wants HOST:PORT, e.g. 192.0.2.20:9100"));
            return false;
        }
        m_request.pfmServerAddress = address.left(colon);
        m_request.pfmServerPort = port;
    }
    m_request.pfmMyNumber = parser.value(QStringLiteral("pfm-mynumber")).trimmed();
    const QString protocol = parser.value(QStringLiteral("pfm-protocol"));
    const bool haveAddress = !m_request.pfmServerAddress.isEmpty();
    if (protocol == QLatin1String("sms")) {
        m_request.pfmProtocol = PfmProtocol::Sms;
    } else if (protocol == QLatin1String("combined")) {
        m_request.pfmProtocol = PfmProtocol::Combined;
    } else if (protocol == QLatin1String("tcp")) {
        m_request.pfmProtocol = PfmProtocol::TcpIp;
    } else if (!protocol.isEmpty()) {
        Cli::error(tr("--pfm-protocol is sms, combined or tcp; got \"%1\"").arg(protocol));
        return false;
    }
    if (m_request.pfmProtocol == PfmProtocol::Sms && m_request.pfmServerNumber.isEmpty()) {
        Cli::error(tr("--pfm-protocol sms needs the server's number: --pfm-number N"));
        return false;
    }
    if ((m_request.pfmProtocol == PfmProtocol::Combined || m_request.pfmProtocol == PfmProtocol::TcpIp) && !haveAddress) {
        Cli::error(tr("--pfm-protocol %1 needs the server's address: --pfm-address HOST:PORT").arg(protocol));
        return false;
    }
    const QString policy = parser.value(QStringLiteral("policy"));
    if (policy.isEmpty() || policy == QLatin1String("accept")) {
        m_request.policy = AgreementPolicy::Accept;
    } else if (policy == QLatin1String("reject")) {
        // Telit's request lapses; an HL78xx request can only be deferred.
        m_request.policy = AgreementPolicy::Defer;
    } else {
        // "ask" is the GUI's: the command line has no one to ask within 60 s.
        Cli::error(tr("--policy is accept or reject; got \"%1\"").arg(policy));
        return false;
    }
    return true;
}

bool UpdateCommand::readPackageMetadata(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("family"))) {
        m_userMetadata.family = familyFromId(parser.value(QStringLiteral("family")));
        if (m_userMetadata.family == Family::Unknown) {
            Cli::error(tr("--family is one of telit-pfm, cinterion, simcom-sim7020, sierra-hl78xx; got \"%1\"")
                           .arg(parser.value(QStringLiteral("family"))));
            return false;
        }
    }
    m_userMetadata.model = parser.value(QStringLiteral("model")).trimmed();
    m_userMetadata.fromVersion = m_request.fromVersion;
    m_userMetadata.toVersion = m_request.toVersion;
    return true;
}

int UpdateCommand::start(const QCommandLineParser &parser)
{
    m_json = parser.isSet(QStringLiteral("json-events"));
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        Cli::error(tr("update needs one port, e.g. fotadesk-cli update ttyUSB2 --package diff.usf, or "
                      "fotadesk-cli update ttyUSB2 --method ota for an update held on the module's server"));
        return ExitUsage;
    }
    ServerOptions serverOptions;
    if (!readRequest(parser) || !readPackageMetadata(parser) || !serverOptions.read(parser))
        return ExitUsage;
    m_options.overrideChecks = parser.isSet(QStringLiteral("force"));
    m_options.extraSettings = parser.values(QStringLiteral("keep-setting"));
    if (parser.isSet(QStringLiteral("max-rate"))) {
        bool ok = false;
        m_options.maxRate = parser.value(QStringLiteral("max-rate")).toInt(&ok);
        if (!ok || m_options.maxRate < 0) {
            Cli::error(tr("--max-rate takes a rate in baud, e.g. 921600, or 0 to keep the module's rate"));
            return ExitUsage;
        }
    }
    const QString packagePath = parser.value(QStringLiteral("package"));
    if (!packagePath.isEmpty() && !QFileInfo(packagePath).isFile()) {
        Cli::error(tr("no package file %1").arg(packagePath));
        return ExitUsage;
    }

    DiscoverySettings settings = Cli::settings(parser);
    const QString portArg = args.first();
    if (portArg.contains(QLatin1Char('/')) && !QFileInfo::exists(portArg)) {
        // A path that is not there now: the module may be rebooting (after an
        // install a killed FotaDesk started); it is waited for like any port.
        m_port = PortInfo::named(portArg);
        if (!m_json)
            Cli::err() << tr("%1 is not there yet; waiting for it").arg(portArg) << Qt::endl;
    } else {
        const std::optional<PortInfo> port = Cli::resolvePort(portArg, settings.scanGlobs);
        if (!port)
            return ExitTransport;
        m_port = *port;
    }
    if (!settings.scanGlobs.contains(m_port.name) && m_port.name.contains(QLatin1Char('/')))
        settings.scanGlobs << m_port.name; // watch the path we were given

    if (!openStore(parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath()))
        return ExitModuleFailure;

    m_catalog = std::make_unique<PackageCatalog>(m_inventory.get());
    m_catalog->setRequireManifest(parser.isSet(QStringLiteral("require-manifest")));
    m_catalog->load();
    connect(m_catalog.get(), &PackageCatalog::packageAdded, this, [this](const PackageInfo &p) {
        m_package = p;
        m_packageReady = true;
        launch();
    });
    connect(m_catalog.get(), &PackageCatalog::packageRejected, this,
            [this](const QString &, PackageError, const QString &message) { fail(ExitUsage, message); });
    if (packagePath.isEmpty())
        m_packageReady = true; // the module's server holds the update
    else
        m_catalog->add(packagePath, m_userMetadata);

    m_server = std::make_unique<PackageServer>();
    if (m_request.url.isEmpty() && !packagePath.isEmpty()) {
        if (serverOptions.isSet() && !serverOptions.listen(*m_server))
            return ExitTransport;
        if (!serverOptions.isSet() && !m_server->listen())
            m_server.reset(); // only a method that needs it will say so
    }

    // The GUI's setting holds here too; --no-inhibit turns it off for this run.
    m_modemManager = std::make_unique<ModemManagerInhibitor>();
    EngineSettings engineSettings;
    QSettings saved;
    engineSettings.load(saved);
    m_modemManager->setEnabled(engineSettings.inhibitModemManager && !parser.isSet(QStringLiteral("no-inhibit")));

    JobContext context;
    context.store = m_jobs.get();
    context.inventory = m_inventory.get();
    context.packageServer = m_server.get();
    context.modemManager = m_modemManager.get();
    m_runner = std::make_unique<JobRunner>(context);
    m_runner->setTranscriptFolder(QDir(QFileInfo(m_store->location()).absolutePath()).filePath(QStringLiteral("transcripts")));
    connect(m_runner.get(), &JobRunner::stepChanged, this, &UpdateCommand::onStep);
    connect(m_runner.get(), &JobRunner::jobProgress, this, &UpdateCommand::onProgress);
    connect(m_runner.get(), &JobRunner::jobFinished, this, &UpdateCommand::onFinished);
    connect(m_runner.get(), &JobRunner::modemManagerRefused, this,
            [](const QString &, const QString &message) { Cli::err() << message << Qt::endl; });
    connect(m_runner.get(), &JobRunner::promptRequested, this, [this](const QString &, const UpdatePrompt &p) {
        if (m_json)
            emitJson(JobEvents::prompt(m_jobId, m_session ? m_session->id() : QString(), p));
        else
            Cli::out() << tr("the module asks: %1").arg(p.text) << Qt::endl;
    });
    m_recovery = std::make_unique<JobRecovery>(m_runner.get());
    m_recovery->setPackageLookup([this](const QString &id) { return m_catalog->find(id); });
    connect(m_recovery.get(), &JobRecovery::recoveryStarted, this, [this](qint64 jobId, const QString &moduleId) {
        if (m_session && moduleId == m_session->id())
            m_recovering = jobId;
    });
    for (const JobRecord &job : m_recovery->scan()) {
        if (!m_json)
            Cli::err() << tr("job %1 on %2 was interrupted at step %3").arg(job.id).arg(job.moduleId, job.lastStep) << Qt::endl;
    }

    m_discovery = std::make_unique<Discovery>(settings);
    // Remembered across runs: a run killed mid-transfer leaves the module at
    // the transfer's rate, where the next run looks first.
    m_rateStore = std::make_unique<QSettings>();
    m_discovery->setRateStore(m_rateStore.get());
    connect(m_discovery.get(), &Discovery::moduleAdded, this, &UpdateCommand::onModule);
    connect(m_discovery.get(), &Discovery::portStatusChanged, this, &UpdateCommand::onPortStatus);
    m_findLimit.setSingleShot(true);
    connect(&m_findLimit, &QTimer::timeout, this, [this] {
        fail(ExitTimeout, tr("no module answered on %1; check that it is powered and that this is its AT port").arg(m_port.name));
    });
    m_findLimit.start(60s);
    m_discovery->start();
    return ExitRunning;
}

bool UpdateCommand::openStore(const QString &path)
{
    m_store = std::make_unique<Store>();
    if (!m_store->open(path)) {
        Cli::error(tr("the history database %1 cannot be opened: %2").arg(path, m_store->errorString()));
        return false;
    }
    m_jobs = std::make_unique<JobStore>(m_store.get());
    m_inventory = std::make_unique<InventoryStore>(m_store.get());
    return true;
}

void UpdateCommand::onPortStatus(const PortStatus &status)
{
    if (m_session || m_done || status.name() != m_port.name)
        return;
    switch (status.state) {
    case PortState::NotAModule:
        // A module a killed FotaDesk was talking to may still be answering its
        // last commands when it is first probed: one more look before giving up.
        if (m_reprobes++ < 2) {
            QTimer::singleShot(1s, this, [this] {
                if (!m_session && !m_done)
                    m_discovery->reprobe(m_port.name);
            });
            break;
        }
        fail(status.timedOut ? ExitTimeout : ExitTransport, tr("%1: %2").arg(m_port.name, status.reason));
        break;
    case PortState::Busy:
    case PortState::PermissionDenied:
    case PortState::Error:
        fail(ExitTransport, tr("%1: %2 %3").arg(m_port.name, status.reason, status.advice));
        break;
    default:
        break;
    }
}

void UpdateCommand::onModule(ModuleSession *session)
{
    if (m_session || m_done || session->portName() != m_port.name)
        return;
    m_session = session;
    m_findLimit.stop();
    m_inventory->saveDevice(session->identity(), session->portName());
    if (m_json) {
        QJsonObject o = session->identity().toJson();
        o.insert(QStringLiteral("event"), QStringLiteral("module"));
        o.insert(QStringLiteral("port"), session->portName());
        emitJson(o);
    } else {
        Cli::out() << tr("%1: %2 %3, firmware %4, IMEI %5")
                          .arg(session->portName(), familyDisplayName(session->family()), session->identity().model,
                               session->identity().firmware, session->identity().imei)
                   << Qt::endl;
    }
    // Finishes a job a killed FotaDesk left with the module maybe busy; this
    // run's SIM PIN is what it enters after the module's restart.
    m_recovery->moduleAvailable(session, m_request);
    launch();
}

// Verified on the version this run wants, or, when nothing names one (a
// server-held update, a vendor file with no versions), with the same package
// or, server-held, with none: the recovered job did this update already.
bool UpdateCommand::recoveredJobDidThisUpdate(const JobRecord &record) const
{
    if (record.state != JobState::Succeeded || !m_packageReady)
        return false;
    const QString target = m_package.targetVersion();
    if (!target.isEmpty())
        return sameFirmware(record.firmwareAfter, target);
    return record.packageId == m_package.id();
}

void UpdateCommand::launch()
{
    if (m_done || !m_session || !m_packageReady || m_recovering != 0 || m_jobId != 0)
        return;
    // What the method needs that was not given is a usage error, found before
    // anything is sent or recorded.
    if (const ModuleDriver *driver = ModuleDriver::forFamily(m_session->family())) {
        UpdateRequest wanted = m_request;
        wanted.packagePath = m_package.path;
        const UpdateMethod method = driver->resolveMethod(wanted);
        if (!driver->supports(method)) {
            fail(ExitUsage, tr("%1 modules cannot be updated with --method %2").arg(familyDisplayName(m_session->family()), methodId(method)));
            return;
        }
        if (const QString missing = driver->missingFor(method, wanted); !missing.isEmpty()) {
            fail(ExitUsage, missing);
            return;
        }
    }
    QString refusal;
    m_jobId = m_runner->start(m_session, m_package, m_request, m_options, &refusal);
    if (m_jobId == 0)
        fail(ExitModuleFailure, refusal);
}

void UpdateCommand::onStep(const QString &moduleId, qint64 jobId, const StepRecord &step)
{
    const bool starting = step.outcome == QLatin1String("running");
    if (starting) {
        m_step = step.name;
        m_stepDetail = step.detail;
    }
    if (m_json) {
        emitJson(JobEvents::step(jobId, moduleId, step));
        return;
    }
    const bool news = !step.detail.isEmpty() && (starting || step.detail != m_stepDetail);
    if (starting)
        Cli::out() << tr("[%1] %2").arg(step.name, news ? step.detail : tr("started")) << Qt::endl;
    else if (step.name != QLatin1String("record"))
        Cli::out() << tr("[%1] %2%3").arg(step.name, step.outcome, news ? QStringLiteral(": ") + step.detail : QString())
                   << Qt::endl;
}

void UpdateCommand::onProgress(const QString &moduleId, qint64 jobId, const UpdateProgress &p)
{
    // The flows repeat their progress every second for the elapsed time;
    // a line is printed only when what a person reads changes.
    QString line = p.message;
    if (p.percent >= 0)
        line += QStringLiteral(" %1 %").arg(p.percent);
    if (p.bytesDone >= 0 && p.bytesTotal > 0)
        line += tr(", %1 of %2 bytes, %3 B/s").arg(p.bytesDone).arg(p.bytesTotal).arg(qRound64(p.bytesPerSecond));
    if (p.baud > 0 && p.bytesDone >= 0)
        line += tr(" at %1 baud").arg(p.baud);
    if (p.etaMs >= 0)
        line += tr(", %1 s left").arg((p.etaMs + 999) / 1000);
    if (line == m_lastLine)
        return;
    m_lastLine = line;
    if (m_json)
        emitJson(JobEvents::progress(jobId, moduleId, m_step, p));
    else
        Cli::out() << QStringLiteral("  ") << line << Qt::endl;
}

void UpdateCommand::onFinished(const QString &, const JobRecord &record)
{
    if (m_done)
        return;
    if (record.id == m_recovering) {
        m_recovering = 0;
        if (!m_json)
            Cli::out() << tr("job %1 (interrupted earlier) ended %2: %3")
                              .arg(record.id)
                              .arg(jobStateId(record.state), record.message)
                       << Qt::endl;
        if (recoveredJobDidThisUpdate(record)) {
            if (m_json)
                emitJson(JobEvents::finished(record));
            m_done = true;
            emit finished(ExitOk);
            return;
        }
        launch();
        return;
    }
    if (record.id != m_jobId)
        return;
    m_done = true;
    const int code = JobEvents::exitCode(record);
    if (m_json) {
        emitJson(JobEvents::finished(record));
    } else if (code == ExitOk) {
        Cli::out() << tr("job %1 succeeded: %2").arg(record.id).arg(record.message) << Qt::endl;
        for (const QString &w : record.warnings)
            Cli::out() << tr("warning: %1").arg(w) << Qt::endl;
    } else {
        Cli::error(tr("job %1 %2: %3").arg(record.id).arg(jobStateId(record.state), record.message));
        if (!record.advice.isEmpty())
            Cli::err() << record.advice << Qt::endl;
    }
    if (!m_json && record.timing.isValid())
        Cli::out() << tr("time: %1 s, of which the line %2 s, the module %3 s, FotaDesk %4 s")
                          .arg(seconds(record.timing.wallMs), seconds(record.timing.wireMs),
                               seconds(record.timing.moduleMs), seconds(record.timing.ownMs))
                   << Qt::endl;
    Cli::out().flush();
    emit finished(code);
}

QString UpdateCommand::seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

void UpdateCommand::fail(int code, const QString &message)
{
    if (m_done)
        return;
    m_done = true;
    if (m_json)
        emitJson({{QStringLiteral("event"), QStringLiteral("error")}, {QStringLiteral("message"), message},
                  {QStringLiteral("exit"), code}});
    Cli::error(message);
    emit finished(code);
}

void UpdateCommand::emitJson(const QJsonObject &event)
{
    // One line each, flushed at once: scripts (and the kill test) act on every line.
    Cli::out() << QString::fromUtf8(QJsonDocument(event).toJson(QJsonDocument::Compact)) << Qt::endl;
}
