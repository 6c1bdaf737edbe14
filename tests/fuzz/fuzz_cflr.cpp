// SIM7020's AT+CFLR read-back "+CFLR: <length>,<hex>" (PROTOCOLS.md section 3):
// data comes back only when it has exactly the length asked for, and a
// well-formed answer gives back the bytes it carries.

#include "fuzzsupport.h"

#include "at/atresult.h"
#include "transfer/flashcommands.h"

#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    const bool wellFormed = fdp.ConsumeBool();
    const qint64 expected = fdp.ConsumeIntegralInRange<qint64>(-2, 4096);
    const std::string rest = fdp.ConsumeRemainingBytesAsString();
    const QByteArray body(rest.data(), qsizetype(rest.size()));

    AtResult result;
    result.status = AtStatus::Ok;
    if (wellFormed) {
        // A real answer for the bytes in `body`, in either letter case, quoted or not.
        QString hex = QString::fromLatin1(body.toHex());
        if (!body.isEmpty() && body.front() & 1)
            hex = hex.toUpper();
        if (!body.isEmpty() && body.back() & 1)
            hex = u'"' + hex + u'"';
        result.lines << QStringLiteral("+CFLR: %1,%2").arg(body.size()).arg(hex);
        const auto read = FlashCommands::parseRead(result, body.size());
        FUZZ_CHECK(read && *read == body, result.lines.join(u'\n'));
        return 0;
    }
    result.lines = QString::fromLatin1(body).split(u'\n');
    if (const auto read = FlashCommands::parseRead(result, expected))
        FUZZ_CHECK(read->size() == expected, result.lines.join(u'\n'));
    return 0;
}
