#include "requesthead.h"

namespace {

bool isBlank(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\v';
}

} // namespace

RequestHead RequestHead::scan(QByteArrayView received, qsizetype maxRequestLine, qsizetype maxHead)
{
    const auto tooLarge = [&] {
        return received.size() > maxHead ? RequestHead{Verdict::HeadTooLarge, 0} : RequestHead{};
    };
    qsizetype start = 0;
    while (start < received.size() && isBlank(received.at(start)))
        ++start;
    const qsizetype lineEnd = received.indexOf('\n', start);
    if (lineEnd < 0) {
        if (received.size() - start > maxRequestLine)
            return {Verdict::RequestLineTooLong, 0};
        return tooLarge();
    }
    qsizetype lineLength = lineEnd - start;
    if (lineLength > 0 && received.at(lineEnd - 1) == '\r')
        --lineLength;
    if (lineLength > maxRequestLine)
        return {Verdict::RequestLineTooLong, 0};

    // The empty line: right after the request line (no headers) or after the
    // last header; either way an LF followed by LF or CRLF.
    for (qsizetype i = lineEnd; i < received.size() && i < maxHead; ++i) {
        if (received.at(i) != '\n')
            continue;
        qsizetype end = -1;
        if (i + 1 < received.size() && received.at(i + 1) == '\n')
            end = i + 2;
        else if (i + 2 < received.size() && received.at(i + 1) == '\r' && received.at(i + 2) == '\n')
            end = i + 3;
        if (end < 0)
            continue;
        if (end > maxHead)
            return {Verdict::HeadTooLarge, 0};
        return {Verdict::Complete, end};
    }
    return tooLarge();
}
