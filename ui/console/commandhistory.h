#pragma once

#include <QStringList>

// A shell-like command history: up walks back, down walks forward and ends on
// what was being typed. Commands that carry a secret (AT+CPIN=...) are never
// kept, so the next person at the desk cannot recall them.
class CommandHistory
{
public:
    explicit CommandHistory(int limit = 200);

    void add(const QString &command);
    // Up: the previous command; `typed` is what the line held before walking.
    QString previous(const QString &typed);
    // Down: the next command, or what was typed once past the newest.
    QString next();
    QStringList entries() const { return m_entries; }

private:
    QStringList m_entries;
    qsizetype m_cursor = 0; // == size(): not walking
    QString m_draft;
    int m_limit;
};
