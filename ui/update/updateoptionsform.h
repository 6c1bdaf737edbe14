#pragma once

#include "modules/family.h"
#include "modules/updatetypes.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// How to update and what the method needs: the method (defaulting to the
// family's best), the SIM PIN, the module's APN and credentials, a download
// URL, Telit's PFM server, and the answer to agreement requests. Only the rows
// the chosen method needs are shown. Secrets stay in password fields and go
// nowhere but the request.
class UpdateOptionsForm : public QWidget
{
    Q_OBJECT

public:
    explicit UpdateOptionsForm(QWidget *parent = nullptr);

    void setFamilies(const QList<Family> &families);
    void setAgreementDefaults(AgreementPolicy policy, int deferMinutes);
    void setPinWanted(bool wanted);

    UpdateMethod method() const;
    void setMethod(UpdateMethod method);
    // Everything but the package fields.
    void fillRequest(UpdateRequest &request) const;
    // An empty string when the entries make sense; else what to fix.
    QString problem() const;

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *apnField() const { return m_apn; }
    QLineEdit *apnUserField() const { return m_apnUser; }
    QLineEdit *apnPasswordField() const { return m_apnPassword; }
    QLineEdit *urlField() const { return m_url; }
    QComboBox *policyBox() const { return m_policy; }
    bool isRowShown(QWidget *field) const;

signals:
    void methodChanged(UpdateMethod method);
    void changed();

private:
    void updateRows();
    void setRowVisible(QWidget *field, bool visible);

    QList<Family> m_families;
    QFormLayout *m_form;    // the method and the module's own needs
    QFormLayout *m_network; // what the module's network connection needs
    QComboBox *m_method;
    QLabel *m_methodHint;
    QLineEdit *m_pin;
    QLineEdit *m_apn;
    QLineEdit *m_apnUser;
    QLineEdit *m_apnPassword;
    QLineEdit *m_url;
    QLineEdit *m_pfmNumber;
    QLineEdit *m_pfmAddress;
    QComboBox *m_policy;
    QSpinBox *m_defer;
};
