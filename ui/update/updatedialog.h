#pragma once

#include "engine/engineapi.h"
#include "updateoptionsform.h"

#include <QDialog>

#include <optional>

class ApplicabilityModel;
class PackageModel;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

// Update the selected modules: pick a package from the catalog (or add a
// file), see per module whether it applies and why not, choose the method and
// enter what it needs, then start. The dialog only asks; the engine runs the
// jobs and the fleet table shows them.
class UpdateDialog : public QDialog
{
    Q_OBJECT

public:
    UpdateDialog(EngineApi *engine, PackageModel *packages, const QList<ModuleSnapshot> &modules,
                 QWidget *parent = nullptr);

    void setAgreementDefaults(AgreementPolicy policy, int deferMinutes);
    // The APN and PFM server to start from (the last update's, a demo's).
    void setEntries(const UpdateEntries &entries);
    void selectPackage(const QString &packageId);
    std::optional<PackageInfo> selectedPackage() const;
    // What Start would send now.
    UpdateOrder order() const;

    QTableView *packageView() const { return m_packageView; }
    QTableView *moduleView() const { return m_moduleView; }
    ApplicabilityModel *applicability() const { return m_applicability; }
    UpdateOptionsForm *options() const { return m_options; }
    QCheckBox *overrideBox() const { return m_override; }
    QPushButton *startButton() const { return m_start; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    void start();
    // The steps behind "Add package file...": pick, describe, add.
    void addFile();
    void describeFile(const QString &path);
    void addPackage(const PackageInfo &metadata);

private:
    void refresh();
    void selectSingleMatch();

    EngineApi *m_engine;
    PackageModel *m_packages;
    ApplicabilityModel *m_applicability;
    QTableView *m_packageView;
    QTableView *m_moduleView;
    QCheckBox *m_override;
    UpdateOptionsForm *m_options;
    QLabel *m_message;
    QPushButton *m_start;
    QString m_pendingFile;
};
