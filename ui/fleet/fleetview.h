#pragma once

#include <QTableView>

class FleetModel;
class QSortFilterProxyModel;

// The fleet table: one row a module, several selectable at once, sortable by
// any column. Speaks module ids, never row numbers, so callers are immune to
// sorting and to rows coming and going.
class FleetView : public QTableView
{
    Q_OBJECT

public:
    explicit FleetView(FleetModel *model, QWidget *parent = nullptr);

    FleetModel *fleet() const { return m_fleet; }
    QStringList selectedModuleIds() const;
    QString currentModuleId() const;
    void selectModule(const QString &moduleId);
    // Several at once (a batch of one family), the first one current.
    void selectModules(const QStringList &moduleIds);

signals:
    void currentModuleChanged(const QString &moduleId);
    void selectedModulesChanged(const QStringList &moduleIds);

private:
    void setDefaultColumnWidths();

    FleetModel *m_fleet;
    QSortFilterProxyModel *m_proxy;
    QString m_current;
};
