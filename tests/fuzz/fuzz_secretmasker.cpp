// SecretMasker::maskLine() on any text, as it comes from a module (Latin-1) or
// from a person typing a command (UTF-8): no crash, no sanitizer finding, and a
// masked line is final: masking it again changes nothing, so every output that
// masks once more (transcripts after the channel, bundles after the store)
// shows what the first pass showed. (The PIN property is fuzz_secretmasker_pin's.)

#include "fuzzsupport.h"

#include "at/secretmasker.h"

namespace {

void check(const QString &line)
{
    const QString masked = SecretMasker::maskLine(line);
    const QString again = SecretMasker::maskLine(masked);
    FUZZ_CHECK(again == masked, line + QStringLiteral(" -> ") + masked + QStringLiteral(" -> ") + again);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    check(Fuzz::latin1(data, size));
    check(QString::fromUtf8(Fuzz::bytes(data, size)));
    return 0;
}
