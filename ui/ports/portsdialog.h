#pragma once

#include <QDialog>

class PortsModel;
class QTableView;

// All serial ports and what is on them, with the engine's advice for those
// without a module. Non-modal: it updates while it is open.
class PortsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PortsDialog(PortsModel *ports, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }

private:
    QTableView *m_view;
};
