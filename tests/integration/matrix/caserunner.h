#pragma once

#include "matrixspec.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTimer>

#include <chrono>
#include <functional>
#include <memory>

class QLocalSocket;
class QTemporaryDir;

struct CaseResult
{
    QString name;
    QString family;
    QString method;
    QString point;      // kill point or fault
    QString endState;   // verified, classified, not-reached, failed
    QString reason;     // the job's FailureReason id, or why the case failed
    int attempts = 0;   // fotadesk-cli update runs, the usability check's included
    double seconds = 0;
    bool passed = false;
    bool crashed = false;
    bool hung = false;
    bool commitSeen = false; // a commit command reached the module before the kill
    QString detail;     // the evidence of a failed case
    QString folder;     // kept when the case failed
};

// Runs one case of a matrix from start to end without blocking: a simulator
// process, fotadesk-cli update (killed with SIGKILL at the case's point, then
// started again), and the checks of the end state: the simulator's firmware,
// the wiped setting read back, the store (integrity, no step left running,
// how the killed job was recorded) and, for a job that did not verify,
// whether the module still answers and a further update works.
class CaseRunner : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        QString binDir;   // holds fotadesk-cli/fotadesk-cli and fotadesk-sim/fotadesk-sim
        QString workDir;  // a folder per case is made under it
        double timeScale = 0.02;
        std::chrono::milliseconds attemptWatchdog{150000};
        bool keepFolders = false; // also of the cases that passed
    };

    CaseRunner(const MatrixCase &c, const Settings &settings, QObject *parent = nullptr);
    ~CaseRunner() override;

    void start();
    const CaseResult &result() const { return m_result; }

signals:
    void finished(const CaseResult &result);

private:
    QString binary(const QString &name) const;
    QProcessEnvironment environment() const;
    QString link() const;
    QString scanGlob() const;
    QStringList updateArgs() const;
    // A fotadesk-cli run whose output is handed to `done` (exit -1: crashed or timed out).
    void runCli(const QStringList &args, std::function<void(int, const QByteArray &)> done,
                std::chrono::milliseconds limit = std::chrono::milliseconds(60000));
    // One control command on its own connection.
    void requestUpdate(int triesLeft);
    void control(const QString &command, std::function<void(const QByteArray &)> done = {});

    void startSimulator();
    void waitForLink(int triesLeft);
    void seed();
    void watchCommands();
    void startAttempt();
    void onEvent(const QJsonObject &event);
    void onCommand(const QString &command);
    void killCli();
    void onAttemptEnded(int exitCode, QProcess::ExitStatus status);
    void check();
    void waitForModule(int triesLeft);
    void checkSetting();
    void checkStore();
    void checkUsable();
    void conclude();
    void fail(const QString &why);
    void finish();

    MatrixCase m_case;
    Settings m_settings;
    CaseResult m_result;
    std::unique_ptr<QTemporaryDir> m_dir;
    QProcess *m_sim = nullptr;
    QProcess *m_cli = nullptr;
    QLocalSocket *m_watch = nullptr;
    QTimer m_watchdog;
    QByteArray m_pending;
    QByteArray m_watchPending;
    QElapsedTimer m_clock;
    QJsonObject m_lastFinished;
    QString m_lastStep;
    QString m_firmware;
    QStringList m_failures;
    bool m_killed = false;       // in the current attempt
    bool m_everKilled = false;
    bool m_requested = false;    // server request of the current attempt
    QString m_lastPhase; // of the running fotadesk-cli
    bool m_injected = false;
    bool m_actionSent = false;
    bool m_finishedBeforeAction = false;
    bool m_settingBack = false;
    bool m_usableCheck = false;  // the current attempt is the further update
    bool m_done = false;
    qint64 m_finishedAtMs = -1;
};
