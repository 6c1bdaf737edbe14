#pragma once

#include "modules/moduleidentity.h"
#include "modules/modulesession.h"
#include "modules/updatetypes.h"
#include "port/port.h"

#include <QMetaType>
#include <QString>

// What the GUI shows of one module: a copy, sent from the engine thread in
// throttled batches, so views never touch engine objects.
struct ModuleSnapshot
{
    QString id;                 // ModuleIdentity::key()
    ModuleIdentity identity;
    QString port;
    ModuleSession::State connection = ModuleSession::State::Disconnected;
    ModemLines lines;
    QString status;             // e.g. a ModemManager warning; translated
    QString transcriptPath;

    // The current or last job on this module.
    qint64 jobId = 0;
    bool jobActive = false;
    UpdateProgress progress;    // phase, percent, rate, time left, message
    QString jobResult;          // the end-of-job sentence, translated
    bool jobOk = false;
};

Q_DECLARE_METATYPE(ModuleSnapshot)
