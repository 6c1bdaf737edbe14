#pragma once

#include <QHash>
#include <QString>

class QSettings;

// The last rate each port answered at, tried first next time: a module that
// was set to 921600 is found in one try instead of after the whole list.
// Kept in QSettings ("discovery/lastRate/<port>") when given one.
class RateMemory
{
public:
    explicit RateMemory(QSettings *settings = nullptr) : m_settings(settings) { }

    qint32 lastRate(const QString &port) const; // 0 when unknown
    void remember(const QString &port, qint32 baud);
    void forget(const QString &port);

private:
    static QString keyFor(const QString &port);

    QSettings *m_settings;
    QHash<QString, qint32> m_rates;
};
