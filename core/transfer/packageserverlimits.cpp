#include "packageserverlimits.h"

#include <QSettings>

namespace {

// A zero, negative or unreadable value would switch a limit off or make the
// server refuse everything; either is worse than the default.
qint64 positive(const QSettings &s, const QString &key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = s.value(key, fallback).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

void PackageServerLimits::load(QSettings &s)
{
    const PackageServerLimits d;
    using std::chrono::milliseconds;
    headerTimeout = milliseconds(positive(s, QStringLiteral("server/limits/headerTimeoutMs"), d.headerTimeout.count()));
    idleTimeout = milliseconds(positive(s, QStringLiteral("server/limits/idleTimeoutMs"), d.idleTimeout.count()));
    stallTimeout = milliseconds(positive(s, QStringLiteral("server/limits/stallTimeoutMs"), d.stallTimeout.count()));
    maxConnections = int(qMin<qint64>(positive(s, QStringLiteral("server/limits/maxConnections"), d.maxConnections), 1 << 20));
    maxConnectionsPerPeer = int(qMin<qint64>(
        positive(s, QStringLiteral("server/limits/maxConnectionsPerPeer"), d.maxConnectionsPerPeer), 1 << 20));
    maxHeaderBytes = int(qMin<qint64>(positive(s, QStringLiteral("server/limits/maxHeaderBytes"), d.maxHeaderBytes), 1 << 24));
    maxRequestLineBytes = int(qMin<qint64>(
        positive(s, QStringLiteral("server/limits/maxRequestLineBytes"), d.maxRequestLineBytes), maxHeaderBytes));
    retryAfter = std::chrono::seconds(positive(s, QStringLiteral("server/limits/retryAfterS"), d.retryAfter.count()));
}

void PackageServerLimits::save(QSettings &s) const
{
    s.setValue(QStringLiteral("server/limits/headerTimeoutMs"), qint64(headerTimeout.count()));
    s.setValue(QStringLiteral("server/limits/idleTimeoutMs"), qint64(idleTimeout.count()));
    s.setValue(QStringLiteral("server/limits/stallTimeoutMs"), qint64(stallTimeout.count()));
    s.setValue(QStringLiteral("server/limits/maxConnections"), maxConnections);
    s.setValue(QStringLiteral("server/limits/maxConnectionsPerPeer"), maxConnectionsPerPeer);
    s.setValue(QStringLiteral("server/limits/maxHeaderBytes"), maxHeaderBytes);
    s.setValue(QStringLiteral("server/limits/maxRequestLineBytes"), maxRequestLineBytes);
    s.setValue(QStringLiteral("server/limits/retryAfterS"), qint64(retryAfter.count()));
}
