#pragma once

#include "modules/updatetypes.h"
#include "wdsievent.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

struct AtResult;
struct XmodemResult;

// A classified HL78xx failure: what FotaDesk reports for it, in the person's
// language, with what to do now and the module's own words.
struct SierraFailure
{
    FailureReason reason = FailureReason::Internal;
    QString message;
    QString advice;
    QString vendorCode;
};

// Turns the HL78xx's error indications, error codes and a failed XMODEM
// transfer into one classified failure each (PROTOCOLS.md section 4).
class SierraErrors
{
    Q_DECLARE_TR_FUNCTIONS(SierraErrors)

public:
    // The failure `event` reports (authentication failed, connection denied,
    // download issue, package not certified, update failed); nullopt for an
    // indication that is no failure by itself.
    static std::optional<SierraFailure> forIndication(const WdsiEvent &event);
    // A command that did not end in OK. `result.command` is masked already.
    static SierraFailure forCommand(const AtResult &result);
    static SierraFailure forTransfer(const XmodemResult &result);
    // Whether `result` says the module does not know the command as spelt:
    // ERROR, or +CME ERROR 4 / 100 ("operation not supported", "unknown"),
    // numeric or verbose. Not 3 ("operation not allowed"): that refuses what
    // the module is doing now, and another spelling would not change it.
    static bool refusesSpelling(const AtResult &result);
};
