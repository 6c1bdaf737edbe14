#include "cflwwritesizes.h"

#include <QMutexLocker>

QString CflwWriteSizes::keyOf(const QString &model)
{
    // AT+CGMM may come with trailing blanks or in another letter case after an update.
    return model.trimmed().toUpper();
}

qint64 CflwWriteSizes::startFor(const QString &model, qint64 configured) const
{
    const qint64 station = stationStart();
    const qint64 start = station > 0 ? station : configured;
    const qint64 known = remembered(model);
    return known > 0 ? qMin(known, start) : start;
}

void CflwWriteSizes::setStationStart(qint64 size)
{
    const QMutexLocker locker(&m_lock);
    m_stationStart = qMax<qint64>(0, size);
}

qint64 CflwWriteSizes::stationStart() const
{
    const QMutexLocker locker(&m_lock);
    return m_stationStart;
}

void CflwWriteSizes::remember(const QString &model, qint64 size)
{
    if (size <= 0)
        return;
    const QMutexLocker locker(&m_lock);
    m_sizes.insert(keyOf(model), size);
}

void CflwWriteSizes::forget(const QString &model)
{
    const QMutexLocker locker(&m_lock);
    m_sizes.remove(keyOf(model));
}

qint64 CflwWriteSizes::remembered(const QString &model) const
{
    const QMutexLocker locker(&m_lock);
    return m_sizes.value(keyOf(model), 0);
}
