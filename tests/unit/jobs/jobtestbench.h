#pragma once

// Shared by the jobs unit tests: a module behind a FakePort attached to a
// ModuleSession, a scripted UpdateFlow and a driver that makes it, and a
// store in a temporary folder.

#include "at/atchannel.h"
#include "fakeport.h"
#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/settingsprofile.h"
#include "jobs/updatejob.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "modules/updateflow.h"
#include "scriptedmodule.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>
#include <memory>

using namespace std::chrono_literals;

inline ModuleIdentity testIdentity(int index = 0, Family family = Family::TelitPfm)
{
    ModuleIdentity id;
    id.family = family;
    id.manufacturer = QStringLiteral("Telit");
    id.model = QStringLiteral("GE910-QUAD");
    id.firmware = QStringLiteral("10.00.005");
    id.imei = QStringLiteral("3561670510%1").arg(index, 5, 10, QLatin1Char('0'));
    id.simState = QStringLiteral("READY");
    return id;
}

// A module that answers what every job asks: SIM ready, a fixed rate, and
// two settings (+CGDCONT, #SLED) that a firmware update wipes (wipe()).
struct FakeModule
{
    FakePort *port = nullptr;
    ScriptedModule *module = nullptr;
    QString apn = QStringLiteral("1,\"IP\",\"factory.apn\"");
    QString sled = QStringLiteral("2,1,1");
    QString simState = QStringLiteral("READY");
    QString rate = QStringLiteral("115200");
    QString firmware = QStringLiteral("10.00.005");
    bool refuseSledWrite = false;

    void script()
    {
        module->setFallback("\r\nOK\r\n");
        module->onPrefix(QStringLiteral("AT+CPIN?"), [this](const QString &) {
            return QStringLiteral("\r\n+CPIN: %1\r\n\r\nOK\r\n").arg(simState).toLatin1();
        });
        module->onPrefix(QStringLiteral("AT+CPIN="), [this](const QString &cmd) {
            if (!cmd.contains(QLatin1String("\"1234\"")))
                return QByteArray("\r\n+CME ERROR: 16\r\n");
            simState = QStringLiteral("READY");
            return QByteArray("\r\nOK\r\n");
        });
        module->onPrefix(QStringLiteral("AT+IPR?"), [this](const QString &) {
            return QStringLiteral("\r\n+IPR: %1\r\n\r\nOK\r\n").arg(rate).toLatin1();
        });
        module->onPrefix(QStringLiteral("AT+IPR="), [this](const QString &cmd) {
            rate = cmd.mid(7);
            return QByteArray("\r\nOK\r\n");
        });
        module->onPrefix(QStringLiteral("AT+CGMR"), [this](const QString &) {
            return QStringLiteral("\r\n%1\r\n\r\nOK\r\n").arg(firmware).toLatin1();
        });
        module->onPrefix(QStringLiteral("AT+CGDCONT?"), [this](const QString &) {
            return QStringLiteral("\r\n+CGDCONT: %1,\"0.0.0.0\",0,0\r\n\r\nOK\r\n").arg(apn).toLatin1();
        });
        module->onPrefix(QStringLiteral("AT+CGDCONT="), [this](const QString &cmd) {
            apn = cmd.mid(11);
            return QByteArray("\r\nOK\r\n");
        });
        module->onPrefix(QStringLiteral("AT#SLED?"), [this](const QString &) {
            return QStringLiteral("\r\n#SLED: %1\r\n\r\nOK\r\n").arg(sled).toLatin1();
        });
        module->onPrefix(QStringLiteral("AT#SLED="), [this](const QString &cmd) {
            if (refuseSledWrite)
                return QByteArray("\r\nERROR\r\n");
            sled = cmd.mid(8);
            return QByteArray("\r\nOK\r\n");
        });
    }
    // What a firmware install does to the settings outside the kept list.
    void wipe()
    {
        apn = QStringLiteral("1,\"IP\",\"\"");
        sled = QStringLiteral("0,0,0");
    }
};

// Resets `m` and puts it behind a new port attached to `session` (again:
// the module found after its reboot). `m` must outlive the port: the
// scripted answers refer to it.
inline void attachModule(FakeModule &m, ModuleSession &session, const ModuleIdentity &identity,
                         const QString &portName = QStringLiteral("fake0"), bool keepState = false)
{
    auto port = std::make_unique<FakePort>(portName);
    port->open(QIODevice::ReadWrite);
    if (!keepState)
        m = FakeModule{};
    m.port = port.get();
    m.module = new ScriptedModule(port.get());
    m.script();
    auto channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(identity.family));
    channel->setDefaultTimeout(2s);
    session.attach(std::move(channel), portName, identity);
}

// The profile the job tests use: two settings, both restorable.
inline SettingsProfile testProfile(Family family = Family::TelitPfm, bool fixedRate = true)
{
    const QByteArray json = QStringLiteral(R"({"family": "%1", "fixedRate": %2, "items": [
        {"name": "+CGDCONT", "read": "AT+CGDCONT?", "prefix": "+CGDCONT:", "multi": true, "fields": 3,
         "write": "AT+CGDCONT={value}"},
        {"name": "#SLED", "read": "AT#SLED?", "prefix": "#SLED:", "write": "AT#SLED={value}"}]})")
                                .arg(familyId(family), fixedRate ? QStringLiteral("true") : QStringLiteral("false"))
                                .toUtf8();
    return SettingsProfile::fromJson(json);
}

// An UpdateFlow driven by its test: go() enters phases, ok()/bad() finish.
// With a script it plays itself: one action per `stepDelay`.
class FakeFlow : public UpdateFlow
{
    Q_OBJECT

public:
    struct Action
    {
        UpdatePhase phase = UpdatePhase::Preparing;
        int percent = -1;
        FailureReason failure = FailureReason::None; // != None: fail here
    };

    FakeFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent = nullptr)
        : UpdateFlow(session, request, parent)
    {
        m_timer.setSingleShot(true);
        connect(&m_timer, &QTimer::timeout, this, &FakeFlow::playNext);
    }

    QList<Action> script;
    std::chrono::milliseconds stepDelay{1};
    QString firmwareAfter = QStringLiteral("10.00.006");
    std::function<void()> onInstalled; // e.g. wipe the module's settings
    bool started = false;
    bool cancelRequested = false;

    void start() override
    {
        started = true;
        enterPhase(UpdatePhase::Preparing);
        if (!script.isEmpty())
            m_timer.start(stepDelay);
    }
    void cancel() override
    {
        cancelRequested = true;
        UpdateFlow::cancel();
    }

    void go(UpdatePhase phase, int percent = -1, qint64 bytes = -1)
    {
        if (phase == UpdatePhase::Transferring || percent >= 0) {
            enterPhase(phase);
            UpdateProgress p = lastProgress();
            p.percent = percent;
            p.bytesDone = bytes;
            p.bytesTotal = bytes >= 0 ? 1000 : -1;
            p.bytesPerSecond = bytes >= 0 ? 11520 : 0;
            reportProgress(p);
        } else {
            enterPhase(phase);
        }
    }
    // What a family's flow does before a command that lets the module go on
    // alone: declares the commit point, and sends the command only once it
    // is recorded. False when it was not (the flow has failed then).
    bool commit(CommitPoint::Kind kind, const QString &command)
    {
        if (!declareCommit(kind, command))
            return false;
        session()->send(AtCommand(command).asPrivileged());
        return true;
    }
    void ok()
    {
        if (onInstalled)
            onInstalled();
        succeed(firmwareAfter);
    }
    void bad(FailureReason reason, const QString &message = QStringLiteral("scripted failure"))
    {
        fail(reason, message, QStringLiteral("scripted advice"), QStringLiteral("+VENDOR: 42"));
    }

private:
    void playNext()
    {
        if (isFinished())
            return;
        if (m_next >= script.size()) {
            ok();
            return;
        }
        const Action a = script.at(m_next++);
        if (a.failure != FailureReason::None) {
            bad(a.failure);
            return;
        }
        go(a.phase, a.percent, a.percent >= 0 ? a.percent * 10 : -1);
        m_timer.start(stepDelay);
    }

    QTimer m_timer;
    int m_next = 0;
};

// A driver for Family `family` whose flows the test makes; it forbids
// AT+CGATT outside Preparing (and resets while installing).
class FakeDriver : public ModuleDriver
{
public:
    explicit FakeDriver(Family family = Family::TelitPfm) : m_family(family) { }

    std::function<std::unique_ptr<UpdateFlow>(ModuleSession *, const UpdateRequest &)> make;
    std::chrono::milliseconds installSilence{300};

    Family family() const override { return m_family; }
    QList<UpdateMethod> methods() const override { return {UpdateMethod::Ota, UpdateMethod::Xmodem}; }
    QString inhibitReason(const QString &command, UpdatePhase phase) const override
    {
        if (QString common = commonInhibitReason(command, phase); !common.isEmpty())
            return common;
        if (phase != UpdatePhase::Preparing && command.toUpper().startsWith(QLatin1String("AT+CGATT")))
            return QStringLiteral("AT+CGATT is inhibited while the module downloads");
        return {};
    }
    FamilyTimeouts timeouts() const override
    {
        FamilyTimeouts t;
        t.reboot = 500ms;
        t.install = 500ms;
        t.installSilence = installSilence;
        t.downloadSilence = 300ms;
        return t;
    }
    // Like a module's download progress URCs (^SNFOTA: "act",2,0,40, +WDSI: 18,40).
    bool showsDownloadRunning(const QString &line) const override
    {
        return line.startsWith(QLatin1String("DOWNLOADING"));
    }
    // Like Cinterion's AT^SFDL=2 output: the module flashes and answers AT.
    bool showsInstallRunning(const QString &line) const override
    {
        return line.startsWith(QLatin1String("FLASHING"));
    }
    QStringList knownCommands() const override { return {}; }
    std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session, const UpdateRequest &request) const override
    {
        return make ? make(session, request) : nullptr;
    }

private:
    Family m_family;
};

// A store in a temporary folder, opened on this thread.
struct TestStore
{
    QTemporaryDir dir;
    Store store;
    JobStore jobs{&store};

    TestStore() { store.open(dir.filePath(QStringLiteral("fotadesk.sqlite"))); }
    QString path() const { return dir.filePath(QStringLiteral("fotadesk.sqlite")); }
};

// A package file of `size` bytes with its catalog entry.
inline PackageInfo writePackage(const QString &path, qint64 size = 1000, const QString &from = QStringLiteral("10.00.005"),
                                const QString &to = QStringLiteral("10.00.006"))
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    const QByteArray bytes(size, 'p');
    f.write(bytes);
    f.close();
    PackageInfo p;
    p.path = path;
    p.family = Family::TelitPfm;
    p.model = QStringLiteral("GE910-QUAD");
    p.fromVersion = from;
    p.toVersion = to;
    p.size = size;
    p.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    p.md5 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Md5).toHex());
    return p;
}
