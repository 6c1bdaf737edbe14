#pragma once

#include "at/traffic.h"

#include <QSortFilterProxyModel>

// Shows the log lines of the chosen kinds that contain the search text. Rows
// keep their order (no sorting), so appends and trims pass through as such.
class LogFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit LogFilterModel(QObject *parent = nullptr);

    void setKindVisible(Traffic::Kind kind, bool visible);
    void setKindsVisible(const QList<Traffic::Kind> &kinds, bool visible);
    bool isKindVisible(Traffic::Kind kind) const;
    void setSearchText(const QString &text);
    QString searchText() const { return m_search; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    static quint32 bit(Traffic::Kind kind) { return 1u << quint32(kind); }

    quint32 m_hidden = 0;
    QString m_search;
};
