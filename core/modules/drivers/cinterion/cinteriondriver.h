#pragma once

#include "modules/moduledriver.h"

class CinterionDriver final : public ModuleDriver
{
public:
    Family family() const override;
    QList<UpdateMethod> methods() const override;
    QString inhibitReason(const QString &command, UpdatePhase phase) const override;
    FamilyTimeouts timeouts() const override;
    QStringList knownCommands() const override;
    QString firmwareQuery() const override { return QStringLiteral("ATI1"); }
    bool showsInstallRunning(const QString &line) const override;
    bool needsPackageFile(UpdateMethod method, const UpdateRequest &request) const override;
    bool downloadsFromPackageServer(UpdateMethod method, const UpdateRequest &request) const override
    {
        return needsPackageFile(method, request);
    }
    QString missingFor(UpdateMethod method, const UpdateRequest &request) const override;
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                           const UpdateRequest &request) const override;
};
