// V.250 command lines as a module reads them (core/at/v250command.h), the
// parser under the secret masker and the update interlock: any text, and every
// range it gives lies inside the text, in order, so callers can replace them.

#include "fuzzsupport.h"

#include "at/v250command.h"

namespace {

void checkRange(QStringView text, const V250::Range &r, const char *what)
{
    FUZZ_CHECK(r.begin >= 0 && r.begin <= r.end && r.end <= text.size(),
               QStringLiteral("%1 [%2, %3) of %4: %5").arg(QLatin1String(what)).arg(r.begin).arg(r.end)
                   .arg(text.size()).arg(text));
}

void checkArguments(QStringView text, const V250::Range &within)
{
    qsizetype last = within.begin;
    for (const V250::Argument &a : V250::splitArguments(text, within)) {
        checkRange(text, a.text, "argument");
        checkRange(text, a.value, "argument value");
        FUZZ_CHECK(a.text.begin >= last && a.text.end <= within.end, text.toString());
        FUZZ_CHECK(a.value.begin >= a.text.begin && a.value.end <= a.text.end, text.toString());
        last = a.text.end;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    for (const QString &line : {Fuzz::latin1(data, size), QString::fromUtf8(Fuzz::bytes(data, size))}) {
        const QStringView text(line);
        QList<qsizetype> starts = V250::commandLineCandidates(text);
        starts.prepend(0);
        for (const qsizetype from : std::as_const(starts)) {
            FUZZ_CHECK(from >= 0 && from <= text.size(), line);
            const V250::CommandLine cl = V250::parseCommandLine(text, from);
            FUZZ_CHECK(cl.end >= 0 && cl.end <= text.size(), line);
            FUZZ_CHECK(cl.prefix >= 0 || cl.commands.isEmpty(), line);
            qsizetype last = qMax<qsizetype>(cl.prefix, 0);
            for (const V250::Command &c : cl.commands) {
                checkRange(text, c.whole, "whole");
                checkRange(text, c.nameRange, "name");
                checkRange(text, c.arguments, "arguments");
                FUZZ_CHECK(c.whole.begin >= last, line); // commands in order, not overlapping
                FUZZ_CHECK(c.nameRange.begin >= c.whole.begin && c.nameRange.end <= c.whole.end, line);
                FUZZ_CHECK(c.arguments.isEmpty()
                               || (c.arguments.begin >= c.whole.begin && c.arguments.end <= c.whole.end),
                           line);
                FUZZ_CHECK(!c.name.isEmpty() && c.name == c.name.toUpper(), line + QStringLiteral(" name ") + c.name);
                checkArguments(text, c.arguments);
                last = c.whole.end;
            }
        }
        if (const auto r = V250::parseResponse(text)) {
            checkRange(text, r->nameRange, "response name");
            checkRange(text, r->arguments, "response arguments");
            checkArguments(text, r->arguments);
        }
    }
    return 0;
}
