#include "modemlineswidget.h"

#include "ui/fleet/statusicons.h"

#include <QHBoxLayout>
#include <QLabel>

ModemLinesWidget::ModemLinesWidget(QWidget *parent)
    : QWidget(parent)
    , m_unavailable(new QLabel(tr("not reported by this port"), this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    const QStringList names{QStringLiteral("DCD"), QStringLiteral("DSR"), QStringLiteral("CTS"), QStringLiteral("RI")};
    for (const QString &name : names) {
        auto *lamp = new QLabel(this);
        lamp->setObjectName(name);
        auto *text = new QLabel(name, this);
        layout->addWidget(lamp);
        layout->addWidget(text);
        layout->addSpacing(6);
        m_lamps << lamp;
    }
    layout->addWidget(m_unavailable);
    layout->addStretch(1);
    m_unavailable->setEnabled(false);
    setLines({});
}

void ModemLinesWidget::setLines(const ModemLines &lines)
{
    m_lines = lines;
    const bool on[] = {lines.dcd, lines.dsr, lines.cts, lines.ri};
    static const QIcon high = StatusIcons::lamp(true, QColor("#2e9e4a"));
    static const QIcon low = StatusIcons::lamp(false, QColor("#6b6b6b"));
    static const QIcon unknown = StatusIcons::lamp(false, QColor("#b0b0b0"));
    const int size = fontMetrics().height();
    for (int i = 0; i < m_lamps.size(); ++i) {
        const QIcon &icon = !lines.valid ? unknown : (on[i] ? high : low);
        m_lamps[i]->setPixmap(icon.pixmap(size, size));
        m_lamps[i]->setToolTip(!lines.valid ? tr("not reported by this port")
                                            : (on[i] ? tr("high") : tr("low")));
        m_lamps[i]->setProperty("on", lines.valid && on[i]);
    }
    m_unavailable->setVisible(!lines.valid);
}
