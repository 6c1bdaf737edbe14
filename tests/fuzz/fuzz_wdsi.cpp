// HL78xx +WDSI indications (PROTOCOLS.md section 4): any line; what is valid
// prints back (vendorCode(), the canonical spelling) as the same event.

#include "fuzzsupport.h"

#include "modules/drivers/sierra/wdsievent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);
    const WdsiEvent event = parseWdsi(line);
    FUZZ_CHECK(parseWdsi(line.toLower()).valid == event.valid, line);
    if (!event.valid) {
        FUZZ_CHECK(event.vendorCode().isEmpty(), line);
        return 0;
    }
    FUZZ_CHECK(event.code >= 0, line);
    const WdsiEvent again = parseWdsi(event.vendorCode());
    FUZZ_CHECK(again.valid && again.code == event.code && again.value == event.value && again.kind == event.kind,
               line + QStringLiteral(" -> ") + event.vendorCode());
    return 0;
}
