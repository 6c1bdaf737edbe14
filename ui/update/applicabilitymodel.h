#pragma once

#include "engine/modulesnapshot.h"
#include "fleet/packageinfo.h"
#include "jobs/applicability.h"

#include <QAbstractTableModel>

#include <optional>

// For each module chosen for an update: does the chosen package apply, and if
// not, why (checkApplicability, the same check the job's preflight starts from).
class ApplicabilityModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Module, Port, Firmware, Check, Reason, ColumnCount };
    enum class Verdict { NoPackage, Applies, Overridable, NotApplicable };

    explicit ApplicabilityModel(QObject *parent = nullptr);

    void setModules(const QList<ModuleSnapshot> &modules);
    void setPackage(const std::optional<PackageInfo> &package);
    void setMethod(UpdateMethod method);

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
    std::optional<PackageInfo> m_package;
    UpdateMethod m_method = UpdateMethod::Auto;
};
