#include "stepmodel.h"

#include "jobtext.h"
#include "ui/common/format.h"
#include "ui/common/uicolors.h"

#include <QApplication>

StepModel::StepModel(const QList<StepRecord> &steps, QObject *parent)
    : QAbstractTableModel(parent)
    , m_steps(steps)
{
}

int StepModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_steps.size());
}

int StepModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_steps.size())
        return {};
    const StepRecord &s = m_steps.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Step: return JobText::stepName(s.name);
        case Started: return Format::dateTime(s.started);
        case Duration: return s.ended.isValid() ? Format::duration(s.started.msecsTo(s.ended)) : QString();
        case Outcome: return JobText::stepOutcome(s.outcome);
        case Detail: return s.detail;
        case Figures: return JobText::figures(s.figures).replace(QLatin1Char('\n'), QStringLiteral("; "));
        }
        return {};
    }
    if (role == Qt::ToolTipRole && (index.column() == Figures || index.column() == Detail))
        return index.column() == Figures ? JobText::figures(s.figures) : s.detail;
    if (role == Qt::ForegroundRole && index.column() == Outcome) {
        const auto outcome = s.outcome == QLatin1String("ok")       ? ModuleText::JobOutcome::Succeeded
                             : s.outcome == QLatin1String("skipped") ? ModuleText::JobOutcome::None
                             : s.outcome == QLatin1String("running") ? ModuleText::JobOutcome::Running
                                                                    : ModuleText::JobOutcome::Failed;
        return UiColors::outcomeText(outcome, QApplication::palette());
    }
    return {};
}

QVariant StepModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Step: return tr("Step");
    case Started: return tr("Started");
    case Duration: return tr("Duration");
    case Outcome: return tr("Outcome");
    case Detail: return tr("Detail");
    case Figures: return tr("Figures");
    }
    return {};
}
