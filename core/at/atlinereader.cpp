#include "atlinereader.h"

#include "finalcode.h"

#include <QStringDecoder>

namespace {

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

bool isControl(unsigned char c)
{
    return (c < 0x20 && c != '\t') || c == 0x7f;
}

QByteArrayView trimmed(QByteArrayView bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && isBlank(bytes[begin]))
        ++begin;
    while (end > begin && isBlank(bytes[end - 1]))
        --end;
    return bytes.sliced(begin, end - begin);
}

QString decoded(QByteArrayView bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    return utf8.hasError() ? QString::fromLatin1(bytes) : text;
}

} // namespace

AtLineReader::AtLineReader(qsizetype maxLine)
    : m_maxLine(maxLine)
{
}

bool AtLineReader::isPrintable(QByteArrayView line)
{
    for (char ch : line) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c < 0x20 && c != '\t') || c > 0x7e)
            return false;
    }
    return true;
}

void AtLineReader::clear()
{
    m_buffer.clear();
    m_start = 0;
    m_scan = 0;
    m_discarding = false;
    m_afterPrompt = false;
}

bool AtLineReader::next(Event &event)
{
    for (;;) {
        const qsizetype size = m_buffer.size();
        if (m_discarding) {
            qsizetype i = m_start;
            while (i < size && !isLineEnd(m_buffer[i]))
                ++i;
            m_scanned += quint64(i - m_start);
            m_start = m_scan = i;
            if (i == size) {
                compact();
                return false;
            }
            m_discarding = false;
        }

        if (m_scan == m_start) { // between lines
            if (m_afterPrompt && m_start < size) {
                // "> " may come in two reads: the blank is the prompt's either way.
                if (m_buffer[m_start] == ' ')
                    ++m_start;
                m_afterPrompt = false;
            }
            while (m_start < size && isLineEnd(m_buffer[m_start]))
                ++m_start;
            m_scan = m_start;
            if (m_start >= size) {
                compact();
                return false;
            }
            if (m_promptExpected && m_buffer[m_start] == '>') {
                // Modules send "> " with no line end: the prompt cannot wait for one.
                ++m_start;
                m_scan = m_start;
                m_afterPrompt = true;
                event = {Kind::Prompt, QByteArrayLiteral(">"), QStringLiteral(">")};
                compact();
                return true;
            }
        }

        // Resume where the last read stopped: each byte is looked at once.
        qsizetype end = m_scan;
        while (end < size && !isLineEnd(m_buffer[end]))
            ++end;
        m_scanned += quint64(end - m_scan);
        m_scan = end;

        if (end == size) { // incomplete line
            if (end - m_start > m_maxLine) {
                event = {Kind::Overflow, m_buffer.mid(m_start, 64), {}};
                // Dropped to its end, so the next event is the same whether the
                // rest of the line came in this read or later ones.
                m_discarding = true;
                m_start = m_scan = size;
                compact();
                return true;
            }
            compact();
            return false;
        }

        const QByteArrayView raw = QByteArrayView(m_buffer).sliced(m_start, end - m_start);
        m_start = m_scan = end;
        if (raw.size() > m_maxLine) {
            event = {Kind::Overflow, raw.first(64).toByteArray(), {}};
            compact();
            return true;
        }
        const bool found = classify(raw, event);
        compact();
        if (found)
            return true;
        // a blank line between CR LF pairs: read on
    }
}

bool AtLineReader::classify(QByteArrayView raw, Event &event) const
{
    qsizetype control = 0, high = 0, nonBlank = 0;
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if (isControl(c))
            ++control;
        else if (c >= 0x80)
            ++high;
        if (!isBlank(ch))
            ++nonBlank;
    }
    if (control == 0 && high == 0) {
        const QByteArrayView line = trimmed(raw);
        if (line.isEmpty())
            return false;
        event = {Kind::Line, line.toByteArray(), QString::fromLatin1(line)};
        return true;
    }

    // NUL and control bytes carry nothing a parser wants (a NUL glued to OK
    // after a power-up): dropped, so what remains can still be a result code.
    QByteArray cleaned;
    cleaned.reserve(raw.size() - control);
    for (char ch : raw) {
        if (!isControl(static_cast<unsigned char>(ch)))
            cleaned.append(ch);
    }
    const QByteArrayView text = trimmed(cleaned);
    if (text.isEmpty()) {
        event = {Kind::Noise, raw.toByteArray(), {}};
        return true;
    }

    // A final result code with stray high bytes around it still ends its
    // command: losing it would leave the command to time out.
    qsizetype b = 0, e = text.size();
    while (b < e && (static_cast<unsigned char>(text[b]) >= 0x80 || isBlank(text[b])))
        ++b;
    while (e > b && (static_cast<unsigned char>(text[e - 1]) >= 0x80 || isBlank(text[e - 1])))
        --e;
    const QByteArrayView core = text.sliced(b, e - b);
    if (!core.isEmpty() && isPrintable(core) && parseFinalCode(QString::fromLatin1(core))) {
        event = {Kind::Line, core.toByteArray(), QString::fromLatin1(core)};
        return true;
    }

    // Mostly garbage is a wrong rate or line noise, even where the bytes happen
    // to form valid UTF-8 (a garbled "OK" often does): modules speak ASCII, and
    // the rate finder needs the noise to move on.
    if ((control + high) * 2 > nonBlank) {
        event = {Kind::Noise, raw.toByteArray(), {}};
        return true;
    }
    event = {Kind::Line, text.toByteArray(), decoded(text)};
    return true;
}

QByteArrayView AtLineReader::pending() const
{
    qsizetype from = m_start;
    if (m_scan == m_start) {
        while (from < m_buffer.size() && isLineEnd(m_buffer[from]))
            ++from;
    }
    return QByteArrayView(m_buffer).sliced(from);
}

QByteArray AtLineReader::takePending()
{
    // The line end after the last line (OK<CR><LF>) belongs to that line, not to
    // the raw data that follows; no raw peer starts with CR or LF.
    if (m_scan == m_start) {
        while (m_start < m_buffer.size() && isLineEnd(m_buffer[m_start]))
            ++m_start;
    }
    QByteArray pending = m_buffer.mid(m_start);
    clear();
    return pending;
}

void AtLineReader::compact()
{
    if (m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = 0;
        m_scan = 0;
    } else if (m_start > 4096 && m_start * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_start);
        m_scan -= m_start;
        m_start = 0;
    }
}
