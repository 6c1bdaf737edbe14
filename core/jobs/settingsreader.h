#pragma once

#include "settingsprofile.h"
#include "settingssnapshot.h"

#include <QObject>

class AtSequence;
class ModuleSession;

// Reads every setting of a profile from a module: each distinct read command
// once, then picks the values out (SettingsSnapshot::fromAnswers). A setting
// the module does not answer is kept as unreadable with the reason, never
// dropped.
class SettingsReader : public QObject
{
    Q_OBJECT

public:
    SettingsReader(ModuleSession *session, const SettingsProfile &profile, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout);
    // finished() or failed() follows, never from inside start().
    void start();
    void abort();

signals:
    void finished(const SettingsSnapshot &snapshot);
    // The module went away while reading.
    void failed(const QString &reason);

private:
    SettingsProfile m_profile;
    AtSequence *m_sequence;
};
