// SIM7020's +CFOTA events and the HTTP client's URCs (+CHTTPNMIH, +CHTTPTOFS(OK),
// +CHTTPERR, +CHTTPCREATE, *MATREADY) (PROTOCOLS.md section 3). Malformed lines
// give nothing, never a guess: every value returned is in range.

#include "fuzzsupport.h"

#include "at/atresult.h"
#include "modules/drivers/simcom/simcomurcs.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);

    const CfotaEvent cfota = parseCfotaEvent(line);
    FUZZ_CHECK(parseCfotaEvent(line.toUpper()) == cfota, line);
    FUZZ_CHECK(parseCfotaEvent(line.toLower()) == cfota, line);

    if (const auto headers = parseHttpHeaders(line)) {
        FUZZ_CHECK(headers->client >= 0 && headers->client < 16, line);
        FUZZ_CHECK(headers->status >= 100 && headers->status <= 999, line);
        FUZZ_CHECK(headers->headerBytes >= 0 && headers->contentLength >= -1, line);
    }
    if (const auto tofs = parseHttpToFs(line)) {
        FUZZ_CHECK(tofs->client >= 0 && tofs->client < 16, line);
        FUZZ_CHECK(tofs->received >= 0 && tofs->total >= 0, line);
    }
    if (const auto error = parseHttpError(line)) {
        FUZZ_CHECK(error->client >= 0 && error->client < 16 && error->code != 0, line);
    }
    AtResult result;
    result.status = AtStatus::Ok;
    result.lines = Fuzz::latin1Lines(data, size);
    if (const auto id = parseHttpCreate(result))
        FUZZ_CHECK(*id >= 0 && *id < 16, line);
    (void)isModuleReady(line);
    return 0;
}
