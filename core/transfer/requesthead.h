#pragma once

#include <QByteArrayView>

// Where an HTTP request head ends in the bytes received so far, judged as
// QAbstractHttpServer (Qt 6.4) will parse it: leading blank characters are
// skipped, the request line ends at LF (CR optional), the head at an empty
// line (CRLF or LF). Used to hold a connection back from that parser until
// its head is complete and within the limits: the parser itself keeps every
// byte of an unfinished head in memory and never gives up on it.
struct RequestHead
{
    enum class Verdict {
        Incomplete,         // within the limits so far; wait for more
        Complete,           // `length` bytes are the whole head
        RequestLineTooLong, // 414
        HeadTooLarge,       // 431
    };

    Verdict verdict = Verdict::Incomplete;
    qsizetype length = 0;

    static RequestHead scan(QByteArrayView received, qsizetype maxRequestLine, qsizetype maxHead);
};
