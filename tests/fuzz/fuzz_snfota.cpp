// Cinterion's ^SNFOTA progress URC and the AT^SNFOTA? read-back (PROTOCOLS.md
// section 2). The input is one URC, and the same bytes split on '\n' are a
// read-back answer.

#include "fuzzsupport.h"

#include "modules/drivers/cinterion/snfota.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);
    if (const auto act = Snfota::parseAct(line)) {
        (void)Snfota::errorInfo(act->error);
        (void)Snfota::vendorCode(act->error);
        // What the parser understood reads back the same when printed plainly.
        const QString plain = QStringLiteral("^SNFOTA: \"act\",%1,%2,%3").arg(act->action).arg(act->error).arg(act->progress);
        const auto again = Snfota::parseAct(plain);
        FUZZ_CHECK(again && again->action == act->action && again->error == act->error
                       && again->progress == act->progress,
                   line + QStringLiteral(" -> ") + plain);
    }

    const Snfota::Settings settings = Snfota::parseSettings(Fuzz::latin1Lines(data, size));
    // The same settings never differ from themselves.
    FUZZ_CHECK(Snfota::differences(settings, settings).isEmpty(), line);
    (void)Snfota::differences(Snfota::Settings{}, settings);
    if (settings.act)
        (void)Snfota::errorInfo(settings.act->error);
    return 0;
}
