#pragma once

#include "engine/modulesnapshot.h"
#include "fleet/packageinfo.h"
#include "jobs/applicability.h"

#include <QAbstractTableModel>

#include <optional>

// For each module chosen for an update: does the chosen package apply, and if
// not, why (checkApplicability, the same check the job's preflight starts from).
// A module whose method needs no file (a server-held update) is checked
// without one: only its family and the method count.
class ApplicabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Module, Port, Firmware, Check, Reason, ColumnCount };
    enum class Verdict {
        NoPackage,     // the module's method needs a file and none is chosen
        Applies,
        NoFileNeeded,  // a server-held update: nothing to check against a file
        Overridable,
        NotApplicable,
    };

    explicit ApplicabilityModel(QObject *parent = nullptr);

    void setModules(const QList<ModuleSnapshot> &modules);
    void setPackage(const std::optional<PackageInfo> &package);
    void setMethod(UpdateMethod method);
    // The download URL given (empty: none): Cinterion's ^SNFOTA then needs no file.
    void setDownloadUrl(const QUrl &url);

    // Whether the module's method (Auto resolved) carries bytes from FotaDesk.
    bool needsPackage(int row) const { return m_needsPackage.value(row); }
    bool anyNeedsPackage() const { return m_needsPackage.contains(true); }
    const QList<ModuleSnapshot> &modules() const { return m_modules; }
    Verdict verdict(int row) const;
    const Applicability &applicability(int row) const { return m_results.at(row); }
    // Some module has a finding, and every finding of every module may be
    // overridden: only then is an override offered.
    bool overrideOffered() const;
    // The modules an update would start on.
    QStringList eligibleModuleIds(bool overrideChecks) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    void recheck();

    QList<ModuleSnapshot> m_modules;
    QList<Applicability> m_results;
    QString note(int row) const;

    QList<bool> m_needsPackage;
    std::optional<PackageInfo> m_package;
    UpdateMethod m_method = UpdateMethod::Auto;
    QUrl m_url;
};
