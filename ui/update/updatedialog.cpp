#include "updatedialog.h"

#include "applicabilitymodel.h"
#include "packagefiledialog.h"
#include "packagemodel.h"
#include "updateoptionsform.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QTableView *makeTable(QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    return view;
}

} // namespace

UpdateDialog::UpdateDialog(EngineApi *engine, PackageModel *packages, const QList<ModuleSnapshot> &modules,
                           QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_packages(packages)
    , m_applicability(new ApplicabilityModel(this))
    , m_packageView(makeTable(packages, this))
    , m_moduleView(makeTable(m_applicability, this))
    , m_override(new QCheckBox(this))
    , m_options(new UpdateOptionsForm(this))
    , m_message(new QLabel(this))
    , m_start(new QPushButton(this))
{
    setWindowTitle(tr("Update firmware"));
    m_applicability->setModules(modules);
    m_moduleView->setSelectionMode(QAbstractItemView::NoSelection);

    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    const int row = fontMetrics().height() + 8;
    m_packageView->verticalHeader()->setDefaultSectionSize(row);
    m_moduleView->verticalHeader()->setDefaultSectionSize(row);
    // Versions and sizes are read in full; a long file name gives way (its
    // full path is the tooltip).
    m_packageView->setTextElideMode(Qt::ElideMiddle);
    m_packageView->setColumnWidth(PackageModel::File, ch * 30);
    m_packageView->setColumnWidth(PackageModel::Family, ch * 16);
    m_packageView->setColumnWidth(PackageModel::Model, ch * 11);
    m_packageView->setColumnWidth(PackageModel::FromVersion, ch * 26);
    m_packageView->setColumnWidth(PackageModel::ToVersion, ch * 26);
    m_packageView->setColumnWidth(PackageModel::Size, ch * 10);
    m_packageView->setColumnWidth(PackageModel::Sha256, ch * 15);
    m_packageView->setMinimumHeight(row * 5);
    m_moduleView->setColumnWidth(ApplicabilityModel::Module, ch * 26);
    m_moduleView->setColumnWidth(ApplicabilityModel::Port, ch * 14);
    m_moduleView->setColumnWidth(ApplicabilityModel::Firmware, ch * 25);
    m_moduleView->setColumnWidth(ApplicabilityModel::Check, ch * 36);
    m_moduleView->setMinimumHeight(row * 5);
    m_moduleView->setWordWrap(false);

    auto *addFile = new QPushButton(tr("Add package file\u2026"), this);
    connect(addFile, &QPushButton::clicked, this, &UpdateDialog::addFile);
    auto *packageBox = new QGroupBox(tr("1. Package"), this);
    auto *packageLayout = new QVBoxLayout(packageBox);
    packageLayout->addWidget(m_packageView);
    auto *packageButtons = new QHBoxLayout;
    packageButtons->addWidget(addFile);
    packageButtons->addStretch(1);
    packageLayout->addLayout(packageButtons);

    auto *moduleBox = new QGroupBox(tr("2. Modules"), this);
    auto *moduleLayout = new QVBoxLayout(moduleBox);
    moduleLayout->addWidget(m_moduleView);
    moduleLayout->addWidget(m_override);
    m_override->setText(tr("Update anyway where every finding may be overridden (the module still checks the package itself)"));

    auto *optionBox = new QGroupBox(tr("3. Method and what it needs"), this);
    auto *optionLayout = new QVBoxLayout(optionBox);
    optionLayout->addWidget(m_options);

    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_start, &QPushButton::clicked, this, &UpdateDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Top to bottom in the order a person decides: what, on which modules
    // (full width, so every reason can be read), how.
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(packageBox, 1);
    layout->addWidget(moduleBox, 1);
    layout->addWidget(optionBox, 0);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    QList<Family> families;
    bool pinWanted = false;
    for (const ModuleSnapshot &m : modules) {
        families << m.identity.family;
        pinWanted = pinWanted || m.identity.simNeedsPin();
    }
    m_options->setFamilies(families);
    m_options->setPinWanted(pinWanted);
    m_applicability->setMethod(m_options->method());

    connect(m_packageView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_applicability->setPackage(selectedPackage());
        refresh();
    });
    connect(m_options, &UpdateOptionsForm::methodChanged, m_applicability, &ApplicabilityModel::setMethod);
    connect(m_options, &UpdateOptionsForm::changed, this, &UpdateDialog::refresh);
    connect(m_override, &QCheckBox::toggled, this, &UpdateDialog::refresh);
    connect(packages, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
        // The file just added: select it.
        for (int row = first; row <= last; ++row) {
            if (!m_pendingFile.isEmpty() && m_packages->package(row).path == m_pendingFile) {
                m_pendingFile.clear();
                selectPackage(m_packages->package(row).id());
            }
        }
    });
    connect(engine, &EngineApi::packageRejected, this, [this](const QString &path, const QString &reason) {
        m_message->setText(tr("%1 was not added: %2").arg(QFileInfo(path).fileName(), reason));
    });
    selectSingleMatch();
    refresh();
    resize(ch * 190, fontMetrics().height() * 44);
}

void UpdateDialog::setAgreementDefaults(AgreementPolicy policy, int deferMinutes)
{
    m_options->setAgreementDefaults(policy, deferMinutes);
}

void UpdateDialog::setEntries(const UpdateEntries &entries)
{
    m_options->setEntries(entries);
    refresh();
}

void UpdateDialog::selectSingleMatch()
{
    // Preselect the package when exactly one in the catalog applies to every
    // selected module: the usual case, and one click less.
    QString match;
    for (int row = 0; row < m_packages->rowCount(); ++row) {
        ApplicabilityModel probe;
        probe.setModules(m_applicability->modules());
        probe.setMethod(m_options->method());
        probe.setPackage(m_packages->package(row));
        if (probe.eligibleModuleIds(false).size() == m_applicability->rowCount()) {
            if (!match.isEmpty())
                return;
            match = m_packages->package(row).id();
        }
    }
    if (!match.isEmpty())
        selectPackage(match);
}

void UpdateDialog::selectPackage(const QString &packageId)
{
    const int row = m_packages->rowOf(packageId);
    if (row >= 0)
        m_packageView->selectRow(row);
}

std::optional<PackageInfo> UpdateDialog::selectedPackage() const
{
    const QModelIndexList rows = m_packageView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_packages->package(rows.first().row());
}

void UpdateDialog::addFile()
{
    // Window-modal and asynchronous: the fleet keeps updating behind it.
    auto *files = new QFileDialog(this, tr("Add a firmware package"), {},
                                  tr("Firmware packages (*.bin *.ua *.usf *.dwl *.pkg);;All files (*)"));
    files->setAttribute(Qt::WA_DeleteOnClose);
    files->setFileMode(QFileDialog::ExistingFile);
    connect(files, &QFileDialog::fileSelected, this, &UpdateDialog::describeFile);
    files->open();
}

void UpdateDialog::describeFile(const QString &path)
{
    auto *describe = new PackageFileDialog(path, this);
    describe->setAttribute(Qt::WA_DeleteOnClose);
    connect(describe, &QDialog::accepted, this, [this, describe] { addPackage(describe->metadata()); });
    describe->open();
}

void UpdateDialog::addPackage(const PackageInfo &metadata)
{
    m_pendingFile = metadata.path;
    m_message->setText(tr("Reading %1\u2026").arg(QFileInfo(metadata.path).fileName()));
    m_engine->addPackage(metadata.path, metadata);
}

void UpdateDialog::refresh()
{
    const bool offered = m_applicability->overrideOffered();
    m_override->setVisible(offered);
    if (!offered)
        m_override->setChecked(false);
    const QStringList eligibleIds = m_applicability->eligibleModuleIds(m_override->isChecked());
    const int eligible = int(eligibleIds.size());
    const int total = m_applicability->rowCount();

    // The options ask only for what the modules that would be updated need:
    // a Telit left out (the package is for another family) wants no PFM server.
    QList<Family> inPlay;
    for (const ModuleSnapshot &m : m_applicability->modules()) {
        if (eligibleIds.isEmpty() || eligibleIds.contains(m.id))
            inPlay << m.identity.family;
    }
    m_options->setFamiliesInPlay(inPlay);

    if (total == 1)
        m_start->setText(tr("Start update"));
    else if (eligible == total)
        m_start->setText(tr("Start update on %1 modules").arg(total));
    else
        m_start->setText(tr("Start update on %1 of %2 modules").arg(eligible).arg(total));
    const QString problem = m_options->problem();
    m_start->setEnabled(selectedPackage() && eligible > 0 && problem.isEmpty());
    QPalette colours = palette();
    if (!problem.isEmpty())
        colours.setColor(QPalette::WindowText, UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette()));
    m_message->setPalette(colours);
    if (!problem.isEmpty())
        m_message->setText(problem);
    else if (!selectedPackage())
        m_message->setText(tr("Choose the package to install."));
    else if (eligible == 0)
        m_message->setText(tr("The package applies to none of the selected modules; the reasons are listed above."));
    else if (eligible < total)
        m_message->setText(tr("Modules the package does not apply to are left out."));
    else
        m_message->clear();
}

UpdateOrder UpdateDialog::order() const
{
    UpdateOrder order;
    order.overrideChecks = m_applicability->overrideOffered() && m_override->isChecked();
    order.moduleIds = m_applicability->eligibleModuleIds(order.overrideChecks);
    m_options->fillRequest(order.request);
    if (const auto package = selectedPackage()) {
        order.packageId = package->id();
        order.request.packagePath = package->path;
        order.request.packageSha256 = package->sha256;
        order.request.packageMd5 = package->md5;
        order.request.packageSize = package->size;
        order.request.fromVersion = package->fromVersion;
        order.request.toVersion = package->toVersion;
    }
    return order;
}

void UpdateDialog::start()
{
    if (!m_start->isEnabled())
        return;
    m_engine->startUpdates(order());
    accept();
}
