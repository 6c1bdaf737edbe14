#pragma once

#include "engine/engineapi.h"

#include <QHash>
#include <QList>

// An EngineApi for GUI tests and benchmarks: records every intent the GUI
// sends, and lets the test play the engine's side (snapshots, traffic,
// prompts, replies) one signal at a time. Answers to requests come on the
// next event-loop turn, as queued signals from the real engine would.
class FakeEngine : public EngineApi
{
    Q_OBJECT

public:
    struct Answer
    {
        QString moduleId;
        QString promptId;
        PromptAnswer answer;
        int deferMinutes;
    };

    explicit FakeEngine(QObject *parent = nullptr);

    // --- EngineApi ---
    void rescan() override { ++rescans; }
    void startUpdates(const UpdateOrder &order) override { orders << order; }
    void cancelJob(const QString &moduleId) override { cancelled << moduleId; }
    void cancelAllJobs() override { ++cancelAlls; }
    void answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer,
                      int deferMinutes = 0) override;
    void sendConsoleCommand(const QString &moduleId, const QString &command) override;
    void releaseModule(const QString &moduleId) override { released << moduleId; }
    void reclaimModule(const QString &moduleId) override { reclaimed << moduleId; }
    void addPackage(const QString &path, const PackageInfo &userMetadata = {}) override;
    void removePackage(const QString &packageId) override { removedPackages << packageId; }
    void requestHistory(int limit = 500) override;
    void requestJob(qint64 jobId) override;
    void resumeJob(qint64 jobId) override { resumed << jobId; }
    void applySettings(const EngineSettings &settings) override { applied << settings; }

    // --- the engine's side, for the test to play ---
    // Adds or updates the module and announces it at once.
    void publish(const ModuleSnapshot &module);
    void publish(const QList<ModuleSnapshot> &modules);
    void unplug(const QString &moduleId);
    ModuleSnapshot &module(const QString &moduleId) { return m_modules[moduleId]; }
    void setPackages(const QList<PackageInfo> &packages);
    QList<PackageInfo> packages() const { return m_packages; }

    // What sendConsoleCommand answers with when the interlock lets it through.
    QHash<QString, QStringList> consoleLines;
    QList<JobRecord> history;

    // --- what the GUI asked for ---
    int rescans = 0;
    int cancelAlls = 0;
    QList<UpdateOrder> orders;
    QStringList cancelled;
    QList<Answer> answers;
    QList<QPair<QString, QString>> consoleCommands;
    QStringList released;
    QStringList reclaimed;
    QStringList addedPackages;
    QStringList removedPackages;
    QList<qint64> requestedJobs;
    QList<qint64> resumed;
    QList<EngineSettings> applied;
    int historyRequests = 0;

private:
    QHash<QString, ModuleSnapshot> m_modules;
    QList<PackageInfo> m_packages;
};
