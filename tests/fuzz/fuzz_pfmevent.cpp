// Telit PFM's #OTAEV URCs (PROTOCOLS.md section 1): any line, any letter case.

#include "fuzzsupport.h"

#include "modules/drivers/telitpfm/pfmevent.h"

#include <algorithm>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);
    const PfmEvent event = parsePfmEvent(line);
    if (!line.trimmed().startsWith(QLatin1String("#OTAEV:"), Qt::CaseInsensitive))
        FUZZ_CHECK(event == PfmEvent::Unknown, line);
    // Firmwares differ in letter case: the parser must not care. (ASCII case:
    // Unicode's upper case of a Latin-1 line may change its length, ß to SS,
    // and the parser takes a line a byte or two off an event for that event.)
    const bool ascii = std::all_of(line.cbegin(), line.cend(), [](QChar c) { return c.unicode() < 0x80; });
    if (ascii) {
        FUZZ_CHECK(parsePfmEvent(line.toUpper()) == event, line);
        FUZZ_CHECK(parsePfmEvent(line.toLower()) == event, line);
    }
    return 0;
}
