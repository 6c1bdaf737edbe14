#include "logview.h"

#include "logmodel.h"
#include "ui/common/moduletext.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyledItemDelegate>

namespace {

// Notes (FotaDesk's own remarks) in italics and URCs in bold, on top of their
// colours, so the kinds differ also for people who do not tell colours apart.
class LogDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const auto kind = Traffic::Kind(index.data(LogModel::KindRole).toInt());
        if (kind == Traffic::Kind::Note)
            option->font.setItalic(true);
        else if (kind == Traffic::Kind::Urc && index.column() == LogModel::Text)
            option->font.setBold(true);
    }
};

} // namespace

LogView::LogView(QWidget *parent)
    : QTableView(parent)
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    setItemDelegate(new LogDelegate(this));
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    setShowGrid(false);
    setWordWrap(false);
    setCornerButtonEnabled(false);
    // Fixed row heights and no size-to-contents: the view never measures
    // rows it does not paint, whatever the row count.
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 4);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setHighlightSections(false);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    horizontalHeader()->setDefaultSectionSize(ch * 14);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &LogView::onScrolled);
}

void LogView::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    fitColumns();
    // Connected after the view's own handlers, so the rows are laid out when
    // these run.
    connect(model, &QAbstractItemModel::rowsInserted, this, &LogView::onRowsInserted);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &LogView::onRowsRemoved);
    connect(model, &QAbstractItemModel::modelReset, this, &LogView::onRowsInserted);
    connect(model, &QAbstractItemModel::layoutChanged, this, &LogView::onRowsInserted);
    onRowsInserted();
}

void LogView::fitColumns()
{
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    setColumnWidth(LogModel::Time, ch * 14);
    // As wide as the longest kind's name in this language.
    int kind = 0;
    for (int k = 0; k <= int(Traffic::Kind::Note); ++k)
        kind = qMax(kind, fontMetrics().horizontalAdvance(ModuleText::trafficKind(Traffic::Kind(k))));
    setColumnWidth(LogModel::Kind, kind + ch * 2);
}

void LogView::setFollowingTail(bool follow)
{
    if (follow != m_follow) {
        m_follow = follow;
        emit followingTailChanged(follow);
    }
    if (follow) {
        m_adjusting = true;
        scrollToBottom();
        m_adjusting = false;
    }
}

void LogView::onRowsInserted()
{
    if (!m_follow)
        return;
    m_adjusting = true;
    scrollToBottom();
    m_adjusting = false;
}

void LogView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid() || m_follow || first != 0)
        return;
    // Old lines trimmed above: move up by as many, so the lines being read
    // stay where they are.
    m_adjusting = true;
    verticalScrollBar()->setValue(verticalScrollBar()->value() - (last - first + 1));
    m_adjusting = false;
}

void LogView::onScrolled(int value)
{
    if (m_adjusting)
        return;
    const bool atBottom = value >= verticalScrollBar()->maximum();
    if (atBottom != m_follow) {
        m_follow = atBottom;
        emit followingTailChanged(m_follow);
    }
}
