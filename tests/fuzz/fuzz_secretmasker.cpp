// SecretMasker::maskLine() on any text, as it comes from a module (Latin-1) or
// from a person typing a command (UTF-8): no crash, no sanitizer finding, and
// containsSecret() says exactly whether maskLine() changes the line. (The PIN
// property is fuzz_secretmasker_pin's.)

#include "fuzzsupport.h"

#include "at/secretmasker.h"

namespace {

void check(const QString &line)
{
    const QString masked = SecretMasker::maskLine(line);
    FUZZ_CHECK(SecretMasker::containsSecret(line) == (masked != line), line + QStringLiteral(" -> ") + masked);
    (void)SecretMasker::maskLine(masked);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(Fuzz::latin1(data, size));
    check(QString::fromUtf8(Fuzz::bytes(data, size)));
    return 0;
}
