#pragma once

#include <QStyledItemDelegate>

// Draws a job's progress as the style's own progress bar with the figures
// (percent, rate, time left) written on it; phases without a percentage show
// their figures as plain text.
class ProgressDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
