#include "commandlog.h"

#include "at/secretmasker.h"

#include <QDateTime>

QJsonObject CommandLog::Entry::toJson() const
{
    return {{QStringLiteral("n"), sequence}, {QStringLiteral("ms"), atMs}, {QStringLiteral("command"), command}};
}

CommandLog::CommandLog(QObject *parent)
    : QObject(parent)
{
}

void CommandLog::record(const QString &commandLine)
{
    Entry e{++m_sequence, QDateTime::currentMSecsSinceEpoch(), SecretMasker::maskLine(commandLine)};
    m_entries.push_back(e);
    while (m_entries.size() > size_t(kCapacity))
        m_entries.pop_front();
    emit recorded(e);
}

QList<CommandLog::Entry> CommandLog::last(int count) const
{
    QList<Entry> out;
    const qsizetype from = qMax<qsizetype>(0, qsizetype(m_entries.size()) - qMax(0, count));
    for (auto it = m_entries.begin() + from; it != m_entries.end(); ++it)
        out << *it;
    return out;
}
