#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Splits the byte stream from a module into AT lines, independent of how the
// bytes were chunked by the OS. Pure and synchronous, so the channel can stop
// pulling events the moment it hands the port over to a raw transfer.
//
// Linear: every byte is scanned once, however it is chunked (a 64 KiB line
// arriving a byte at a time once cost 1.4 s of CPU because each read rescanned
// the whole unfinished line).
class AtLineReader
{
public:
    enum class Kind {
        Line,      // a line, terminators, surrounding blanks and control bytes removed
        Prompt,    // '>' (optionally '> ') at the start of a line where a prompt is expected
        Noise,     // a line that is mostly NUL, control or high bytes (wrong rate, line noise)
        Overflow,  // more than maxLine bytes without a line end; the line is dropped to its end
    };

    struct Event
    {
        Kind kind = Kind::Line;
        QByteArray data; // Line: the cleaned bytes; Noise, Overflow: the raw bytes (a sample)
        QString text;    // Line: `data` decoded, UTF-8 where valid, else Latin-1
    };

    explicit AtLineReader(qsizetype maxLine = 64 * 1024);

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    // Takes the next complete event out of the buffer; false when none is complete.
    bool next(Event &event);
    // Bytes not yet turned into events: handed to a raw transfer (the XMODEM 'C'
    // that follows OK in the same read).
    QByteArray takePending();
    // The same bytes left in place, for a look that must not restart the
    // scan (take-and-append again would rescan the line on every read).
    QByteArrayView pending() const;
    void clear();
    qsizetype pendingSize() const { return m_buffer.size() - m_start; }

    // Whether a '>' that opens a line is a data prompt. On by default (readers
    // that know nothing of data phases); the channel turns it on only while a
    // command waits for its prompt, so "> >" in a response is a line, the same
    // however it is split.
    void setPromptExpected(bool expected) { m_promptExpected = expected; }
    bool promptExpected() const { return m_promptExpected; }

    // Bytes examined while looking for line ends since construction: each
    // byte once (tests check the reader stays linear with it, not with time).
    quint64 bytesScanned() const { return m_scanned; }

    static bool isPrintable(QByteArrayView line);

private:
    bool classify(QByteArrayView raw, Event &event) const;
    void compact();

    QByteArray m_buffer;
    qsizetype m_start = 0;  // consumed prefix, dropped in batches to avoid O(n^2)
    qsizetype m_scan = 0;   // where the search for the current line's end resumes (>= m_start)
    qsizetype m_maxLine;
    quint64 m_scanned = 0;
    bool m_discarding = false;   // an over-long line was reported: drop the rest of it
    bool m_afterPrompt = false;  // a blank right after a prompt belongs to it ("> ")
    bool m_promptExpected = true;
};
