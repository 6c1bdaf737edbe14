#include "updateoptionsform.h"

#include "methodchoice.h"
#include "ui/common/moduletext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QUrl>

UpdateOptionsForm::UpdateOptionsForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout)
    , m_network(new QFormLayout)
    , m_method(new QComboBox(this))
    , m_methodHint(new QLabel(this))
    , m_pin(new QLineEdit(this))
    , m_apn(new QLineEdit(this))
    , m_apnUser(new QLineEdit(this))
    , m_apnPassword(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_pfmNumber(new QLineEdit(this))
    , m_pfmAddress(new QLineEdit(this))
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
    m_methodHint->setWordWrap(true);
    m_methodHint->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_methodHint->setEnabled(false);

    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setPlaceholderText(tr("Only if the SIM asks for one after the reboot"));
    m_apn->setPlaceholderText(tr("e.g. internet"));
    m_apnPassword->setEchoMode(QLineEdit::Password);
    m_url->setPlaceholderText(tr("Empty: FotaDesk serves the package itself"));
    m_pfmNumber->setPlaceholderText(tr("SMS protocol, e.g. +391234560001"));
    m_pfmAddress->setPlaceholderText(tr("IP protocols, e.g. 203.0.113.7:5000"));
    for (QLineEdit *secret : {m_pin, m_apnPassword})
        secret->setAttribute(Qt::WA_InputMethodEnabled, false);

    m_policy->addItem(tr("Ask me, with the deadline shown"), QVariant::fromValue(AgreementPolicy::Ask));
    m_policy->addItem(tr("Accept at once"), QVariant::fromValue(AgreementPolicy::Accept));
    m_policy->addItem(tr("Defer (HL78xx) / let lapse (Telit)"), QVariant::fromValue(AgreementPolicy::Defer));
    m_defer->setRange(1, 24 * 60);
    m_defer->setSuffix(tr(" min"));

    m_form->addRow(tr("Method"), m_method);
    m_form->addRow(QString(), m_methodHint);
    m_form->addRow(tr("SIM PIN"), m_pin);
    m_form->addRow(tr("Agreement requests"), m_policy);
    m_form->addRow(tr("Defer by"), m_defer);
    m_network->addRow(tr("APN"), m_apn);
    m_network->addRow(tr("APN user"), m_apnUser);
    m_network->addRow(tr("APN password"), m_apnPassword);
    m_network->addRow(tr("Package URL"), m_url);
    m_network->addRow(tr("PFM server number"), m_pfmNumber);
    m_network->addRow(tr("PFM server address"), m_pfmAddress);

    connect(m_method, &QComboBox::currentIndexChanged, this, [this] {
        updateRows();
        emit methodChanged(method());
        emit changed();
    });
    connect(m_policy, &QComboBox::currentIndexChanged, this, &UpdateOptionsForm::updateRows);
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
        m_method->addItem(ModuleText::method(m), QVariant::fromValue(m));
    m_method->setCurrentIndex(qMax(0, m_method->findData(QVariant::fromValue(MethodChoice::preferred(m_families)))));
    updateRows();
    emit methodChanged(method());
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

void UpdateOptionsForm::updateRows()
{
    bool network = false;
    QStringList resolved;
    for (Family f : std::as_const(m_families)) {
        const UpdateMethod m = MethodChoice::resolve(method(), f);
        network = network || MethodChoice::usesModuleNetwork(m);
        if (method() == UpdateMethod::Auto)
            resolved << QStringLiteral("%1: %2").arg(familyDisplayName(f), ModuleText::method(m));
    }
    m_methodHint->setText(resolved.join(QLatin1Char('\n')));
    setRowVisible(m_methodHint, !resolved.isEmpty());
    const bool telit = m_families.contains(Family::TelitPfm);
    const bool agreements = telit || m_families.contains(Family::SierraHl78xx);
    for (QWidget *w : {static_cast<QWidget *>(m_apn), static_cast<QWidget *>(m_apnUser),
                       static_cast<QWidget *>(m_apnPassword), static_cast<QWidget *>(m_url)})
        setRowVisible(w, network);
    setRowVisible(m_pfmNumber, telit);
    setRowVisible(m_pfmAddress, telit);
    setRowVisible(m_policy, agreements);
    setRowVisible(m_defer, agreements
                                       && m_policy->currentData().value<AgreementPolicy>() == AgreementPolicy::Defer);
}

QString UpdateOptionsForm::problem() const
{
    if (!m_pin->text().isEmpty()
        && (m_pin->text().size() < 4 || !std::all_of(m_pin->text().cbegin(), m_pin->text().cend(),
                                                     [](QChar c) { return c.isDigit(); })))
        return tr("A SIM PIN has 4 to 8 digits.");
    if (isRowShown(m_url) && !m_url->text().isEmpty()) {
        const QUrl url(m_url->text(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || !(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")))
            return tr("The package URL must be an http:// or https:// address.");
    }
    if (isRowShown(m_pfmAddress) && !m_pfmAddress->text().isEmpty()) {
        const QStringList parts = m_pfmAddress->text().split(QLatin1Char(':'));
        bool ok = parts.size() == 2;
        const int port = parts.value(1).toInt(&ok);
        if (!ok || port <= 0 || port > 65535)
            return tr("The PFM server address is IP:port, e.g. 203.0.113.7:5000.");
    }
    return {};
}

void UpdateOptionsForm::fillRequest(UpdateRequest &r) const
{
    r.method = method();
    r.simPin = m_pin->text();
    const bool network = std::any_of(m_families.cbegin(), m_families.cend(), [this](Family f) {
        return MethodChoice::usesModuleNetwork(MethodChoice::resolve(method(), f));
    });
    if (network) {
        r.apn = m_apn->text().trimmed();
        r.apnUser = m_apnUser->text();
        r.apnPassword = m_apnPassword->text();
        if (!m_url->text().trimmed().isEmpty())
            r.url = QUrl(m_url->text().trimmed());
    }
    if (m_families.contains(Family::TelitPfm)) {
        r.pfmServerNumber = m_pfmNumber->text().trimmed();
        const QStringList parts = m_pfmAddress->text().trimmed().split(QLatin1Char(':'));
        if (parts.size() == 2) {
            r.pfmServerAddress = parts.at(0);
            r.pfmServerPort = parts.at(1).toInt();
        }
    }
    r.policy = m_policy->currentData().value<AgreementPolicy>();
    r.deferMinutes = m_defer->value();
}
