// What a Cinterion module prints while AT^SFDL=2 installs (PROTOCOLS.md
// section 2), and its ATI1 revision lines.

#include "fuzzsupport.h"

#include "modules/drivers/cinterion/sfdlevent.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString line = Fuzz::latin1(data, size);
    (void)parseSfdlEvent(line);

    const QStringList lines = Fuzz::latin1Lines(data, size);
    for (const QString &l : lines)
        (void)parseSfdlEvent(l);
    const CinterionRevision revision = parseAti1(lines);
    // The revision as the user copies it from ATI1 ("REVISION 01.000") matches.
    if (!revision.isEmpty())
        FUZZ_CHECK(revision.matches(QStringLiteral("REVISION ") + revision.revision), revision.revision);
    FUZZ_CHECK(!revision.matches(QString()), line);
    (void)revision.matches(line);
    return 0;
}
