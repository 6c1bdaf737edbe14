#pragma once

#include "modules/updateflow.h"

#include <chrono>

// The end of an update FotaDesk did not see: the module was installing when
// FotaDesk stopped (crash, kill, power). Waits for the module to come back
// (its session connected again), reads its firmware and compares it with the
// version the job expected. Used by crash recovery in place of the family's
// flow; it never sends anything that could disturb an install.
class VerifyFlow final : public UpdateFlow
{
    Q_OBJECT

public:
    VerifyFlow(ModuleSession *session, const UpdateRequest &request, const QString &firmwareQuery,
               std::chrono::milliseconds waitLimit, QObject *parent = nullptr);

    void start() override;
    // The firmware version in the answer to a family's firmware query.
    static QString firmwareFrom(const QStringList &lines);
    // Waiting may be abandoned; nothing runs on the module's behalf.
    bool isCancellable() const override { return !isFinished(); }

private:
    void readFirmware();

    QString m_query;
    std::chrono::milliseconds m_waitLimit;
    bool m_reading = false;
};
