#pragma once

#include "fleet/jobrecord.h"

#include <QAbstractTableModel>

class EngineApi;

// Past update jobs, newest first, as the store reports them; jobs that end
// while the history is open join at the top.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Started, Module, Package, FromVersion, FirmwareAfter, Method, Outcome, Duration, Data, ColumnCount };
    enum Role { JobIdRole = Qt::UserRole + 1, SortRole };

    explicit HistoryModel(QObject *parent = nullptr);

    void attach(EngineApi *engine);
    void setJobs(const QList<JobRecord> &jobs);
    void addJob(const JobRecord &job);
    const JobRecord &job(int row) const { return m_jobs.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JobRecord> m_jobs;
};
