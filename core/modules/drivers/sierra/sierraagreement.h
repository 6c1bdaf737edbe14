#pragma once

#include "modules/updatetypes.h"
#include "wdsievent.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

// The three HL78xx user agreements (PROTOCOLS.md section 4): the module asks
// with +WDSI 1/2/3 and waits for AT+WDSR. Requests cannot be refused, only
// deferred; unanswered ones come back every 30 minutes.
namespace SierraAgreementNs {
Q_NAMESPACE
enum class Agreement { Connect, Download, Install };
Q_ENUM_NS(Agreement)
} // namespace SierraAgreementNs
using SierraAgreementNs::Agreement;

class SierraAgreements
{
    Q_DECLARE_TR_FUNCTIONS(SierraAgreements)

public:
    static constexpr int kMaxDeferMinutes = 1440; // AT+WDSR=?: (0-5),(0-1440)

    static std::optional<Agreement> forIndication(Wdsi kind);
    // AT+WDSR=1 / =3 / =4.
    static QString acceptCommand(Agreement agreement);
    // AT+WDSR=0,<min> / =2,<min> / =5,<min>; minutes clamped to what the module takes.
    static QString deferCommand(Agreement agreement, int minutes);
    static UpdatePrompt::Kind promptKind(Agreement agreement);
    // The question for the person, translated.
    static QString question(Agreement agreement);
    // The <mode> of AT+WDSC that switches the agreement on or off.
    static int switchMode(Agreement agreement) { return int(agreement); }
    // The "+WDSC: <mode>,<value>" lines of AT+WDSC?, as mode -> value.
    static QHash<int, int> parseSwitches(const QStringList &lines);
};
