#include "byterange.h"

#include <QByteArray>
#include <optional>

namespace {

// Digits only (no sign, no blanks inside); empty optional on overflow.
std::optional<qint64> number(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    qint64 value = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

ByteRange whole(qint64 size)
{
    return {ByteRange::Kind::Whole, 0, size - 1};
}

} // namespace

ByteRange ByteRange::parse(QByteArrayView header, qint64 size)
{
    const QByteArray text = header.toByteArray().trimmed();
    if (text.isEmpty())
        return whole(size);
    const qsizetype eq = text.indexOf('=');
    if (eq < 0 || text.left(eq).trimmed().toLower() != "bytes")
        return whole(size);
    const QByteArray spec = text.mid(eq + 1).trimmed();
    if (spec.contains(','))
        return whole(size); // several ranges: allowed to ignore, simpler than multipart
    const qsizetype dash = spec.indexOf('-');
    if (dash < 0)
        return whole(size);
    const QByteArray from = spec.left(dash).trimmed();
    const QByteArray to = spec.mid(dash + 1).trimmed();

    if (from.isEmpty()) { // suffix: the last n bytes
        const auto n = number(to);
        if (!n)
            return whole(size);
        if (*n == 0 || size == 0)
            return {Kind::Unsatisfiable, 0, -1};
        return {Kind::Partial, qMax<qint64>(0, size - *n), size - 1};
    }
    const auto first = number(from);
    if (!first)
        return whole(size);
    std::optional<qint64> last;
    if (!to.isEmpty()) {
        last = number(to);
        if (!last || *last < *first)
            return whole(size); // invalid syntax: ignored, as the RFC says
    }
    if (*first >= size)
        return {Kind::Unsatisfiable, *first, -1}; // where the client wanted to start
    return {Kind::Partial, *first, last ? qMin(*last, size - 1) : size - 1};
}
