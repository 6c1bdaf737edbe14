#include "packagemetadata.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PackageMetadata", text);
}

PackageMetadata failure(const QString &path, PackageError error, const QString &message)
{
    PackageMetadata m;
    m.info.path = path;
    m.error = error;
    m.message = message;
    return m;
}

bool isHex(const QString &text, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return text.size() == length && hex.match(text).hasMatch();
}

// A manifest field must be a string when present; returns false otherwise.
bool readString(const QJsonObject &json, const char *key, QString *out)
{
    const QJsonValue v = json.value(QLatin1String(key));
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isString())
        return false;
    *out = v.toString().trimmed();
    return true;
}

} // namespace

QString packageErrorId(PackageError error)
{
    switch (error) {
    case PackageError::None: return QStringLiteral("none");
    case PackageError::Unreadable: return QStringLiteral("unreadable");
    case PackageError::ManifestUnreadable: return QStringLiteral("manifest-unreadable");
    case PackageError::ManifestMalformed: return QStringLiteral("manifest-malformed");
    case PackageError::ManifestInvalid: return QStringLiteral("manifest-invalid");
    case PackageError::MetadataMissing: return QStringLiteral("metadata-missing");
    case PackageError::ManifestRequired: return QStringLiteral("manifest-required");
    case PackageError::DigestMismatch: return QStringLiteral("digest-mismatch");
    case PackageError::Changed: return QStringLiteral("changed");
    }
    return {};
}

Family familyForModel(const QString &model)
{
    const QString m = model.trimmed().toUpper();
    if (m.isEmpty())
        return Family::Unknown;
    if (m.startsWith(QLatin1String("SIM70")))
        return Family::SimcomSim7020;
    if (m.startsWith(QLatin1String("HL78")))
        return Family::SierraHl78xx;
    for (const char *prefix : {"EXS62", "EXS82", "TX62", "TX82"}) {
        if (m.startsWith(QLatin1String(prefix)))
            return Family::Cinterion;
    }
    for (const char *prefix : {"GE910", "GL910", "HE910"}) {
        if (m.startsWith(QLatin1String(prefix)))
            return Family::TelitPfm;
    }
    return Family::Unknown;
}

QString PackageMetadataReader::manifestPath(const QString &packagePath)
{
    return packagePath + QStringLiteral(".json");
}

PackageMetadata PackageMetadataReader::fromManifest(const QString &packagePath)
{
    PackageMetadata m;
    m.info.path = packagePath;
    const QString manifest = manifestPath(packagePath);
    const QString name = QFileInfo(manifest).fileName();
    if (!QFileInfo::exists(manifest))
        return m;
    QFile file(manifest);
    if (!file.open(QIODevice::ReadOnly))
        return failure(packagePath, PackageError::ManifestUnreadable,
                       tr("the manifest %1 cannot be read: %2").arg(name, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return failure(packagePath, PackageError::ManifestMalformed,
                       tr("the manifest %1 is not a JSON object (%2 at byte %3); fix or remove it")
                           .arg(name, parseError.error != QJsonParseError::NoError
                                          ? parseError.errorString()
                                          : tr("another JSON value"))
                           .arg(parseError.offset));
    const QJsonObject json = doc.object();
    PackageInfo &p = m.info;
    QString family;
    if (!readString(json, "family", &family) || !readString(json, "model", &p.model)
        || !readString(json, "from", &p.fromVersion) || !readString(json, "to", &p.toVersion)
        || !readString(json, "sha256", &p.sha256) || !readString(json, "md5", &p.md5))
        return failure(packagePath, PackageError::ManifestInvalid,
                       tr("the manifest %1 has a field that is not text (family, model, from, to, "
                          "sha256 and md5 are strings)").arg(name));
    if (!family.isEmpty()) {
        p.family = familyFromId(family);
        if (p.family == Family::Unknown)
            return failure(packagePath, PackageError::ManifestInvalid,
                           tr("the manifest %1 names an unknown family \"%2\" (telit-pfm, cinterion, "
                              "simcom-sim7020 or sierra-hl78xx)").arg(name, family));
    }
    const QJsonValue size = json.value(QLatin1String("size"));
    if (!size.isUndefined() && !size.isNull()) {
        if (!size.isDouble() || size.toDouble() <= 0 || size.toDouble() != double(size.toInteger()))
            return failure(packagePath, PackageError::ManifestInvalid,
                           tr("the manifest %1 gives a size that is not a positive whole number").arg(name));
        p.size = size.toInteger();
    }
    p.sha256 = p.sha256.toLower();
    p.md5 = p.md5.toLower();
    if ((!p.sha256.isEmpty() && !isHex(p.sha256, 64)) || (!p.md5.isEmpty() && !isHex(p.md5, 32)))
        return failure(packagePath, PackageError::ManifestInvalid,
                       tr("the manifest %1 has a sha256 or md5 that is not a hex digest").arg(name));
    if (p.family == Family::Unknown)
        p.family = familyForModel(p.model);
    p.source = PackageInfo::Source::Manifest;
    return m;
}

PackageMetadata PackageMetadataReader::fromFileName(const QString &packagePath)
{
    // Both halves name the same model; a trailing number is a build stamp.
    static const QRegularExpression pattern(
        QStringLiteral("^([A-Za-z0-9]+)_([^-]+)-\\1_([^-]+?)(?:-(\\d+))?(?:\\.[A-Za-z0-9]+)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString name = QFileInfo(packagePath).fileName();
    const QRegularExpressionMatch match = pattern.match(name);
    if (!match.hasMatch())
        return failure(packagePath, PackageError::MetadataMissing,
                       tr("the name %1 does not say which versions it updates").arg(name));
    PackageMetadata m;
    m.info.path = packagePath;
    m.info.model = match.captured(1);
    m.info.fromVersion = match.captured(2);
    m.info.toVersion = match.captured(3);
    m.info.family = familyForModel(m.info.model);
    m.info.source = PackageInfo::Source::FileName;
    return m;
}

PackageMetadata PackageMetadataReader::resolve(const QString &packagePath, const PackageInfo &user,
                                               bool requireManifest)
{
    PackageMetadata manifest = fromManifest(packagePath);
    if (!manifest.ok())
        return manifest; // a broken manifest is never silently replaced by guesses
    const bool hasManifest = manifest.info.source == PackageInfo::Source::Manifest;
    if (requireManifest && !hasManifest)
        return failure(packagePath, PackageError::ManifestRequired,
                       tr("%1 has no manifest %2, and this station requires one for every package "
                          "(--require-manifest, or Settings > Package server and data)")
                           .arg(QFileInfo(packagePath).fileName(),
                                QFileInfo(manifestPath(packagePath)).fileName()));
    PackageMetadata result = hasManifest ? manifest : fromFileName(packagePath);
    if (!result.ok()) {
        result = {};
        result.info.path = packagePath;
        result.info.source = PackageInfo::Source::User;
    }
    PackageInfo &p = result.info;
    const bool userVersions = !user.fromVersion.trimmed().isEmpty() || !user.toVersion.trimmed().isEmpty();
    if (userVersions && p.source == PackageInfo::Source::FileName) {
        // A name's "V1"/"V2" are labels; once the user gives real versions
        // none of the labels may pass for one.
        p.fromVersion.clear();
        p.toVersion.clear();
    }
    bool userGave = false;
    auto take = [&userGave](QString &field, const QString &value) {
        if (!value.trimmed().isEmpty()) {
            field = value.trimmed();
            userGave = true;
        }
    };
    take(p.model, user.model);
    take(p.fromVersion, user.fromVersion);
    take(p.toVersion, user.toVersion);
    if (user.family != Family::Unknown) {
        p.family = user.family;
        userGave = true;
    }
    if (p.family == Family::Unknown)
        p.family = familyForModel(p.model);
    // The labels of a name stay labels unless the user's versions replaced them.
    if (userGave && !hasManifest && (userVersions || p.source != PackageInfo::Source::FileName))
        p.source = PackageInfo::Source::User;
    return result;
}
