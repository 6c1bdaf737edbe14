#pragma once

#include "engine/enginesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

// Edits EngineSettings: where to look for modules, which rates to try, how fast
// a local transfer may run, whether
// ModemManager is kept off a module while it updates, how to
// answer agreement requests, timeouts, the package server (bind address, port,
// the host modules are told to download from), whether every package needs a
// manifest, the data folder and the language. It only edits a copy; the caller stores and applies it.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const EngineSettings &settings, QWidget *parent = nullptr);

    void setSettings(const EngineSettings &settings);
    EngineSettings settings() const;
    // Empty when the entries are valid; else what to fix.
    QString problem() const;

    QPlainTextEdit *scanField() const { return m_scan; }
    QLineEdit *baudField() const { return m_bauds; }
    // Editable: "Off" (0) and the common rates, or a rate typed in.
    QComboBox *maxRateBox() const { return m_maxRate; }
    QComboBox *telitPolicyBox() const { return m_telitPolicy; }
    QComboBox *hl78xxPolicyBox() const { return m_hlPolicy; }
    QSpinBox *deferBox() const { return m_defer; }
    QSpinBox *probeBox() const { return m_probe; }
    QSpinBox *reenumerationBox() const { return m_reenumeration; }
    QCheckBox *inhibitModemManagerBox() const { return m_inhibitModemManager; }
    QSpinBox *installBox() const { return m_install; }
    QLineEdit *serverAddressField() const { return m_serverAddress; }
    QSpinBox *serverPortBox() const { return m_serverPort; }
    QLineEdit *serverAdvertiseField() const { return m_serverAdvertise; }
    QCheckBox *requireManifestBox() const { return m_requireManifest; }
    QLineEdit *dataFolderField() const { return m_dataFolder; }
    QComboBox *languageBox() const { return m_language; }

private:
    void validate();

    EngineSettings m_base; // fields this dialog does not show pass through
    QPlainTextEdit *m_scan;
    QLineEdit *m_bauds;
    QComboBox *m_maxRate;
    QComboBox *m_telitPolicy;
    QComboBox *m_hlPolicy;
    QSpinBox *m_defer;
    QSpinBox *m_probe;
    QSpinBox *m_reenumeration;
    QCheckBox *m_inhibitModemManager;
    QSpinBox *m_install;
    QLineEdit *m_serverAddress;
    QSpinBox *m_serverPort;
    QLineEdit *m_serverAdvertise;
    QCheckBox *m_requireManifest;
    QLineEdit *m_dataFolder;
    QComboBox *m_language;
    QLabel *m_problem;
    QPushButton *m_ok = nullptr;
};
