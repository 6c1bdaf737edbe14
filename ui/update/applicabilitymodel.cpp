#include "applicabilitymodel.h"

#include "methodchoice.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"
#include "ui/fleet/statusicons.h"

#include <QApplication>
#include <QStyle>

ApplicabilityModel::ApplicabilityModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ApplicabilityModel::setModules(const QList<ModuleSnapshot> &modules)
{
    beginResetModel();
    m_modules = modules;
    m_results = QList<Applicability>(modules.size());
    endResetModel();
    recheck();
}

void ApplicabilityModel::setPackage(const std::optional<PackageInfo> &package)
{
    m_package = package;
    recheck();
}

void ApplicabilityModel::setMethod(UpdateMethod method)
{
    m_method = method;
    recheck();
}

void ApplicabilityModel::recheck()
{
    for (int row = 0; row < m_modules.size(); ++row) {
        const ModuleSnapshot &m = m_modules.at(row);
        m_results[row] = m_package ? checkApplicability(m.identity, *m_package,
                                                        MethodChoice::resolve(m_method, m.identity.family))
                                   : Applicability{};
    }
    if (!m_modules.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_modules.size()) - 1, ColumnCount - 1));
}

ApplicabilityModel::Verdict ApplicabilityModel::verdict(int row) const
{
    if (!m_package)
        return Verdict::NoPackage;
    const Applicability &a = m_results.at(row);
    if (a.applies())
        return Verdict::Applies;
    return a.appliesWithOverride() ? Verdict::Overridable : Verdict::NotApplicable;
}

bool ApplicabilityModel::overrideOffered() const
{
    if (!m_package)
        return false;
    bool anyFinding = false;
    for (const Applicability &a : m_results) {
        if (!a.appliesWithOverride())
            return false;
        anyFinding = anyFinding || !a.applies();
    }
    return anyFinding;
}

QStringList ApplicabilityModel::eligibleModuleIds(bool overrideChecks) const
{
    QStringList ids;
    for (int row = 0; row < m_modules.size(); ++row) {
        const Verdict v = verdict(row);
        if (v == Verdict::Applies || (overrideChecks && v == Verdict::Overridable && overrideOffered()))
            ids << m_modules.at(row).id;
    }
    return ids;
}

int ApplicabilityModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int ApplicabilityModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicabilityModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_modules.size())
        return {};
    const ModuleSnapshot &m = m_modules.at(index.row());
    const Verdict v = verdict(index.row());
    const auto outcome = v == Verdict::Applies       ? ModuleText::JobOutcome::Succeeded
                         : v == Verdict::Overridable ? ModuleText::JobOutcome::Cancelled
                         : v == Verdict::NoPackage   ? ModuleText::JobOutcome::None
                                                     : ModuleText::JobOutcome::Failed;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Module: return ModuleText::label(m);
        case Port: return m.port;
        case Firmware: return m.identity.firmware;
        case Check:
            switch (v) {
            case Verdict::NoPackage: return tr("Choose a package");
            case Verdict::Applies: return tr("Applies");
            case Verdict::Overridable: return tr("Check failed (can be overridden)");
            case Verdict::NotApplicable: return tr("Does not apply");
            }
            return {};
        case Reason: {
            const Applicability &a = m_results.at(index.row());
            if (v == Verdict::Applies && m.identity.simNeedsPin())
                return tr("The SIM needs its PIN: enter it below");
            return a.summary();
        }
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == Reason ? m_results.at(index.row()).summary() : QString();
    case Qt::DecorationRole:
        if (index.column() != Check || v == Verdict::NoPackage)
            return {};
        if (v == Verdict::Overridable)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return StatusIcons::outcome(outcome);
    case Qt::ForegroundRole:
        if (index.column() == Check || index.column() == Reason)
            return UiColors::outcomeText(outcome, QApplication::palette());
        return {};
    default:
        return {};
    }
}

QVariant ApplicabilityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Module: return tr("Module");
    case Port: return tr("Port");
    case Firmware: return tr("Firmware now");
    case Check: return tr("Package");
    case Reason: return tr("Why");
    }
    return {};
}
