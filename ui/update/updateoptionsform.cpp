#include "updateoptionsform.h"

#include "methodchoice.h"
#include "pfmserver.h"
#include "ui/common/moduletext.h"
#include "ui/common/uicolors.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

UpdateOptionsForm::UpdateOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_network(new QFormLayout)
    , m_method(new QComboBox(this))
    , m_methodHint(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_pfmServer(new QLineEdit(this))
    , m_pfmMessage(new QLabel(this))
    , m_pfmProtocol(new QComboBox(this))
    , m_pfmMyNumber(new QLineEdit(this))
    , m_apn(new QLineEdit(this))
    , m_apnUser(new QLineEdit(this))
    , m_apnPassword(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_sha256(new QLineEdit(this))
    , m_lwm2mServer(new QLineEdit(this))
    , m_policy(new QComboBox(this))
    , m_defer(new QSpinBox(this))
{
    for (QFormLayout *form : {m_form, m_network})
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Two columns, each packed at the top: the taller one sets the height.
    auto *columns = new QHBoxLayout(this);
    columns->setContentsMargins(0, 0, 0, 0);
    for (QFormLayout *form : {m_form, m_network}) {
        auto *column = new QVBoxLayout;
        column->addLayout(form);
        column->addStretch(1);
        columns->addLayout(column, 1);
        if (form == m_form)
            columns->addSpacing(fontMetrics().height());
    }
    // One short line a family: wrapping would only make the form guess its height.
    m_methodHint->setWordWrap(false);
    m_methodHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_methodHint->setEnabled(false);
    m_pfmMessage->setWordWrap(true);
    m_pfmMessage->setTextFormat(Qt::PlainText);

    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setPlaceholderText(tr("Only if the SIM asks for one after the reboot"));
    m_pfmServer->setPlaceholderText(tr("SMS number (+15550100) or address:port (203.0.113.7:5000)"));
    m_pfmServer->setToolTip(tr("The Telit PFM server the module registers with: its SMS number for the SMS "
                               "protocol, or its IP address (or host name) and port for the IP protocol."));
    // Firmware 10.00.xx3 has the combined protocol but not TCP/IP only (note 000).
    m_pfmProtocol->addItem(tr("TCP/IP only: FotaDesk asks the server (AT#OTAIPUPD)"),
                           QVariant::fromValue(PfmProtocol::TcpIp));
    m_pfmProtocol->addItem(tr("SMS-TCP/IP: the server starts the update by SMS"),
                           QVariant::fromValue(PfmProtocol::Combined));
    m_pfmMyNumber->setPlaceholderText(tr("Empty: the number the SIM holds (AT+CNUM)"));
    m_pfmMyNumber->setToolTip(tr("The SIM's own telephone number, sent with the IP registration: the PFM "
                                 "server needs it to reach the module by SMS."));
    m_apnPassword->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(tr("Empty: FotaDesk serves the package file chosen below"));
    m_url->setToolTip(tr("Where the module downloads the package from. With a URL no package file is "
                         "needed here, only the package's SHA-256."));
    m_sha256->setPlaceholderText(tr("64 hex digits: the module checks its download against them"));
    m_sha256->setMaxLength(64 + 8); // room for blanks pasted around it
    m_lwm2mServer->setPlaceholderText(tr("Needed, e.g. coap://lwm2m.example.net:5683"));
    m_lwm2mServer->setToolTip(tr("The LwM2M server the module's client registers with; it holds the package."));
    for (QLineEdit *secret : {m_pin, m_apnPassword}) {
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);
        secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    }

    m_policy->addItem(tr("Ask me, with the deadline shown"), QVariant::fromValue(AgreementPolicy::Ask));
    m_policy->addItem(tr("Accept at once"), QVariant::fromValue(AgreementPolicy::Accept));
    m_policy->addItem(tr("Defer (HL78xx) / let lapse (Telit)"), QVariant::fromValue(AgreementPolicy::Defer));
    m_defer->setRange(1, 24 * 60);
    m_defer->setSuffix(tr(" min"));

    m_form->addRow(tr("Method"), m_method);
    m_form->addRow(QString(), m_methodHint);
    m_form->addRow(tr("SIM PIN"), m_pin);
    m_form->addRow(tr("PFM server"), m_pfmServer);
    m_form->addRow(QString(), m_pfmMessage);
    m_form->addRow(tr("PFM protocol"), m_pfmProtocol);
    m_form->addRow(tr("SIM's own number"), m_pfmMyNumber);
    m_form->addRow(tr("LwM2M server"), m_lwm2mServer);
    m_form->addRow(tr("Agreement requests"), m_policy);
    m_form->addRow(tr("Defer by"), m_defer);
    m_network->addRow(tr("APN"), m_apn);
    m_network->addRow(tr("APN user"), m_apnUser);
    m_network->addRow(tr("APN password"), m_apnPassword);
    m_network->addRow(tr("Package URL"), m_url);
    m_network->addRow(tr("Package SHA-256"), m_sha256);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit methodChanged(method());
        emit changed();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &UpdateOptionsForm::updateRows);
    connect(m_pfmProtocol, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit changed();
    });
    // The PFM server decides whether the APN is needed.
    connect(m_pfmServer, &QLineEdit::textChanged, this, &UpdateOptionsForm::updateRows);
    // A URL makes the SHA-256 needed (and the package file not).
    connect(m_url, &QLineEdit::textChanged, this, &UpdateOptionsForm::updateRows);
    for (QLineEdit *field : findChildren<QLineEdit *>())
        connect(field, &QLineEdit::textChanged, this, &UpdateOptionsForm::changed);
    updateRows();
}

void UpdateOptionsForm::setFamilies(const QList<Family> &families)
{
    m_families = MethodChoice::familiesOf(families);
    const QSignalBlocker block(m_method);
    m_method->clear();
    for (UpdateMethod m : MethodChoice::offered(m_families))
        m_method->addItem(MethodChoice::label(m, m_families), QVariant::fromValue(m));
    m_method->setCurrentIndex(qMax(0, m_method->findData(QVariant::fromValue(MethodChoice::preferred(m_families)))));
    updateRows();
    emit methodChanged(method());
}

void UpdateOptionsForm::setFamiliesInPlay(const QList<Family> &families)
{
    const QList<Family> inPlay = MethodChoice::familiesOf(families);
    if (m_inPlaySet && inPlay == m_inPlay)
        return;
    m_inPlay = inPlay;
    m_inPlaySet = true;
    updateRows();
}

void UpdateOptionsForm::setAgreementDefaults(AgreementPolicy policy, int deferMinutes)
{
    m_policy->setCurrentIndex(qMax(0, m_policy->findData(QVariant::fromValue(policy))));
    m_defer->setValue(deferMinutes);
}

void UpdateOptionsForm::setPinWanted(bool wanted)
{
    m_pin->setPlaceholderText(wanted ? tr("Needed: a selected module's SIM asks for its PIN")
                                     : tr("Only if the SIM asks for one after the reboot"));
}

void UpdateOptionsForm::setEntries(const UpdateEntries &entries)
{
    m_apn->setText(entries.apn);
    m_apnUser->setText(entries.apnUser);
    m_pfmServer->setText(entries.pfmServer);
    m_lwm2mServer->setText(entries.lwm2mServer);
}

UpdateEntries UpdateOptionsForm::entries() const
{
    return {m_apn->text().trimmed(), m_apnUser->text(), m_pfmServer->text().trimmed(),
            m_lwm2mServer->text().trimmed()};
}

UpdateMethod UpdateOptionsForm::method() const
{
    return m_method->currentData().value<UpdateMethod>();
}

void UpdateOptionsForm::setMethod(UpdateMethod method)
{
    const int index = m_method->findData(QVariant::fromValue(method));
    if (index >= 0)
        m_method->setCurrentIndex(index);
}

bool UpdateOptionsForm::isRowShown(QWidget *field) const
{
    for (QFormLayout *form : {m_form, m_network}) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row >= 0)
            return form->isRowVisible(row);
    }
    return false;
}

void UpdateOptionsForm::setRowVisible(QWidget *field, bool visible)
{
    for (QFormLayout *form : {m_form, m_network}) {
        int row = -1;
        QFormLayout::ItemRole role;
        form->getWidgetPosition(field, &row, &role);
        if (row >= 0)
            form->setRowVisible(row, visible);
    }
}

QUrl UpdateOptionsForm::downloadUrl() const
{
    if (!isRowShown(m_url) || m_url->text().trimmed().isEmpty())
        return {};
    return QUrl(m_url->text().trimmed());
}

bool UpdateOptionsForm::telitInPlay() const
{
    const QList<Family> &families = familiesInPlay();
    return families.contains(Family::TelitPfm)
        && MethodChoice::resolve(method(), Family::TelitPfm) == UpdateMethod::Ota;
}

bool UpdateOptionsForm::apnRequired() const
{
    if (!isRowShown(m_apn))
        return false;
    const QList<Family> &families = familiesInPlay();
    for (Family f : families) {
        if (MethodChoice::apnNeed(f, MethodChoice::resolve(method(), f)) == MethodChoice::Need::Required)
            return true;
    }
    return telitInPlay() && PfmServer::parse(m_pfmServer->text()).kind() == PfmServer::Kind::IpAddress;
}

void UpdateOptionsForm::updateRows()
{
    const QList<Family> &families = familiesInPlay();
    MethodChoice::Need apn = MethodChoice::Need::None;
    bool url = false;
    bool cinterionOta = false;
    bool lwm2m = false;
    QList<Family> asking; // the families whose server asks for agreements
    bool agreements = false;
    QStringList resolved;
    for (Family f : m_families) {
        const UpdateMethod m = MethodChoice::resolve(method(), f);
        if (method() == UpdateMethod::Auto)
            resolved << QStringLiteral("%1: %2").arg(familyDisplayName(f), MethodChoice::label(m, {f}));
    }
    for (Family f : families) {
        const UpdateMethod m = MethodChoice::resolve(method(), f);
        apn = qMax(apn, MethodChoice::apnNeed(f, m));
        url = url || MethodChoice::takesUrl(f, m);
        cinterionOta = cinterionOta || (f == Family::Cinterion && m == UpdateMethod::Ota);
        lwm2m = lwm2m || m == UpdateMethod::Lwm2m;
        if (m == UpdateMethod::Ota && (f == Family::TelitPfm || f == Family::SierraHl78xx))
            asking << f;
        agreements = !asking.isEmpty();
    }
    m_methodHint->setText(resolved.join(QLatin1Char('\n')));
    setRowVisible(m_methodHint, !resolved.isEmpty());

    const bool telit = telitInPlay();
    const PfmServer server = PfmServer::parse(m_pfmServer->text());
    if (telit && server.kind() == PfmServer::Kind::IpAddress)
        apn = MethodChoice::Need::Required;
    setRowVisible(m_pfmServer, telit);
    setRowVisible(m_pfmMessage, telit);
    const bool overIp = telit && server.kind() == PfmServer::Kind::IpAddress;
    setRowVisible(m_pfmProtocol, overIp);
    setRowVisible(m_pfmMyNumber, overIp && m_pfmProtocol->currentData().value<PfmProtocol>() == PfmProtocol::Combined);
    m_pfmMessage->setText(server.summary());
    QPalette messageColours = palette();
    if (!server.isValid())
        messageColours.setColor(QPalette::WindowText,
                                UiColors::outcomeText(ModuleText::JobOutcome::Failed, palette()));
    else
        messageColours.setColor(QPalette::WindowText, palette().color(QPalette::Disabled, QPalette::WindowText));
    m_pfmMessage->setPalette(messageColours);

    for (QWidget *w : {static_cast<QWidget *>(m_apn), static_cast<QWidget *>(m_apnUser),
                       static_cast<QWidget *>(m_apnPassword)})
        setRowVisible(w, apn != MethodChoice::Need::None);
    m_apn->setPlaceholderText(apn == MethodChoice::Need::Required ? tr("Needed, e.g. internet")
                                                                   : tr("Empty: the module's own setting"));
    setRowVisible(m_url, url);
    setRowVisible(m_lwm2mServer, lwm2m);
    // ^SNFOTA checks its download against a hash: the file's when FotaDesk
    // serves it, else the one given here.
    setRowVisible(m_sha256, url && cinterionOta && !m_url->text().trimmed().isEmpty());
    setRowVisible(m_policy, agreements);
    // Telit's "no" lets its 60 s request lapse; HL78xx's defers.
    const int no = m_policy->findData(QVariant::fromValue(AgreementPolicy::Defer));
    if (asking == QList<Family>{Family::TelitPfm})
        m_policy->setItemText(no, tr("Reject: let the request lapse"));
    else if (asking == QList<Family>{Family::SierraHl78xx})
        m_policy->setItemText(no, tr("Defer"));
    else
        m_policy->setItemText(no, tr("Defer (HL78xx) / let lapse (Telit)"));
    setRowVisible(m_defer, agreements && m_policy->currentData().value<AgreementPolicy>() == AgreementPolicy::Defer);
}

QString UpdateOptionsForm::problem() const
{
    if (!m_pin->text().isEmpty()
        && (m_pin->text().size() < 4 || !std::all_of(m_pin->text().cbegin(), m_pin->text().cend(),
                                                     [](QChar c) { return c.isDigit(); })))
        return tr("A SIM PIN has 4 to 8 digits.");
    if (isRowShown(m_pfmServer)) {
        const PfmServer server = PfmServer::parse(m_pfmServer->text());
        if (!server.isValid())
            return tr("PFM server: %1").arg(server.problem());
    }
    if (isRowShown(m_pfmMyNumber) && !m_pfmMyNumber->text().trimmed().isEmpty()
        && PfmServer::parse(m_pfmMyNumber->text()).kind() != PfmServer::Kind::SmsNumber)
        return tr("The SIM's own number is a telephone number, e.g. +393354757180.");
    if (apnRequired() && m_apn->text().trimmed().isEmpty())
        return tr("Enter the APN: the module reaches its update server through it.");
    if (isRowShown(m_url) && !m_url->text().trimmed().isEmpty()) {
        const QUrl url(m_url->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return tr("The package URL must be an http:// or https:// address.");
    }
    if (isRowShown(m_lwm2mServer)) {
        const QUrl server(m_lwm2mServer->text().trimmed(), QUrl::StrictMode);
        if (m_lwm2mServer->text().trimmed().isEmpty())
            return tr("Enter the LwM2M server, e.g. coap://lwm2m.example.net:5683: the module's client "
                      "registers there and gets the package from it.");
        if (!server.isValid() || server.host().isEmpty()
            || !(server.scheme() == QLatin1String("coap") || server.scheme() == QLatin1String("coaps")))
            return tr("The LwM2M server is a coap:// or coaps:// address, e.g. coap://lwm2m.example.net:5683.");
    }
    if (isRowShown(m_sha256)) {
        const QString hash = m_sha256->text().trimmed();
        if (hash.isEmpty())
            return tr("Enter the package's SHA-256 (64 hex digits): the module checks its download "
                      "from the URL against it.");
        static const QRegularExpression hex(QStringLiteral("^[0-9A-Fa-f]{64}$"));
        if (!hex.match(hash).hasMatch())
            return tr("The package's SHA-256 has 64 hex digits (0-9, a-f); %1 has %n characters.", nullptr,
                      int(hash.size()))
                .arg(hash.left(12) + (hash.size() > 12 ? QStringLiteral("\u2026") : QString()));
    }
    return {};
}

void UpdateOptionsForm::fillRequest(UpdateRequest &r) const
{
    r.method = method();
    r.simPin = m_pin->text();
    // Only what the modules in play use, so a value typed and then hidden
    // (another method chosen) does not travel with the job.
    if (isRowShown(m_apn)) {
        r.apn = m_apn->text().trimmed();
        r.apnUser = m_apnUser->text();
        r.apnPassword = m_apnPassword->text();
    }
    if (isRowShown(m_url) && !m_url->text().trimmed().isEmpty())
        r.url = QUrl(m_url->text().trimmed());
    if (isRowShown(m_sha256))
        r.packageSha256 = m_sha256->text().trimmed().toLower();
    // The LwM2M flow takes its server's URI where the others take a download URL.
    if (isRowShown(m_lwm2mServer))
        r.url = QUrl(m_lwm2mServer->text().trimmed());
    if (isRowShown(m_pfmServer))
        PfmServer::parse(m_pfmServer->text()).fill(r);
    if (isRowShown(m_pfmProtocol))
        r.pfmProtocol = m_pfmProtocol->currentData().value<PfmProtocol>();
    if (isRowShown(m_pfmMyNumber))
        r.pfmMyNumber = m_pfmMyNumber->text().trimmed();
    r.policy = m_policy->currentData().value<AgreementPolicy>();
    r.deferMinutes = m_defer->value();
}
