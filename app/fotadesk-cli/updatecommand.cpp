#include "updatecommand.h"

#include "clicommon.h"

#include "discovery/discovery.h"
#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/packagecatalog.h"
#include "fleet/store.h"
#include "jobs/applicability.h"
#include "jobs/jobevents.h"
#include "jobs/jobrecovery.h"
#include "jobs/jobrunner.h"
#include "modules/modulesession.h"
#include "transfer/packageserver.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

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
    parser.addOption({QStringLiteral("package"), tr("The package file."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("method"), tr("auto (default), xmodem, cflw, http-fs or ota."), QStringLiteral("M")});
    parser.addOption({QStringLiteral("url"), tr("Where the module downloads the package (default: FotaDesk serves it)."), QStringLiteral("URL")});
    parser.addOption({QStringLiteral("apn"), tr("The APN the module downloads through (over-the-air methods)."), QStringLiteral("APN")});
    parser.addOption({QStringLiteral("pin"), tr("The SIM PIN, entered again after the install; never stored."), QStringLiteral("PIN")});
    parser.addOption({QStringLiteral("json-events"), tr("Print one JSON object a line as the job progresses.")});
    parser.addOption({QStringLiteral("store"), tr("The history database (default: in the user's data folder)."), QStringLiteral("PATH")});
    parser.addOption({QStringLiteral("force"), tr("Override the checks that may be overridden (base version, already on target).")});
    parser.addOption({QStringLiteral("keep-setting"), tr("Telit: another setting to back up and restore (repeatable), e.g. #SMOV."), QStringLiteral("NAME")});
}

int UpdateCommand::start(const QCommandLineParser &parser)
{
    m_json = parser.isSet(QStringLiteral("json-events"));
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1 || !parser.isSet(QStringLiteral("package"))) {
        Cli::error(tr("update needs one port and --package FILE, e.g. fotadesk-cli update ttyUSB2 --package diff.usf"));
        return ExitUsage;
    }
    bool known = true;
    m_request.method = methodFromId(parser.value(QStringLiteral("method")).isEmpty() ? QStringLiteral("auto")
                                                                                      : parser.value(QStringLiteral("method")),
                                    &known);
    if (!known) {
        Cli::error(tr("--method is one of auto, xmodem, cflw, http-fs, ota; got \"%1\"").arg(parser.value(QStringLiteral("method"))));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("url"))) {
        m_request.url = QUrl(parser.value(QStringLiteral("url")));
        if (!m_request.url.isValid() || m_request.url.scheme().isEmpty()) {
            Cli::error(tr("--url wants an absolute URL such as http://192.0.2.10:8080/diff.usf"));
            return ExitUsage;
        }
    }
    m_request.simPin = parser.value(QStringLiteral("pin"));
    m_request.apn = parser.value(QStringLiteral("apn"));
    m_options.overrideChecks = parser.isSet(QStringLiteral("force"));
    m_options.extraSettings = parser.values(QStringLiteral("keep-setting"));
    const QString packagePath = parser.value(QStringLiteral("package"));
    if (!QFileInfo(packagePath).isFile()) {
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
    m_catalog->load();
    connect(m_catalog.get(), &PackageCatalog::packageAdded, this, [this](const PackageInfo &p) {
        m_package = p;
        m_packageReady = true;
        launch();
    });
    connect(m_catalog.get(), &PackageCatalog::packageRejected, this,
            [this](const QString &, PackageError, const QString &message) { fail(ExitUsage, message); });
    m_catalog->add(packagePath);

    m_server = std::make_unique<PackageServer>();
    if (m_request.url.isEmpty() && !m_server->listen())
        m_server.reset(); // only a method that needs it will say so

    JobContext context;
    context.store = m_jobs.get();
    context.inventory = m_inventory.get();
    context.packageServer = m_server.get();
    m_runner = std::make_unique<JobRunner>(context);
    m_runner->setTranscriptFolder(QDir(QFileInfo(m_store->location()).absolutePath()).filePath(QStringLiteral("transcripts")));
    connect(m_runner.get(), &JobRunner::stepChanged, this, &UpdateCommand::onStep);
    connect(m_runner.get(), &JobRunner::jobProgress, this, &UpdateCommand::onProgress);
    connect(m_runner.get(), &JobRunner::jobFinished, this, &UpdateCommand::onFinished);
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
    m_recovery->moduleAvailable(session); // finishes a job a killed FotaDesk left at the install
    launch();
}

void UpdateCommand::launch()
{
    if (m_done || !m_session || !m_packageReady || m_recovering != 0 || m_jobId != 0)
        return;
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
        // Verified on the package's version: that job did this update.
        if (record.state == JobState::Succeeded && m_packageReady && sameFirmware(record.firmwareAfter, m_package.toVersion)) {
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
    Cli::out().flush();
    emit finished(code);
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
