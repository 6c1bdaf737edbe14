#pragma once

#include "modules/moduleidentity.h"
#include "packageinfo.h"

#include <QDateTime>
#include <QList>

#include <optional>

class Store;

// A module FotaDesk has seen, as the inventory keeps it.
struct DeviceRecord
{
    ModuleIdentity identity;
    QString port;
    QDateTime firstSeen;
    QDateTime lastSeen;
};

// Devices and catalogued packages in the store, one transaction a call.
class InventoryStore
{
public:
    explicit InventoryStore(Store *store) : m_store(store) { }

    // Inserts or updates the module by its key (IMEI, else serial); keeps the
    // first-seen time.
    bool saveDevice(const ModuleIdentity &identity, const QString &port);
    std::optional<DeviceRecord> device(const QString &id) const;
    QList<DeviceRecord> devices() const;

    bool savePackage(const PackageInfo &package);
    bool removePackage(const QString &id);
    std::optional<PackageInfo> package(const QString &id) const;
    QList<PackageInfo> packages() const;

private:
    Store *m_store;
};
