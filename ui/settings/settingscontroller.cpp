#include "settingscontroller.h"

#include "engine/engineapi.h"
#include "settingsdialog.h"

#include <QSettings>

SettingsController::SettingsController(QSettings *store, EngineApi *engine, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_engine(engine)
{
}

void SettingsController::load()
{
    m_stored.load(*m_store);
}

EngineSettings SettingsController::effective() const
{
    EngineSettings s = m_stored;
    for (const QString &glob : m_runtimeGlobs) {
        if (!s.scanGlobs.contains(glob))
            s.scanGlobs << glob;
    }
    if (!m_runtimeDataFolder.isEmpty())
        s.dataFolder = m_runtimeDataFolder;
    return s;
}

void SettingsController::setRuntimeOverrides(const QStringList &globs, const QString &dataFolder)
{
    m_runtimeGlobs = globs;
    m_runtimeDataFolder = dataFolder;
    if (m_engine)
        m_engine->applySettings(effective());
    emit changed(effective());
}

void SettingsController::commit(const EngineSettings &settings)
{
    m_stored = settings;
    m_stored.save(*m_store);
    m_store->sync();
    if (m_engine)
        m_engine->applySettings(effective());
    emit changed(effective());
}

void SettingsController::edit(QWidget *parent)
{
    // The dialog shows what is stored: this run's extra globs are not the
    // person's to keep.
    auto *dialog = new SettingsDialog(m_stored, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { commit(dialog->settings()); });
    dialog->open();
}
