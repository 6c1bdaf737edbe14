#pragma once

#include "modules/moduledriver.h"
#include "snfota.h"

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
    // ^SNFOTA: "act",2,0,<progress> below 100: the module downloads (note 001),
    // in its progress URCs and in AT^SNFOTA?'s answer.
    bool showsDownloadRunning(const QString &line) const override
    {
        const auto act = Snfota::parseAct(line);
        return act && act->action == 2 && act->error == 0 && act->progress < 100;
    }
    QString downloadQuery() const override { return QStringLiteral("AT^SNFOTA?"); }
    bool needsPackageFile(UpdateMethod method, const UpdateRequest &request) const override;
    bool downloadsFromPackageServer(UpdateMethod method, const UpdateRequest &request) const override
    {
        return needsPackageFile(method, request);
    }
    QString missingFor(UpdateMethod method, const UpdateRequest &request) const override;
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                           const UpdateRequest &request) const override;
};
