#include "atlinereader.h"

namespace {

bool isLineEnd(char c)
{
    return c == '\r' || c == '\n';
}

QByteArray trimmed(QByteArrayView bytes)
{
    qsizetype begin = 0;
    qsizetype end = bytes.size();
    while (begin < end && (bytes[begin] == ' ' || bytes[begin] == '\t'))
        ++begin;
    while (end > begin && (bytes[end - 1] == ' ' || bytes[end - 1] == '\t'))
        --end;
    return bytes.sliced(begin, end - begin).toByteArray();
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

bool AtLineReader::next(Event &event)
{
    for (;;) {
        // Skip line terminators between lines.
        while (m_start < m_buffer.size() && isLineEnd(m_buffer[m_start]))
            ++m_start;
        if (m_start >= m_buffer.size()) {
            compact();
            return false;
        }

        const QByteArrayView rest = QByteArrayView(m_buffer).sliced(m_start);
        if (rest.front() == '>') {
            // Modules send "> " with no line end: the prompt cannot wait for one.
            m_start += (rest.size() > 1 && rest[1] == ' ') ? 2 : 1;
            event = {Kind::Prompt, QByteArrayLiteral(">")};
            compact();
            return true;
        }

        qsizetype end = 0;
        while (end < rest.size() && !isLineEnd(rest[end]))
            ++end;

        if (end == rest.size()) { // incomplete line
            if (rest.size() > m_maxLine) {
                event = {Kind::Overflow, rest.first(qMin<qsizetype>(rest.size(), 64)).toByteArray()};
                m_buffer.clear();
                m_start = 0;
                return true;
            }
            compact();
            return false;
        }

        const QByteArrayView raw = rest.first(end);
        m_start += end;
        if (raw.size() > m_maxLine) {
            event = {Kind::Overflow, raw.first(64).toByteArray()};
            compact();
            return true;
        }
        if (!isPrintable(raw)) {
            event = {Kind::Noise, raw.toByteArray()};
            compact();
            return true;
        }
        QByteArray line = trimmed(raw);
        if (line.isEmpty())
            continue; // blank line between CR LF pairs
        event = {Kind::Line, std::move(line)};
        compact();
        return true;
    }
}

QByteArray AtLineReader::takePending()
{
    // The line end after the last line (OK<CR><LF>) belongs to that line, not to
    // the raw data that follows; no raw peer starts with CR or LF.
    while (m_start < m_buffer.size() && isLineEnd(m_buffer[m_start]))
        ++m_start;
    QByteArray pending = m_buffer.mid(m_start);
    clear();
    return pending;
}

void AtLineReader::compact()
{
    if (m_start == m_buffer.size()) {
        m_buffer.clear();
        m_start = 0;
    } else if (m_start > 4096 && m_start * 2 > m_buffer.size()) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
}
