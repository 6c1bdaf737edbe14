#include "settingsdialog.h"

#include "ui/i18n/language.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

using namespace std::chrono;

namespace {

QComboBox *policyBox(QWidget *parent, bool telit)
{
    auto *box = new QComboBox(parent);
    box->addItem(SettingsDialog::tr("Ask, with the deadline shown"), QVariant::fromValue(AgreementPolicy::Ask));
    box->addItem(SettingsDialog::tr("Accept at once"), QVariant::fromValue(AgreementPolicy::Accept));
    box->addItem(telit ? SettingsDialog::tr("Let the request lapse") : SettingsDialog::tr("Defer"),
                 QVariant::fromValue(AgreementPolicy::Defer));
    return box;
}

QSpinBox *spin(QWidget *parent, int min, int max, const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setRange(min, max);
    box->setSuffix(suffix);
    return box;
}

QList<qint32> parseBauds(const QString &text, bool *ok)
{
    QList<qint32> rates;
    *ok = true;
    for (const QString &part : text.split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts)) {
        bool good = false;
        const qint32 rate = part.toInt(&good);
        if (!good || rate < 300 || rate > 4000000) {
            *ok = false;
            return {};
        }
        rates << rate;
    }
    *ok = *ok && !rates.isEmpty();
    return rates;
}

// The fastest transfer rate: "Off" (the first entry) or 0 is 0, else a rate
// between 300 and 4000000.
qint32 parseMaxRate(const QComboBox *box, bool *ok)
{
    const QString text = box->currentText().trimmed();
    *ok = true;
    if (text.isEmpty() || text == box->itemText(0))
        return 0;
    bool good = false;
    const qint32 rate = text.toInt(&good);
    if (good && rate == 0)
        return 0;
    *ok = good && rate >= 300 && rate <= 4000000;
    return *ok ? rate : 0;
}

// A host name or an IP address, as it goes into a URL's authority.
bool isHost(const QString &text)
{
    // A port or a scheme belongs elsewhere; only an IPv6 address has colons.
    if (text.contains(QLatin1Char(' ')) || text.contains(QLatin1Char('/'))
        || (text.contains(QLatin1Char(':')) && QHostAddress(text).protocol() != QAbstractSocket::IPv6Protocol))
        return false;
    QUrl url;
    url.setHost(text, QUrl::StrictMode);
    return url.isValid() && !url.host().isEmpty();
}

} // namespace

SettingsDialog::SettingsDialog(const EngineSettings &settings, QWidget *parent)
    : QDialog(parent)
    , m_scan(new QPlainTextEdit(this))
    , m_bauds(new QLineEdit(this))
    , m_maxRate(new QComboBox(this))
    , m_telitPolicy(policyBox(this, true))
    , m_hlPolicy(policyBox(this, false))
    , m_defer(spin(this, 1, 24 * 60, tr(" min")))
    , m_probe(spin(this, 50, 10000, tr(" ms")))
    , m_reenumeration(spin(this, 5, 3600, tr(" s")))
    , m_inhibitModemManager(new QCheckBox(this))
    , m_install(spin(this, 0, 240, tr(" min")))
    , m_serverAddress(new QLineEdit(this))
    , m_serverPort(spin(this, 0, 65535, QString()))
    , m_serverAdvertise(new QLineEdit(this))
    , m_requireManifest(new QCheckBox(this))
    , m_dataFolder(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    m_scan->setPlaceholderText(tr("One path or pattern a line, e.g. /tmp/modems/*"));
    m_scan->setTabChangesFocus(true);
    m_scan->setFixedHeight(fontMetrics().height() * 5);
    m_bauds->setPlaceholderText(tr("115200, 921600, 460800"));
    m_maxRate->setEditable(true);
    m_maxRate->setInsertPolicy(QComboBox::NoInsert);
    m_maxRate->addItem(tr("Off (keep the module's rate)"), 0);
    for (qint32 rate : {115200, 230400, 460800, 921600})
        m_maxRate->addItem(QString::number(rate), rate);
    m_maxRate->setToolTip(tr("Local transfers (XMODEM on Sierra HL78xx, AT+CFLW on SIMCom SIM7020) switch the "
                             "serial line up to this rate, as far as the module and the port take it, and back "
                             "to the module's own rate afterwards. USB-serial adapters have their own limits: "
                             "many garble or drop data above 115200 or 460800 baud even where they accept the "
                             "rate. If transfers fail after the switch, choose a lower rate or Off."));
    m_install->setSpecialValueText(tr("each family's documented default"));
    m_serverPort->setSpecialValueText(tr("any free port"));
    m_serverAdvertise->setPlaceholderText(tr("Empty: the address above, or for 0.0.0.0 this computer's first "
                                             "network address"));
    m_serverAdvertise->setToolTip(tr("The host name or address modules are told to download from: one they "
                                     "can reach from their mobile network (a public name behind NAT, a VPN "
                                     "address)."));
    m_inhibitModemManager->setText(tr("Keep ModemManager off a module while it updates"));
    m_inhibitModemManager->setToolTip(tr("Linux: ModemManager is asked over D-Bus to let go of the module's "
                                         "device for the length of its job, as fwupd does, and takes it back "
                                         "afterwards (also if FotaDesk stops). Off: ModemManager is left alone; "
                                         "the udev rule packaging/70-fotadesk-modems.rules keeps it away for good."));
    m_requireManifest->setText(tr("Require a manifest for every package"));
    m_requireManifest->setToolTip(tr("A factory's strictness: a file without its <file>.json manifest is "
                                     "refused, so family, model and versions are always checked. Off: vendor "
                                     "files are used as shipped and the module checks them itself."));
    for (const Language::Choice &choice : Language::choices())
        m_language->addItem(choice.name, choice.code);

    auto *ports = new QGroupBox(tr("Ports"), this);
    auto *portForm = new QFormLayout(ports);
    portForm->addRow(tr("Also watch"), m_scan);
    portForm->addRow(tr("Baud rates to try"), m_bauds);
    portForm->addRow(tr("Fastest transfer rate"), m_maxRate);
    portForm->addRow(tr("Probe answer timeout"), m_probe);
    portForm->addRow(tr("Wait for a module after its reboot"), m_reenumeration);
    portForm->addRow(QString(), m_inhibitModemManager);

    auto *updates = new QGroupBox(tr("Updates"), this);
    auto *updateForm = new QFormLayout(updates);
    updateForm->addRow(tr("Telit upgrade requests (60 s)"), m_telitPolicy);
    updateForm->addRow(tr("HL78xx download/install agreements"), m_hlPolicy);
    updateForm->addRow(tr("Defer HL78xx agreements by"), m_defer);
    updateForm->addRow(tr("Install watchdog"), m_install);

    auto *browse = new QPushButton(tr("Browse\u2026"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *folders = new QFileDialog(this, tr("Data folder"), m_dataFolder->text());
        folders->setAttribute(Qt::WA_DeleteOnClose);
        folders->setFileMode(QFileDialog::Directory);
        folders->setOption(QFileDialog::ShowDirsOnly);
        connect(folders, &QFileDialog::fileSelected, m_dataFolder, &QLineEdit::setText);
        folders->open();
    });
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(browse);
    auto *storage = new QGroupBox(tr("Package server and data"), this);
    auto *storageForm = new QFormLayout(storage);
    storageForm->addRow(tr("Package server address"), m_serverAddress);
    storageForm->addRow(tr("Package server port"), m_serverPort);
    storageForm->addRow(tr("Modules download from host"), m_serverAdvertise);
    storageForm->addRow(QString(), m_requireManifest);
    storageForm->addRow(tr("Data folder (history, transcripts)"), folderRow);

    auto *language = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(language);
    auto *restart = new QLabel(tr("The language changes when FotaDesk is started again."), this);
    restart->setWordWrap(true);
    languageForm->addRow(tr("Language"), m_language);
    languageForm->addRow(QString(), restart);

    for (QFormLayout *form : {portForm, updateForm, storageForm, languageForm})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_problem->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    for (QWidget *w : {static_cast<QWidget *>(ports), static_cast<QWidget *>(updates),
                       static_cast<QWidget *>(storage), static_cast<QWidget *>(language)})
        layout->addWidget(w);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_bauds, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_maxRate, &QComboBox::currentTextChanged, this, &SettingsDialog::validate);
    connect(m_serverAddress, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_serverAdvertise, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    setSettings(settings);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('0')) * 100, sizeHint().height());
}

void SettingsDialog::setSettings(const EngineSettings &s)
{
    m_base = s;
    m_scan->setPlainText(s.scanGlobs.join(QLatin1Char('\n')));
    QStringList bauds;
    for (qint32 b : s.baudRates)
        bauds << QString::number(b);
    m_bauds->setText(bauds.join(QStringLiteral(", ")));
    const int rateIndex = m_maxRate->findData(qMax(0, s.maxTransferRate));
    if (rateIndex >= 0)
        m_maxRate->setCurrentIndex(rateIndex);
    // Also when the index stays: the text may have been typed over.
    m_maxRate->setEditText(rateIndex >= 0 ? m_maxRate->itemText(rateIndex) : QString::number(s.maxTransferRate));
    m_telitPolicy->setCurrentIndex(m_telitPolicy->findData(QVariant::fromValue(s.telitRequestPolicy)));
    m_hlPolicy->setCurrentIndex(m_hlPolicy->findData(QVariant::fromValue(s.hl78xxAgreementPolicy)));
    m_defer->setValue(s.deferMinutes);
    m_probe->setValue(int(s.probeTimeout.count()));
    m_reenumeration->setValue(int(duration_cast<seconds>(s.reenumerationWindow).count()));
    m_inhibitModemManager->setChecked(s.inhibitModemManager);
    m_install->setValue(int(duration_cast<minutes>(s.installTimeout).count()));
    m_serverAddress->setText(s.packageServerAddress.toString());
    m_serverPort->setValue(s.packageServerPort);
    m_serverAdvertise->setText(s.packageServerAdvertise);
    m_requireManifest->setChecked(s.requireManifest);
    m_dataFolder->setText(s.dataFolder);
    m_dataFolder->setPlaceholderText(s.effectiveDataFolder());
    m_language->setCurrentIndex(qMax(0, m_language->findData(s.language)));
    validate();
}

EngineSettings SettingsDialog::settings() const
{
    EngineSettings s = m_base;
    s.scanGlobs.clear();
    for (const QString &line : m_scan->toPlainText().split(QLatin1Char('\n'))) {
        if (!line.trimmed().isEmpty())
            s.scanGlobs << line.trimmed();
    }
    bool ok = false;
    const QList<qint32> bauds = parseBauds(m_bauds->text(), &ok);
    if (ok)
        s.baudRates = bauds;
    const qint32 maxRate = parseMaxRate(m_maxRate, &ok);
    if (ok)
        s.maxTransferRate = maxRate;
    s.telitRequestPolicy = m_telitPolicy->currentData().value<AgreementPolicy>();
    s.hl78xxAgreementPolicy = m_hlPolicy->currentData().value<AgreementPolicy>();
    s.deferMinutes = m_defer->value();
    s.probeTimeout = milliseconds(m_probe->value());
    s.reenumerationWindow = seconds(m_reenumeration->value());
    s.inhibitModemManager = m_inhibitModemManager->isChecked();
    s.installTimeout = minutes(m_install->value());
    const QHostAddress address(m_serverAddress->text().trimmed());
    if (!address.isNull())
        s.packageServerAddress = address;
    s.packageServerPort = quint16(m_serverPort->value());
    s.packageServerAdvertise = m_serverAdvertise->text().trimmed();
    s.requireManifest = m_requireManifest->isChecked();
    s.dataFolder = m_dataFolder->text().trimmed();
    s.language = m_language->currentData().toString();
    return s;
}

QString SettingsDialog::problem() const
{
    bool ok = false;
    parseBauds(m_bauds->text(), &ok);
    if (!ok)
        return tr("Baud rates: one or more numbers between 300 and 4000000, separated by commas.");
    parseMaxRate(m_maxRate, &ok);
    if (!ok)
        return tr("Fastest transfer rate: Off, or a number between 300 and 4000000.");
    if (QHostAddress(m_serverAddress->text().trimmed()).isNull())
        return tr("Package server address: an IP address, e.g. 0.0.0.0 for every interface or 127.0.0.1.");
    const QString advertised = m_serverAdvertise->text().trimmed();
    if (!advertised.isEmpty() && !isHost(advertised))
        return tr("Modules download from host: a host name or an IP address only, e.g. fota.example.com or "
                  "203.0.113.7 (no http://, no port: the port is set above).");
    return {};
}

void SettingsDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (m_ok)
        m_ok->setEnabled(why.isEmpty());
}
