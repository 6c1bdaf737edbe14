#include "commandhistory.h"

#include "at/secretmasker.h"

CommandHistory::CommandHistory(int limit)
    : m_limit(limit)
{
}

void CommandHistory::add(const QString &command)
{
    const QString c = command.trimmed();
    if (!c.isEmpty() && !SecretMasker::containsSecret(c) && m_entries.value(m_entries.size() - 1) != c) {
        m_entries << c;
        if (m_entries.size() > m_limit)
            m_entries.removeFirst();
    }
    m_cursor = m_entries.size();
    m_draft.clear();
}

QString CommandHistory::previous(const QString &typed)
{
    if (m_entries.isEmpty())
        return typed;
    if (m_cursor == m_entries.size())
        m_draft = typed;
    if (m_cursor > 0)
        --m_cursor;
    return m_entries.at(m_cursor);
}

QString CommandHistory::next()
{
    if (m_cursor >= m_entries.size())
        return m_draft;
    ++m_cursor;
    return m_cursor == m_entries.size() ? m_draft : m_entries.at(m_cursor);
}
