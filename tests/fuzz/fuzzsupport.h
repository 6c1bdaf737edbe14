#pragma once

// Shared by the libFuzzer targets: how fuzz bytes become the text the parsers
// see, and a property check that fails loudly (libFuzzer then saves the input).

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace Fuzz {

inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// AtChannel hands parsers Latin-1 lines (atchannel.cpp), so that is what they get.
inline QString latin1(const uint8_t *data, size_t size)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(data), qsizetype(size));
}

// A response as AtChannel collects it: one line a '\n'-separated part.
inline QStringList latin1Lines(const uint8_t *data, size_t size)
{
    return latin1(data, size).split(u'\n');
}

[[noreturn]] inline void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "FUZZ PROPERTY FAILED: %s\n  %s\n", what, qUtf8Printable(detail));
    std::abort();
}

} // namespace Fuzz

// A property every input must keep; on failure libFuzzer writes crash-<sha1>.
#define FUZZ_CHECK(cond, detail)                                                                   \
    do {                                                                                           \
        if (!(cond))                                                                               \
            Fuzz::fail(#cond, (detail));                                                           \
    } while (false)
