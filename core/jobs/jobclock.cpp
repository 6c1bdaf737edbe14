#include "jobclock.h"

#include "modules/interlockrules.h"

#include <algorithm>

void JobClock::start(qint64 answerWaitMs)
{
    *this = {};
    m_wall.start();
    m_phase.start();
    m_answerAtPhase = answerWaitMs;
}

bool JobClock::moduleWorksIn(UpdatePhase phase)
{
    return Interlock::moduleIsFlashing(phase) || phase == UpdatePhase::Registering
        || phase == UpdatePhase::WaitingForServer || phase == UpdatePhase::Downloading;
}

void JobClock::enterPhase(UpdatePhase phase, qint64 answerWaitMs)
{
    if (!m_wall.isValid() || phase == m_current)
        return;
    closePhase(answerWaitMs);
    m_current = phase;
}

void JobClock::closePhase(qint64 answerWaitMs)
{
    const qint64 answers = std::max<qint64>(0, answerWaitMs - m_answerAtPhase);
    if (moduleWorksIn(m_current))
        m_moduleMs += m_phase.elapsed();
    else if (m_current == UpdatePhase::Transferring)
        m_transferAnswerMs += answers;
    else
        m_moduleMs += answers;
    m_phase.restart();
    m_answerAtPhase = answerWaitMs;
}

void JobClock::addWire(qint64 bytes, qint32 baud)
{
    if (bytes > 0 && baud > 0)
        m_wireMs += bytes * 10 * 1000 / baud;
}

JobTiming JobClock::stop(qint64 answerWaitMs)
{
    if (!m_wall.isValid())
        return {};
    closePhase(answerWaitMs);
    const qint64 module = m_moduleMs + std::max<qint64>(0, m_transferAnswerMs - m_wireMs);
    return JobTiming::split(m_wall.elapsed(), m_wireMs, module);
}
