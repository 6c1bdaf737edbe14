// The final result code parser on one line: it never crashes, it ignores letter
// case, and what AtResult::describe() prints for a result reads back as the
// same result (transcripts and logs are read again by people and tools).

#include "fuzzsupport.h"

#include "at/atresult.h"
#include "at/finalcode.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);
    const auto code = parseFinalCode(line);

    // Any letter case: the same status (the detail keeps the module's case).
    const auto upper = parseFinalCode(line.toUpper());
    const auto lower = parseFinalCode(line.toLower());
    FUZZ_CHECK(bool(code) == bool(upper) && bool(code) == bool(lower), line);
    if (!code)
        return 0;
    FUZZ_CHECK(code->status == upper->status && code->status == lower->status, line);
    FUZZ_CHECK(code->errorCode == upper->errorCode, line);

    AtResult result;
    result.command = QStringLiteral("AT");
    result.status = code->status;
    result.errorCode = code->errorCode;
    result.detail = code->detail;
    const QString printed = result.describe();
    const auto again = parseFinalCode(printed);
    FUZZ_CHECK(again.has_value(), line + QStringLiteral(" -> ") + printed);
    FUZZ_CHECK(again->status == code->status, line + QStringLiteral(" -> ") + printed);
    // A numeric code reads back as the same number (a negative one is not a
    // module's code: errorCode -1 means "verbose", see atresult.h).
    if (code->errorCode >= 0)
        FUZZ_CHECK(again->errorCode == code->errorCode, line + QStringLiteral(" -> ") + printed);
    else
        FUZZ_CHECK(again->detail == code->detail, line + QStringLiteral(" -> ") + printed);
    return 0;
}
