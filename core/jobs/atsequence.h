#pragma once

#include "at/atresult.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <chrono>

class ModuleSession;

// Sends commands one after another as the running job's own (privileged, so
// the interlock lets them through) and collects every result. Stops early
// when the module goes away; abort() withdraws it without any signal.
class AtSequence : public QObject
{
    Q_OBJECT

public:
    explicit AtSequence(ModuleSession *session, QObject *parent = nullptr);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // finished() follows, never from inside run().
    void run(const QStringList &commands);
    void abort();
    bool isRunning() const { return m_running; }

signals:
    // `complete` is false when the port was lost (the last result says so).
    void finished(const QList<AtResult> &results, bool complete);

private:
    void sendNext();

    QPointer<ModuleSession> m_session;
    QStringList m_commands;
    QList<AtResult> m_results;
    std::chrono::milliseconds m_timeout{0};
    quint64 m_generation = 0;
    bool m_running = false;
};
