#include "packagefiledialog.h"

#include "fleet/packagemetadata.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {

// The one value every target shares, else empty.
template <typename T, typename Get>
T common(const QList<ModuleIdentity> &targets, Get get)
{
    if (targets.isEmpty())
        return T{};
    const T first = get(targets.first());
    for (const ModuleIdentity &m : targets) {
        if (get(m) != first)
            return T{};
    }
    return first;
}

} // namespace

PackageFileDialog::PackageFileDialog(const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_path(path)
    , m_hasManifest(QFileInfo::exists(PackageMetadataReader::manifestPath(path)))
    , m_family(new QComboBox(this))
    , m_model(new QLineEdit(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_fileNote(new QLabel(this))
{
    setWindowTitle(tr("Add a firmware package"));
    const QString name = QFileInfo(path).fileName();
    auto *file = new QLabel(QStringLiteral("<b>%1</b>").arg(name.toHtmlEscaped()), this);
    file->setToolTip(path);

    // What the file says for itself, so the person knows what the fields add.
    const PackageMetadata named = PackageMetadataReader::fromFileName(path);
    if (m_hasManifest)
        m_fileNote->setText(tr("The manifest %1 describes this package. Leave the fields empty to use it; "
                               "what you enter here wins.")
                                .arg(QFileInfo(PackageMetadataReader::manifestPath(path)).fileName()));
    else if (named.ok())
        m_fileNote->setText(tr("The file name says %1 \u2192 %2: labels, not firmware versions a module "
                               "reports, so they are not checked against the module.")
                                .arg(named.info.fromVersion, named.info.toVersion));
    else
        m_fileNote->setText(tr("The file says nothing about itself (no manifest %1, no versions in its name).")
                                .arg(name + QStringLiteral(".json")));
    m_fileNote->setWordWrap(true);
    m_fileNote->setTextFormat(Qt::PlainText);
    auto *hint = new QLabel(tr("Every field may stay empty: the family and model are then the target "
                               "module's, and the base version is checked by the module only. With no "
                               "\u201cTo\u201d version any new firmware after the reboot counts as success."),
                            this);
    hint->setWordWrap(true);

    m_family->addItem(tr("Not given: the target module's"), QVariant::fromValue(Family::Unknown));
    for (Family f : allFamilies())
        m_family->addItem(familyDisplayName(f), QVariant::fromValue(f));
    m_model->setPlaceholderText(tr("e.g. HL7800; empty: any model of the family"));
    m_from->setPlaceholderText(tr("the firmware the delta applies to; empty: not checked"));
    m_to->setPlaceholderText(tr("the firmware after the update; empty: any new one"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("File"), file);
    form->addRow(QString(), m_fileNote);
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
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 80, sizeHint().height());
}

void PackageFileDialog::suggest(const QList<ModuleIdentity> &targets)
{
    if (m_hasManifest)
        return;
    const Family family = common<Family>(targets, [](const ModuleIdentity &m) { return m.family; });
    m_family->setCurrentIndex(qMax(0, m_family->findData(QVariant::fromValue(family))));
    m_model->setText(common<QString>(targets, [](const ModuleIdentity &m) { return m.model; }));
    m_from->setText(common<QString>(targets, [](const ModuleIdentity &m) { return m.firmware; }));
    m_from->setToolTip(m_from->text().isEmpty()
                           ? QString()
                           : tr("The selected module's firmware now. Clear it if the package is for "
                                "another base; the module checks the package either way."));
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
