#include "discovery.h"

#include "discoveryfound.h"
#include "discoverylog.h"
#include "imeicheck.h"
#include "portreservations.h"
#include "portwatcher.h"

#include "at/atchannel.h"
#include "modules/modulesession.h"

#include <QTimer>

// The modules Discovery found: which session a probed module is (its key,
// its IMEI checked), adopting it, and a session's life after its port goes.

QString Discovery::checkImei(Found &found) const
{
    if (found.identity.imei.isEmpty())
        return {};
    const ImeiCheck::Result imei = ImeiCheck::check(found.identity.imei, m_settings.acceptedImeis);
    if (!imei.ok()) {
        // Refused as an identity: a made-up IMEI would merge this module
        // with every other one that prints it.
        qCInfo(lcDiscovery).noquote() << found.info.name << "IMEI refused:" << imei.why;
        found.identity.imei.clear();
        if (!found.identity.serial.isEmpty())
            found.notes << tr("%1; known by its serial number %2 instead").arg(imei.why, found.identity.serial);
        return imei.why;
    }
    if (imei.imei != found.identity.imei) {
        found.notes << tr("IMEISV %1 read; its IMEI is %2").arg(found.identity.imei, imei.imei);
        found.identity.imei = imei.imei;
    }
    return {};
}

QString Discovery::sessionKeyFor(const ModuleIdentity &identity, QString *difference) const
{
    const QString key = identity.key();
    const ModuleSession *known = m_sessions.value(key).session;
    if (!known)
        return key;
    *difference = known->identity().differenceFrom(identity);
    if (difference->isEmpty())
        return key;
    // Not the module that has this key: it gets a key of its own, made of
    // what tells it apart, so it is found again under it in turn.
    return key + QLatin1Char('+')
        + (identity.serial.isEmpty() ? QStringLiteral("iccid:") + identity.iccid
                                     : QStringLiteral("serial:") + identity.serial);
}

void Discovery::adopt(Found found)
{
    QString difference;
    const QString id = sessionKeyFor(found.identity, &difference);
    const QString port = found.info.name;
    ModuleSession *session = m_sessions.value(id).session;
    if (!difference.isEmpty()) {
        if (ModuleSession *other = m_sessions.value(found.identity.key()).session) {
            other->note(tr("a module with the same %1 but %2 appeared on %3; it is not taken for this one "
                           "and is shown as a module of its own")
                            .arg(found.identity.key(), difference, port));
        }
        found.notes << tr("shares %1 with another module but has %2: shown as a module of its own, "
                          "not as that one found again")
                           .arg(found.identity.key(), difference);
        qCWarning(lcDiscovery).noquote() << "module on" << port << "shares" << found.identity.key()
                                         << "with another:" << difference;
    }

    if (session && session->state() == ModuleSession::State::Connected && session->portName() != port) {
        const bool oldStillThere = m_watcher->contains(session->portName())
            && session->channel() && session->channel()->isConnected();
        if (oldStillThere) {
            // Two ports, one IMEI: two interfaces of one module, not two modules.
            closeFound(found, PortState::OtherInterface,
                       tr("another interface of the module on %1").arg(session->portName()), id);
            return;
        }
        session->detach(); // its old port is gone; this is where it went
    }
    if (session && session->state() == ModuleSession::State::Released) {
        closeFound(found, PortState::Released,
                   tr("released for another tool; reclaim the module to use it again"), id);
        return;
    }

    const QString owner = sessionOwner(id);
    if (!reservations()->transfer(port, probeOwner(), owner))
        reservations()->reserve(port, owner);

    const bool isNew = !session;
    if (isNew)
        session = createSession(id, found.identity, found.info.usbGroupKey());
    Tracked &tracked = m_sessions[id];
    tracked.expiry->stop();
    tracked.usbGroup = found.info.usbGroupKey();

    PortStatus status = m_status.value(port);
    status.info = found.info;
    status.state = PortState::Module;
    status.moduleId = id;
    status.baudRate = found.baud;
    status.reason.clear();
    status.advice = modemManagerAdvice(found.info, true);
    setStatus(status);

    qCInfo(lcDiscovery).noquote() << (isNew ? "module" : "module again") << id << "on" << port
                                  << "at" << found.baud << "baud";
    session->attach(std::move(found.channel), port, found.identity, found.earlyUrcs);
    // A pseudo-terminal whose other side closed, or a USB port in trouble,
    // may report an I/O error instead of going away. The channel is useless
    // then: treat it as lost, so the module is probed and attached again
    // (the enumerator may never see a device that comes back between polls).
    connect(session->channel(), &AtChannel::failed, session, [session](const QString &reason) {
        session->note(tr("port error (%1); looking for the module again").arg(reason));
        session->detach();
    }, Qt::QueuedConnection);
    if (!status.advice.isEmpty())
        session->note(status.advice);
    if (isNew)
        emit moduleAdded(session);
    // After moduleAdded, so that a new module's transcript has them.
    for (const QString &note : std::as_const(found.notes))
        session->note(note);
}

// --- sessions ------------------------------------------------------------

ModuleSession *Discovery::createSession(const QString &id, const ModuleIdentity &identity, const QString &usbGroup)
{
    auto *session = new ModuleSession(identity, id, this);
    Tracked tracked;
    tracked.session = session;
    tracked.usbGroup = usbGroup;
    tracked.expiry = new QTimer(session);
    tracked.expiry->setSingleShot(true);
    connect(tracked.expiry, &QTimer::timeout, this, [this, session] { checkExpiry(session); });
    connect(session, &ModuleSession::disconnected, this, [this, session] { onSessionDisconnected(session); });
    connect(session, &ModuleSession::releaseRequested, this, [this, session] { onSessionReleased(session); });
    connect(session, &ModuleSession::lineRateChanged, this, [this](const QString &port, qint32 baud) {
        m_rates.remember(port, baud); // a module left at a transfer's rate is found there first
    });
    connect(session, &ModuleSession::reclaimRequested, this, [this, session] { onSessionReclaimed(session); });
    connect(session, &ModuleSession::ownerChanged, this, [this, session](const QString &owner) {
        const Tracked t = m_sessions.value(session->id());
        if (owner.isEmpty() && t.session == session
            && session->state() == ModuleSession::State::Disconnected && !t.expiry->isActive())
            checkExpiry(session); // the job that kept it is done and the window is over
    });
    m_sessions.insert(id, tracked);
    return session;
}

void Discovery::onSessionDisconnected(ModuleSession *session)
{
    const QString port = session->portName();
    reservations()->release(port, sessionOwner(session->id()));
    // Whatever comes back behind this name is probed afresh, even if the
    // enumerator never saw it missing (a pty re-created between two polls).
    m_watcher->forget(port);
    dropStatus(port);
    // Another interface of the module may now be the one that answers.
    const QList<PortStatus> all = m_status.values();
    for (const PortStatus &s : all) {
        if (s.state == PortState::OtherInterface && s.moduleId == session->id())
            m_watcher->forget(s.name());
    }
    m_sessions.value(session->id()).expiry->start(m_settings.reenumerationWindow);
    m_watcher->requestRescan();
}

void Discovery::onSessionReleased(ModuleSession *session)
{
    const QString port = session->portName();
    reservations()->release(port, sessionOwner(session->id()));
    m_sessions.value(session->id()).expiry->stop();
    PortStatus status = m_status.value(port);
    if (status.info.name.isEmpty())
        status.info.name = port;
    status.state = PortState::Released;
    status.moduleId = session->id();
    status.reason = tr("released for another tool; reclaim the module to use it again");
    status.advice.clear();
    setStatus(status);
}

void Discovery::onSessionReclaimed(ModuleSession *session)
{
    const QString port = session->portName();
    m_sessions.value(session->id()).expiry->start(m_settings.reenumerationWindow);
    if (m_watcher->contains(port)) {
        considerProbe(m_watcher->port(port));
    } else {
        dropStatus(port);
        m_watcher->requestRescan();
    }
}

void Discovery::checkExpiry(ModuleSession *session)
{
    if (session->state() != ModuleSession::State::Disconnected)
        return;
    if (!session->owner().isEmpty()) {
        qCDebug(lcDiscovery) << session->id() << "not back yet, kept for" << session->owner();
        return;
    }
    removeSession(session);
}

void Discovery::removeSession(ModuleSession *session)
{
    qCInfo(lcDiscovery).noquote() << "module" << session->id() << "not found again; removed";
    m_sessions.remove(session->id());
    disconnect(session, nullptr, this, nullptr);
    emit moduleRemoved(session);
    session->deleteLater();
}
