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

void ApplicabilityModel::setDownloadUrl(const QUrl &url)
{
    if (url == m_url)
        return;
    m_url = url;
    recheck();
}

void ApplicabilityModel::recheck()
{
    m_needsPackage = QList<bool>(m_modules.size());
    for (int row = 0; row < m_modules.size(); ++row) {
        const ModuleSnapshot &m = m_modules.at(row);
        const UpdateMethod method = MethodChoice::resolve(m_method, m.identity.family);
        const bool needs = MethodChoice::needsPackage(m.identity.family, method, m_url);
        m_needsPackage[row] = needs;
        if (!needs)
            m_results[row] = checkApplicability(m.identity, PackageInfo{}, method);
        else
            m_results[row] = m_package ? checkApplicability(m.identity, *m_package, method) : Applicability{};
    }
    if (!m_modules.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_modules.size()) - 1, ColumnCount - 1));
}

ApplicabilityModel::Verdict ApplicabilityModel::verdict(int row) const
{
    const bool needs = needsPackage(row);
    if (needs && !m_package)
        return Verdict::NoPackage;
    const Applicability &a = m_results.at(row);
    if (a.applies())
        return needs ? Verdict::Applies : Verdict::NoFileNeeded;
    return a.appliesWithOverride() ? Verdict::Overridable : Verdict::NotApplicable;
}

bool ApplicabilityModel::overrideOffered() const
{
    bool anyFinding = false;
    for (int row = 0; row < m_modules.size(); ++row) {
        if (verdict(row) == Verdict::NoPackage)
            continue;
        const Applicability &a = m_results.at(row);
        if (!a.appliesWithOverride())
            return false;
        anyFinding = anyFinding || !a.applies();
    }
    return anyFinding;
}

QStringList ApplicabilityModel::eligibleModuleIds(bool overrideChecks) const
{
    QStringList ids;
    const bool overridden = overrideChecks && overrideOffered();
    for (int row = 0; row < m_modules.size(); ++row) {
        const Verdict v = verdict(row);
        if (v == Verdict::Applies || v == Verdict::NoFileNeeded || (overridden && v == Verdict::Overridable))
            ids << m_modules.at(row).id;
    }
    return ids;
}

QString ApplicabilityModel::note(int row) const
{
    // What the check could not look at, said so that nobody reads "Applies"
    // as "this delta fits this firmware".
    const ModuleSnapshot &m = m_modules.at(row);
    const Verdict v = verdict(row);
    QStringList notes;
    if (v == Verdict::NoFileNeeded) {
        const UpdateMethod method = MethodChoice::resolve(m_method, m.identity.family);
        notes << tr("No file: %1 holds the package, the module checks what it installs")
                     .arg(MethodChoice::packageSource(m.identity.family, method, m_url));
    } else if (v == Verdict::Applies && m_package && m_package->baseVersion().isEmpty()) {
        // Short enough for the column; the package list's tooltip says why.
        if (m_package->source == PackageInfo::Source::FileName && !m_package->fromVersion.isEmpty())
            notes << tr("Base version not checked (\u201c%1\u201d is a file name label): the module checks "
                        "the package itself")
                         .arg(m_package->fromVersion);
        else
            notes << tr("Base version not checked: the module checks the package itself");
    }
    if ((v == Verdict::Applies || v == Verdict::NoFileNeeded) && m.identity.simNeedsPin())
        notes << tr("The SIM needs its PIN: enter it above");
    return notes.join(QLatin1String("; "));
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
    const auto outcome = v == Verdict::Applies || v == Verdict::NoFileNeeded ? ModuleText::JobOutcome::Succeeded
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
            case Verdict::NoFileNeeded: return tr("No file needed");
            case Verdict::Overridable: return tr("Check failed (can be overridden)");
            case Verdict::NotApplicable: return tr("Does not apply");
            }
            return {};
        case Reason: {
            const QString found = m_results.at(index.row()).summary();
            return found.isEmpty() ? note(index.row()) : found;
        }
        }
        return {};
    case Qt::ToolTipRole: {
        if (index.column() != Reason)
            return QString();
        const QString found = m_results.at(index.row()).summary();
        return found.isEmpty() ? note(index.row()) : found;
    }
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
