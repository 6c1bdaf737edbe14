#include "packagemodel.h"

#include "engine/engineapi.h"
#include "ui/common/format.h"

#include <QFontDatabase>

PackageModel::PackageModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PackageModel::attach(EngineApi *engine)
{
    connect(engine, &EngineApi::packagesChanged, this, &PackageModel::setPackages);
}

int PackageModel::rowOf(const QString &packageId) const
{
    for (int row = 0; row < m_packages.size(); ++row) {
        if (m_packages.at(row).id() == packageId)
            return row;
    }
    return -1;
}

void PackageModel::setPackages(const QList<PackageInfo> &packages)
{
    // Gone first (from the bottom so rows stay valid), then changed, then new.
    for (int row = int(m_packages.size()) - 1; row >= 0; --row) {
        const QString id = m_packages.at(row).id();
        const bool kept = std::any_of(packages.cbegin(), packages.cend(),
                                      [&](const PackageInfo &p) { return p.id() == id; });
        if (!kept) {
            beginRemoveRows({}, row, row);
            m_packages.removeAt(row);
            endRemoveRows();
        }
    }
    for (const PackageInfo &p : packages) {
        const int row = rowOf(p.id());
        if (row >= 0) {
            if (!(m_packages.at(row) == p)) {
                m_packages[row] = p;
                emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        const int end = int(m_packages.size());
        beginInsertRows({}, end, end);
        m_packages << p;
        endInsertRows();
    }
}

int PackageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_packages.size());
}

int PackageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PackageModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_packages.size())
        return {};
    const PackageInfo &p = m_packages.at(index.row());
    if (role == PackageIdRole)
        return p.id();
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case File: return p.fileName();
        case Family: return p.family == ::Family::Unknown ? tr("any") : familyDisplayName(p.family);
        case Model: return p.model.isEmpty() ? tr("any") : p.model;
        // A file name's "V1"/"V2" are labels, not what the module reports:
        // shown as such, never passed for versions.
        case FromVersion:
            if (p.fromVersion.isEmpty())
                return tr("not checked");
            return p.baseVersion().isEmpty() ? tr("%1 (file name label)").arg(p.fromVersion) : p.fromVersion;
        case ToVersion:
            if (p.toVersion.isEmpty())
                return tr("any new firmware");
            return p.targetVersion().isEmpty() ? tr("%1 (file name label)").arg(p.toVersion) : p.toVersion;
        case Size: return Format::bytes(p.size);
        case Sha256: return Format::shortHash(p.sha256);
        case Md5: return Format::shortHash(p.md5);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case File: return p.path;
        case Sha256: return p.sha256;
        case Md5: return p.md5;
        case Size: return tr("%1 bytes").arg(p.size);
        case Family:
        case Model:
            return p.family == ::Family::Unknown || p.model.isEmpty()
                ? tr("Not given: the package goes to the modules chosen below, whatever they are; the "
                     "module checks it")
                : QString();
        case FromVersion:
            if (p.baseVersion().isEmpty())
                return tr("The base version is not checked: the package does not say it (a file name's "
                          "label is no firmware version). The module checks the package itself.");
            return {};
        case ToVersion:
            if (p.targetVersion().isEmpty())
                return tr("Any new firmware after the reboot counts as success.");
            return {};
        default: return {};
        }
    }
    if (role == Qt::FontRole && (index.column() == Sha256 || index.column() == Md5))
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PackageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Family: return tr("Family");
    case Model: return tr("Model");
    case FromVersion: return tr("From");
    case ToVersion: return tr("To");
    case Size: return tr("Size");
    case Sha256: return tr("SHA-256");
    case Md5: return tr("MD5");
    }
    return {};
}
