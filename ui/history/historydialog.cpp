#include "historydialog.h"

#include "engine/engineapi.h"
#include "historymodel.h"
#include "jobdetailsdialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

HistoryDialog::HistoryDialog(EngineApi *engine, QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_model(new HistoryModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QLineEdit(this))
    , m_resume(new QPushButton(tr("Resume job"), this))
{
    setWindowTitle(tr("Update history"));
    m_model->attach(engine);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(HistoryModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(HistoryModel::Started, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {20, 28, 30, 22, 22, 8, 26, 9};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, ch * widths[c]);

    m_filter->setPlaceholderText(tr("Filter by IMEI, model, package, outcome\u2026"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);

    auto *open = new QPushButton(tr("Open job"), this);
    auto *reload = new QPushButton(tr("Refresh"), this);
    connect(open, &QPushButton::clicked, this, &HistoryDialog::openSelected);
    m_resume->setToolTip(tr("Run an interrupted job again on its module (connect the module first)"));
    m_resume->setEnabled(false);
    connect(m_resume, &QPushButton::clicked, this, &HistoryDialog::resumeSelected);
    auto updateResume = [this] {
        const QModelIndexList rows = m_view->selectionModel()->selectedRows();
        bool interrupted = false;
        if (!rows.isEmpty()) {
            const int row = m_proxy->mapToSource(rows.first()).row();
            interrupted = row >= 0 && m_model->job(row).state == JobState::Interrupted;
        }
        m_resume->setEnabled(interrupted);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, updateResume);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateResume);
    connect(m_model, &QAbstractItemModel::dataChanged, this, updateResume);
    connect(reload, &QPushButton::clicked, this, &HistoryDialog::refresh);
    connect(m_view, &QTableView::doubleClicked, this, &HistoryDialog::openSelected);
    connect(engine, &EngineApi::jobReady, this, [this](const JobRecord &job) {
        if (job.id != m_wanted)
            return;
        m_wanted = 0;
        auto *details = new JobDetailsDialog(job, this);
        details->setAttribute(Qt::WA_DeleteOnClose);
        details->show();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(reload);
    bar->addWidget(m_resume);
    bar->addWidget(open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(ch * 190, fontMetrics().height() * 36);
    refresh();
}

void HistoryDialog::refresh()
{
    m_engine->requestHistory();
}

void HistoryDialog::openSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    // The list holds summaries; the steps come with the full record.
    m_wanted = rows.first().data(HistoryModel::JobIdRole).toLongLong();
    m_engine->requestJob(m_wanted);
}

void HistoryDialog::resumeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty() || !m_resume->isEnabled())
        return;
    m_engine->resumeJob(rows.first().data(HistoryModel::JobIdRole).toLongLong());
    m_resume->setEnabled(false);
    // The engine takes the job up first, so the list comes back with it running
    // (or a notice in the status bar says why it could not).
    refresh();
}
