#include "engine.h"

#include "at/transcriptwriter.h"
#include "discovery/discovery.h"
#include "discovery/portstatus.h"
#include "fleet/inventorystore.h"
#include "fleet/jobstore.h"
#include "fleet/packagecatalog.h"
#include "fleet/pathcomponent.h"
#include "fleet/store.h"
#include "jobs/jobrecovery.h"
#include "jobs/jobrunner.h"
#include "modules/drivers/simcom/simcomdriver.h"
#include "transfer/packageserver.h"
#include "modules/modulesession.h"
#include "system/modemmanagerinhibitor.h"

#include <QDir>
#include <QLoggingCategory>
#include <QSettings>

Q_LOGGING_CATEGORY(lcEngine, "fotadesk.engine")

namespace {

DiscoverySettings discoverySettingsFrom(const EngineSettings &s)
{
    DiscoverySettings d;
    d.scanGlobs = s.scanGlobs;
    d.probe.baudRates = s.baudRates;
    d.probe.atTimeout = s.probeTimeout;
    d.reenumerationWindow = s.reenumerationWindow;
    return d;
}

PortSnapshot portSnapshotFrom(const PortStatus &status)
{
    PortSnapshot p;
    p.name = status.info.name;
    p.description = status.info.description;
    p.usbId = status.info.usbId();
    p.maker = status.info.makerLabel();
    p.status = PortStatus::stateId(status.state);
    p.detail = status.advice.isEmpty() ? status.reason
                                       : QStringLiteral("%1 %2").arg(status.reason, status.advice);
    p.moduleId = status.moduleId;
    return p;
}

} // namespace

Engine::Engine(const EngineSettings &settings, QObject *parent)
    : EngineApi(parent), m_settings(settings)
{
    qRegisterMetaType<QList<ModuleSnapshot>>();
    qRegisterMetaType<QList<Traffic>>();
    qRegisterMetaType<QList<PortSnapshot>>();
    qRegisterMetaType<QList<PackageInfo>>();
    qRegisterMetaType<QList<JobRecord>>();
    qRegisterMetaType<AtResult>();
    qRegisterMetaType<UpdatePrompt>();
    qRegisterMetaType<JobRecord>();
}

Engine::~Engine()
{
    shutdown();
}

void Engine::start()
{
    if (m_started)
        return;
    m_started = true;
    applyStationOptions();

    m_batcher = new ThrottledBatcher(std::chrono::milliseconds(33), this);
    connect(m_batcher, &ThrottledBatcher::modulesDue, this, &Engine::emitDueModules);
    connect(m_batcher, &ThrottledBatcher::trafficDue, this, &EngineApi::trafficBatch);

    const QString data = m_settings.effectiveDataFolder();
    QDir().mkpath(data);
    m_store = new Store(this);
    if (!m_store->open(QDir(data).filePath(QStringLiteral("fotadesk.sqlite")))) {
        emit notice(tr("The history database could not be opened (%1); jobs will run but not be "
                       "recorded. Check the data folder in Settings.")
                        .arg(m_store->errorString()));
    } else {
        m_inventory = std::make_unique<InventoryStore>(m_store);
        m_jobs = std::make_unique<JobStore>(m_store);
    }

    m_modemManager = new ModemManagerInhibitor(this);
    m_modemManager->setEnabled(m_settings.inhibitModemManager);

    m_catalog = new PackageCatalog(m_inventory.get(), this);
    m_catalog->setRequireManifest(m_settings.requireManifest);
    connect(m_catalog, &PackageCatalog::changed, this, &Engine::publishPackages);
    connect(m_catalog, &PackageCatalog::packageRejected, this,
            [this](const QString &path, PackageError, const QString &message) {
                emit packageRejected(path, message);
            });
    m_catalog->load();
    publishPackages();
    startJobs();

    m_discovery = new Discovery(discoverySettingsFrom(m_settings), this);
    // A FotaDesk that stopped mid-transfer left the module at the transfer's
    // rate: the next start looks there first.
    m_discovery->setRateStore(new QSettings(this));
    connect(m_discovery, &Discovery::moduleAdded, this, &Engine::onModuleAdded);
    connect(m_discovery, &Discovery::moduleRemoved, this, &Engine::onModuleRemoved);
    connect(m_discovery, &Discovery::portStatusChanged, this, &Engine::onPortStatusChanged);
    m_discovery->start();
}

void Engine::startJobs()
{
    if (!m_jobs)
        return; // without a store nothing could be recorded: updates are refused

    m_server = std::make_unique<PackageServer>();
    listenPackageServer();

    JobContext context;
    context.store = m_jobs.get();
    context.inventory = m_inventory.get();
    context.packageServer = m_server.get();
    context.modemManager = m_modemManager;
    m_runner = std::make_unique<JobRunner>(context);
    m_runner->setTranscriptFolder(QDir(m_settings.effectiveDataFolder()).filePath(QStringLiteral("transcripts")));
    connect(m_runner.get(), &JobRunner::jobStarted, this, &Engine::onJobStarted);
    connect(m_runner.get(), &JobRunner::jobProgress, this,
            [this](const QString &moduleId, qint64, const UpdateProgress &p) { onJobProgress(moduleId, p); });
    connect(m_runner.get(), &JobRunner::jobFinished, this, &Engine::onJobFinished);
    connect(m_runner.get(), &JobRunner::promptRequested, this, &EngineApi::promptRequested);
    connect(m_runner.get(), &JobRunner::promptClosed, this, &EngineApi::promptClosed);
    connect(m_runner.get(), &JobRunner::modemManagerRefused, this,
            [this](const QString &, const QString &message) { emit notice(message); });

    m_recovery = std::make_unique<JobRecovery>(m_runner.get());
    m_recovery->setPackageLookup([this](const QString &id) { return m_catalog->find(id); });
    const QList<JobRecord> interrupted = m_recovery->scan();
    if (!interrupted.isEmpty())
        emit interruptedJobsFound(interrupted);
}

void Engine::shutdown()
{
    if (!m_started)
        return;
    m_started = false;
    if (m_batcher)
        m_batcher->flush();
    m_recovery.reset();
    m_runner.reset(); // records jobs still running as Interrupted while the store is open
    m_server.reset();
    if (m_discovery)
        m_discovery->stop();
    for (Tracked &t : m_modules) {
        if (t.transcript)
            t.transcript->close();
    }
    if (m_store)
        m_store->close();
}

// --- EngineApi: each call hops to the engine thread ---

void Engine::rescan()
{
    post([this] {
        if (m_discovery) {
            m_discovery->reprobe();
            m_discovery->rescan();
        }
    });
}

void Engine::startUpdates(const UpdateOrder &order)
{
    post([this, order] {
        for (const QString &id : order.moduleIds)
            startUpdate(id, order);
    });
}

void Engine::startUpdate(const QString &moduleId, const UpdateOrder &order)
{
    ModuleSession *session = m_modules.value(moduleId).session;
    QString why;
    if (!m_runner)
        why = tr("The history database is not open, so no update can be recorded. Check the data "
                 "folder in Settings.");
    else if (!session)
        why = tr("The module is no longer connected.");
    PackageInfo package;
    if (why.isEmpty() && !order.packageId.isEmpty()) {
        if (const auto found = m_catalog->find(order.packageId))
            package = *found;
        else
            why = tr("The package is no longer in the catalog; add it again.");
    }
    if (why.isEmpty()) {
        JobOptions options;
        options.overrideChecks = order.overrideChecks;
        options.maxRate = m_settings.maxTransferRate;
        if (m_runner->start(session, package, order.request, options, &why) != 0)
            return;
    }
    emit updateRefused(moduleId, why);
}

void Engine::cancelJob(const QString &moduleId)
{
    post([this, moduleId] {
        QString why;
        if (m_runner && !m_runner->cancel(moduleId, &why) && !why.isEmpty())
            emit notice(why);
    });
}

void Engine::cancelAllJobs()
{
    post([this] {
        const int installing = m_runner ? m_runner->cancelAll() : 0;
        if (installing > 0)
            emit notice(tr("%n module(s) are installing and cannot be stopped; they finish on their own.",
                           nullptr, installing));
    });
}

void Engine::answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer,
                          int deferMinutes)
{
    post([this, moduleId, promptId, answer, deferMinutes] {
        if (m_runner)
            m_runner->answerPrompt(moduleId, promptId, answer, deferMinutes);
    });
}

void Engine::sendConsoleCommand(const QString &moduleId, const QString &command)
{
    post([this, moduleId, command] {
        const Tracked tracked = m_modules.value(moduleId);
        if (!tracked.session) {
            AtResult result;
            result.command = command;
            result.status = AtStatus::PortLost;
            result.detail = tr("no such module");
            emit consoleReplied(moduleId, result);
            return;
        }
        // Not privileged: a running job's interlock applies to the console.
        tracked.session->send(AtCommand(command), this, [this, moduleId](const AtResult &result) {
            emit consoleReplied(moduleId, result);
        });
    });
}

void Engine::releaseModule(const QString &moduleId)
{
    post([this, moduleId] {
        if (ModuleSession *s = m_modules.value(moduleId).session)
            s->release();
    });
}

void Engine::reclaimModule(const QString &moduleId)
{
    post([this, moduleId] {
        if (ModuleSession *s = m_modules.value(moduleId).session)
            s->reclaim();
    });
}

void Engine::addPackage(const QString &path, const PackageInfo &userMetadata)
{
    post([this, path, userMetadata] { m_catalog->add(path, userMetadata); });
}

void Engine::removePackage(const QString &packageId)
{
    post([this, packageId] { m_catalog->remove(packageId); });
}

void Engine::requestHistory(int limit)
{
    post([this, limit] {
        // A FotaDesk that died since the start (a killed fotadesk-cli on the
        // same store) left jobs running: shown interrupted, and taken up.
        if (m_recovery) {
            const QList<JobRecord> interrupted = m_recovery->scan();
            if (!interrupted.isEmpty())
                emit interruptedJobsFound(interrupted);
        }
        emit historyReady(m_jobs ? m_jobs->recentJobs(limit) : QList<JobRecord>{});
    });
}

void Engine::requestJob(qint64 jobId)
{
    post([this, jobId] {
        if (!m_jobs)
            return;
        if (const auto job = m_jobs->job(jobId))
            emit jobReady(*job);
    });
}

void Engine::resumeJob(qint64 jobId)
{
    post([this, jobId] {
        if (!m_recovery || !m_jobs)
            return;
        const auto job = m_jobs->job(jobId);
        QString why;
        ModuleSession *session = job ? m_modules.value(job->moduleId).session.data() : nullptr;
        if (!job)
            why = tr("Job %1 is not in the history.").arg(jobId);
        else if (!session)
            why = tr("Connect module %1 first: job %2 resumes on the same module.").arg(job->imei).arg(jobId);
        else if (m_recovery->resume(jobId, session, {}, {}, &why) != 0)
            return;
        emit notice(why);
    });
}

void Engine::applySettings(const EngineSettings &settings)
{
    post([this, settings] {
        const bool rebind = settings.packageServerAddress != m_settings.packageServerAddress
            || settings.packageServerPort != m_settings.packageServerPort;
        m_settings = settings;
        if (m_discovery)
            m_discovery->setSettings(discoverySettingsFrom(settings));
        if (m_catalog)
            m_catalog->setRequireManifest(settings.requireManifest);
        if (m_modemManager)
            m_modemManager->setEnabled(settings.inhibitModemManager); // from the next job on
        applyStationOptions();
        if (m_server) {
            // Jobs running keep the URL they were given: a new address takes
            // effect for the next download only.
            if (rebind && (!m_runner || m_runner->activeCount() == 0)) {
                m_server->close();
                listenPackageServer();
            } else {
                m_server->setAdvertisedHost(settings.packageServerAdvertise);
                m_server->setLimits(settings.packageServerLimits);
            }
        }
    });
}

void Engine::applyStationOptions()
{
    // The one SIM7020 knob a station sets; the driver keeps what each model took.
    if (const auto *simcom = dynamic_cast<const SimcomDriver *>(ModuleDriver::forFamily(Family::SimcomSim7020)))
        simcom->cflwWriteSizes().setStationStart(m_settings.cflwWriteSize);
}

void Engine::listenPackageServer()
{
    m_server->setAdvertisedHost(m_settings.packageServerAdvertise);
    m_server->setLimits(m_settings.packageServerLimits);
    if (!m_server->listen(m_settings.packageServerAddress, m_settings.packageServerPort)) {
        emit notice(tr("The package server cannot listen on %1:%2 (%3); modules cannot download "
                       "packages from FotaDesk. Choose another address or port in Settings.")
                        .arg(m_settings.packageServerAddress.toString())
                        .arg(m_settings.packageServerPort)
                        .arg(m_server->errorString()));
    }
}

// --- modules ---

QString Engine::transcriptPathFor(const QString &moduleId) const
{
    return QDir(m_settings.effectiveDataFolder())
        .filePath(QStringLiteral("transcripts/%1/session.log").arg(pathComponentFor(moduleId)));
}

void Engine::onModuleAdded(ModuleSession *session)
{
    const QString id = session->id();
    Tracked &tracked = m_modules[id];
    tracked.session = session;
    tracked.snapshot.id = id;
    if (!tracked.transcript) {
        tracked.transcript = new TranscriptWriter(this);
        if (!tracked.transcript->open(transcriptPathFor(id)))
            qCWarning(lcEngine) << "cannot write transcript" << transcriptPathFor(id)
                                << tracked.transcript->errorString();
    }
    TranscriptWriter *transcript = tracked.transcript;

    connect(session, &ModuleSession::traffic, this, [this, id, transcript](const Traffic &entry) {
        transcript->write(entry);
        m_batcher->addTraffic(id, entry);
    });
    auto changed = [this, id] { refreshSnapshot(id); };
    connect(session, &ModuleSession::identityChanged, this, changed);
    connect(session, &ModuleSession::stateChanged, this, changed);
    connect(session, &ModuleSession::modemLinesChanged, this, changed);
    connect(session, &ModuleSession::ownerChanged, this, changed);
    connect(session, &ModuleSession::reconnected, this, changed);
    refreshSnapshot(id);
    if (m_recovery)
        m_recovery->moduleAvailable(session); // a job a crash interrupted may wait for it
}

void Engine::onModuleRemoved(ModuleSession *session)
{
    const QString id = session->id();
    auto it = m_modules.find(id);
    if (it == m_modules.end())
        return;
    disconnect(session, nullptr, this, nullptr);
    if (it->transcript) {
        it->transcript->close();
        it->transcript->deleteLater();
    }
    m_modules.erase(it);
    m_batcher->flush(); // deliver its last log lines before the row goes
    emit moduleRemoved(id);
}

void Engine::refreshSnapshot(const QString &moduleId)
{
    auto it = m_modules.find(moduleId);
    if (it == m_modules.end() || !it->session)
        return;
    ModuleSession *s = it->session;
    ModuleSnapshot &snap = it->snapshot;
    snap.identity = s->identity();
    snap.port = s->portName();
    snap.connection = s->state();
    snap.lines = s->modemLines();
    snap.transcriptPath = it->transcript ? it->transcript->path() : QString();
    if (m_discovery) {
        const PortStatus port = m_discovery->portStatus(s->portName());
        snap.status = port.advice.isEmpty() ? QString() : port.advice;
    }
    m_batcher->markChanged(moduleId);
}

void Engine::emitDueModules(const QStringList &ids)
{
    QList<ModuleSnapshot> snapshots;
    snapshots.reserve(ids.size());
    for (const QString &id : ids) {
        const auto it = m_modules.constFind(id);
        if (it != m_modules.cend())
            snapshots << it->snapshot;
    }
    if (!snapshots.isEmpty())
        emit modulesChanged(snapshots);
}

void Engine::onPortStatusChanged(const PortStatus &)
{
    QList<PortSnapshot> ports;
    for (const PortStatus &status : m_discovery->ports())
        ports << portSnapshotFrom(status);
    emit portsChanged(ports);
}

void Engine::publishPackages()
{
    emit packagesChanged(m_catalog->packages());
}

// --- jobs: what the module's row shows ---

void Engine::onJobStarted(qint64 jobId, const QString &moduleId)
{
    auto it = m_modules.find(moduleId);
    if (it == m_modules.end())
        return;
    it->snapshot.jobId = jobId;
    it->snapshot.jobActive = true;
    it->snapshot.jobOk = false;
    it->snapshot.jobResult.clear();
    it->snapshot.progress = {};
    m_batcher->markChanged(moduleId);
}

void Engine::onJobProgress(const QString &moduleId, const UpdateProgress &progress)
{
    auto it = m_modules.find(moduleId);
    if (it == m_modules.end())
        return;
    it->snapshot.progress = progress;
    m_batcher->markChanged(moduleId); // many reports a second become one snapshot per frame
}

void Engine::onJobFinished(const QString &moduleId, const JobRecord &record)
{
    auto it = m_modules.find(moduleId);
    if (it != m_modules.end()) {
        ModuleSnapshot &snap = it->snapshot;
        snap.jobId = record.id;
        snap.jobActive = false;
        snap.jobOk = record.state == JobState::Succeeded;
        snap.jobResult = record.advice.isEmpty() ? record.message
                                                 : QStringLiteral("%1 \u2014 %2").arg(record.message, record.advice);
        snap.progress.phase = snap.jobOk ? UpdatePhase::Verified
                              : record.state == JobState::Cancelled ? UpdatePhase::Cancelled
                                                                    : UpdatePhase::Failed;
        snap.progress.message = record.message;
        m_batcher->markChanged(moduleId);
        m_batcher->flush(); // the ending is never held back by the throttle
    }
    emit jobFinished(moduleId, record);
}

