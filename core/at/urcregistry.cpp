#include "urcregistry.h"

#include <algorithm>

UrcRegistry::UrcRegistry(QStringList prefixes)
    : m_prefixes(std::move(prefixes))
{
    m_prefixes.removeDuplicates();
    // Longest first, so "+CHTTPTOFSOK:" wins over a shorter overlapping prefix.
    std::stable_sort(m_prefixes.begin(), m_prefixes.end(),
                     [](const QString &a, const QString &b) { return a.size() > b.size(); });
}

QString UrcRegistry::match(const QString &line) const
{
    for (const QString &prefix : m_prefixes) {
        if (line.startsWith(prefix, Qt::CaseInsensitive))
            return prefix;
    }
    return {};
}

UrcRegistry UrcRegistry::merged(const UrcRegistry &other) const
{
    return UrcRegistry(m_prefixes + other.m_prefixes);
}
