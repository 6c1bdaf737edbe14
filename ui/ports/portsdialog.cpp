#include "portsdialog.h"

#include "portsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

PortsDialog::PortsDialog(PortsModel *ports, QWidget *parent)
    : QDialog(parent)
    , m_view(new QTableView(this))
{
    setWindowTitle(tr("Serial ports"));
    m_view->setModel(ports);
    m_view->verticalHeader()->hide();
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_view->setColumnWidth(PortsModel::Name, ch * 34);
    m_view->setColumnWidth(PortsModel::Status, ch * 18);
    m_view->setColumnWidth(PortsModel::Detail, ch * 60);
    m_view->setColumnWidth(PortsModel::Description, ch * 22);
    m_view->setColumnWidth(PortsModel::UsbId, ch * 11);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto *hint = new QLabel(tr("A module that is plugged in but not in the fleet table is on one of these "
                               "ports; its status says why and what to do."),
                            this);
    hint->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(ch * 170, fontMetrics().height() * 28);
}
