#include "logfiltermodel.h"

#include "logmodel.h"

LogFilterModel::LogFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The source only appends and trims; there is nothing to re-sort.
    setDynamicSortFilter(false);
}

void LogFilterModel::setKindVisible(Traffic::Kind kind, bool visible)
{
    setKindsVisible({kind}, visible);
}

void LogFilterModel::setKindsVisible(const QList<Traffic::Kind> &kinds, bool visible)
{
    quint32 hidden = m_hidden;
    for (Traffic::Kind kind : kinds)
        hidden = visible ? (hidden & ~bit(kind)) : (hidden | bit(kind));
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    invalidateRowsFilter();
}

bool LogFilterModel::isKindVisible(Traffic::Kind kind) const
{
    return !(m_hidden & bit(kind));
}

void LogFilterModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    invalidateRowsFilter();
}

bool LogFilterModel::isFiltering() const
{
    return m_hidden != 0 || !m_search.isEmpty();
}

bool LogFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    Q_UNUSED(sourceParent);
    // Read the entry itself rather than going through data(): this runs for
    // every row each time the filter changes.
    const auto *log = static_cast<const LogModel *>(sourceModel());
    const Traffic &t = log->entry(sourceRow);
    if (m_hidden & bit(t.kind))
        return false;
    return m_search.isEmpty() || t.text.contains(m_search, Qt::CaseInsensitive);
}
