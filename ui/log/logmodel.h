#pragma once

#include "at/traffic.h"

#include <QAbstractTableModel>
#include <QList>
#include <QTimer>

#include <chrono>
#include <deque>

// One module's live log. Entries arrive in the engine's batches; they wait in a
// queue and join the model together on a short timer (one insert per tick,
// however many batches came), and the oldest rows are trimmed with
// beginRemoveRows once the cap is reached, never with a reset. The full
// transcript is on disk; this is only the recent part a person scrolls through.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Kind, Text, ColumnCount };
    enum Role { KindRole = Qt::UserRole + 1 };

    static constexpr int kDefaultMaxRows = 20000;

    explicit LogModel(QObject *parent = nullptr);

    void setMaxRows(int rows);
    int maxRows() const { return m_maxRows; }
    void setFlushInterval(std::chrono::milliseconds interval) { m_flush.setInterval(interval); }

    // Cheap: queues the entries; the view sees them at the next flush.
    void enqueue(const QList<Traffic> &entries);
    // Applies what is queued now (the timer calls this; tests may too).
    void flush();
    int pendingCount() const { return int(m_pending.size()); }
    // Lines seen since the start, including those trimmed away.
    qint64 totalLines() const { return m_total; }
    qint64 trimmedLines() const { return m_total - qint64(m_rows.size()) - m_pending.size(); }

    const Traffic &entry(int row) const { return m_rows[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void flushed();

private:
    void trimTo(int rows);

    std::deque<Traffic> m_rows;
    QList<Traffic> m_pending;
    QTimer m_flush;
    int m_maxRows = kDefaultMaxRows;
    qint64 m_total = 0;
};
