#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class QDBusPendingCallWatcher;
struct MmModem;

// Keeps ModemManager off one module for the length of a job, the way fwupd
// does: the MM modem whose Ports include the job's port gives its Device uid,
// and org.freedesktop.ModemManager1.InhibitDevice(uid, true) makes MM let go
// of every port of that device (across the module's reboots) until
// InhibitDevice(uid, false), or until this process's bus connection closes, so
// a crash or a kill releases it too. That is why there is one connection per
// process (shared by every inhibitor object).
//
// Every call is asynchronous (QDBusPendingCallWatcher): the engine thread
// never waits for the bus. Where MM is not running nothing happens and the
// answer says so; MM is never started by bus activation for this.
//
// The bus: FOTADESK_MM_BUS_ADDRESS when set (tests run a private
// dbus-daemon), else the system bus.
class ModemManagerInhibitor : public QObject
{
    Q_OBJECT

public:
    enum class Result {
        Inhibited,   // MM lets go of the device until release()
        NotRunning,  // no ModemManager (or no bus): nothing to do
        NotManaged,  // MM runs but has no modem with this port: nothing to do
        Refused,     // MM (or the bus's policy) said no; `message` says why and what to do
        Disabled,    // the setting modemmanager/inhibit is off
        Cancelled,   // release() came before the answer
    };
    Q_ENUM(Result)

    struct Outcome
    {
        Result result = Result::NotRunning;
        QString uid;     // the device, where one was found
        QString message; // for people (translated); empty for Inhibited
    };
    using Callback = std::function<void(const Outcome &)>;

    explicit ModemManagerInhibitor(QObject *parent = nullptr);
    ~ModemManagerInhibitor() override;

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }

    // Starts inhibiting the device behind `port` (a name, a path or a
    // symlink); `done` is called once, in this object's thread, unless this
    // object goes first. Calling it again for a port already held only counts.
    void inhibit(const QString &port, Callback done = {});
    // Ends what inhibit(port) began (also one still waiting for MM's answer);
    // a device inhibited for several ports is released with the last.
    void release(const QString &port);
    void releaseAll();
    bool isInhibited(const QString &port) const;

    static QString busAddressVariable() { return QStringLiteral("FOTADESK_MM_BUS_ADDRESS"); }
    // The one connection of this process (connected or not).
    static QDBusConnection connection();

signals:
    void inhibited(const QString &port, const QString &uid);
    void released(const QString &port, const QString &uid);
    void refused(const QString &port, const QString &message);

private:
    struct Hold
    {
        QString uid;
        int count = 0;          // inhibit() calls for this port not yet released
        bool pending = true;    // before MM's answer
        bool held = false;      // InhibitDevice(uid, true) succeeded
        quint64 generation = 0; // tells a late answer from an earlier attempt
    };

    void askOwner(const QString &port, quint64 generation, Callback done);
    void listModems(const QString &port, quint64 generation, Callback done);
    void callInhibit(const QString &port, const QString &uid, quint64 generation, Callback done);
    void sendRelease(const QString &port, const QString &uid);
    bool stillWanted(const QString &port, quint64 generation) const;
    void finish(const QString &port, quint64 generation, const Outcome &outcome, const Callback &done);
    int holdsOf(const QString &uid) const;
    static QString refusalMessage(const QString &port, const QString &why);

    QHash<QString, Hold> m_holds; // by port as given
    quint64 m_generation = 0;
    bool m_enabled = true;
};
