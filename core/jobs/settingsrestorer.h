#pragma once

#include "settingsprofile.h"
#include "settingssnapshot.h"

#include <QJsonObject>
#include <QObject>

class AtSequence;
class ModuleSession;
class SettingsReader;

// What a restore did and what it could not do.
struct RestoreReport
{
    int written = 0;
    QStringList writeErrors;                // "AT^SCFG=... answered +CME ERROR: 50"
    QStringList notRestored;                // settings FotaDesk cannot write back, with why
    QList<SettingDifference> differences;   // read again after writing, still not as before
    SettingsSnapshot after;

    bool clean() const { return writeErrors.isEmpty() && notRestored.isEmpty() && differences.isEmpty(); }
    // For the job's outcome: one sentence per problem, translated.
    QStringList warnings() const;
    // For the restore step's figures.
    QJsonObject toJson() const;
};

// Puts a module's settings back as a backup recorded them: reads them now,
// writes the ones that differ (wrapped in the profile's before/after commands,
// e.g. radio off for SIM7020), reads them again and reports every difference
// that remains. Secrets the module never shows are reported as not restored.
class SettingsRestorer : public QObject
{
    Q_OBJECT

public:
    SettingsRestorer(ModuleSession *session, const SettingsProfile &profile, const SettingsSnapshot &backup,
                     QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    void start();
    void abort();

signals:
    void finished(const RestoreReport &report);
    void failed(const QString &reason);

private:
    void readBack(const SettingsSnapshot &now);
    void written(const QList<AtResult> &results, bool complete);
    void compared(const SettingsSnapshot &after);

    SettingsProfile m_profile;
    SettingsSnapshot m_backup;
    SettingsReader *m_reader;
    AtSequence *m_writer;
    RestoreReport m_report;
    QStringList m_writes;
    QStringList m_unrestorable;
    bool m_rereading = false;
};

Q_DECLARE_METATYPE(RestoreReport)
