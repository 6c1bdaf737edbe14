#include "applicability.h"

#include "modules/moduledriver.h"

#include <QCoreApplication>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Applicability", text);
}

QString normalisedFirmware(QString v)
{
    v = v.trimmed();
    if (v.startsWith(QLatin1String("REVISION "), Qt::CaseInsensitive))
        v = v.mid(9).trimmed();
    return v.toUpper();
}

} // namespace

bool Applicability::appliesWithOverride() const
{
    return std::all_of(findings.cbegin(), findings.cend(), [](const Finding &f) { return f.overridable; });
}

QString Applicability::summary() const
{
    QStringList messages;
    for (const Finding &f : findings)
        messages << f.message;
    return messages.join(QLatin1String("; "));
}

qint64 fotaPartitionBytes(Family family)
{
    switch (family) {
    case Family::Cinterion: return 11LL * 1024 * 1024;   // PROTOCOLS.md: FOTA partition 11 MB
    case Family::SimcomSim7020: return 1LL * 1024 * 1024; // assumed 1 MiB (PROTOCOLS.md)
    default: return 0;
    }
}

bool sameFirmware(const QString &a, const QString &b)
{
    return normalisedFirmware(a) == normalisedFirmware(b);
}

Applicability checkApplicability(const ModuleIdentity &module, const PackageInfo &package,
                                 UpdateMethod method)
{
    using Issue = Applicability::Issue;
    Applicability result;
    auto add = [&](Issue issue, const QString &message, bool overridable) {
        result.findings.append({issue, message, overridable});
    };

    if (module.family == Family::Unknown) {
        add(Issue::UnknownFamily, tr("the module has not been identified"), false);
        return result;
    }
    if (package.family != Family::Unknown && package.family != module.family) {
        add(Issue::OtherFamily,
            tr("the package is for %1 modules, this is a %2")
                .arg(familyDisplayName(package.family), familyDisplayName(module.family)),
            false);
        return result;
    }
    if (!package.model.isEmpty() && !module.model.isEmpty()
        && package.model.compare(module.model, Qt::CaseInsensitive) != 0) {
        add(Issue::OtherModel,
            tr("the package is for the %1, this module is a %2").arg(package.model, module.model), false);
    }
    if (!package.toVersion.isEmpty() && sameFirmware(package.toVersion, module.firmware)) {
        add(Issue::AlreadyOnTarget, tr("the module already runs %1").arg(module.firmware), true);
    } else if (!package.fromVersion.isEmpty() && !sameFirmware(package.fromVersion, module.firmware)) {
        add(Issue::WrongBaseVersion,
            tr("the package updates %1, the module runs %2; a delta only applies to its base version")
                .arg(package.fromVersion, module.firmware),
            true);
    }
    const qint64 partition = fotaPartitionBytes(module.family);
    if (partition > 0 && package.size > partition) {
        add(Issue::TooLarge,
            tr("the package (%1 bytes) is larger than the module's FOTA partition (%2 bytes); "
               "use a delta package, not a full image")
                .arg(package.size)
                .arg(partition),
            false);
    }
    if (method != UpdateMethod::Auto) {
        const ModuleDriver *driver = ModuleDriver::forFamily(module.family);
        if (driver && !driver->supports(method)) {
            add(Issue::MethodUnsupported,
                tr("%1 modules cannot be updated with method %2")
                    .arg(familyDisplayName(module.family), methodId(method)),
                false);
        }
    }
    return result;
}
