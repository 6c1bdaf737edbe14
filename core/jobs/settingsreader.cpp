#include "settingsreader.h"

#include "atsequence.h"

SettingsReader::SettingsReader(ModuleSession *session, const SettingsProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_sequence(new AtSequence(session, this))
{
    connect(m_sequence, &AtSequence::finished, this, [this](const QList<AtResult> &results, bool complete) {
        if (!complete) {
            emit failed(results.isEmpty() ? QString() : results.last().describe());
            return;
        }
        QHash<QString, AtResult> answers;
        const QStringList commands = m_profile.readCommands();
        for (qsizetype i = 0; i < results.size(); ++i)
            answers.insert(commands.at(i), results.at(i));
        emit finished(SettingsSnapshot::fromAnswers(m_profile, answers));
    });
}

void SettingsReader::setTimeout(std::chrono::milliseconds timeout)
{
    m_sequence->setTimeout(timeout);
}

void SettingsReader::start()
{
    m_sequence->run(m_profile.readCommands());
}

void SettingsReader::abort()
{
    m_sequence->abort();
}
