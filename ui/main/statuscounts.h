#pragma once

#include "ui/fleet/fleetmodel.h"

#include <QWidget>

class QLabel;

// The status bar's summary of the fleet: modules, running jobs, failed and
// updated modules.
class StatusCounts : public QWidget
{
    Q_OBJECT

public:
    explicit StatusCounts(QWidget *parent = nullptr);

    void setCounts(const FleetModel::Counts &counts);
    // Ports where no module was found (busy, denied, not a module): a link
    // to the port list, hidden when there are none.
    void setPortsWithoutModule(int ports);
    QString text() const;

signals:
    void portsRequested();

private:
    QLabel *m_modules;
    QLabel *m_running;
    QLabel *m_failed;
    QLabel *m_succeeded;
    QLabel *m_ports;
};
