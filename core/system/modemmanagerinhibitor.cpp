#include "modemmanagerinhibitor.h"

#include "mmmodems.h"
#include "systemlog.h"

#include <QDBusArgument>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QFileInfo>

namespace {

const QString kConnectionName = QStringLiteral("fotadesk-modemmanager");

QDBusMessage mmCall(const char *interface, const char *method)
{
    QDBusMessage call = QDBusMessage::createMethodCall(QLatin1String(MmModems::kService),
                                                       QLatin1String(MmModems::kPath),
                                                       QLatin1String(interface), QLatin1String(method));
    // Asking must never start a ModemManager that is not running.
    call.setAutoStartService(false);
    return call;
}

bool meansAbsent(const QDBusError &error)
{
    return error.type() == QDBusError::ServiceUnknown || error.type() == QDBusError::NoServer
        || error.type() == QDBusError::Disconnected || error.name() == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner");
}

} // namespace

ModemManagerInhibitor::ModemManagerInhibitor(QObject *parent)
    : QObject(parent)
{
}

ModemManagerInhibitor::~ModemManagerInhibitor()
{
    // Sent, not awaited: should the process end first, the bus drops the
    // connection and MM lifts the inhibition by itself.
    releaseAll();
}

QDBusConnection ModemManagerInhibitor::connection()
{
    const QString address = qEnvironmentVariable("FOTADESK_MM_BUS_ADDRESS");
    if (address.isEmpty())
        return QDBusConnection::systemBus();
    // A second call returns the connection of that name: one per process.
    return QDBusConnection::connectToBus(address, kConnectionName);
}

bool ModemManagerInhibitor::isInhibited(const QString &port) const
{
    const auto it = m_holds.constFind(port);
    return it != m_holds.cend() && it->held;
}

int ModemManagerInhibitor::holdsOf(const QString &uid) const
{
    int n = 0;
    for (const Hold &h : m_holds)
        n += (h.held && h.uid == uid) ? 1 : 0;
    return n;
}

bool ModemManagerInhibitor::stillWanted(const QString &port, quint64 generation) const
{
    const auto it = m_holds.constFind(port);
    return it != m_holds.cend() && it->generation == generation;
}

QString ModemManagerInhibitor::refusalMessage(const QString &port, const QString &why)
{
    return tr("ModemManager did not let go of %1 (%2). It may probe the module during the update. Install "
              "packaging/70-fotadesk-modems.rules in /etc/udev/rules.d and run \"udevadm control --reload && "
              "udevadm trigger\" so ModemManager ignores the modules' update ports, or allow this user to "
              "control ModemManager devices.")
        .arg(port, why);
}

void ModemManagerInhibitor::inhibit(const QString &port, Callback done)
{
    if (!m_enabled) {
        if (done)
            done({Result::Disabled, {}, tr("Inhibiting ModemManager is turned off in Settings.")});
        return;
    }
    auto it = m_holds.find(port);
    if (it != m_holds.end()) {
        ++it->count;
        if (done)
            done({it->held ? Result::Inhibited : Result::NotManaged, it->uid, {}});
        return;
    }
    Hold hold;
    hold.count = 1;
    hold.generation = ++m_generation;
    m_holds.insert(port, hold);
    const QDBusConnection bus = connection();
    if (!bus.isConnected()) {
        finish(port, hold.generation,
               {Result::NotRunning, {}, tr("No D-Bus system bus (%1): ModemManager cannot be running; nothing to inhibit.")
                                            .arg(bus.lastError().message())},
               done);
        return;
    }
    askOwner(port, hold.generation, std::move(done));
}

void ModemManagerInhibitor::askOwner(const QString &port, quint64 generation, Callback done)
{
    QDBusMessage ask = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.DBus"),
                                                      QStringLiteral("/org/freedesktop/DBus"),
                                                      QStringLiteral("org.freedesktop.DBus"),
                                                      QStringLiteral("NameHasOwner"));
    ask << QLatin1String(MmModems::kService);
    auto *watcher = new QDBusPendingCallWatcher(connection().asyncCall(ask), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, port, generation, done = std::move(done)](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusPendingReply<bool> reply = *w;
                if (!stillWanted(port, generation))
                    return finish(port, generation, {Result::Cancelled, {}, {}}, done);
                if (reply.isError() || !reply.value())
                    return finish(port, generation,
                                  {Result::NotRunning, {}, tr("ModemManager is not running; nothing to inhibit.")}, done);
                listModems(port, generation, done);
            });
}

void ModemManagerInhibitor::listModems(const QString &port, quint64 generation, Callback done)
{
    QDBusMessage list = mmCall("org.freedesktop.DBus.ObjectManager", "GetManagedObjects");
    auto *watcher = new QDBusPendingCallWatcher(connection().asyncCall(list), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, port, generation, done = std::move(done)](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                if (!stillWanted(port, generation))
                    return finish(port, generation, {Result::Cancelled, {}, {}}, done);
                if (reply.type() == QDBusMessage::ErrorMessage) {
                    const QDBusError error(reply);
                    if (meansAbsent(error))
                        return finish(port, generation,
                                      {Result::NotRunning, {}, tr("ModemManager is not running; nothing to inhibit.")}, done);
                    return finish(port, generation,
                                  {Result::Refused, {}, refusalMessage(port, error.message())}, done);
                }
                QList<MmModem> modems;
                if (!reply.arguments().isEmpty())
                    modems = MmModems::fromManagedObjects(reply.arguments().constFirst().value<QDBusArgument>());
                // A system name (ttyUSB2) lives in /dev; a by-id symlink names the tty it points to.
                const QFileInfo info(port.contains(QLatin1Char('/')) ? port : QStringLiteral("/dev/") + port);
                const QString device = QFileInfo(info.canonicalFilePath()).fileName();
                const MmModem *modem = MmModems::find(modems, info.fileName(), device);
                if (!modem)
                    return finish(port, generation,
                                  {Result::NotManaged, {}, tr("ModemManager does not manage %1; nothing to inhibit.").arg(port)},
                                  done);
                m_holds[port].uid = modem->device;
                callInhibit(port, modem->device, generation, done);
            });
}

void ModemManagerInhibitor::callInhibit(const QString &port, const QString &uid, quint64 generation, Callback done)
{
    if (holdsOf(uid) > 0) {
        // Another port of the same device holds it already.
        m_holds[port].held = true;
        return finish(port, generation, {Result::Inhibited, uid, {}}, done);
    }
    QDBusMessage call = mmCall(MmModems::kManagerInterface, "InhibitDevice");
    call << uid << true;
    auto *watcher = new QDBusPendingCallWatcher(connection().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, port, uid, generation, done = std::move(done)](QDBusPendingCallWatcher *w) {
                w->deleteLater();
                const QDBusMessage reply = w->reply();
                const bool ok = reply.type() != QDBusMessage::ErrorMessage;
                if (!stillWanted(port, generation)) {
                    // Released while MM was answering: undo at once.
                    if (ok && holdsOf(uid) == 0)
                        sendRelease(port, uid);
                    return finish(port, generation, {Result::Cancelled, uid, {}}, done);
                }
                if (!ok) {
                    const QDBusError error(reply);
                    qCWarning(lcSystem) << "ModemManager refused InhibitDevice" << uid << error.name() << error.message();
                    return finish(port, generation, {Result::Refused, uid, refusalMessage(port, error.message())}, done);
                }
                m_holds[port].held = true;
                qCInfo(lcSystem) << "ModemManager inhibited" << uid << "for" << port;
                finish(port, generation, {Result::Inhibited, uid, {}}, done);
            });
}

void ModemManagerInhibitor::finish(const QString &port, quint64 generation, const Outcome &outcome, const Callback &done)
{
    if (stillWanted(port, generation)) {
        m_holds[port].pending = false;
        if (outcome.result == Result::Inhibited)
            emit inhibited(port, outcome.uid);
        else if (outcome.result == Result::Refused)
            emit refused(port, outcome.message);
    }
    if (done)
        done(outcome);
}

void ModemManagerInhibitor::release(const QString &port)
{
    auto it = m_holds.find(port);
    if (it == m_holds.end())
        return;
    if (--it->count > 0)
        return;
    const Hold hold = *it;
    m_holds.erase(it);
    if (hold.held && holdsOf(hold.uid) == 0)
        sendRelease(port, hold.uid);
}

void ModemManagerInhibitor::releaseAll()
{
    const QStringList ports = m_holds.keys();
    for (const QString &port : ports) {
        m_holds[port].count = 1;
        release(port);
    }
}

void ModemManagerInhibitor::sendRelease(const QString &port, const QString &uid)
{
    QDBusMessage call = mmCall(MmModems::kManagerInterface, "InhibitDevice");
    call << uid << false;
    auto *watcher = new QDBusPendingCallWatcher(connection().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [port, uid](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusMessage reply = w->reply();
        if (reply.type() == QDBusMessage::ErrorMessage)
            qCWarning(lcSystem) << "ModemManager did not lift the inhibition of" << uid << QDBusError(reply).message();
        else
            qCInfo(lcSystem) << "ModemManager inhibition lifted for" << uid << "(" << port << ")";
    });
    emit released(port, uid);
}
