#pragma once

#include "packageinfo.h"
#include "packagemetadata.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class InventoryStore;
class PackageHasher;
struct PackageDigest;

// The package files FotaDesk knows: metadata from a sidecar manifest, the file
// name or the user (PackageMetadataReader), size, SHA-256 and MD5 hashed from
// the bytes, kept in the store. Adding is asynchronous (hashing streams the
// file on the event loop); a rejected file leaves the catalog as it was.
class PackageCatalog : public QObject
{
    Q_OBJECT

public:
    explicit PackageCatalog(InventoryStore *store = nullptr, QObject *parent = nullptr);
    ~PackageCatalog() override;

    // Reads the packages catalogued earlier from the store.
    void load();

    // packageAdded() or packageRejected() follows, never from inside add().
    void add(const QString &path, const PackageInfo &userMetadata = {});
    // A factory's policy: files without a manifest are refused from now on.
    void setRequireManifest(bool require) { m_requireManifest = require; }
    bool requiresManifest() const { return m_requireManifest; }
    bool remove(const QString &id);
    // Re-hashes a catalogued package: packageChecked() with None, Changed
    // (other bytes than when catalogued) or Unreadable.
    void check(const QString &id);

    QList<PackageInfo> packages() const { return m_packages; }
    std::optional<PackageInfo> find(const QString &id) const;
    std::optional<PackageInfo> findByPath(const QString &path) const;

signals:
    void packageAdded(const PackageInfo &package);
    void packageRejected(const QString &path, PackageError error, const QString &message);
    void packageChecked(const PackageInfo &package, PackageError error, const QString &message);
    void changed();

private:
    void hashed(PackageHasher *hasher, const PackageDigest &digest);
    void hashFailed(PackageHasher *hasher, const QString &reason);
    void accept(PackageInfo info);

    struct Pending
    {
        PackageMetadata metadata; // for add()
        bool isCheck = false;
    };

    InventoryStore *m_store;
    QList<PackageInfo> m_packages;
    QHash<PackageHasher *, Pending> m_pending;
    bool m_requireManifest = false;
};
