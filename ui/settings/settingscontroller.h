#pragma once

#include "engine/enginesettings.h"

#include <QObject>
#include <QStringList>

class EngineApi;
class QSettings;
class QWidget;

// Owns the settings in force: what QSettings holds plus what this run added
// on the command line (--scan, the demo fleet's folder), which is applied but
// never stored. Opens the Settings dialog; on OK, stores and applies.
class SettingsController : public QObject
{
    Q_OBJECT

public:
    // `store` must outlive the controller.
    SettingsController(QSettings *store, EngineApi *engine, QObject *parent = nullptr);

    void setEngine(EngineApi *engine) { m_engine = engine; }
    // Reads what is stored.
    void load();
    // Stored plus this run's additions: what the engine runs with.
    EngineSettings effective() const;
    EngineSettings stored() const { return m_stored; }
    // This run's additions: scan globs (--scan, the demo fleet) and a data
    // folder (the demo's own), applied but never stored.
    void setRuntimeOverrides(const QStringList &globs, const QString &dataFolder = {});
    // Stores `settings` and applies them (with this run's additions).
    void commit(const EngineSettings &settings);

    void edit(QWidget *parent);

signals:
    void changed(const EngineSettings &effective);

private:
    QSettings *m_store;
    EngineApi *m_engine;
    EngineSettings m_stored;
    QStringList m_runtimeGlobs;
    QString m_runtimeDataFolder;
};
