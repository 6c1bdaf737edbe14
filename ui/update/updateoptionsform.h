#pragma once

#include "modules/family.h"
#include "modules/updatetypes.h"

#include <QUrl>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The entries worth keeping from one update to the next (and what a demo
// pre-fills). Never a secret: the SIM PIN and the APN password stay out.
struct UpdateEntries
{
    QString apn;
    QString apnUser;
    QString pfmServer; // as typed: "+15550100" or "203.0.113.7:5000"
    QString lwm2mServer; // "coap://lwm2m.example.net:5683"
};

// How to update and what the method needs: the method (defaulting to the
// family's best), the SIM PIN, Telit's PFM server, the module's APN and
// credentials, a download URL (with the SHA-256 the module checks it
// against), the LwM2M server, and the answer to agreement requests. Only the rows the modules
// being updated need are shown. Secrets stay in password fields and go nowhere
// but the request.
class UpdateOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit UpdateOptionsForm(QWidget *parent = nullptr);

    // The selected modules' families: which methods are offered.
    void setFamilies(const QList<Family> &families);
    // The families of the modules an update would start on now (those the
    // package applies to): which rows are shown and filled. Defaults to all
    // of setFamilies().
    void setFamiliesInPlay(const QList<Family> &families);
    void setAgreementDefaults(AgreementPolicy policy, int deferMinutes);
    void setPinWanted(bool wanted);
    void setEntries(const UpdateEntries &entries);
    UpdateEntries entries() const;

    UpdateMethod method() const;
    void setMethod(UpdateMethod method);
    // The download URL typed, when its row is shown (else empty): Cinterion's
    // ^SNFOTA then needs no package file.
    QUrl downloadUrl() const;
    // Everything but the package fields (except the SHA-256 given with a URL).
    void fillRequest(UpdateRequest &request) const;
    // An empty string when the entries make sense; else what to fix.
    QString problem() const;

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *pfmServerField() const { return m_pfmServer; }
    QLabel *pfmServerMessage() const { return m_pfmMessage; }
    QComboBox *pfmProtocolBox() const { return m_pfmProtocol; }
    QLineEdit *pfmMyNumberField() const { return m_pfmMyNumber; }
    QLineEdit *apnField() const { return m_apn; }
    QLineEdit *apnUserField() const { return m_apnUser; }
    QLineEdit *apnPasswordField() const { return m_apnPassword; }
    QLineEdit *urlField() const { return m_url; }
    QLineEdit *sha256Field() const { return m_sha256; }
    QLineEdit *lwm2mServerField() const { return m_lwm2mServer; }
    QComboBox *policyBox() const { return m_policy; }
    bool isRowShown(QWidget *field) const;

signals:
    void methodChanged(UpdateMethod method);
    void changed();

private:
    void updateRows();
    void setRowVisible(QWidget *field, bool visible);
    bool telitInPlay() const;
    bool apnRequired() const;
    const QList<Family> &familiesInPlay() const { return m_inPlaySet ? m_inPlay : m_families; }

    QList<Family> m_families;
    QList<Family> m_inPlay;
    bool m_inPlaySet = false;
    QFormLayout *m_form;    // the method and the module's own needs
    QFormLayout *m_network; // what the module's network connection needs
    QComboBox *m_method;
    QLabel *m_methodHint;
    QLineEdit *m_pin;
    QLineEdit *m_pfmServer;
    QLabel *m_pfmMessage;
    QComboBox *m_pfmProtocol; // for an IP server: TCP/IP only or combined with SMS
    QLineEdit *m_pfmMyNumber; // combined: the SIM's own number for <mynumber>
    QLineEdit *m_apn;
    QLineEdit *m_apnUser;
    QLineEdit *m_apnPassword;
    QLineEdit *m_url;
    QLineEdit *m_sha256;
    QLineEdit *m_lwm2mServer;
    QComboBox *m_policy;
    QSpinBox *m_defer;
};
