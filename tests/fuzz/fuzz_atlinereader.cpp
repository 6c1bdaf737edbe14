// The AT line reader and the final-code parser behind it, with a chunking
// oracle: the OS may deliver the same bytes in any pieces, and the reader
// promises the same events whatever the pieces (atlinereader.h).

#include "fuzzsupport.h"

#include "at/atlinereader.h"
#include "at/atresult.h"
#include "at/finalcode.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QList>

namespace {

// The reader is being extended (a prompt only where one is expected, decoded
// text): use what this version of it has, so the oracle covers both.
template <typename Reader>
void expectPrompt(Reader &reader, bool expected)
{
    if constexpr (requires { reader.setPromptExpected(expected); })
        reader.setPromptExpected(expected);
}

template <typename Event>
QString textOf(const Event &event)
{
    if constexpr (requires { event.text; })
        return event.text;
    else
        return QString::fromLatin1(event.data);
}

struct Outcome
{
    QList<AtLineReader::Event> events;
    QStringList results; // each final code with the lines it ends, as AtChannel groups them
    QByteArray pending;  // what a raw transfer would be handed at the end
};

QString describe(const Outcome &o)
{
    QStringList parts;
    for (const auto &e : o.events)
        parts << QStringLiteral("%1:%2:%3").arg(int(e.kind)).arg(QString::fromLatin1(e.data.toHex()), textOf(e));
    parts << QStringLiteral("pending:") + QString::fromLatin1(o.pending.toHex());
    return parts.join(u' ');
}

void drain(AtLineReader &reader, Outcome &out, QStringList &lines)
{
    AtLineReader::Event event;
    while (reader.next(event)) {
        if (event.kind == AtLineReader::Kind::Line) {
            FUZZ_CHECK(!event.data.contains('\r') && !event.data.contains('\n'), QString::fromLatin1(event.data.toHex()));
            const QString line = textOf(event);
            if (const auto final = parseFinalCode(line)) {
                AtResult result;
                result.command = QStringLiteral("AT");
                result.status = final->status;
                result.errorCode = final->errorCode;
                result.detail = final->detail;
                result.lines = lines;
                lines.clear();
                out.results << result.describe() + u'|' + result.lines.join(u'|')
                                   + u'|' + result.value(QStringLiteral("+CME"));
            } else {
                lines << line;
            }
        }
        out.events << event;
    }
}

// A small xorshift so the split points come from the fuzz data, not from rand().
struct Splitter
{
    uint64_t state;
    uint64_t next()
    {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    // Half the inputs get a small line limit so the overflow path is reached; not
    // below the 64-byte sample an Overflow carries (the sample of a line cut
    // while still incomplete is what has arrived, at most 64 bytes).
    const bool smallLimit = fdp.ConsumeBool();
    const bool promptExpected = !fdp.ConsumeBool();
    const qsizetype maxLine = smallLimit ? fdp.ConsumeIntegralInRange<qsizetype>(64, 300) : 64 * 1024;
    Splitter split{fdp.ConsumeIntegral<uint64_t>() | 1};
    const int maxPiece = fdp.ConsumeIntegralInRange<int>(1, 64);
    const std::string rest = fdp.ConsumeRemainingBytesAsString();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    Outcome whole;
    {
        AtLineReader reader(maxLine);
        expectPrompt(reader, promptExpected);
        QStringList lines;
        reader.append(stream);
        drain(reader, whole, lines);
        whole.pending = reader.takePending();
    }

    Outcome pieces;
    {
        AtLineReader reader(maxLine);
        expectPrompt(reader, promptExpected);
        QStringList lines;
        qsizetype at = 0;
        while (at < stream.size()) {
            const qsizetype n = qMin<qsizetype>(stream.size() - at, 1 + qsizetype(split.next() % maxPiece));
            reader.append(QByteArrayView(stream).sliced(at, n));
            at += n;
            drain(reader, pieces, lines); // the channel drains after every read
        }
        pieces.pending = reader.takePending();
    }

    for (const auto &e : whole.events) {
        FUZZ_CHECK(e.kind != AtLineReader::Kind::Line || !e.data.isEmpty(), describe(whole));
        FUZZ_CHECK(e.kind != AtLineReader::Kind::Overflow || e.data.size() <= 64, describe(whole));
    }
    FUZZ_CHECK(whole.events.size() == pieces.events.size(),
               QStringLiteral("one chunk: %1\npieces:    %2").arg(describe(whole), describe(pieces)));
    for (qsizetype i = 0; i < whole.events.size(); ++i) {
        FUZZ_CHECK(whole.events[i].kind == pieces.events[i].kind && whole.events[i].data == pieces.events[i].data
                       && textOf(whole.events[i]) == textOf(pieces.events[i]),
                   QStringLiteral("one chunk: %1\npieces:    %2").arg(describe(whole), describe(pieces)));
    }
    FUZZ_CHECK(whole.results == pieces.results, whole.results.join(u'\n') + u'\n' + pieces.results.join(u'\n'));
    FUZZ_CHECK(whole.pending == pieces.pending,
               QStringLiteral("one chunk: %1\npieces:    %2").arg(describe(whole), describe(pieces)));
    return 0;
}
