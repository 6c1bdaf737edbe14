#include "updatedialog.h"

#include "applicabilitymodel.h"
#include "methodchoice.h"
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
#include <QLineEdit>
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
    , m_addFile(new QPushButton(this))
    , m_packageNote(new QLabel(this))
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

    m_addFile->setText(tr("Add package file\u2026"));
    connect(m_addFile, &QPushButton::clicked, this, &UpdateDialog::addFile);
    m_packageNote->setWordWrap(true);
    m_packageNote->setTextFormat(Qt::PlainText);
    auto *packageBox = new QGroupBox(tr("2. Package"), this);
    m_packageBox = packageBox;
    auto *packageLayout = new QVBoxLayout(packageBox);
    packageLayout->addWidget(m_packageNote);
    packageLayout->addWidget(m_packageView, 1);
    auto *packageButtons = new QHBoxLayout;
    packageButtons->addWidget(m_addFile);
    packageButtons->addStretch(1);
    packageLayout->addLayout(packageButtons);

    auto *moduleBox = new QGroupBox(tr("3. Modules"), this);
    auto *moduleLayout = new QVBoxLayout(moduleBox);
    moduleLayout->addWidget(m_moduleView);
    moduleLayout->addWidget(m_override);
    m_override->setText(tr("Update anyway where every finding may be overridden (the module still checks the package itself)"));

    auto *optionBox = new QGroupBox(tr("1. Method and what it needs"), this);
    auto *optionLayout = new QVBoxLayout(optionBox);
    optionLayout->addWidget(m_options);

    m_message->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_start, QDialogButtonBox::AcceptRole);
    m_start->setDefault(true);
    m_start->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    connect(m_start, &QPushButton::clicked, this, &UpdateDialog::start);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Top to bottom in the order a person decides: how (the method says
    // whether a file is needed at all), which file, on which modules (full
    // width, so every reason can be read).
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(optionBox, 0);
    layout->addWidget(packageBox, 1);
    layout->addWidget(moduleBox, 1);
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
        m_applicability->setPackage(chosenPackage());
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
    // Tall enough for both lists and every row the method asks for (a mixed
    // selection asks for the most).
    resize(ch * 190, qMax(fontMetrics().height() * 44, sizeHint().height()));
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
        // A file that does not say its family applies to anything: choosing
        // it would be a guess, left to the person.
        if (m_packages->package(row).family == Family::Unknown)
            continue;
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
    // A package chosen and then made moot (a server-held method) is not used.
    if (!m_applicability->anyNeedsPackage())
        return std::nullopt;
    return chosenPackage();
}

std::optional<PackageInfo> UpdateDialog::chosenPackage() const
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
    // What the file cannot say, the modules it is for can: those that need a file.
    QList<ModuleIdentity> targets;
    for (int row = 0; row < m_applicability->rowCount(); ++row) {
        if (m_applicability->needsPackage(row))
            targets << m_applicability->modules().at(row).identity;
    }
    if (targets.isEmpty()) {
        for (const ModuleSnapshot &m : m_applicability->modules())
            targets << m.identity;
    }
    describe->suggest(targets);
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

void UpdateDialog::showPackageChoice()
{
    // Only the methods that carry bytes from FotaDesk need a file; for the
    // others the list would only invite a choice that changes nothing.
    const bool needed = m_applicability->anyNeedsPackage();
    m_packageView->setVisible(needed);
    m_packageView->setEnabled(needed);
    m_addFile->setVisible(needed);
    QStringList sources;
    for (const ModuleSnapshot &m : m_applicability->modules()) {
        const UpdateMethod method = MethodChoice::resolve(m_options->method(), m.identity.family);
        const QString source = MethodChoice::packageSource(m.identity.family, method, m_options->downloadUrl());
        if (!source.isEmpty() && !sources.contains(source))
            sources << source;
    }
    QString note;
    if (!needed && !sources.isEmpty())
        note = tr("No package file needed: the update comes from %1.").arg(sources.join(tr(", ")));
    else if (needed && !sources.isEmpty())
        note = tr("For the modules updated over the air the update comes from %1; the others need the "
                  "package chosen here.").arg(sources.join(tr(", ")));
    else if (needed && m_options->isRowShown(m_options->sha256Field()) == false
             && std::any_of(m_applicability->modules().cbegin(), m_applicability->modules().cend(),
                            [this](const ModuleSnapshot &m) {
                                return m.identity.family == Family::Cinterion
                                    && MethodChoice::resolve(m_options->method(), Family::Cinterion)
                                    == UpdateMethod::Ota;
                            }))
        note = tr("Choose the package FotaDesk serves to the module, or give its URL and SHA-256 above.");
    m_packageNote->setText(note);
    m_packageNote->setVisible(!note.isEmpty());
    // Without a list the box is one line: the modules get the room.
    if (auto *box = qobject_cast<QBoxLayout *>(layout()))
        box->setStretchFactor(m_packageBox, needed ? 1 : 0);
}

void UpdateDialog::refresh()
{
    m_applicability->setDownloadUrl(m_options->downloadUrl());
    showPackageChoice();
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
    m_start->setEnabled(eligible > 0 && problem.isEmpty());
    bool waitingForFile = false;
    for (int row = 0; row < total; ++row)
        waitingForFile = waitingForFile || m_applicability->verdict(row) == ApplicabilityModel::Verdict::NoPackage;
    QPalette colours = palette();
    if (!problem.isEmpty())
        colours.setColor(QPalette::WindowText, UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette()));
    m_message->setPalette(colours);
    if (!problem.isEmpty())
        m_message->setText(problem);
    else if (waitingForFile && eligible == 0)
        m_message->setText(tr("Choose the package to install, or a method that needs no file."));
    else if (eligible == 0)
        m_message->setText(tr("The update applies to none of the selected modules; the reasons are listed above."));
    else if (waitingForFile)
        m_message->setText(tr("Modules whose method needs a package file are left out until one is chosen."));
    else if (eligible < total)
        m_message->setText(tr("Modules the update does not apply to are left out."));
    else
        m_message->clear();
}

UpdateRequest UpdateDialog::baseRequest() const
{
    UpdateRequest request;
    m_options->fillRequest(request);
    return request;
}

QList<UpdateOrder> UpdateDialog::orders() const
{
    const bool overrideChecks = m_applicability->overrideOffered() && m_override->isChecked();
    const QStringList eligible = m_applicability->eligibleModuleIds(overrideChecks);
    UpdateOrder withFile;
    UpdateOrder withoutFile;
    for (UpdateOrder *o : {&withFile, &withoutFile}) {
        o->overrideChecks = overrideChecks;
        o->request = baseRequest();
    }
    for (int row = 0; row < m_applicability->rowCount(); ++row) {
        const QString id = m_applicability->modules().at(row).id;
        if (eligible.contains(id))
            (m_applicability->needsPackage(row) ? withFile : withoutFile).moduleIds << id;
    }
    if (const auto package = selectedPackage()) {
        withFile.packageId = package->id();
        UpdateRequest &r = withFile.request;
        r.packagePath = package->path;
        r.packageSha256 = package->sha256;
        r.packageMd5 = package->md5;
        r.packageSize = package->size;
        // Empty for what the package does not say, and for a file name's
        // labels: then the module alone checks the base, and any new
        // firmware after the reboot counts.
        r.fromVersion = package->baseVersion();
        r.toVersion = package->targetVersion();
    }
    QList<UpdateOrder> result;
    for (const UpdateOrder &o : {withFile, withoutFile}) {
        if (!o.moduleIds.isEmpty())
            result << o;
    }
    return result;
}

UpdateOrder UpdateDialog::order() const
{
    const QList<UpdateOrder> all = orders();
    if (!all.isEmpty())
        return all.first();
    UpdateOrder none;
    none.request = baseRequest();
    return none;
}

void UpdateDialog::start()
{
    if (!m_start->isEnabled())
        return;
    for (const UpdateOrder &o : orders())
        m_engine->startUpdates(o);
    accept();
}
