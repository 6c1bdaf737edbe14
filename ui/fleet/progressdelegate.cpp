#include "progressdelegate.h"

#include "fleetmodel.h"
#include "ui/common/moduletext.h"

#include <QApplication>
#include <QPainter>
#include <QStyleOptionProgressBar>

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const int percent = index.data(FleetModel::PercentRole).toInt();
    if (percent < 0) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The row's background and selection first, so the bar sits on the same
    // tint as the rest of the row.
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    QStyle *style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, option.widget);

    // A short bar, then the percentage and the figures in plain text beside
    // it: text drawn across a bar's edge is hard to read. Without figures (a
    // finished job) the bar fills the cell with its word.
    const QVariant figuresData = index.data(FleetModel::FiguresRole);
    const int barWidth = figuresData.isNull()
                             ? option.rect.width() - 6
                             : qMin(option.rect.width() / 4, option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 9);

    QStyleOptionProgressBar bar;
    bar.initFrom(option.widget);
    bar.rect = QRect(option.rect.left() + 3, option.rect.top() + 3, barWidth, option.rect.height() - 6);
    bar.minimum = 0;
    bar.maximum = 100;
    bar.progress = qBound(0, percent, 100);
    bar.text = index.data(Qt::DisplayRole).toString();
    bar.textVisible = figuresData.isNull();
    bar.textAlignment = Qt::AlignCenter;
    bar.state = (option.state | QStyle::State_Horizontal) & ~QStyle::State_Selected;
    bar.palette = option.palette;
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, option.widget);

    if (figuresData.isNull())
        return;
    const QString figures = figuresData.toString();
    const QString text = figures.isEmpty() ? ModuleText::percent(percent)
                                           : ModuleText::percent(percent) + QStringLiteral(" \u00b7 ") + figures;
    const QRect rest = option.rect.adjusted(barWidth + 10, 0, -3, 0);
    const bool selected = option.state & QStyle::State_Selected;
    painter->save();
    painter->setPen(option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(rest, Qt::AlignVCenter | Qt::AlignLeft,
                      option.fontMetrics.elidedText(text, Qt::ElideRight, rest.width()));
    painter->restore();
}

QSize ProgressDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 10));
    size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QLatin1Char('0')) * 42));
    return size;
}
