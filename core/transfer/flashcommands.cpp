#include "flashcommands.h"

#include "at/atresult.h"

namespace FlashCommands {

QString erase(int partition, qint64 startBlock, qint64 blockCount)
{
    return QStringLiteral("AT+CFLE=%1,%2,%3").arg(partition).arg(startBlock).arg(blockCount);
}

QString write(int partition, qint64 offset, qint64 length, int mode, int timeoutSeconds)
{
    return QStringLiteral("AT+CFLW=%1,%2,%3,%4,%5")
        .arg(partition).arg(offset).arg(length).arg(mode).arg(timeoutSeconds);
}

QString read(int partition, qint64 offset, qint64 length)
{
    return QStringLiteral("AT+CFLR=%1,%2,%3").arg(partition).arg(offset).arg(length);
}

qint64 blocksFor(qint64 bytes, qint64 eraseBlockSize)
{
    if (bytes <= 0 || eraseBlockSize <= 0)
        return 0;
    return (bytes + eraseBlockSize - 1) / eraseBlockSize;
}

std::optional<QByteArray> parseRead(const AtResult &result, qint64 expectedLength)
{
    const QString value = result.value(QStringLiteral("+CFLR:"));
    const qsizetype comma = value.indexOf(u',');
    if (comma < 0)
        return std::nullopt;
    bool ok = false;
    const qint64 length = value.left(comma).trimmed().toLongLong(&ok);
    if (!ok || length != expectedLength)
        return std::nullopt;
    QString hex = value.mid(comma + 1).trimmed();
    if (hex.size() >= 2 && hex.startsWith(u'"') && hex.endsWith(u'"'))
        hex = hex.mid(1, hex.size() - 2);
    // QByteArray::fromHex() skips what is not hex; a garbled answer must not
    // pass for shorter data, so check every digit first.
    if (hex.size() != 2 * length)
        return std::nullopt;
    for (const QChar c : std::as_const(hex)) {
        const bool digit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')
            || (c >= u'A' && c <= u'F');
        if (!digit)
            return std::nullopt;
    }
    return QByteArray::fromHex(hex.toLatin1());
}

} // namespace FlashCommands
