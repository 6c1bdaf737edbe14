#include "statuscounts.h"

#include "ui/common/uicolors.h"

#include <QHBoxLayout>
#include <QLabel>

StatusCounts::StatusCounts(QWidget *parent)
    : QWidget(parent)
    , m_modules(new QLabel(this))
    , m_running(new QLabel(this))
    , m_failed(new QLabel(this))
    , m_succeeded(new QLabel(this))
    , m_ports(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);
    for (QLabel *l : {m_ports, m_modules, m_running, m_succeeded, m_failed})
        layout->addWidget(l);
    m_ports->setTextFormat(Qt::RichText);
    m_ports->hide();
    connect(m_ports, &QLabel::linkActivated, this, &StatusCounts::portsRequested);
    auto colour = [this](QLabel *l, ModuleText::JobOutcome outcome) {
        QPalette p = l->palette();
        p.setColor(QPalette::WindowText, UiColors::outcomeText(outcome, palette()));
        l->setPalette(p);
    };
    colour(m_failed, ModuleText::JobOutcome::Failed);
    colour(m_succeeded, ModuleText::JobOutcome::Succeeded);
    setCounts({});
}

void StatusCounts::setCounts(const FleetModel::Counts &c)
{
    m_modules->setText(tr("Modules: %1").arg(c.modules));
    m_running->setText(tr("Running: %1").arg(c.running));
    m_failed->setText(tr("Failed: %1").arg(c.failed));
    m_succeeded->setText(tr("Updated: %1").arg(c.succeeded));
    QFont f = m_failed->font();
    f.setBold(c.failed > 0);
    m_failed->setFont(f);
}

void StatusCounts::setPortsWithoutModule(int ports)
{
    m_ports->setText(QStringLiteral("<a href=\"ports\">%1</a>")
                         .arg(tr("Ports without a module: %1").arg(ports).toHtmlEscaped()));
    m_ports->setVisible(ports > 0);
}

QString StatusCounts::text() const
{
    return QStringList{m_modules->text(), m_running->text(), m_succeeded->text(), m_failed->text()}
        .join(QStringLiteral(", "));
}
