#include "format.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

QString Format::bytes(qint64 bytes)
{
    if (bytes < 0)
        return {};
    // Decimal units, as vendors state package and partition sizes.
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString Format::rate(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return {};
    return tr("%1/s").arg(bytes(qint64(bytesPerSecond)));
}

QString Format::duration(qint64 ms)
{
    if (ms < 0)
        return {};
    const qint64 s = (ms + 500) / 1000;
    const qint64 h = s / 3600;
    const qint64 m = (s / 60) % 60;
    const QString mmss = QStringLiteral("%1:%2").arg(h ? m : s / 60, h ? 2 : 1, 10, QLatin1Char('0'))
                             .arg(s % 60, 2, 10, QLatin1Char('0'));
    return h ? QStringLiteral("%1:%2").arg(h).arg(mmss) : mmss;
}

QString Format::shortDuration(qint64 ms)
{
    if (ms < 0)
        return {};
    if (ms >= 59950)
        return duration(ms);
    return tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 1));
}

QString Format::baud(qint32 rate)
{
    if (rate <= 0)
        return {};
    return tr("%1 baud").arg(rate);
}

QString Format::dateTime(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString Format::shortHash(const QString &hex)
{
    return hex.size() <= 12 ? hex : hex.left(12) + QChar(0x2026);
}
