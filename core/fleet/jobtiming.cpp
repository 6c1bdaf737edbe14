#include "jobtiming.h"

#include <algorithm>

JobTiming JobTiming::split(qint64 wallMs, qint64 wireMs, qint64 moduleMs)
{
    JobTiming t;
    t.wallMs = std::max<qint64>(0, wallMs);
    t.wireMs = std::clamp<qint64>(wireMs, 0, t.wallMs);
    t.moduleMs = std::clamp<qint64>(moduleMs, 0, t.wallMs - t.wireMs);
    t.ownMs = t.wallMs - t.wireMs - t.moduleMs;
    return t;
}

QJsonObject JobTiming::toJson() const
{
    if (!isValid())
        return {};
    return {{QStringLiteral("wallMs"), wallMs},
            {QStringLiteral("wireMs"), wireMs},
            {QStringLiteral("moduleMs"), moduleMs},
            {QStringLiteral("ownMs"), ownMs}};
}

JobTiming JobTiming::fromJson(const QJsonObject &o)
{
    JobTiming t;
    t.wallMs = o.value(QLatin1String("wallMs")).toInteger();
    t.wireMs = o.value(QLatin1String("wireMs")).toInteger();
    t.moduleMs = o.value(QLatin1String("moduleMs")).toInteger();
    t.ownMs = o.value(QLatin1String("ownMs")).toInteger();
    return t;
}
