#pragma once

#include "modules/updatetypes.h"

#include <QJsonObject>
#include <QString>

// The steps every job records, in order. Names are stored and printed
// (--json-events "step"), so they never change.
namespace JobSteps {

inline const QString Preflight = QStringLiteral("preflight");
inline const QString Backup = QStringLiteral("backup");
inline const QString Transfer = QStringLiteral("transfer"); // or the OTA trigger and download
inline const QString Install = QStringLiteral("install");
inline const QString Reboot = QStringLiteral("reboot");
inline const QString Verify = QStringLiteral("verify");
inline const QString Restore = QStringLiteral("restore");
inline const QString SimPin = QStringLiteral("sim-pin");
inline const QString Record = QStringLiteral("record");

// Position in the order above (-1: not a step name).
int order(const QString &step);
// The step a flow phase belongs to; empty for Failed/Cancelled.
QString forPhase(UpdatePhase phase);
// From the install on, the module may be flashing or already runs the new
// firmware: a job interrupted there is not started again but waited for,
// verified and has its settings restored.
bool reachedInstall(const QString &step);
// Whether the module of a job interrupted at `step` may be downloading,
// installing or running the new firmware: it reached the install, or a
// commit point was recorded (the module was told to download or install on
// its own, maybe while the step still said transfer). Such a job is waited
// for and verified, never run again from its checks nor "nothing installed".
bool mayBeBusy(const QString &step, const CommitPoint &commit);

} // namespace JobSteps

// The request without its secrets (SIM PIN, APN password), as stored with a
// job so it can be resumed, and back.
QJsonObject requestOptionsToJson(const UpdateRequest &request);
UpdateRequest requestFromOptions(const QJsonObject &options);
