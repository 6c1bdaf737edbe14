#pragma once

#include "engine/engineapi.h"

#include <QAbstractTableModel>

// Every serial port the engine has seen and what is on it, including those
// without a module (busy, permission denied, not a module) with the engine's
// advice: the answer to "why is my module not in the list?".
class PortsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Status, Detail, Description, UsbId, Maker, ColumnCount };

    explicit PortsModel(QObject *parent = nullptr);

    void attach(EngineApi *engine);
    void setPorts(const QList<PortSnapshot> &ports);
    // Ports with no module on them: busy, denied, not a module, errors.
    int portsWithoutModule() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void portsChanged();

private:
    QList<PortSnapshot> m_ports;
};
