#pragma once

#include "atresult.h"

#include <QObject>

class AtChannel;

// The pending answer to one queued command, in the manner of QNetworkReply.
// finished() is emitted exactly once, never from inside send(); the reply
// deletes itself afterwards, so do not keep the pointer past finished().
class AtReply : public QObject
{
    Q_OBJECT

public:
    const QString &command() const { return m_result.command; }
    bool isFinished() const { return m_finished; }
    // Withdraws the command: finished(Cancelled) now. If it is already on the
    // wire, the channel still waits for its final code before sending the next
    // one, so a late OK is never mistaken for the next command's answer.
    void cancel();

    // A reply that finishes with `status` on the next event-loop turn, for
    // commands that cannot be sent at all (no channel while a module reboots).
    static AtReply *failed(QObject *parent, const QString &command, AtStatus status,
                           const QString &detail = {});

signals:
    void finished(const AtResult &result);

private:
    friend class AtChannel;
    AtReply(QObject *parent, AtChannel *channel, const QString &command);
    void finish(AtResult result);

    AtChannel *m_channel;
    AtResult m_result;
    bool m_finished = false;
};
