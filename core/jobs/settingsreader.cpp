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
    m_damaged.clear();
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
    QStringList damaged;
    for (qsizetype i = 0; i < results.size(); ++i) {
        const QString &command = m_commands.at(i);
        const AtResult &result = results.at(i);
        if (result.status == AtStatus::Timeout) {
            again << command;
            if (!m_answers.contains(command))
                m_answers.insert(command, result);
            continue;
        }
        // A damaged answer read the same way twice is what the module holds.
        const auto before = m_answers.constFind(command);
        const bool repeated = m_retrying && before != m_answers.constEnd() && before->lines == result.lines;
        if (result.looksDamaged() && !repeated) {
            again << command;
            damaged << command;
        }
        m_answers.insert(command, result);
    }
    if (!again.isEmpty() && !m_retrying) {
        m_retrying = true;
        m_commands = again;
        m_sequence->run(again);
        return;
    }
    m_damaged = damaged;
    for (const QString &command : std::as_const(again)) {
        if (!damaged.contains(command))
            m_timedOut << command;
    }
    emit finished(SettingsSnapshot::fromAnswers(m_profile, m_answers));
}
