#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

// The AT+CFLW write size each SIM7020 model took, kept for the rest of the
// process: once one job on a model has halved its way down (say to 1024
// bytes), later jobs on that model start there instead of being refused
// again. It also holds the station's setting for the size to start with.
// Jobs on several engine threads may share it, hence the lock.
class CflwWriteSizes
{
public:
    // The size to start a job with: the station's setting if there is one,
    // else the flow's `configured` option; less when the model took less before.
    qint64 startFor(const QString &model, qint64 configured) const;
    // A station's setting (a user's, e.g. for a model known to take 1024
    // bytes only); 0: the flow's option (4096 by default).
    void setStationStart(qint64 size);
    qint64 stationStart() const;
    // `model` refused more than `size` bytes and took `size`.
    void remember(const QString &model, qint64 size);
    void forget(const QString &model);
    qint64 remembered(const QString &model) const; // 0: nothing known

private:
    static QString keyOf(const QString &model);

    mutable QMutex m_lock;
    QHash<QString, qint64> m_sizes;
    qint64 m_stationStart = 0;
};
