#pragma once

#include "at/atresult.h"
#include "settingsprofile.h"
#include "settingssnapshot.h"

#include <QHash>
#include <QObject>

class AtSequence;
class ModuleSession;

// Reads every setting of a profile from a module: each distinct read command
// once, then picks the values out (SettingsSnapshot::fromAnswers). A setting
// the module does not answer is kept as unreadable with the reason, never
// dropped. A read that timed out is asked once more at the end, after the
// channel has resynchronised: a module busy for a moment loses no setting.
// So is a read whose answer came damaged (bytes no module sends): a value
// changed by line noise would otherwise be written back after the update.
class SettingsReader : public QObject
{
    Q_OBJECT

public:
    SettingsReader(ModuleSession *session, const SettingsProfile &profile, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    // finished() or failed() follows, never from inside start().
    void start();
    void abort();
    // The read commands the module answered neither time, once finished().
    QStringList timedOut() const { return m_timedOut; }
    // The read commands whose answers came damaged both times, differently.
    QStringList damaged() const { return m_damaged; }

signals:
    void finished(const SettingsSnapshot &snapshot);
    // The module went away while reading.
    void failed(const QString &reason);

private:
    void onSequenceFinished(const QList<AtResult> &results, bool complete);

    SettingsProfile m_profile;
    AtSequence *m_sequence;
    QStringList m_commands;           // of the pass under way
    QHash<QString, AtResult> m_answers;
    QStringList m_timedOut;
    QStringList m_damaged;
    bool m_retrying = false;
};
