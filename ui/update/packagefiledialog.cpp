#include "packagefiledialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

PackageFileDialog::PackageFileDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_family(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
{
    setWindowTitle(tr("Add a firmware package"));
    auto *file = new QLabel(QStringLiteral("<b>%1</b>").arg(QFileInfo(path).fileName().toHtmlEscaped()), this);
    file->setToolTip(path);
    auto *hint = new QLabel(tr("Leave a field empty to read it from the package's manifest (%1) or its "
                               "file name. What you enter here wins.")
                                .arg(QFileInfo(path).fileName() + QStringLiteral(".json")),
                            this);
    hint->setWordWrap(true);

    m_family->addItem(tr("From the file"), QVariant::fromValue(Family::Unknown));
    for (Family f : allFamilies())
        m_family->addItem(familyDisplayName(f), QVariant::fromValue(f));
    m_model->setPlaceholderText(tr("e.g. HL7800; empty: any model of the family"));
    m_from->setPlaceholderText(tr("the firmware the delta applies to"));
    m_to->setPlaceholderText(tr("the firmware after the update"));

    auto *form = new QFormLayout;
    form->addRow(tr("File"), file);
    form->addRow(tr("Family"), m_family);
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("From version"), m_from);
    form->addRow(tr("To version"), m_to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 70, sizeHint().height());
}

PackageInfo PackageFileDialog::metadata() const
{
    PackageInfo p;
    p.path = m_path;
    p.family = m_family->currentData().value<Family>();
    p.model = m_model->text().trimmed();
    p.fromVersion = m_from->text().trimmed();
    p.toVersion = m_to->text().trimmed();
    p.source = PackageInfo::Source::User;
    return p;
}
