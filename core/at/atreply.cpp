#include "atreply.h"

#include "atchannel.h"

AtReply::AtReply(QObject *parent, AtChannel *channel, const QString &command)
    : QObject(parent), m_channel(channel)
{
    m_result.command = command;
}

AtReply *AtReply::failed(QObject *parent, const QString &command, AtStatus status,
                         const QString &detail)
{
    auto *reply = new AtReply(parent, nullptr, command);
    AtResult result;
    result.command = command;
    result.status = status;
    result.detail = detail;
    QMetaObject::invokeMethod(reply, [reply, result] { reply->finish(result); }, Qt::QueuedConnection);
    return reply;
}

void AtReply::cancel()
{
    if (m_finished)
        return;
    if (m_channel) {
        m_channel->cancel(this);
    } else {
        AtResult result = m_result;
        result.status = AtStatus::Cancelled;
        finish(result);
    }
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
