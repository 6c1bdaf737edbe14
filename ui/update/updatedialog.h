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

// Update the selected modules: an update is a module, a method and what the
// method needs. Choose the method first and enter what it needs; pick a
// package from the catalog (or add a file) only when the method carries bytes
// from FotaDesk; see per module whether it applies and why not; then start.
// Server-held updates (Telit PFM, SIM7020 AT+CFOTA=1, HL78xx AirVantage,
// LwM2M, Cinterion ^SNFOTA from a URL) go without a file. The dialog only
// asks; the engine runs the jobs and the fleet table shows them.
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
    // What Start would send now: one order for the modules that get the
    // chosen package, one (with an empty packageId) for those whose method
    // needs no file; only the non-empty ones.
    QList<UpdateOrder> orders() const;
    // The first of orders() (all of it when every module goes the same way),
    // or an order for no module with the request as filled in.
    UpdateOrder order() const;

    QTableView *packageView() const { return m_packageView; }
    QPushButton *addFileButton() const { return m_addFile; }
    // Says where the package comes from when no file is needed.
    QLabel *packageNote() const { return m_packageNote; }
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
    void showPackageChoice();
    // The row selected in the list, needed or not.
    std::optional<PackageInfo> chosenPackage() const;
    void selectSingleMatch();
    UpdateRequest baseRequest() const;

    EngineApi *m_engine;
    PackageModel *m_packages;
    ApplicabilityModel *m_applicability;
    QTableView *m_packageView;
    QTableView *m_moduleView;
    QPushButton *m_addFile;
    QLabel *m_packageNote;
    QWidget *m_packageBox = nullptr;
    QCheckBox *m_override;
    UpdateOptionsForm *m_options;
    QLabel *m_message;
    QPushButton *m_start;
    QString m_pendingFile;
};
