#include "portsmodel.h"

#include "discovery/portstatus.h"
#include "ui/common/uicolors.h"

#include <QApplication>
#include <QMetaEnum>

namespace {

// The engine sends the state's id ("not-a-module"); people read its name.
QString statusName(const QString &id)
{
    const QMetaEnum states = QMetaEnum::fromType<PortState>();
    for (int i = 0; i < states.keyCount(); ++i) {
        const auto state = PortState(states.value(i));
        if (PortStatus::stateId(state) == id)
            return PortStatus::stateDisplayName(state);
    }
    return id;
}

bool isTrouble(const QString &id)
{
    return id == QLatin1String("busy") || id == QLatin1String("error") || id == QLatin1String("permission-denied");
}

} // namespace

PortsModel::PortsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PortsModel::attach(EngineApi *engine)
{
    connect(engine, &EngineApi::portsChanged, this, &PortsModel::setPorts);
}

void PortsModel::setPorts(const QList<PortSnapshot> &ports)
{
    // The engine sends the whole list, a few dozen ports at most, when it
    // changes: a reset is the honest description and costs nothing here.
    beginResetModel();
    m_ports = ports;
    std::sort(m_ports.begin(), m_ports.end(),
              [](const PortSnapshot &a, const PortSnapshot &b) { return a.name < b.name; });
    endResetModel();
    emit portsChanged();
}

int PortsModel::portsWithoutModule() const
{
    return int(std::count_if(m_ports.cbegin(), m_ports.cend(), [](const PortSnapshot &p) {
        return p.moduleId.isEmpty() && p.status != QLatin1String("probing") && p.status != QLatin1String("settling")
               && p.status != QLatin1String("gone");
    }));
}

int PortsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ports.size());
}

int PortsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PortsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ports.size())
        return {};
    const PortSnapshot &p = m_ports.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name: return p.name;
        case Status: return statusName(p.status);
        case Detail: return p.detail;
        case Description: return p.description;
        case UsbId: return p.usbId;
        case Maker: return p.maker;
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Detail)
        return p.detail;
    if (role == Qt::ForegroundRole && index.column() == Status && isTrouble(p.status))
        return UiColors::outcomeText(ModuleText::JobOutcome::Failed, QApplication::palette());
    return {};
}

QVariant PortsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Port");
    case Status: return tr("Status");
    case Detail: return tr("What to do");
    case Description: return tr("Device");
    case UsbId: return tr("USB id");
    case Maker: return tr("Maker");
    }
    return {};
}
