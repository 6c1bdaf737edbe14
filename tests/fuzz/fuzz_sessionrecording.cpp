// A recording as a support desk gets it from a customer (fotadesk-cli record):
// any line, edited or cut short, is read or refused with a reason, never
// crashes the replay; what is read writes back to the same event.

#include "fuzzsupport.h"

#include "recording/sessionrecording.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray line = Fuzz::bytes(data, size);
    QString error;
    const std::optional<RecordedEvent> event = SessionRecording::parse(line, &error);
    if (!event)
        return 0;
    FUZZ_CHECK(error.isEmpty(), QString::fromLatin1(line));
    const QByteArray written = SessionRecording::format(*event);
    const std::optional<RecordedEvent> again = SessionRecording::parse(written, &error);
    FUZZ_CHECK(again.has_value() && *again == *event, QString::fromLatin1(written));
    // Escaped bytes read back as they were.
    const std::optional<QByteArray> unescaped = SessionRecording::unescape(SessionRecording::escape(line));
    FUZZ_CHECK(unescaped && *unescaped == line, QString::fromLatin1(line));
    return 0;
}
