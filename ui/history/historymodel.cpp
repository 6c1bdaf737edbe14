#include "historymodel.h"

#include "engine/engineapi.h"
#include "jobtext.h"
#include "ui/common/format.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QApplication>

namespace {

ModuleText::JobOutcome outcomeOf(JobState state)
{
    switch (state) {
    case JobState::Succeeded: return ModuleText::JobOutcome::Succeeded;
    case JobState::Failed:
    case JobState::Interrupted: return ModuleText::JobOutcome::Failed;
    case JobState::Cancelled: return ModuleText::JobOutcome::Cancelled;
    case JobState::Pending:
    case JobState::Running: return ModuleText::JobOutcome::Running;
    }
    return ModuleText::JobOutcome::None;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::attach(EngineApi *engine)
{
    connect(engine, &EngineApi::historyReady, this, &HistoryModel::setJobs);
    connect(engine, &EngineApi::jobFinished, this,
            [this](const QString &, const JobRecord &job) { addJob(job); });
}

void HistoryModel::setJobs(const QList<JobRecord> &jobs)
{
    // A whole new answer from the store (a few hundred rows, on request).
    beginResetModel();
    m_jobs = jobs;
    endResetModel();
}

void HistoryModel::addJob(const JobRecord &job)
{
    for (int row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == job.id) {
            m_jobs[row] = job;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_jobs.prepend(job);
    endInsertRows();
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const JobRecord &j = m_jobs.at(index.row());
    if (role == JobIdRole)
        return j.id;
    if (role == SortRole) {
        if (index.column() == Started)
            return j.started;
        if (index.column() == Duration)
            return j.durationMs();
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Started: return Format::dateTime(j.started);
        case Module:
            return QStringLiteral("%1 %2").arg(j.model.isEmpty() ? familyDisplayName(j.family) : j.model, j.imei);
        case Package: return j.packageName;
        case FromVersion: return j.fromVersion;
        case FirmwareAfter: return j.firmwareAfter;
        case Method: return methodId(j.method);
        case Outcome: return JobText::outcome(j);
        case Duration: return Format::duration(j.durationMs());
        case Data: return JobText::dataFigures(j);
        }
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == Outcome) {
        QStringList lines{j.message, j.advice};
        lines.removeAll(QString());
        return lines.join(QLatin1Char('\n'));
    }
    if (role == Qt::ToolTipRole && index.column() == Method)
        return ModuleText::method(j.method);
    if (role == Qt::ForegroundRole && index.column() == Outcome)
        return UiColors::outcomeText(outcomeOf(j.state), QApplication::palette());
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Started: return tr("Started");
    case Module: return tr("Module");
    case Package: return tr("Package");
    case FromVersion: return tr("Firmware before");
    case FirmwareAfter: return tr("Firmware after");
    case Method: return tr("Method");
    case Outcome: return tr("Outcome");
    case Duration: return tr("Duration");
    case Data: return tr("Data");
    }
    return {};
}
