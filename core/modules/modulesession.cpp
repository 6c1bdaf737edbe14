#include "modulesession.h"

#include <QDateTime>

#include <algorithm>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "fotadesk.session")

ModuleSession::ModuleSession(const ModuleIdentity &identity, QObject *parent)
    : ModuleSession(identity, identity.key(), parent)
{
}

ModuleSession::ModuleSession(const ModuleIdentity &identity, const QString &id, QObject *parent)
    : QObject(parent), m_id(id), m_identity(identity)
{
    m_linePoll.setInterval(500);
    connect(&m_linePoll, &QTimer::timeout, this, &ModuleSession::pollModemLines);
}

ModuleSession::~ModuleSession()
{
    if (m_channel)
        disconnect(m_channel.get(), nullptr, this, nullptr);
}

void ModuleSession::attach(std::unique_ptr<AtChannel> channel, const QString &portName,
                           const ModuleIdentity &identity, const QStringList &earlyUrcs)
{
    if (m_channel) {
        m_pastAnswerWaitMs += m_channel->answerWaitMs();
        disconnect(m_channel.get(), nullptr, this, nullptr);
        m_channel.release()->deleteLater();
    }
    m_channel = std::move(channel);
    m_channel->setParent(nullptr);
    m_channel->setGuard(m_guard);
    m_channel->setUrcRegistry(urcRegistryFor(identity.family));
    connect(m_channel.get(), &AtChannel::urcReceived, this, &ModuleSession::urcReceived);
    connect(m_channel.get(), &AtChannel::traffic, this, &ModuleSession::traffic);
    connect(m_channel.get(), &AtChannel::disconnected, this, &ModuleSession::onChannelLost);

    const bool again = m_everConnected;
    m_everConnected = true;
    m_portName = portName;
    updateIdentity(identity);
    setState(State::Connected);
    note(again ? tr("found again on %1").arg(portName) : tr("connected on %1").arg(portName));

    for (const QString &line : earlyUrcs)
        emit urcReceived(line, m_channel->urcRegistry().match(line));
    if (again)
        emit reconnected(portName);

    pollModemLines();
    if (m_lines.valid)
        m_linePoll.start();
    enterSimPinIfAsked();
}

void ModuleSession::updateIdentity(const ModuleIdentity &identity)
{
    if (identity == m_identity)
        return;
    // A module found again keeps its id; fields it could not answer this time
    // (IMSI while the SIM is locked) keep their last known value.
    ModuleIdentity merged = identity;
    auto keep = [](QString &now, const QString &before) {
        if (now.isEmpty())
            now = before;
    };
    keep(merged.imsi, m_identity.imsi);
    keep(merged.iccid, m_identity.iccid);
    keep(merged.serial, m_identity.serial);
    keep(merged.manufacturer, m_identity.manufacturer);
    keep(merged.model, m_identity.model);
    if (merged == m_identity)
        return;
    m_identity = merged;
    if (m_id.isEmpty())
        m_id = merged.key();
    emit identityChanged(m_identity);
}

void ModuleSession::detach()
{
    if (m_channel)
        onChannelLost();
}

void ModuleSession::noteLineRate(qint32 baud)
{
    if (baud > 0)
        emit lineRateChanged(portName(), baud);
}

qint64 ModuleSession::answerWaitMs() const
{
    return m_pastAnswerWaitMs + (m_channel ? m_channel->answerWaitMs() : 0);
}

void ModuleSession::release()
{
    if (m_state == State::Released)
        return;
    if (m_channel) {
        m_pastAnswerWaitMs += m_channel->answerWaitMs();
        disconnect(m_channel.get(), nullptr, this, nullptr);
        m_channel.release()->deleteLater();
    }
    m_linePoll.stop();
    note(tr("port released for other tools"));
    setState(State::Released);
    emit releaseRequested();
}

void ModuleSession::reclaim()
{
    if (m_state != State::Released)
        return;
    setState(State::Disconnected);
    emit reclaimRequested();
}

AtReply *ModuleSession::send(const AtCommand &command)
{
    if (!m_channel || !m_channel->isConnected()) {
        const QString why = m_state == State::Released ? tr("the port is released")
                                                       : tr("the module is not connected");
        return AtReply::failed(this, command.text, AtStatus::PortLost, why);
    }
    return m_channel->send(command);
}

QMetaObject::Connection ModuleSession::subscribe(const QString &prefix, const QObject *context,
                                                 AtChannel::UrcHandler handler)
{
    return connect(this, &ModuleSession::urcReceived, context,
                   [prefix, handler = std::move(handler)](const QString &line, const QString &matched) {
                       if (matched.compare(prefix, Qt::CaseInsensitive) == 0)
                           handler(line);
                   });
}

void ModuleSession::setGuard(AtChannel::Guard guard)
{
    m_guard = std::move(guard);
    if (m_channel)
        m_channel->setGuard(m_guard);
}

void ModuleSession::note(const QString &text)
{
    emit traffic(Traffic{QDateTime::currentMSecsSinceEpoch(), Traffic::Kind::Note, text});
}

bool ModuleSession::claim(const QString &owner)
{
    if (!m_owner.isEmpty() && m_owner != owner)
        return false;
    if (m_owner != owner) {
        m_owner = owner;
        emit ownerChanged(m_owner);
    }
    return true;
}

void ModuleSession::unclaim(const QString &owner)
{
    if (m_owner != owner)
        return;
    m_owner.clear();
    emit ownerChanged(m_owner);
}

void ModuleSession::onChannelLost()
{
    m_linePoll.stop();
    if (m_channel) {
        disconnect(m_channel.get(), nullptr, this, nullptr);
        m_channel.release()->deleteLater();
    }
    note(tr("port %1 lost").arg(m_portName));
    setState(State::Disconnected);
    emit disconnected();
}

void ModuleSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void ModuleSession::pollModemLines()
{
    if (!m_channel || !m_channel->port())
        return;
    const ModemLines lines = m_channel->port()->modemLines();
    if (!lines.valid) {
        m_linePoll.stop();
        return;
    }
    if (lines != m_lines) {
        m_lines = lines;
        emit modemLinesChanged(lines);
    }
}

void ModuleSession::enterSimPinIfAsked()
{
    if (!m_identity.simNeedsPin() || m_simPin.isEmpty())
        return;
    const QString pin = std::exchange(m_simPin, QString()); // tried once, see setSimPin()
    note(tr("the SIM asks for its PIN; entering it"));
    send(AtCommand(QStringLiteral("AT+CPIN=\"%1\"").arg(pin)).asPrivileged(), this,
         [this, pin](const AtResult &result) {
             if (result.ok()) {
                 m_simPin = pin; // worked: keep it for the next reboot of this job
                 ModuleIdentity id = m_identity;
                 id.simState = QStringLiteral("READY");
                 updateIdentity(id);
                 note(tr("SIM PIN accepted"));
                 emit simUnlocked();
             } else {
                 const QString why = tr("the SIM refused the PIN (%1); enter the right PIN before "
                                        "another attempt, the SIM locks after three")
                                         .arg(result.describe());
                 note(why);
                 emit simUnlockFailed(why);
             }
         });
}

bool ModuleSession::isValidSimPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8)
        return false;
    return std::all_of(pin.cbegin(), pin.cend(), [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}
