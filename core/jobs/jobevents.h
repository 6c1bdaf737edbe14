#pragma once

#include "fleet/jobrecord.h"
#include "modules/updatetypes.h"

#include <QJsonObject>

// One JSON object per job event, as `fotadesk-cli update --json-events`
// prints them a line each (and scripts and tests read them):
//   {"event":"step","job":7,"module":"35...","step":"backup","outcome":"running",...}
//   {"event":"progress","job":7,"module":"35...","step":"transfer","phase":"Transferring",
//    "percent":40,"bytes":40960,"total":102400,"rate":11520,"eta":5333,"message":"..."}
//   {"event":"prompt",...} {"event":"finished","state":"succeeded","exit":0,...}
// Every text and figure goes through SecretMasker on the way out, whatever
// produced it: a printed event never carries a PIN or a password.
namespace JobEvents {

QJsonObject step(qint64 jobId, const QString &moduleId, const StepRecord &step);
QJsonObject progress(qint64 jobId, const QString &moduleId, const QString &step, const UpdateProgress &progress);
QJsonObject prompt(qint64 jobId, const QString &moduleId, const UpdatePrompt &prompt);
QJsonObject finished(const JobRecord &job);

// DESIGN.md's exit status for a finished job: 0 success; 1 a failure the
// module reported, a refusal or a verification mismatch; 3 port or transport
// error; 4 timeout.
int exitCode(const JobRecord &job);

} // namespace JobEvents
