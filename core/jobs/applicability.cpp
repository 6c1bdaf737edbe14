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

FailureReason failureReasonFor(Applicability::Issue issue)
{
    using Issue = Applicability::Issue;
    switch (issue) {
    case Issue::TooLarge: return FailureReason::NoSpace;
    case Issue::NotConnected: return FailureReason::PortLost;
    case Issue::PackageChanged:
    case Issue::PackageUnreadable: return FailureReason::Integrity;
    case Issue::SimPinNeeded: return FailureReason::SimLocked;
    default: return FailureReason::NotApplicable;
    }
}

QString issueId(Applicability::Issue issue)
{
    using Issue = Applicability::Issue;
    switch (issue) {
    case Issue::OtherFamily: return QStringLiteral("other-family");
    case Issue::OtherModel: return QStringLiteral("other-model");
    case Issue::WrongBaseVersion: return QStringLiteral("wrong-base-version");
    case Issue::AlreadyOnTarget: return QStringLiteral("already-on-target");
    case Issue::TooLarge: return QStringLiteral("too-large");
    case Issue::MethodUnsupported: return QStringLiteral("method-unsupported");
    case Issue::UnknownFamily: return QStringLiteral("unknown-family");
    case Issue::NotConnected: return QStringLiteral("not-connected");
    case Issue::Busy: return QStringLiteral("busy");
    case Issue::PackageChanged: return QStringLiteral("package-changed");
    case Issue::PackageUnreadable: return QStringLiteral("package-unreadable");
    case Issue::SimPinNeeded: return QStringLiteral("sim-pin-needed");
    case Issue::AutobaudOn: return QStringLiteral("autobaud-on");
    }
    return {};
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
    // A file name's labels are no firmware strings: only real versions are compared.
    const QString to = package.targetVersion();
    const QString from = package.baseVersion();
    if (!to.isEmpty() && sameFirmware(to, module.firmware)) {
        add(Issue::AlreadyOnTarget, tr("the module already runs %1").arg(module.firmware), true);
    } else if (!from.isEmpty() && !sameFirmware(from, module.firmware)) {
        add(Issue::WrongBaseVersion,
            tr("the package updates %1, the module runs %2; a delta only applies to its base version")
                .arg(from, module.firmware),
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
