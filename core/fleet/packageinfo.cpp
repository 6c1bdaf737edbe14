#include "packageinfo.h"

#include <QFileInfo>

QString PackageInfo::fileName() const
{
    return QFileInfo(path).fileName();
}

QString packageSourceId(PackageInfo::Source source)
{
    switch (source) {
    case PackageInfo::Source::Manifest: return QStringLiteral("manifest");
    case PackageInfo::Source::FileName: return QStringLiteral("file-name");
    case PackageInfo::Source::User: return QStringLiteral("user");
    }
    return {};
}

QJsonObject PackageInfo::toJson() const
{
    return {
        {QStringLiteral("path"), path},
        {QStringLiteral("family"), familyId(family)},
        {QStringLiteral("model"), model},
        {QStringLiteral("from"), fromVersion},
        {QStringLiteral("to"), toVersion},
        {QStringLiteral("size"), size},
        {QStringLiteral("sha256"), sha256},
        {QStringLiteral("md5"), md5},
        {QStringLiteral("source"), packageSourceId(source)},
        {QStringLiteral("added"), added.toString(Qt::ISODateWithMs)},
    };
}

PackageInfo PackageInfo::fromJson(const QJsonObject &json)
{
    PackageInfo p;
    p.path = json.value(QLatin1String("path")).toString();
    p.family = familyFromId(json.value(QLatin1String("family")).toString());
    p.model = json.value(QLatin1String("model")).toString();
    p.fromVersion = json.value(QLatin1String("from")).toString();
    p.toVersion = json.value(QLatin1String("to")).toString();
    p.size = json.value(QLatin1String("size")).toInteger();
    p.sha256 = json.value(QLatin1String("sha256")).toString();
    p.md5 = json.value(QLatin1String("md5")).toString();
    const QString source = json.value(QLatin1String("source")).toString();
    p.source = source == QLatin1String("manifest") ? PackageInfo::Source::Manifest
        : source == QLatin1String("file-name")     ? PackageInfo::Source::FileName
                                                   : PackageInfo::Source::User;
    p.added = QDateTime::fromString(json.value(QLatin1String("added")).toString(), Qt::ISODateWithMs);
    return p;
}
