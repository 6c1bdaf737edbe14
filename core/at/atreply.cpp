#include "atreply.h"

#include "atchannel.h"

AtReply::AtReply(AtChannel *channel, const QString &command)
    : QObject(channel), m_channel(channel)
{
    m_result.command = command;
}

void AtReply::cancel()
{
    if (!m_finished)
        m_channel->cancel(this);
}

void AtReply::finish(AtResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    emit finished(m_result);
    deleteLater();
}
