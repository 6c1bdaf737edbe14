#include "logmodel.h"

#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QApplication>
#include <QDateTime>
#include <QPalette>

using namespace std::chrono_literals;

LogModel::LogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    // About 10 Hz: fast enough to read as live, slow enough that a fleet of
    // chatty modules costs the view one insert a tick.
    m_flush.setInterval(100ms);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &LogModel::flush);
}

void LogModel::setMaxRows(int rows)
{
    m_maxRows = qMax(1, rows);
    trimTo(m_maxRows);
}

void LogModel::enqueue(const QList<Traffic> &entries)
{
    if (entries.isEmpty())
        return;
    m_pending.append(entries);
    m_total += entries.size();
    // Whatever would be trimmed at once is dropped before it costs a row.
    if (m_pending.size() > m_maxRows)
        m_pending.remove(0, m_pending.size() - m_maxRows);
    if (!m_flush.isActive())
        m_flush.start();
}

void LogModel::flush()
{
    m_flush.stop();
    if (m_pending.isEmpty())
        return;
    // Make room first, so the model never holds more than the cap.
    trimTo(m_maxRows - int(m_pending.size()));
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(m_pending.size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(m_pending.begin()),
                  std::make_move_iterator(m_pending.end()));
    m_pending.clear();
    endInsertRows();
    emit flushed();
}

void LogModel::trimTo(int rows)
{
    const int excess = int(m_rows.size()) - qMax(0, rows);
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + excess);
    endRemoveRows();
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const Traffic &t = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QDateTime::fromMSecsSinceEpoch(t.msecs).toString(QStringLiteral("HH:mm:ss.zzz"));
        case Kind:
            return ModuleText::trafficKind(t.kind);
        case Text:
            return t.text;
        }
        return {};
    case KindRole:
        return int(t.kind);
    case Qt::ForegroundRole:
        if (index.column() == Time)
            return QApplication::palette().color(QPalette::Disabled, QPalette::Text);
        return UiColors::trafficText(t.kind, t.text, QApplication::palette());
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return QDateTime::fromMSecsSinceEpoch(t.msecs).toString(Qt::ISODateWithMs);
        return {};
    default:
        return {};
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time: return tr("Time");
    case Kind: return tr("Kind");
    case Text: return tr("Line");
    }
    return {};
}
