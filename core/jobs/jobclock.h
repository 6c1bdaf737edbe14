#pragma once

#include "fleet/jobtiming.h"
#include "modules/updatetypes.h"

#include <QElapsedTimer>

// Splits a job's wall time as it runs (JobTiming). The line's share is the
// transfer's bytes at 10 bits a byte at its rate. A phase in which the
// module works on its own (registering, waiting for its server, downloading,
// checking, installing, rebooting) counts whole as the module's. Elsewhere
// only the time commands waited for the module's answers does
// (ModuleSession::answerWaitMs); during a transfer that time, less the
// wire's, is the module's too (an AT+CFLW write waits for its own bytes).
class JobClock
{
public:
    void start(qint64 answerWaitMs);
    void enterPhase(UpdatePhase phase, qint64 answerWaitMs);
    // Bytes that crossed the line at `baud` for a transfer, both ways, framing
    // included (UpdateFlow::rateFigures' wireBytes).
    void addWire(qint64 bytes, qint32 baud);
    JobTiming stop(qint64 answerWaitMs);

    static bool moduleWorksIn(UpdatePhase phase);

private:
    void closePhase(qint64 answerWaitMs);

    QElapsedTimer m_wall;
    QElapsedTimer m_phase;
    UpdatePhase m_current = UpdatePhase::Preparing;
    qint64 m_answerAtPhase = 0;
    qint64 m_moduleMs = 0;
    qint64 m_transferAnswerMs = 0;
    qint64 m_wireMs = 0;
};
