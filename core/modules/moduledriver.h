#pragma once

#include "family.h"
#include "updatetypes.h"

#include <QStringList>

#include <chrono>
#include <memory>

class ModuleSession;
class UpdateFlow;

// The documented durations of a family's update steps: the defaults of the
// watchdogs (PROTOCOLS.md; the user may override them per job).
struct FamilyTimeouts
{
    std::chrono::milliseconds command{5000};
    std::chrono::milliseconds download{std::chrono::minutes(15)};
    std::chrono::milliseconds install{std::chrono::minutes(15)};
    std::chrono::milliseconds reboot{std::chrono::minutes(2)};
    // How long a module that still answers with its old firmware must stay
    // quiet before recovery concludes that no install runs on it.
    std::chrono::milliseconds installSilence{std::chrono::seconds(10)};
    // The same after a download commit (the module may download first):
    // the longest quiet spell of a running download. 0: the family shows
    // none, so recovery waits the whole download and install time.
    std::chrono::milliseconds downloadSilence{0};
};

// What FotaDesk knows of one module family beyond identification: its update
// methods, what it forbids while updating, its timeouts, and how to make the
// flow that drives an update.
class ModuleDriver
{
public:
    virtual ~ModuleDriver();

    virtual Family family() const = 0;
    // Supported methods, the best first (the default for Auto).
    virtual QList<UpdateMethod> methods() const = 0;
    UpdateMethod defaultMethod() const { return methods().value(0, UpdateMethod::Ota); }
    bool supports(UpdateMethod method) const { return methods().contains(method); }
    // What Auto means for `request`: the best method when FotaDesk holds a
    // package file (request.packagePath), else the best one that needs none.
    UpdateMethod resolveMethod(const UpdateRequest &request) const;
    // Whether `method` carries the package's bytes from FotaDesk (a file is
    // then required). Cinterion OTA also takes a URL with its SHA-256.
    virtual bool needsPackageFile(UpdateMethod method, const UpdateRequest &request) const;
    // Whether the module fetches the file itself from FotaDesk's package
    // server (over its mobile network) rather than from the serial line.
    virtual bool downloadsFromPackageServer(UpdateMethod method, const UpdateRequest &request) const;
    // What `request` lacks for `method` (translated, naming the options to
    // give); empty when it can start.
    virtual QString missingFor(UpdateMethod method, const UpdateRequest &request) const;

    // Why `command` must not be sent while an update is in `phase`; empty when it
    // may. The interlock (console included) asks this for every command.
    virtual QString inhibitReason(const QString &command, UpdatePhase phase) const = 0;
    virtual FamilyTimeouts timeouts() const = 0;
    // The family's commands, for the console's completion.
    virtual QStringList knownCommands() const = 0;
    // The command that reads the firmware version, and how to pick it out.
    virtual QString firmwareQuery() const { return QStringLiteral("AT+CGMR"); }
    // Whether an unsolicited `line` shows an install running on the module
    // (a module that prints while it flashes may answer AT meanwhile).
    virtual bool showsInstallRunning(const QString &line) const
    {
        Q_UNUSED(line);
        return false;
    }

    // Whether an unsolicited `line` shows the module downloading a package on
    // its own (after a download commit it may answer AT on its old firmware
    // meanwhile).
    virtual bool showsDownloadRunning(const QString &line) const
    {
        Q_UNUSED(line);
        return false;
    }
    // The serial rates (AT+IPR) a local transfer with `method` may use on
    // `model`, ascending, from the family's AT reference; empty: the method
    // carries nothing over the serial line, or the rate must stay.
    virtual QList<qint32> transferRates(UpdateMethod method, const QString &model) const
    {
        Q_UNUSED(method);
        Q_UNUSED(model);
        return {};
    }

    // A read whose answer shows whether a download runs now (its lines go
    // through showsDownloadRunning()); empty when the family has none. Safe
    // to send while the module downloads or installs.
    virtual QString downloadQuery() const { return {}; }

    // `request.method` is resolved (never Auto) and supported.
    virtual std::unique_ptr<UpdateFlow> createFlow(ModuleSession *session,
                                                   const UpdateRequest &request) const = 0;

    // nullptr for Family::Unknown.
    static const ModuleDriver *forFamily(Family family);

    // The family's timeouts with the ones the request sets (a user's setting)
    // put over them, copied into a flow's Options.
    static FamilyTimeouts timeoutsFor(Family family, const UpdateRequest &request);
    template <typename Options>
    static Options optionsFor(Family family, const UpdateRequest &request)
    {
        const FamilyTimeouts t = timeoutsFor(family, request);
        Options o;
        o.command = t.command;
        o.download = t.download;
        o.install = t.install;
        o.reboot = t.reboot;
        return o;
    }
};

// Any reset or power-off is forbidden while a module installs; shared by all
// families' inhibitReason().
QString commonInhibitReason(const QString &command, UpdatePhase phase);
