#pragma once

#include "at/atresult.h"
#include "at/traffic.h"
#include "fleet/jobrecord.h"
#include "fleet/packageinfo.h"
#include "modulesnapshot.h"
#include "enginesettings.h"

#include <QList>
#include <QObject>

// A serial port the engine has seen and what is on it (also ports with no
// module: "not a module", "busy: ModemManager holds it", ...).
struct PortSnapshot
{
    QString name;
    QString description;  // as the OS names it
    QString usbId;        // "1bc7:1201" where the OS gives it
    QString maker;        // "Telit" from the USB vendor id, where known
    QString status;       // probing, module, not-a-module, busy, released
    QString detail;       // translated reason/advice
    QString moduleId;     // when a module answers on it
};

// What a person asked for in the update dialog.
struct UpdateOrder
{
    QStringList moduleIds;
    QString packageId;        // PackageInfo::id(); empty for OTA without a local package
    UpdateRequest request;    // method, url, PIN, APN, agreement policy...
    bool overrideChecks = false; // only findings marked overridable are overridden
};

// The engine as the GUI (and tests) see it. Every call is thread-safe and
// returns at once: the real engine runs in its own thread and answers through
// the signals, which arrive throttled (about 30 Hz) and batched.
class EngineApi : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual void rescan() = 0;
    virtual void startUpdates(const UpdateOrder &order) = 0;
    virtual void cancelJob(const QString &moduleId) = 0;
    virtual void cancelAllJobs() = 0;
    virtual void answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer,
                              int deferMinutes = 0) = 0;
    virtual void sendConsoleCommand(const QString &moduleId, const QString &command) = 0;
    virtual void releaseModule(const QString &moduleId) = 0;
    virtual void reclaimModule(const QString &moduleId) = 0;
    virtual void addPackage(const QString &path, const PackageInfo &userMetadata = {}) = 0;
    virtual void removePackage(const QString &packageId) = 0;
    virtual void requestHistory(int limit = 500) = 0;
    virtual void requestJob(qint64 jobId) = 0;
    virtual void resumeJob(qint64 jobId) = 0;
    virtual void applySettings(const EngineSettings &settings) = 0;

signals:
    void modulesChanged(const QList<ModuleSnapshot> &changed);
    void moduleRemoved(const QString &moduleId);
    void portsChanged(const QList<PortSnapshot> &ports);
    void trafficBatch(const QString &moduleId, const QList<Traffic> &entries);
    void packagesChanged(const QList<PackageInfo> &packages);
    void packageRejected(const QString &path, const QString &reason);
    void historyReady(const QList<JobRecord> &jobs);
    void jobReady(const JobRecord &job);
    void jobFinished(const QString &moduleId, const JobRecord &job);
    void interruptedJobsFound(const QList<JobRecord> &jobs);
    void promptRequested(const QString &moduleId, const UpdatePrompt &prompt);
    void promptClosed(const QString &moduleId, const QString &promptId);
    void consoleReplied(const QString &moduleId, const AtResult &result);
    void updateRefused(const QString &moduleId, const QString &reason);
    void notice(const QString &text);
};

Q_DECLARE_METATYPE(PortSnapshot)
Q_DECLARE_METATYPE(UpdateOrder)
