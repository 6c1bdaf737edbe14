#pragma once

#include "cflwwritesizes.h"
#include "modules/moduledriver.h"

class SimcomDriver final : public ModuleDriver
{
public:
    Family family() const override;
    QList<UpdateMethod> methods() const override;
    QString inhibitReason(const QString &command, UpdatePhase phase) const override;
    FamilyTimeouts timeouts() const override;
    QStringList knownCommands() const override;
    QList<qint32> transferRates(UpdateMethod method, const QString &model) const override;
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                           const UpdateRequest &request) const override;

    // What each model took per AT+CFLW, shared by the process's CFLW jobs,
    // and the station's starting size (setStationStart(): the engine's setting).
    CflwWriteSizes &cflwWriteSizes() const { return m_writeSizes; }

private:
    mutable CflwWriteSizes m_writeSizes;
};
