#include "discovery.h"

#include "discoveryfound.h"
#include "discoverylog.h"
#include "portenumerator.h"
#include "portwatcher.h"
#include "probe.h"
#include "prober.h"

#include "at/atchannel.h"
#include "modules/modulesession.h"
#include "port/portfactory.h"

#include <QTimer>

#include <algorithm>


Discovery::Discovery(const DiscoverySettings &settings, QObject *parent)
    : Discovery(settings,
                std::make_unique<SystemPortEnumerator>(settings.scanGlobs, settings.systemPorts),
                std::make_unique<SerialPortFactory>(), parent)
{
}

Discovery::Discovery(const DiscoverySettings &settings, std::unique_ptr<PortEnumerator> enumerator,
                     std::unique_ptr<PortFactory> factory, QObject *parent)
    : QObject(parent), m_settings(settings), m_factory(std::move(factory))
{
    // For queued connections and QSignalSpy on our signals.
    qRegisterMetaType<ModuleSession *>();
    qRegisterMetaType<PortStatus>();
    qRegisterMetaType<PortInfo>();
    m_watcher = new PortWatcher(std::move(enumerator), settings.watcher, this);
    m_prober = new Prober(*m_factory, settings.probe, this);
    m_prober->setRateMemory(&m_rates);
    connect(m_watcher, &PortWatcher::portAdded, this, &Discovery::onPortAdded);
    connect(m_watcher, &PortWatcher::portRemoved, this, &Discovery::onPortRemoved);
    connect(m_watcher, &PortWatcher::scanned, this, &Discovery::checkIdle);
    connect(m_prober, &Prober::finished, this, &Discovery::onProbeFinished);
}

Discovery::~Discovery()
{
    // Probes and sessions are children; stop the watcher from reporting into a
    // half-destroyed object.
    disconnect(m_watcher, nullptr, this, nullptr);
    disconnect(m_prober, nullptr, this, nullptr);
    for (const Tracked &t : std::as_const(m_sessions))
        disconnect(t.session, nullptr, this, nullptr);
}

void Discovery::setSettings(const DiscoverySettings &settings)
{
    m_settings = settings;
    m_watcher->setSettings(settings.watcher);
    m_prober->setSettings(settings.probe);
    if (auto *system = dynamic_cast<SystemPortEnumerator *>(m_watcher->enumerator()))
        system->setScanGlobs(settings.scanGlobs);
    m_watcher->requestRescan();
}

void Discovery::setRateStore(QSettings *settings)
{
    m_rates = RateMemory(settings);
}

void Discovery::start()
{
    m_wasBusy = true; // the first scan's outcome is news even if nothing is found
    m_watcher->start();
}

void Discovery::stop()
{
    m_watcher->stop();
    m_prober->cancelAll();
}

bool Discovery::isRunning() const
{
    return m_watcher->isRunning();
}

void Discovery::rescan()
{
    m_watcher->requestRescan();
}

void Discovery::reprobe(const QString &port)
{
    const QList<PortStatus> all = m_status.values();
    for (const PortStatus &s : all) {
        if (!port.isEmpty() && s.name() != port)
            continue;
        switch (s.state) {
        case PortState::NotAModule:
        case PortState::Busy:
        case PortState::PermissionDenied:
        case PortState::Error:
            m_rates.forget(s.name()); // it may have been set to another rate meanwhile
            considerProbe(s.info);
            break;
        default:
            break;
        }
    }
}

bool Discovery::isIdle() const
{
    return m_prober->isIdle() && m_watcher->settlingCount() == 0 && m_parked.empty();
}

QList<ModuleSession *> Discovery::sessions() const
{
    QList<ModuleSession *> out;
    for (const Tracked &t : std::as_const(m_sessions))
        out << t.session;
    std::sort(out.begin(), out.end(), [](ModuleSession *a, ModuleSession *b) { return a->id() < b->id(); });
    return out;
}

ModuleSession *Discovery::session(const QString &id) const
{
    return m_sessions.value(id).session;
}

ModuleSession *Discovery::sessionOnPort(const QString &port) const
{
    for (const Tracked &t : std::as_const(m_sessions)) {
        if (t.session->portName() == port && t.session->state() == ModuleSession::State::Connected)
            return t.session;
    }
    return nullptr;
}

QList<PortStatus> Discovery::ports() const
{
    QList<PortStatus> out = m_status.values();
    std::sort(out.begin(), out.end(), [](const PortStatus &a, const PortStatus &b) { return a.name() < b.name(); });
    return out;
}

PortReservations *Discovery::reservations()
{
    return m_watcher->reservations();
}

// --- ports ---------------------------------------------------------------

void Discovery::onPortAdded(const PortInfo &info)
{
    considerProbe(info);
}

void Discovery::considerProbe(const PortInfo &info)
{
    PortStatus status;
    status.info = info;

    for (const Tracked &t : std::as_const(m_sessions)) {
        ModuleSession *s = t.session;
        if (s->state() == ModuleSession::State::Connected && s->portName() == info.name)
            return; // already ours and working
        const bool sameDevice = s->portName() == info.name
            || (!t.usbGroup.isEmpty() && t.usbGroup == info.usbGroupKey());
        if (s->state() == ModuleSession::State::Released && sameDevice) {
            status.state = PortState::Released;
            status.moduleId = s->id();
            status.reason = tr("released for another tool; reclaim the module to use it again");
            setStatus(status);
            return;
        }
    }

    const QString holder = reservations()->holder(info.name);
    if (!holder.isEmpty() && holder != probeOwner()) {
        status.state = PortState::Busy;
        status.reason = tr("in use by %1").arg(holder);
        status.advice = tr("finish or close it there first");
        setStatus(status);
        return;
    }
    reservations()->reserve(info.name, probeOwner());
    status.state = PortState::Probing;
    setStatus(status);
    m_wasBusy = true;
    m_prober->probe(info);
}

void Discovery::onPortRemoved(const PortInfo &info)
{
    m_prober->cancel(info.name);
    for (auto &[group, found] : m_parked) {
        found.erase(std::remove_if(found.begin(), found.end(),
                                   [&](const Found &f) { return f.info.name == info.name; }),
                    found.end());
    }
    for (const Tracked &t : std::as_const(m_sessions)) {
        if (t.session->state() == ModuleSession::State::Connected && t.session->portName() == info.name)
            t.session->detach(); // onSessionDisconnected does the rest
    }
    reservations()->release(info.name, probeOwner());
    dropStatus(info.name);
    // A sibling interface may have been parked waiting for this one.
    std::vector<QString> groups;
    for (const auto &[group, found] : m_parked)
        groups.push_back(group);
    for (const QString &g : groups)
        resolveGroup(g);
    checkIdle();
}

// --- probes --------------------------------------------------------------

void Discovery::onProbeFinished(Probe *probe)
{
    const PortInfo info = probe->port();
    if (!m_status.contains(info.name) || probe->outcome() == Probe::Outcome::Cancelled) {
        reservations()->release(info.name, probeOwner());
        checkIdle();
        return;
    }
    PortStatus status = m_status.value(info.name);
    status.info = info;
    status.reason = probe->reason();
    status.advice.clear();

    switch (probe->outcome()) {
    case Probe::Outcome::Module: {
        Found found;
        found.info = info;
        found.identity = probe->identity();
        found.earlyUrcs = probe->earlyUrcs();
        found.baud = probe->baudRate();
        found.channel = probe->takeChannel();
        const QString refusedImei = checkImei(found);
        if (found.identity.key().isEmpty()) {
            closeFound(found, PortState::NotAModule,
                       refusedImei.isEmpty()
                           ? tr("answers AT but gives neither IMEI nor serial number, so it cannot be "
                                "told apart from other modules")
                           : tr("%1, and it has no serial number, so it cannot be told apart from other "
                                "modules; a test module's IMEI can be added to the accepted test IMEIs")
                                 .arg(refusedImei),
                       {});
            break;
        }
        const QString group = info.usbGroupKey();
        if (!group.isEmpty()) {
            m_parked[group].push_back(std::move(found));
            resolveGroup(group);
        } else {
            adopt(std::move(found));
        }
        break;
    }
    case Probe::Outcome::NotAModule:
        reservations()->release(info.name, probeOwner());
        status.state = PortState::NotAModule;
        status.timedOut = probe->failure() == RateFinder::Failure::Silence;
        status.advice = modemManagerAdvice(info, false);
        if (status.advice.isEmpty())
            status.advice = tr("if a module is behind it, check its power and rate, then probe again");
        setStatus(status);
        break;
    case Probe::Outcome::Busy:
        reservations()->release(info.name, probeOwner());
        status.state = PortState::Busy;
        status.advice = modemManagerAdvice(info, false);
        if (status.advice.isEmpty())
            status.advice = tr("close the program that has the port open (a terminal, another "
                               "FotaDesk), then probe again");
        setStatus(status);
        break;
    case Probe::Outcome::PermissionDenied:
        reservations()->release(info.name, probeOwner());
        status.state = PortState::PermissionDenied;
#ifdef Q_OS_LINUX
        status.advice = tr("add your user to the dialout group (sudo usermod -aG dialout $USER) "
                           "and log in again");
#else
        status.advice = tr("ask an administrator for access to serial ports");
#endif
        setStatus(status);
        break;
    case Probe::Outcome::OpenFailed:
        reservations()->release(info.name, probeOwner());
        status.state = PortState::Error;
        status.advice = tr("unplug and replug the device, then probe again");
        setStatus(status);
        break;
    case Probe::Outcome::Vanished:
        reservations()->release(info.name, probeOwner());
        dropStatus(info.name);
        // If it comes back (same name or not), it is new: probe it then.
        m_watcher->forget(info.name);
        m_watcher->requestRescan();
        break;
    case Probe::Outcome::Running:
    case Probe::Outcome::Cancelled:
        break;
    }
    // Sibling interfaces parked behind this one can be decided now.
    if (const QString group = info.usbGroupKey(); !group.isEmpty() && m_parked.count(group))
        resolveGroup(group);
    checkIdle();
}

bool Discovery::groupStillProbing(const QString &group) const
{
    for (const PortStatus &s : std::as_const(m_status)) {
        if (s.state == PortState::Probing && s.info.usbGroupKey() == group
            && m_prober->isProbing(s.name()))
            return true;
    }
    return false;
}

void Discovery::resolveGroup(const QString &group)
{
    auto it = m_parked.find(group);
    if (it == m_parked.end() || groupStillProbing(group))
        return;
    std::vector<Found> found = std::move(it->second);
    m_parked.erase(it);
    if (found.empty())
        return;
    // The AT port of a multi-interface module: the lowest interface that answers.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        const auto rank = [](const Found &f) { return f.info.interfaceNumber < 0 ? 1000 : f.info.interfaceNumber; };
        return rank(a) != rank(b) ? rank(a) < rank(b) : a.info.name < b.info.name;
    });
    const QString chosen = found.front().info.name;
    const QString id = found.front().identity.key();
    for (size_t i = 1; i < found.size(); ++i)
        closeFound(found[i], PortState::OtherInterface,
                   tr("another interface of the module on %1").arg(chosen), id);
    adopt(std::move(found.front()));
}

void Discovery::closeFound(Found &found, PortState state, const QString &reason, const QString &moduleId)
{
    found.channel.reset();
    reservations()->release(found.info.name, probeOwner());
    PortStatus status = m_status.value(found.info.name);
    status.info = found.info;
    status.state = state;
    status.reason = reason;
    status.moduleId = moduleId;
    status.baudRate = found.baud;
    status.advice.clear();
    setStatus(status);
}

// --- status --------------------------------------------------------------

void Discovery::setStatus(PortStatus status)
{
    m_status.insert(status.name(), status);
    emit portStatusChanged(status);
}

void Discovery::dropStatus(const QString &port)
{
    auto it = m_status.find(port);
    if (it == m_status.end())
        return;
    PortStatus gone = *it;
    m_status.erase(it);
    gone.state = PortState::Gone;
    emit portStatusChanged(gone);
}

QString Discovery::modemManagerAdvice(const PortInfo &info, bool onlyIfHolding) const
{
    const QString device = info.device.isEmpty() ? info.name : info.device;
    const ModemManagerCheck::Verdict verdict = m_mm.check(device);
    if (onlyIfHolding && verdict != ModemManagerCheck::Verdict::Holding)
        return {};
    return ModemManagerCheck::advice(verdict, info.name);
}

void Discovery::checkIdle()
{
    if (!m_wasBusy || !isIdle())
        return;
    m_wasBusy = false;
    emit idle();
}
