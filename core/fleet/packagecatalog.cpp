#include "packagecatalog.h"

#include "fleetlog.h"
#include "inventorystore.h"
#include "packagehasher.h"

#include <QFileInfo>
#include <QTimer>

PackageCatalog::PackageCatalog(InventoryStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{
}

PackageCatalog::~PackageCatalog() = default;

void PackageCatalog::load()
{
    if (!m_store)
        return;
    m_packages = m_store->packages();
    emit changed();
}

void PackageCatalog::add(const QString &path, const PackageInfo &userMetadata)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    PackageMetadata metadata = PackageMetadataReader::resolve(absolute, userMetadata, m_requireManifest);
    if (!metadata.ok()) {
        QTimer::singleShot(0, this, [this, absolute, metadata] {
            qCWarning(lcFleet) << "package rejected:" << metadata.message;
            emit packageRejected(absolute, metadata.error, metadata.message);
        });
        return;
    }
    auto *hasher = new PackageHasher(this);
    m_pending.insert(hasher, {metadata, false});
    connect(hasher, &PackageHasher::finished, this, [this, hasher](const PackageDigest &d) { hashed(hasher, d); });
    connect(hasher, &PackageHasher::failed, this, [this, hasher](const QString &why) { hashFailed(hasher, why); });
    hasher->start(absolute);
}

bool PackageCatalog::remove(const QString &id)
{
    const qsizetype removed = m_packages.removeIf([&id](const PackageInfo &p) { return p.id() == id; });
    if (removed == 0)
        return false;
    if (m_store)
        m_store->removePackage(id);
    emit changed();
    return true;
}

void PackageCatalog::check(const QString &id)
{
    const std::optional<PackageInfo> package = find(id);
    if (!package) {
        QTimer::singleShot(0, this, [this, id] {
            PackageInfo unknown;
            unknown.sha256 = id;
            emit packageChecked(unknown, PackageError::Unreadable, tr("package %1 is not in the catalog").arg(id));
        });
        return;
    }
    auto *hasher = new PackageHasher(this);
    PackageMetadata m;
    m.info = *package;
    m_pending.insert(hasher, {m, true});
    connect(hasher, &PackageHasher::finished, this, [this, hasher](const PackageDigest &d) { hashed(hasher, d); });
    connect(hasher, &PackageHasher::failed, this, [this, hasher](const QString &why) { hashFailed(hasher, why); });
    hasher->start(package->path);
}

std::optional<PackageInfo> PackageCatalog::find(const QString &id) const
{
    for (const PackageInfo &p : m_packages) {
        if (p.id() == id)
            return p;
    }
    return std::nullopt;
}

std::optional<PackageInfo> PackageCatalog::findByPath(const QString &path) const
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    for (const PackageInfo &p : m_packages) {
        if (p.path == absolute)
            return p;
    }
    return std::nullopt;
}

void PackageCatalog::hashed(PackageHasher *hasher, const PackageDigest &digest)
{
    const Pending pending = m_pending.take(hasher);
    hasher->deleteLater();
    PackageInfo info = pending.metadata.info;
    const QString name = info.fileName();
    if (pending.isCheck) {
        if (digest.sha256 != info.sha256 || digest.size != info.size) {
            emit packageChecked(info, PackageError::Changed,
                                tr("%1 changed on disk since it was catalogued (SHA-256 %2, now %3); "
                                   "add it again if the new file is the one you want")
                                    .arg(name, info.sha256.left(12), digest.sha256.left(12)));
            return;
        }
        emit packageChecked(info, PackageError::None, {});
        return;
    }
    if (digest.size == 0) {
        emit packageRejected(info.path, PackageError::Unreadable, tr("%1 is empty").arg(name));
        return;
    }
    // A manifest that names digests or a size must describe these bytes.
    if ((info.size > 0 && info.size != digest.size) || (!info.sha256.isEmpty() && info.sha256 != digest.sha256)
        || (!info.md5.isEmpty() && info.md5 != digest.md5)) {
        const QString message = tr("%1 does not match its manifest (size, SHA-256 or MD5 differ): "
                                   "the file or the manifest is wrong")
                                    .arg(name);
        qCWarning(lcFleet) << message;
        emit packageRejected(info.path, PackageError::DigestMismatch, message);
        return;
    }
    info.size = digest.size;
    info.sha256 = digest.sha256;
    info.md5 = digest.md5;
    info.added = QDateTime::currentDateTimeUtc();
    accept(info);
}

void PackageCatalog::hashFailed(PackageHasher *hasher, const QString &reason)
{
    const Pending pending = m_pending.take(hasher);
    hasher->deleteLater();
    if (pending.isCheck)
        emit packageChecked(pending.metadata.info, PackageError::Unreadable, reason);
    else
        emit packageRejected(pending.metadata.info.path, PackageError::Unreadable, reason);
}

void PackageCatalog::accept(PackageInfo info)
{
    // One entry per file: a file added again with other bytes replaces it.
    const QString path = info.path;
    QStringList replaced;
    for (const PackageInfo &p : std::as_const(m_packages)) {
        if (p.path == path || p.id() == info.id())
            replaced << p.id();
    }
    if (m_store) {
        for (const QString &id : replaced) {
            if (id != info.id())
                m_store->removePackage(id);
        }
        if (!m_store->savePackage(info)) {
            emit packageRejected(path, PackageError::Unreadable, tr("the catalog could not be saved"));
            return;
        }
    }
    m_packages.removeIf([&replaced](const PackageInfo &p) { return replaced.contains(p.id()); });
    m_packages << info;
    qCInfo(lcFleet) << "package catalogued:" << info.fileName() << familyId(info.family) << info.fromVersion
                    << "->" << info.toVersion << info.size << "bytes";
    emit packageAdded(info);
    emit changed();
}
