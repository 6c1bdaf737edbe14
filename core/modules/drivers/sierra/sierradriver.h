#pragma once

#include "modules/moduledriver.h"

#include <QRegularExpression>

class SierraDriver final : public ModuleDriver
{
public:
    Family family() const override;
    QList<UpdateMethod> methods() const override;
    QString inhibitReason(const QString &command, UpdatePhase phase) const override;
    FamilyTimeouts timeouts() const override;
    QStringList knownCommands() const override;
    QList<qint32> transferRates(UpdateMethod method, const QString &model) const override;
    // +WDSI: 18[,<percent>] (download progress) and +WDSI: 9 (a package, or
    // the rest of one, to download): the module downloads (note 004).
    bool showsDownloadRunning(const QString &line) const override
    {
        static const QRegularExpression running(QStringLiteral("^\\+WDSI:\\s*(18|9)\\b"));
        return running.match(line.trimmed()).hasMatch();
    }
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                           const UpdateRequest &request) const override;
};
