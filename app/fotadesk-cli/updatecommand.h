#pragma once

#include "clicommand.h"

#include "discovery/portinfo.h"
#include "fleet/packageinfo.h"
#include "jobs/updatejob.h"
#include "modules/modulesession.h"

#include <QPointer>
#include <QTimer>

#include <memory>

class Discovery;
class QSettings;
class InventoryStore;
class JobRecovery;
class JobRunner;
class JobStore;
class ModemManagerInhibitor;
class PackageCatalog;
class PackageServer;
class Store;
struct PortStatus;

// fotadesk-cli update <port> [--package FILE] [--method M] ... (DESIGN.md's
// command-line contract): one update job through the job engine, as
// the GUI runs it (preflight, settings backup, the family's flow, restore,
// record). A job a killed FotaDesk left at the install is first finished
// (the module verified and its settings restored).
class UpdateCommand final : public CliCommand
{
    Q_OBJECT

public:
    UpdateCommand();
    ~UpdateCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

private:
    bool readRequest(const QCommandLineParser &parser);
    bool readPackageMetadata(const QCommandLineParser &parser);
    bool openStore(const QString &path);
    void onPortStatus(const PortStatus &status);
    void onModule(ModuleSession *session);
    bool recoveredJobDidThisUpdate(const JobRecord &record) const;
    void launch();
    void onStep(const QString &moduleId, qint64 jobId, const StepRecord &step);
    void onProgress(const QString &moduleId, qint64 jobId, const UpdateProgress &progress);
    void onFinished(const QString &moduleId, const JobRecord &record);
    void fail(int code, const QString &message);
    static QString seconds(qint64 ms);
    void emitJson(const QJsonObject &event);

    std::unique_ptr<Store> m_store;
    std::unique_ptr<JobStore> m_jobs;
    std::unique_ptr<InventoryStore> m_inventory;
    std::unique_ptr<PackageCatalog> m_catalog;
    std::unique_ptr<PackageServer> m_server;
    std::unique_ptr<QSettings> m_rateStore; // the last rate each port answered at
    std::unique_ptr<Discovery> m_discovery;
    std::unique_ptr<ModemManagerInhibitor> m_modemManager; // outlives the runner, which releases through it
    std::unique_ptr<JobRunner> m_runner;
    std::unique_ptr<JobRecovery> m_recovery;
    PortInfo m_port;
    QPointer<ModuleSession> m_session;
    PackageInfo m_package;
    PackageInfo m_userMetadata; // --family, --model, --from, --to
    bool m_packageReady = false;
    UpdateRequest m_request;
    JobOptions m_options;
    QTimer m_findLimit;
    qint64 m_recovering = 0; // a job of this module taken up after a crash
    qint64 m_jobId = 0;
    QString m_step;
    QString m_stepDetail;
    QString m_lastLine;
    int m_reprobes = 0;
    bool m_json = false;
    bool m_done = false;
};
