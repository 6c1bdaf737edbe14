#pragma once

#include "fleet/jobrecord.h"
#include "jobclock.h"
#include "fleet/jobstore.h"
#include "fleet/packageinfo.h"
#include "modules/moduledriver.h"
#include "modules/updatetypes.h"
#include "preflight.h"
#include "settingsprofile.h"
#include "settingssnapshot.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class InventoryStore;
class JobStore;
class ModuleDriver;
class ModuleSession;
class ModemManagerInhibitor;
class PackageServer;
class SettingsReader;
class SettingsRestorer;
class UpdateFlow;
struct RestoreReport;

// What a job needs from the engine. Everything but the store has a default;
// tests replace the drivers, the flow factory or the settings profiles.
struct JobContext
{
    using DriverLookup = std::function<const ModuleDriver *(Family)>;
    using FlowFactory = std::function<std::unique_ptr<UpdateFlow>(const ModuleDriver *, ModuleSession *,
                                                                  const UpdateRequest &)>;
    using ProfileLookup = std::function<SettingsProfile(Family)>;

    JobStore *store = nullptr;            // required
    InventoryStore *inventory = nullptr;  // optional: the device's firmware after the job
    PackageServer *packageServer = nullptr; // serves the package when the module downloads it itself
    ModemManagerInhibitor *modemManager = nullptr; // optional: MM kept off the module's device during its job
    DriverLookup drivers;                 // default: ModuleDriver::forFamily
    FlowFactory createFlow;               // default: driver->createFlow(session, request)
    ProfileLookup profiles;               // default: SettingsProfile::forFamily
};

// What the person chose beyond the request.
struct JobOptions
{
    bool overrideChecks = false;          // only overridable preflight findings
    AutobaudPolicy autobaud = AutobaudPolicy::Fix;
    bool backupSettings = true;
    QStringList extraSettings;            // Telit: settings to keep beyond the profile's default list
    std::chrono::milliseconds commandTimeout{5000};
    // Local transfers (XMODEM, AT+CFLW) switch the line up to this rate, as
    // far as the family and the port allow (a USB-serial adapter has its
    // own limit); 0: they run at the rate the module was found at.
    qint32 maxRate = 921600;
    // How long the restore waits for a module that is not connected; 0: the
    // family's reboot timeout.
    std::chrono::milliseconds reconnectTimeout{0};
};

// One module's update from start to record, the same for every family and
// method: preflight -> settings backup -> the family's UpdateFlow (transfer or
// trigger, install, reboot, reconnect, version check) -> settings restore ->
// SIM PIN -> record. Every step is written to the store when it starts and
// when it ends, before the next one begins. While it runs the job owns the
// module (ModuleSession::claim) and the interlock refuses the family's
// forbidden commands from anyone else (its own commands are privileged).
// It ends exactly once, with one classified outcome.
class UpdateJob : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Update,  // a new job
        Resume,  // a stored, interrupted job started again from its preflight
        Recover, // the module was installing when FotaDesk stopped: wait, verify, restore
    };
    Q_ENUM(Mode)

    UpdateJob(ModuleSession *session, const PackageInfo &package, const UpdateRequest &request,
              const JobOptions &options, const JobContext &context, QObject *parent = nullptr);
    // Takes up `stored` again (Resume or Recover) under its id.
    UpdateJob(ModuleSession *session, const JobRecord &stored, const PackageInfo &package,
              const UpdateRequest &request, Mode mode, const JobOptions &options,
              const JobContext &context, QObject *parent = nullptr);
    ~UpdateJob() override;

    // Writes the job to the store (new, or taken up again) and gives it its id.
    bool prepare();
    void setTranscriptPath(const QString &path);
    void start();
    // false (with the reason) while the module installs: nothing may interrupt it.
    bool cancel(QString *why = nullptr);
    bool isCancellable() const;
    void answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes = 0);
    // FotaDesk closes while the job runs: nothing more is sent to the module;
    // the job is recorded Interrupted at its step (and, past the install,
    // verified at the next start). No signals follow.
    void abandon();

    qint64 id() const { return m_record.id; }
    Mode mode() const { return m_mode; }
    QString moduleId() const { return m_record.moduleId; }
    QString owner() const;
    ModuleSession *session() const { return m_session; }
    const JobRecord &record() const { return m_record; }
    bool isFinished() const { return m_stage == Stage::Done; }
    UpdatePhase phase() const { return m_phase; }
    const UpdateOutcome &outcome() const { return m_outcome; }

signals:
    void stepStarted(const StepRecord &step);
    void stepFinished(const StepRecord &step);
    void progress(const UpdateProgress &progress);
    void promptRequested(const UpdatePrompt &prompt);
    void promptClosed(const QString &promptId);
    void finished(const JobRecord &record);

private:
    enum class Stage { Idle, Preflight, Backup, Flow, Restore, SimPin, Done };
    // How long a cancelled flow may take to end its transfer and lower the line.
    static constexpr std::chrono::milliseconds kRaisedCancelGrace{10000};

    // Stages (updatejobstages.cpp)
    void runPreflight();
    // After a job that was killed or lost its module mid-transfer, the module
    // may still be at the transfer's rate; it goes back to the one it had.
    void returnToUserRate(std::function<void()> then);
    // The rate a job found the module at (its preflight's "portRate"); 0: unknown.
    static qint32 userRateOf(const JobRecord &job);
    void preflightDone(const PreflightReport &report);
    void runBackup();
    void runFlow();
    UpdateRequest filledRequest() const; // the request with the package's facts
    bool servePackage(UpdateRequest &request, QString *why);
    SettingsProfile settingsProfile(QStringList *ignored = nullptr) const;
    void flowProgress(const UpdateProgress &progress);
    void flowFinished(const UpdateOutcome &outcome);
    void runRestore();
    void restoreDone(const RestoreReport &report);
    void runSimPin();
    void simAnswered(const AtResult &result);

    // Recording and ending (updatejob.cpp)
    void beginStep(const QString &name, const QString &detail = {});
    void endStep(const QString &outcome, const QString &detail = {}, const QJsonObject &figures = {});
    void skipStep(const QString &name, const QString &why);
    void event(const QString &kind, const QString &text);
    void flushRecords();
    // A write to the store failed: keeps the driver's error for the outcome.
    void storeFailed(const char *what);
    // The flow's commit point, written before its command is sent; the
    // store's error when it could not be (the command is then not sent).
    QString recordCommit(const CommitPoint &point);
    // The outcome of a job whose history could not (all) be written.
    void carryStoreFailure(JobState &state, UpdateOutcome &outcome) const;
    void say(const QString &message, UpdatePhase phase = UpdatePhase::Preparing);
    void fail(FailureReason reason, const QString &message, const QString &advice = {},
              const QString &vendorCode = {});
    void finish(JobState state, const UpdateOutcome &outcome);
    bool alive() const { return m_stage != Stage::Done; }
    void setPhase(UpdatePhase phase);
    qint64 answerWaitMs() const;
    void installGuard();
    void releaseModule();
    void sessionGone();
    std::chrono::milliseconds rebootLimit() const;
    // The driver's timeouts with the job's own overrides over them.
    FamilyTimeouts timeouts() const;
    // Recovering: what waits for the module in place of the family's flow.
    std::unique_ptr<UpdateFlow> makeVerifyFlow(UpdateRequest request) const;

    Mode m_mode = Mode::Update;
    QPointer<ModuleSession> m_session;
    const ModuleDriver *m_driver = nullptr;
    PackageInfo m_package;
    UpdateRequest m_request; // secrets in memory only
    JobOptions m_options;
    JobContext m_context;
    JobRecord m_record;
    StepRecord m_step;       // the open step; id 0 when none
    // Ended steps and events not yet written: they go with the next step's
    // start (one commit), or on their own on the next turn (ends) or within a
    // second (events), so the engine thread does not wait for the disk at
    // every phase change.
    QList<StepRecord> m_unwrittenEnds;
    QList<JobEvent> m_pendingEvents;
    QTimer m_flush;
    Stage m_stage = Stage::Idle;
    UpdatePhase m_phase = UpdatePhase::Preparing;
    SettingsProfile m_profile;
    SettingsSnapshot m_backup;
    bool m_haveBackup = false;
    std::unique_ptr<UpdateFlow> m_flow;
    Preflight *m_preflight = nullptr;
    SettingsReader *m_reader = nullptr;
    SettingsRestorer *m_restorer = nullptr;
    QTimer m_reconnectWait;
    QUrl m_servedUrl;
    UpdateOutcome m_outcome;
    QMetaObject::Connection m_reconnectHook;
    quint64 m_generation = 0; // answers for an abandoned stage are ignored
    qint64 m_lastBytes = -1;  // the transfer's last figures, for its step record
    double m_lastRate = 0;
    // The first store write that failed (the driver's words, e.g. disk
    // full). Before anything changes the module the job stops at its next
    // step; once the module is committed (a trigger's transfer step began,
    // a delivery's ended, or the job recovers an install) it runs to its
    // end, and its outcome says so.
    // (A delivery from FotaDesk commits it when its transfer step ends; until
    // then it is stopped instead.)
    QString m_storeError;
    bool m_committed = false;
    bool m_transferStopped = false;
    // Recovering a module found on a firmware other than the expected one:
    // its settings are put back before the job ends with this outcome.
    std::optional<UpdateOutcome> m_failAfterRestore;
    CommitPoint m_commitRefused; // a commit point the store did not take: its command was not sent
    // The serial rate the module had before the job's first preflight (its
    // step figure "portRate"): where a resumed job puts it back.
    qint32 m_userRate = 0;
    JobClock m_clock;
};
