#pragma once

#include "clicommand.h"
#include "engine/modulesnapshot.h"
#include "fleet/jobrecord.h"
#include "fleet/packageinfo.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>

#include <memory>

class DemoDirector;
class DemoFleet;
class Engine;

// fotadesk-cli demo [--modules N] [--no-pace]: a simulated fleet updated end
// to end through the same engine the GUI uses: every module found, identified,
// updated with its family's default method, verified; one line per phase
// change, then a report. Exit 0 when every module was updated.
class DemoCommand final : public CliCommand
{
    Q_OBJECT

public:
    DemoCommand();
    ~DemoCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

private:
    void onModules(const QList<ModuleSnapshot> &modules);
    void onPackages(const QList<PackageInfo> &packages);
    void startWhenReady();
    void onJobFinished(const QString &moduleId, const JobRecord &job);
    void report();

    std::unique_ptr<DemoFleet> m_fleet;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<DemoDirector> m_director;
    QHash<QString, ModuleSnapshot> m_modules;  // by module id
    QHash<QString, UpdatePhase> m_shownPhase;  // the phase last printed per module
    QHash<QString, QString> m_packageByPath;   // package id by file path
    QHash<QString, JobRecord> m_results;       // by module id
    QStringList m_started;
    int m_expected = 0;
    QElapsedTimer m_clock;
    QTimer m_limit;
};
