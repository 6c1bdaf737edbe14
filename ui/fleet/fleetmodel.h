#pragma once

#include "engine/modulesnapshot.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class EngineApi;

// Every module the engine knows, one row each. Rows are keyed by the module id
// (IMEI or serial), not the port, so a module keeps its row while it reboots
// and comes back on another port. Fed only by the engine's batched snapshots.
class FleetModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Port, Family, Model, Imei, Firmware, Sim, Job, Progress, ColumnCount };
    enum Role {
        ModuleIdRole = Qt::UserRole + 1,
        PercentRole,   // int, -1 when the phase has no percentage
        OutcomeRole,   // int(ModuleText::JobOutcome)
        FiguresRole,   // the progress without its percentage: bytes, rate, time left
    };

    struct Counts
    {
        int modules = 0;
        int running = 0;
        int failed = 0;
        int succeeded = 0;
        friend bool operator==(const Counts &, const Counts &) = default;
    };

    explicit FleetModel(QObject *parent = nullptr);

    void attach(EngineApi *engine);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &moduleId) const { return m_rowOf.value(moduleId, -1); }
    // nullptr when the module is not (or no longer) in the fleet.
    const ModuleSnapshot *module(const QString &moduleId) const;
    const ModuleSnapshot &moduleAt(int row) const { return m_modules.at(row); }
    Counts counts() const { return m_counts; }

public slots:
    void applyChanges(const QList<ModuleSnapshot> &changed);
    void removeModule(const QString &moduleId);

signals:
    void moduleChanged(const QString &moduleId);
    void countsChanged(const FleetModel::Counts &counts);

private:
    QVariant display(const ModuleSnapshot &m, int column) const;
    // Other modules in the fleet with the same IMSI (a SIM moved between
    // modules: Telit PFM needs a re-registration then).
    QStringList sharingSim(const ModuleSnapshot &m) const;
    void updateCounts();

    QList<ModuleSnapshot> m_modules;
    QHash<QString, int> m_rowOf;
    Counts m_counts;
};
