#include "fleetmodel.h"

#include "engine/engineapi.h"
#include "statusicons.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

FleetModel::FleetModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FleetModel::attach(EngineApi *engine)
{
    connect(engine, &EngineApi::modulesChanged, this, &FleetModel::applyChanges);
    connect(engine, &EngineApi::moduleRemoved, this, &FleetModel::removeModule);
}

int FleetModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_modules.size());
}

int FleetModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const ModuleSnapshot *FleetModel::module(const QString &moduleId) const
{
    const int row = rowOf(moduleId);
    return row < 0 ? nullptr : &m_modules.at(row);
}

QVariant FleetModel::display(const ModuleSnapshot &m, int column) const
{
    switch (column) {
    case Port: return ModuleText::portName(m.port);
    case Family: return familyDisplayName(m.identity.family);
    case Model: return m.identity.model;
    case Imei: return m.identity.imei.isEmpty() ? m.identity.serial : m.identity.imei;
    case Firmware: return m.identity.firmware;
    case Sim: return ModuleText::simState(m.identity.simState);
    case Job: return ModuleText::jobWord(m);
    case Progress:
        // The wide column: what goes on now, or the end of the last job in
        // the engine's own sentence ("Verified: running 10.00.006").
        return m.jobActive ? ModuleText::progressLine(m.progress) : m.jobResult;
    }
    return {};
}

QStringList FleetModel::sharingSim(const ModuleSnapshot &m) const
{
    QStringList others;
    if (m.identity.imsi.isEmpty())
        return others;
    for (const ModuleSnapshot &o : m_modules) {
        if (o.id != m.id && o.identity.imsi == m.identity.imsi)
            others << ModuleText::label(o);
    }
    return others;
}

QVariant FleetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_modules.size())
        return {};
    const ModuleSnapshot &m = m_modules.at(index.row());
    const auto outcome = ModuleText::outcome(m);
    const QPalette palette = QApplication::palette();
    switch (role) {
    case Qt::DisplayRole:
        return display(m, index.column());
    case ModuleIdRole:
        return m.id;
    case PercentRole:
        return m.jobActive ? m.progress.percent : -1;
    case OutcomeRole:
        return int(outcome);
    case FiguresRole:
        return m.jobActive ? QVariant(ModuleText::progressFigures(m.progress)) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == Port)
            return StatusIcons::connection(m.connection);
        if (index.column() == Job) {
            // Flashing: the one time unplugging does harm.
            if (outcome == ModuleText::JobOutcome::Running && ModuleText::mustNotBeInterrupted(m.progress))
                return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
            return StatusIcons::outcome(outcome);
        }
        if (index.column() == Sim && !sharingSim(m).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::BackgroundRole: {
        const QColor tint = UiColors::outcomeTint(outcome, palette);
        return tint.isValid() ? QVariant(tint) : QVariant();
    }
    case Qt::ForegroundRole:
        if ((index.column() == Job || index.column() == Progress) && outcome != ModuleText::JobOutcome::Running)
            return UiColors::outcomeText(outcome, palette);
        if (index.column() == Port && m.connection != ModuleSession::State::Connected)
            return palette.color(QPalette::Disabled, QPalette::Text);
        if (index.column() == Sim && m.identity.simNeedsPin())
            return UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette);
        return {};
    case Qt::FontRole:
        if (index.column() == Job && outcome != ModuleText::JobOutcome::None
            && outcome != ModuleText::JobOutcome::Running) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::ToolTipRole: {
        QStringList lines;
        if (index.column() == Port)
            lines << m.port << ModuleText::connection(m.connection);
        if (index.column() == Job && m.jobActive && ModuleText::mustNotBeInterrupted(m.progress))
            lines << tr("The module is installing: never unplug it or power it off now.");
        if (index.column() == Job || index.column() == Progress) {
            if (!m.progress.message.isEmpty())
                lines << m.progress.message;
            if (!m.progress.rawLine.isEmpty())
                lines << tr("Module: %1").arg(m.progress.rawLine);
            if (!m.jobActive && !m.jobResult.isEmpty())
                lines << m.jobResult;
        }
        if (index.column() == Sim) {
            const QStringList others = sharingSim(m);
            if (!others.isEmpty())
                lines << tr("This SIM (IMSI %1) is also in %2. A SIM moved between registered Telit modules "
                            "blocks their PFM updates until the module registers again.")
                             .arg(m.identity.imsi, others.join(QStringLiteral(", ")));
        }
        if (!m.status.isEmpty())
            lines << m.status;
        lines.removeDuplicates();
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
    }
    default:
        return {};
    }
}

QVariant FleetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Port: return tr("Port");
    case Family: return tr("Family");
    case Model: return tr("Model");
    case Imei: return tr("IMEI");
    case Firmware: return tr("Firmware");
    case Sim: return tr("SIM");
    case Job: return tr("Job");
    case Progress: return tr("Progress");
    }
    return {};
}

void FleetModel::applyChanges(const QList<ModuleSnapshot> &changed)
{
    QList<ModuleSnapshot> added;
    for (const ModuleSnapshot &snapshot : changed) {
        const int row = rowOf(snapshot.id);
        if (row < 0) {
            // A batch may carry the same new module twice; keep the latest.
            auto it = std::find_if(added.begin(), added.end(),
                                   [&](const ModuleSnapshot &a) { return a.id == snapshot.id; });
            if (it != added.end())
                *it = snapshot;
            else
                added << snapshot;
            continue;
        }
        m_modules[row] = snapshot;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    if (!added.isEmpty()) {
        const int first = int(m_modules.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (const ModuleSnapshot &snapshot : std::as_const(added)) {
            m_rowOf.insert(snapshot.id, int(m_modules.size()));
            m_modules << snapshot;
        }
        endInsertRows();
    }
    for (const ModuleSnapshot &snapshot : changed)
        emit moduleChanged(snapshot.id);
    updateCounts();
}

void FleetModel::removeModule(const QString &moduleId)
{
    const int row = rowOf(moduleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_modules.removeAt(row);
    m_rowOf.remove(moduleId);
    for (int r = row; r < m_modules.size(); ++r)
        m_rowOf[m_modules.at(r).id] = r;
    endRemoveRows();
    emit moduleChanged(moduleId);
    updateCounts();
}

void FleetModel::updateCounts()
{
    Counts c;
    c.modules = int(m_modules.size());
    for (const ModuleSnapshot &m : std::as_const(m_modules)) {
        switch (ModuleText::outcome(m)) {
        case ModuleText::JobOutcome::Running: ++c.running; break;
        case ModuleText::JobOutcome::Failed: ++c.failed; break;
        case ModuleText::JobOutcome::Succeeded: ++c.succeeded; break;
        default: break;
        }
    }
    if (c == m_counts)
        return;
    m_counts = c;
    emit countsChanged(c);
}
