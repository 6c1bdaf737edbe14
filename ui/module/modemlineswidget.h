#pragma once

#include "port/port.h"

#include <QWidget>

class QLabel;

// DCD, DSR, CTS and RI as lamps. Telit's DCD toggles while it updates, so a
// person can see the module working even when the AT interface is frozen.
// Ports that do not report the lines (pseudo-terminals, some USB ACM) say so
// instead of showing four dark lamps that would read as "all low".
class ModemLinesWidget : public QWidget
{
    Q_OBJECT

public:
    explicit ModemLinesWidget(QWidget *parent = nullptr);

    void setLines(const ModemLines &lines);
    ModemLines lines() const { return m_lines; }
    QLabel *lamp(int index) const { return m_lamps.value(index); }

private:
    ModemLines m_lines;
    QList<QLabel *> m_lamps;
    QLabel *m_unavailable;
};
