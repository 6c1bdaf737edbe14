#pragma once

#include "modules/family.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

// A firmware package as FotaDesk knows it: opaque bytes plus what they are for.
// Metadata comes from a sidecar manifest (<file>.json), from the file name when
// it carries both versions (SIM7020C_V1-SIM7020C_V2-1537247570.bin), or from
// the user.
struct PackageInfo
{
    enum class Source { Manifest, FileName, User };

    QString path;
    Family family = Family::Unknown;
    QString model;        // empty: any model of the family
    QString fromVersion;  // the firmware a delta applies to; empty: unknown
    QString toVersion;    // the firmware after the update
    qint64 size = 0;
    QString sha256;       // hex, lower case; also the package's id
    QString md5;          // hex, lower case (AT+CFOTA=5)
    Source source = Source::User;
    QDateTime added;

    QString id() const { return sha256; }
    // The versions to check the module against, as AT+CGMR/ATI1 report them;
    // empty when unknown, and when all there is are a file name's labels
    // (SIM7020C_V1-SIM7020C_V2-<stamp>.bin: "V1" is no firmware string).
    QString baseVersion() const { return source == Source::FileName ? QString() : fromVersion; }
    QString targetVersion() const { return source == Source::FileName ? QString() : toVersion; }
    QString fileName() const;
    bool isValid() const { return !path.isEmpty() && !sha256.isEmpty() && size > 0; }

    QJsonObject toJson() const;
    static PackageInfo fromJson(const QJsonObject &json);

    friend bool operator==(const PackageInfo &, const PackageInfo &) = default;
};

QString packageSourceId(PackageInfo::Source source); // "manifest", "file-name", "user"

Q_DECLARE_METATYPE(PackageInfo)
