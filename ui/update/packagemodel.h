#pragma once

#include "fleet/packageinfo.h"

#include <QAbstractTableModel>

class EngineApi;

// The package catalog as the engine reports it. Updates are merged by package
// id (SHA-256) so a selection in a view survives the catalog growing.
class PackageModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { File, Family, Model, FromVersion, ToVersion, Size, Sha256, Md5, ColumnCount };
    enum Role { PackageIdRole = Qt::UserRole + 1 };

    explicit PackageModel(QObject *parent = nullptr);

    void attach(EngineApi *engine);
    void setPackages(const QList<PackageInfo> &packages);
    const PackageInfo &package(int row) const { return m_packages.at(row); }
    int rowOf(const QString &packageId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PackageInfo> m_packages;
};
