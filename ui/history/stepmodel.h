#pragma once

#include "fleet/jobrecord.h"

#include <QAbstractTableModel>

// The steps of one stored job: what was done, how long it took, how it ended
// and its figures.
class StepModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Step, Started, Duration, Outcome, Detail, Figures, ColumnCount };

    explicit StepModel(const QList<StepRecord> &steps, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<StepRecord> m_steps;
};
