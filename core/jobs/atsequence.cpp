#include "atsequence.h"

#include "modules/modulesession.h"

#include <QTimer>

AtSequence::AtSequence(ModuleSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

void AtSequence::run(const QStringList &commands)
{
    ++m_generation;
    m_commands = commands;
    m_results.clear();
    m_running = true;
    const quint64 generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            sendNext();
    });
}

void AtSequence::abort()
{
    ++m_generation; // answers still on their way are ignored
    m_running = false;
}

void AtSequence::sendNext()
{
    if (m_results.size() == m_commands.size() || !m_session) {
        m_running = false;
        emit finished(m_results, m_results.size() == m_commands.size());
        return;
    }
    const quint64 generation = m_generation;
    const QString command = m_commands.at(m_results.size());
    m_session->send(AtCommand(command, m_timeout).asPrivileged(), this,
                    [this, generation](const AtResult &result) {
                        if (generation != m_generation)
                            return;
                        m_results << result;
                        if (result.status == AtStatus::PortLost) {
                            m_running = false;
                            emit finished(m_results, false);
                            return;
                        }
                        sendNext();
                    });
}
