#pragma once

#include "packageinfo.h"

#include <QString>

// Why a package file was not catalogued, or was refused later.
enum class PackageError {
    None,
    Unreadable,        // the file cannot be read (missing, permissions, empty)
    ManifestUnreadable,// <file>.json exists but cannot be read
    ManifestMalformed, // <file>.json is not a JSON object
    ManifestInvalid,   // wrong types, an unknown family, a negative size...
    MetadataMissing,   // the file name does not say what the package is (fromFileName only)
    ManifestRequired,  // the station requires a manifest and there is none
    DigestMismatch,    // the bytes are not what the manifest describes
    Changed,           // the file changed on disk since it was catalogued
};

QString packageErrorId(PackageError error); // "manifest-malformed", ...

// The metadata found for one file, and the error that stopped it, if any.
struct PackageMetadata
{
    PackageInfo info;  // path, family, model, versions; digests only from a manifest
    PackageError error = PackageError::None;
    QString message;   // translated; names the file and what is wrong

    bool ok() const { return error == PackageError::None; }
};

namespace PackageMetadataReader {

// "<file>.json" beside the package.
QString manifestPath(const QString &packagePath);

// The sidecar manifest: {"family": "simcom-sim7020", "model": "SIM7020C",
// "from": "V1", "to": "V2", optionally "size", "sha256", "md5"} (the keys of
// PackageInfo::toJson). No manifest: ok with Source::User and empty fields.
PackageMetadata fromManifest(const QString &packagePath);

// Names that carry both versions: <model>_<from>-<model>_<to>[-<build>].<ext>,
// e.g. SIM7020C_V1-SIM7020C_V2-1537247570.bin -> SIM7020C, V1 -> V2. The family
// follows from the model. Anything else: ok() false with MetadataMissing.
PackageMetadata fromFileName(const QString &packagePath);

// Manifest first, then the file name; what the user gave wins field by field.
// Nothing known is no error: a vendor file as the vendor ships it is usable,
// with the family and model taken from the module it is sent to and the base
// version left to the module's own check. The versions a user gives replace a
// file name's labels. With `requireManifest` a file without one is refused.
PackageMetadata resolve(const QString &packagePath, const PackageInfo &user = {},
                        bool requireManifest = false);

} // namespace PackageMetadataReader

// The family of a model name as modules report it (AT+CGMM), Unknown if none.
Family familyForModel(const QString &model);

Q_DECLARE_METATYPE(PackageError)
