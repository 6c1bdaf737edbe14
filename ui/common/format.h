#pragma once

#include <QCoreApplication>
#include <QString>

class QDateTime;

// How numbers look to people, the same in every view: sizes, rates, durations.
class Format
{
    Q_DECLARE_TR_FUNCTIONS(Format)

public:
    static QString bytes(qint64 bytes);             // "1.4 MB"
    static QString rate(double bytesPerSecond);     // "11.2 kB/s"
    static QString duration(qint64 ms);             // "0:42", "12:05", "1:02:03"
    // Under a minute in seconds with a tenth ("0.3 s", "31.2 s"), else as duration().
    static QString shortDuration(qint64 ms);
    static QString baud(qint32 rate);               // "921600 baud"
    static QString dateTime(const QDateTime &when); // local time, sortable form
    static QString shortHash(const QString &hex);   // first 12 hex digits and an ellipsis
};
