#pragma once

#include "atresult.h"

#include <optional>

// Recognises a final result code line (ITU-T V.250 / 3GPP TS 27.007), in any
// letter case. Returns the status plus error code or text; nullopt otherwise.
struct FinalCode
{
    FinalCode(AtStatus status, int errorCode = -1, const QString &detail = {})
        : status(status), errorCode(errorCode), detail(detail) { }

    AtStatus status;
    int errorCode = -1;
    QString detail;
};

std::optional<FinalCode> parseFinalCode(const QString &line);
