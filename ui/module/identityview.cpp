#include "identityview.h"

#include "modemlineswidget.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

IdentityView::IdentityView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_lines(new ModemLinesWidget(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setLabelAlignment(Qt::AlignRight);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QStringList labels{tr("Maker"), tr("Model"), tr("Family"), tr("IMEI"), tr("IMSI"), tr("ICCID"),
                             tr("Serial"), tr("Firmware"), tr("SIM"), tr("Port"), tr("Link"), tr("Job")};
    for (const QString &label : labels) {
        auto *value = new QLabel(this);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        m_values << value;
    }
    form->addRow(tr("Lines"), m_lines);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch(1);
    setModule(nullptr);
}

QString IdentityView::fieldText(Field field) const
{
    return m_values.at(field)->text();
}

void IdentityView::setModule(const ModuleSnapshot *m)
{
    if (!m) {
        m_title->setText(tr("No module selected"));
        for (QLabel *value : std::as_const(m_values))
            value->clear();
        m_lines->setLines({});
        m_status->clear();
        return;
    }
    const ModuleIdentity &id = m->identity;
    m_title->setText(ModuleText::label(*m));
    QStringList job{ModuleText::jobState(*m)};
    if (m->jobActive) {
        job << ModuleText::progress(m->progress) << m->progress.message;
        job.removeAll(QString());
        job.removeDuplicates();
    }
    const QString values[FieldCount] = {
        id.manufacturer, id.model, familyDisplayName(id.family), id.imei, id.imsi, id.iccid, id.serial,
        id.firmware, ModuleText::simState(id.simState), m->port, ModuleText::connection(m->connection),
        job.join(QLatin1Char('\n')),
    };
    for (int i = 0; i < FieldCount; ++i)
        m_values[i]->setText(values[i].isEmpty() ? tr("\u2014") : values[i]);
    const auto outcome = ModuleText::outcome(*m);
    QPalette jobPalette = palette();
    jobPalette.setColor(QPalette::WindowText, UiColors::outcomeText(outcome, palette()));
    m_values[Job]->setPalette(jobPalette);
    m_values[Job]->setToolTip(m->progress.rawLine);
    m_lines->setLines(m->lines);
    m_status->setText(m->status);
    m_status->setVisible(!m->status.isEmpty());
}
