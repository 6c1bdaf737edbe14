#pragma once

#include <QByteArray>
#include <QByteArrayView>

// Splits the byte stream from a module into AT lines, independent of how the
// bytes were chunked by the OS. Pure and synchronous, so the channel can stop
// pulling events the moment it hands the port over to a raw transfer.
class AtLineReader
{
public:
    enum class Kind {
        Line,      // a printable line, terminators and surrounding blanks removed
        Prompt,    // '>' (optionally '> ') at the start of a line: send data now
        Noise,     // a line with NUL, control or non-ASCII bytes (wrong rate, line noise)
        Overflow,  // more than maxLine bytes without a line end; they were dropped
    };

    struct Event
    {
        Kind kind = Kind::Line;
        QByteArray data;
    };

    explicit AtLineReader(qsizetype maxLine = 64 * 1024);

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    // Takes the next complete event out of the buffer; false when none is complete.
    bool next(Event &event);
    // Bytes not yet turned into events: handed to a raw transfer (the XMODEM 'C'
    // that follows OK in the same read).
    QByteArray takePending();
    void clear() { m_buffer.clear(); m_start = 0; }
    qsizetype pendingSize() const { return m_buffer.size() - m_start; }

    static bool isPrintable(QByteArrayView line);

private:
    void compact();

    QByteArray m_buffer;
    qsizetype m_start = 0; // consumed prefix, dropped in batches to avoid O(n^2)
    qsizetype m_maxLine;
};
