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
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                           const UpdateRequest &request) const override;
};
