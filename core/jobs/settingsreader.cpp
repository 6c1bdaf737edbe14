#include "settingsreader.h"

#include "atsequence.h"

SettingsReader::SettingsReader(ModuleSession *session, const SettingsProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_sequence(new AtSequence(session, this))
{
    connect(m_sequence, &AtSequence::finished, this, &SettingsReader::onSequenceFinished);
}

void SettingsReader::setTimeout(std::chrono::milliseconds timeout)
{
    m_sequence->setTimeout(timeout);
}

void SettingsReader::start()
{
    m_answers.clear();
    m_timedOut.clear();
    m_retrying = false;
    m_commands = m_profile.readCommands();
    m_sequence->run(m_commands);
}

void SettingsReader::abort()
{
    m_sequence->abort();
}

void SettingsReader::onSequenceFinished(const QList<AtResult> &results, bool complete)
{
    if (!complete) {
        emit failed(results.isEmpty() ? QString() : results.last().describe());
        return;
    }
    QStringList again;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString &command = m_commands.at(i);
        if (results.at(i).status == AtStatus::Timeout)
            again << command;
        if (results.at(i).status != AtStatus::Timeout || !m_answers.contains(command))
            m_answers.insert(command, results.at(i));
    }
    if (!again.isEmpty() && !m_retrying) {
        m_retrying = true;
        m_commands = again;
        m_sequence->run(again);
        return;
    }
    m_timedOut = again;
    emit finished(SettingsSnapshot::fromAnswers(m_profile, m_answers));
}
