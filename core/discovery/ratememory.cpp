#include "ratememory.h"

#include <QSettings>

QString RateMemory::keyFor(const QString &port)
{
    // QSettings treats '/' as a group separator; a port path must stay one key.
    QString key = port;
    key.replace(QLatin1Char('/'), QLatin1Char('|'));
    return QStringLiteral("discovery/lastRate/") + key;
}

qint32 RateMemory::lastRate(const QString &port) const
{
    if (const auto it = m_rates.constFind(port); it != m_rates.constEnd())
        return *it;
    return m_settings ? m_settings->value(keyFor(port), 0).toInt() : 0;
}

void RateMemory::remember(const QString &port, qint32 baud)
{
    if (lastRate(port) == baud)
        return;
    m_rates.insert(port, baud);
    if (m_settings)
        m_settings->setValue(keyFor(port), baud);
}

void RateMemory::forget(const QString &port)
{
    m_rates.remove(port);
    if (m_settings)
        m_settings->remove(keyFor(port));
}
