#include "jobdetailsdialog.h"

#include "jobtext.h"
#include "stepmodel.h"
#include "ui/common/format.h"
#include "ui/common/moduletext.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

JobDetailsDialog::JobDetailsDialog(const JobRecord &job, QWidget *parent)
    : QDialog(parent)
    , m_steps(new QTableView(this))
    , m_transcript(new QPushButton(tr("Open transcript"), this))
{
    const QString module = QStringLiteral("%1 %2").arg(job.model.isEmpty() ? familyDisplayName(job.family) : job.model,
                                                       job.imei);
    setWindowTitle(tr("Job %1: %2").arg(job.id).arg(module));

    auto *form = new QFormLayout;
    auto add = [&](const QString &label, const QString &value) -> QLabel * {
        if (value.isEmpty())
            return nullptr;
        auto *l = new QLabel(value, this);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        form->addRow(label, l);
        return l;
    };
    add(tr("Module"), module);
    add(tr("Port"), job.port);
    add(tr("Package"), job.packageName);
    add(tr("Firmware"), tr("%1 \u2192 %2 (expected %3)").arg(job.fromVersion, job.firmwareAfter, job.toVersion));
    add(tr("Method"), ModuleText::method(job.method));
    add(tr("Outcome"), JobText::outcome(job));
    add(tr("What happened"), job.message);
    add(tr("What to do"), job.advice);
    add(tr("Started"), Format::dateTime(job.started));
    add(tr("Duration"), Format::duration(job.durationMs()));
    add(tr("Data"), JobText::dataFigures(job));
    add(tr("Serial line"), JobText::lineRate(job));
    if (QLabel *split = add(tr("Time spent"), JobText::timeSplit(job)))
        split->setToolTip(JobText::timeSplitExplained());

    m_steps->setModel(new StepModel(job.steps, this));
    m_steps->verticalHeader()->hide();
    m_steps->horizontalHeader()->setStretchLastSection(true);
    m_steps->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_steps->setWordWrap(false);
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int widths[] = {18, 20, 9, 12, 46};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_steps->setColumnWidth(c, ch * widths[c]);

    const QString path = job.transcriptPath;
    m_transcript->setEnabled(!path.isEmpty() && QFileInfo::exists(path));
    m_transcript->setToolTip(path);
    connect(m_transcript, &QPushButton::clicked, this,
            [path] { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_transcript, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_steps, 1);
    layout->addWidget(buttons);
    resize(ch * 150, fontMetrics().height() * 34);
}
