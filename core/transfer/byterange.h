#pragma once

#include <QByteArrayView>
#include <QtGlobal>

// One HTTP Range request (RFC 9110 section 14) resolved against a file size.
// Only a single range is honoured: a module resuming a download asks for one.
struct ByteRange
{
    enum class Kind {
        Whole,         // no Range header, or one we ignore (other unit, bad syntax,
                       // several ranges): the RFC lets a server answer 200 with everything
        Partial,       // 206 with [first, last]
        Unsatisfiable, // 416: starts past the end, or an empty suffix
    };

    Kind kind = Kind::Whole;
    qint64 first = 0;
    qint64 last = -1; // inclusive

    qint64 length() const { return last - first + 1; }

    // `header` is the Range value ("bytes=0-99", "bytes=100-", "bytes=-100").
    static ByteRange parse(QByteArrayView header, qint64 size);
};
