#include "fleetview.h"

#include "fleetmodel.h"
#include "progressdelegate.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>

namespace {

// Device paths differ at their end (/tmp/.../modems/telit-pfm-0), sentences
// at their start: each column elides where it loses least.
class ElidingDelegate : public QStyledItemDelegate
{
public:
    ElidingDelegate(Qt::TextElideMode mode, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_mode(mode)
    {
    }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = m_mode;
    }

private:
    Qt::TextElideMode m_mode;
};

} // namespace

FleetView::FleetView(FleetModel *model, QWidget *parent)
    : QTableView(parent)
    , m_fleet(model)
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_proxy->setSortLocaleAware(true);
    setModel(m_proxy);
    setItemDelegateForColumn(FleetModel::Progress, new ProgressDelegate(this));
    setItemDelegateForColumn(FleetModel::Port, new ElidingDelegate(Qt::ElideLeft, this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setSortingEnabled(true);
    // By port: modules are found in whatever order they answer, and a table
    // that reshuffles with every probe is hard to read.
    sortByColumn(FleetModel::Port, Qt::AscendingOrder);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setShowGrid(false);
    setAlternatingRowColors(false); // row tints carry the job results
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    setDefaultColumnWidths();
    setAccessibleName(tr("Modules"));

    auto emitCurrent = [this] {
        const QString id = currentModuleId();
        if (id == m_current)
            return;
        m_current = id;
        emit currentModuleChanged(id);
    };
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, emitCurrent);
    // Rows removed under the cursor change the current index without always
    // saying so through currentRowChanged (e.g. the last row goes).
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, emitCurrent);
    connect(selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emit selectedModulesChanged(selectedModuleIds()); });
}

void FleetView::setDefaultColumnWidths()
{
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int icon = 24;
    setColumnWidth(FleetModel::Port, ch * 20 + icon);
    setColumnWidth(FleetModel::Family, ch * 15);
    setColumnWidth(FleetModel::Model, ch * 12);
    setColumnWidth(FleetModel::Imei, ch * 16);
    setColumnWidth(FleetModel::Firmware, ch * 24);
    setColumnWidth(FleetModel::Sim, ch * 10);
    setColumnWidth(FleetModel::Job, ch * 22 + icon);
}

QStringList FleetView::selectedModuleIds() const
{
    QStringList ids;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(FleetModel::ModuleIdRole).toString();
    // Table order, not click order: the update dialog lists them this way.
    std::sort(ids.begin(), ids.end(), [this](const QString &a, const QString &b) {
        return m_proxy->mapFromSource(m_fleet->index(m_fleet->rowOf(a), 0)).row()
               < m_proxy->mapFromSource(m_fleet->index(m_fleet->rowOf(b), 0)).row();
    });
    return ids;
}

QString FleetView::currentModuleId() const
{
    const QModelIndex current = selectionModel()->currentIndex();
    return current.isValid() ? current.data(FleetModel::ModuleIdRole).toString() : QString();
}

void FleetView::selectModule(const QString &moduleId)
{
    const int row = m_fleet->rowOf(moduleId);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_fleet->index(row, 0));
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
}

void FleetView::selectModules(const QStringList &moduleIds)
{
    QItemSelection selection;
    QModelIndex first;
    for (const QString &id : moduleIds) {
        const int row = m_fleet->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_proxy->mapFromSource(m_fleet->index(row, 0));
        selection.select(index, index);
        if (!first.isValid())
            first = index;
    }
    if (!first.isValid())
        return;
    selectionModel()->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
    selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(first);
}
