#pragma once

#include "modules/updatetypes.h"

#include <QCoreApplication>
#include <QString>

struct AtResult;

// How FotaDesk classifies what a SIM7020 reports when something goes wrong,
// and what it tells the person to do about it.
struct SimcomError
{
    Q_DECLARE_TR_FUNCTIONS(SimcomError)

public:
    FailureReason reason = FailureReason::None;
    QString message; // what happened, translated
    QString advice;  // what to do, translated

    // A command's ERROR / +CME ERROR (27.007 codes): SIM problems, no network
    // service, or a plain refusal of `what` ("AT+CHTTPCON=0").
    static SimcomError forCommand(const AtResult &result);
    // +CHTTPERR: <id>,<code>: an HTTP status, or -1 network, -2 connection
    // reset, -3 file too large (the simulator's and firmwares' negative codes).
    static SimcomError forHttpError(int code);
    // The status of +CHTTPNMIH when it is not a success.
    static SimcomError forHttpStatus(int status);
};
