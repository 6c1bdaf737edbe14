#pragma once

#include "engine/modulesnapshot.h"

#include <QWidget>

class ModemLinesWidget;
class QFormLayout;
class QLabel;

// Who the module is and what it is doing, in words a person can copy (every
// value is selectable: IMEIs get pasted into tickets).
class IdentityView : public QWidget
{
    Q_OBJECT

public:
    enum Field { Maker, Model, Family, Imei, Imsi, Iccid, Serial, Firmware, Sim, Port, Connection, Job, FieldCount };

    explicit IdentityView(QWidget *parent = nullptr);

    // nullptr: no module (none selected, or it went away).
    void setModule(const ModuleSnapshot *module);
    QString fieldText(Field field) const;
    ModemLinesWidget *modemLines() const { return m_lines; }

private:
    QLabel *m_title;
    QLabel *m_status;
    QList<QLabel *> m_values;
    ModemLinesWidget *m_lines;
};
