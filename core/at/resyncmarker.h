#pragma once

#include <QString>
#include <QStringList>

// The command that brings the line back in step after a timeout, and how its
// answer is told apart from the late answer of the command that timed out.
//
// A late answer ends with OK as often as not, so a bare OK proves nothing. The
// marker reads S3, the command line terminator, `attempt` times in one command
// line ("ATS3?", "ATS3?S3?", ...): S3 is 13 by V.250 in every family (the
// channel could not talk to a module at all otherwise), so the answer is
// exactly `attempt` lines "013" (or "13") and OK. No identity, SIM or settings
// answer looks like that, and the late answer to an earlier, timed-out attempt
// has fewer such lines. With echo on (ATE1), the echo is the marker's own
// text: whatever came before it cannot be the marker's answer.
//
// Pure and synchronous; the channel feeds it every line that is not a URC.
class ResyncMarker
{
public:
    enum class Verdict {
        Pending, // not yet the marker's final code (the line was kept or discarded)
        Echo,    // the module echoed the marker
        Done,    // the marker's own final OK: the line is in step again
    };

    explicit ResyncMarker(int attempt);

    const QString &command() const { return m_command; }
    // Lines found not to belong to the marker are appended to `discarded` in the
    // order they arrived.
    Verdict take(const QString &line, QStringList &discarded);
    // The marker's answer lines, once take() returned Done.
    const QStringList &answer() const { return m_answer; }

    static bool isTerminatorValue(const QString &line);

private:
    QString m_command;
    QStringList m_answer; // S3 values since the last line that was not one
    int m_expected;
};
