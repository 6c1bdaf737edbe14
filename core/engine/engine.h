#pragma once

#include "engineapi.h"
#include "throttledbatcher.h"

#include <QHash>
#include <QPointer>

#include <memory>

class Discovery;
class InventoryStore;
class JobRecovery;
class JobRunner;
class JobStore;
class ModemManagerInhibitor;
class ModuleSession;
class PackageCatalog;
class PackageServer;
class Store;
class TranscriptWriter;
struct PortStatus;

// The engine behind EngineApi: discovery, sessions, packages, the store and
// (through ModuleTracker entries) what the GUI sees of each module. Lives in
// one thread (EngineHost's, or the CLI's main thread); every public call posts
// to that thread and returns at once.
class Engine : public EngineApi
{
    Q_OBJECT

public:
    explicit Engine(const EngineSettings &settings, QObject *parent = nullptr);
    ~Engine() override;

    // EngineApi
    void rescan() override;
    void startUpdates(const UpdateOrder &order) override;
    void cancelJob(const QString &moduleId) override;
    void cancelAllJobs() override;
    void answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer,
                      int deferMinutes = 0) override;
    void sendConsoleCommand(const QString &moduleId, const QString &command) override;
    void releaseModule(const QString &moduleId) override;
    void reclaimModule(const QString &moduleId) override;
    void addPackage(const QString &path, const PackageInfo &userMetadata = {}) override;
    void removePackage(const QString &packageId) override;
    void requestHistory(int limit = 500) override;
    void requestJob(qint64 jobId) override;
    void resumeJob(qint64 jobId) override;
    void applySettings(const EngineSettings &settings) override;

    // In the engine's thread.
    void start();
    void shutdown();
    Discovery *discovery() const { return m_discovery; }

private:
    void listenPackageServer();
    void applyStationOptions();
    struct Tracked
    {
        QPointer<ModuleSession> session;
        ModuleSnapshot snapshot;
        TranscriptWriter *transcript = nullptr;
    };

    template<typename F>
    void post(F &&f) { QMetaObject::invokeMethod(this, std::forward<F>(f), Qt::QueuedConnection); }

    void onModuleAdded(ModuleSession *session);
    void onModuleRemoved(ModuleSession *session);
    void onPortStatusChanged(const PortStatus &status);
    void refreshSnapshot(const QString &moduleId);
    void emitDueModules(const QStringList &ids);
    void publishPackages();
    void startJobs();
    void startUpdate(const QString &moduleId, const UpdateOrder &order);
    void onJobStarted(qint64 jobId, const QString &moduleId);
    void onJobProgress(const QString &moduleId, const UpdateProgress &progress);
    void onJobFinished(const QString &moduleId, const JobRecord &record);
    QString transcriptPathFor(const QString &moduleId) const;

    EngineSettings m_settings;
    Store *m_store = nullptr;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<JobStore> m_jobs;
    PackageCatalog *m_catalog = nullptr;
    Discovery *m_discovery = nullptr;
    std::unique_ptr<PackageServer> m_server;
    // Destroyed before the store closes: jobs still running are recorded Interrupted.
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobRecovery> m_recovery;
    ThrottledBatcher *m_batcher = nullptr;
    QHash<QString, Tracked> m_modules;
    // Handed to the job runner, which keeps MM off each running job's device.
    ModemManagerInhibitor *m_modemManager = nullptr;
    bool m_started = false;
};
