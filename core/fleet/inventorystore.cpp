#include "inventorystore.h"

#include "store.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QDateTime timeFrom(const QVariant &v)
{
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

bool run(QSqlQuery &q, const Store &store)
{
    return q.exec() || store.fail(q.lastError().text());
}

PackageInfo packageFrom(const QSqlQuery &q)
{
    PackageInfo p;
    p.path = q.value(0).toString();
    p.family = familyFromId(q.value(1).toString());
    p.model = q.value(2).toString();
    p.fromVersion = q.value(3).toString();
    p.toVersion = q.value(4).toString();
    p.size = q.value(5).toLongLong();
    p.sha256 = q.value(6).toString();
    p.md5 = q.value(7).toString();
    const QString source = q.value(8).toString();
    p.source = source == packageSourceId(PackageInfo::Source::Manifest) ? PackageInfo::Source::Manifest
        : source == packageSourceId(PackageInfo::Source::FileName)     ? PackageInfo::Source::FileName
                                                                        : PackageInfo::Source::User;
    p.added = timeFrom(q.value(9));
    return p;
}

const char *const kPackageColumns = "path, family, model, from_version, to_version, size, sha256, md5, source, added";
const char *const kDeviceColumns =
    "id, family, manufacturer, model, imei, imsi, iccid, serial, firmware, port, first_seen, last_seen";

DeviceRecord deviceFrom(const QSqlQuery &q)
{
    DeviceRecord d;
    ModuleIdentity &i = d.identity;
    i.family = familyFromId(q.value(1).toString());
    i.manufacturer = q.value(2).toString();
    i.model = q.value(3).toString();
    i.imei = q.value(4).toString();
    i.imsi = q.value(5).toString();
    i.iccid = q.value(6).toString();
    i.serial = q.value(7).toString();
    i.firmware = q.value(8).toString();
    d.port = q.value(9).toString();
    d.firstSeen = timeFrom(q.value(10));
    d.lastSeen = timeFrom(q.value(11));
    return d;
}

} // namespace

bool InventoryStore::saveDevice(const ModuleIdentity &identity, const QString &port)
{
    if (identity.key().isEmpty())
        return m_store->fail(QStringLiteral("a module without IMEI or serial cannot be stored"));
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("UPDATE devices SET family = ?, manufacturer = ?, model = ?, imei = ?, "
                             "imsi = ?, iccid = ?, serial = ?, firmware = ?, port = ?, last_seen = ? "
                             "WHERE id = ?"));
    const QString seen = now();
    const QVariantList fields{familyId(identity.family), identity.manufacturer, identity.model, identity.imei,
                              identity.imsi, identity.iccid, identity.serial, identity.firmware, port};
    for (const QVariant &v : fields)
        q.addBindValue(v);
    q.addBindValue(seen);
    q.addBindValue(identity.key());
    if (!run(q, *m_store))
        return false;
    // Portable upsert: update, and insert when nothing was there.
    if (q.numRowsAffected() == 0) {
        q.prepare(QStringLiteral("INSERT INTO devices (%1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                      .arg(QLatin1String(kDeviceColumns)));
        q.addBindValue(identity.key());
        for (const QVariant &v : fields)
            q.addBindValue(v);
        q.addBindValue(seen);
        q.addBindValue(seen);
        if (!run(q, *m_store))
            return false;
    }
    return t.commit();
}

std::optional<DeviceRecord> InventoryStore::device(const QString &id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM devices WHERE id = ?").arg(QLatin1String(kDeviceColumns)));
    q.addBindValue(id);
    if (!run(q, *m_store) || !q.next())
        return std::nullopt;
    return deviceFrom(q);
}

QList<DeviceRecord> InventoryStore::devices() const
{
    QList<DeviceRecord> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM devices ORDER BY id").arg(QLatin1String(kDeviceColumns)));
    if (!run(q, *m_store))
        return out;
    while (q.next())
        out << deviceFrom(q);
    return out;
}

bool InventoryStore::savePackage(const PackageInfo &p)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("DELETE FROM packages WHERE id = ?"));
    q.addBindValue(p.id());
    if (!run(q, *m_store))
        return false;
    q.prepare(QStringLiteral("INSERT INTO packages (id, %1) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1String(kPackageColumns)));
    for (const QVariant &v : QVariantList{p.id(), p.path, familyId(p.family), p.model, p.fromVersion,
                                          p.toVersion, p.size, p.sha256, p.md5, packageSourceId(p.source),
                                          (p.added.isValid() ? p.added : QDateTime::currentDateTimeUtc())
                                              .toUTC()
                                              .toString(Qt::ISODateWithMs)})
        q.addBindValue(v);
    return run(q, *m_store) && t.commit();
}

bool InventoryStore::removePackage(const QString &id)
{
    Store::Transaction t(*m_store);
    if (!t.isActive())
        return false;
    QSqlQuery q(t.db());
    q.prepare(QStringLiteral("DELETE FROM packages WHERE id = ?"));
    q.addBindValue(id);
    return run(q, *m_store) && t.commit();
}

std::optional<PackageInfo> InventoryStore::package(const QString &id) const
{
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM packages WHERE id = ?").arg(QLatin1String(kPackageColumns)));
    q.addBindValue(id);
    if (!run(q, *m_store) || !q.next())
        return std::nullopt;
    return packageFrom(q);
}

QList<PackageInfo> InventoryStore::packages() const
{
    QList<PackageInfo> out;
    QSqlQuery q(m_store->database());
    q.prepare(QStringLiteral("SELECT %1 FROM packages ORDER BY added, path").arg(QLatin1String(kPackageColumns)));
    if (!run(q, *m_store))
        return out;
    while (q.next())
        out << packageFrom(q);
    return out;
}
