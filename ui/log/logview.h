#pragma once

#include <QTableView>

// A log table that follows the tail: new lines scroll into view while the
// person is at the bottom; once they scroll up, the view stays on what they
// read (also while old lines are trimmed above it) until they scroll back down.
class LogView : public QTableView
{
    Q_OBJECT

public:
    explicit LogView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    // Time and kind just wide enough; call again when the model's columns
    // appear (a proxy gets its source later).
    void fitColumns();
    bool isFollowingTail() const { return m_follow; }
    void setFollowingTail(bool follow);

signals:
    void followingTailChanged(bool following);

private:
    void onRowsInserted();
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onScrolled(int value);

    bool m_follow = true;
    bool m_adjusting = false; // our own scrolling, not the person's
};
