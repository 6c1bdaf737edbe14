#include "resyncmarker.h"

#include "finalcode.h"

ResyncMarker::ResyncMarker(int attempt)
    : m_expected(qMax(1, attempt))
{
    m_command = QStringLiteral("AT") + QStringLiteral("S3?").repeated(m_expected);
}

bool ResyncMarker::isTerminatorValue(const QString &line)
{
    const QString value = line.trimmed();
    if (value.isEmpty() || value.size() > 3)
        return false;
    for (const QChar c : value) {
        if (!c.isDigit())
            return false;
    }
    return value.toInt() == 13;
}

ResyncMarker::Verdict ResyncMarker::take(const QString &line, QStringList &discarded)
{
    if (line.trimmed().compare(m_command, Qt::CaseInsensitive) == 0) {
        // Nothing before the echo can answer the marker.
        discarded << m_answer;
        m_answer.clear();
        return Verdict::Echo;
    }
    if (const auto final = parseFinalCode(line)) {
        if (final->status == AtStatus::Ok && m_answer.size() == m_expected)
            return Verdict::Done;
        discarded << m_answer << line;
        m_answer.clear();
        return Verdict::Pending;
    }
    if (isTerminatorValue(line)) {
        m_answer << line;
        return Verdict::Pending;
    }
    discarded << m_answer << line;
    m_answer.clear();
    return Verdict::Pending;
}
