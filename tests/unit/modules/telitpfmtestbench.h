#pragma once

// A Telit/Cinterion module behind a FakePort, attached to a ModuleSession the
// way discovery attaches it, plus a recorder of everything a flow reports.
// Shared by the Telit PFM and Cinterion unit tests only.

#include "at/atchannel.h"
#include "fakeport.h"
#include "modules/modulesession.h"
#include "modules/updateflow.h"
#include "scriptedmodule.h"

#include <QObject>
#include <QPointer>

#include <memory>

struct FakeLink
{
    QPointer<FakePort> port;         // owned by the session's channel
    QPointer<ScriptedModule> module; // owned by the port: gone after a reboot
    // What the module received, kept when the port closes, because the session
    // deletes the old channel (and with it port and module) after a reboot.
    std::shared_ptr<QStringList> archive = std::make_shared<QStringList>();

    QStringList received() const { return module ? module->received() : *archive; }
};

// Opens a fresh FakePort at `baud`, puts a ScriptedModule behind it that
// answers OK to anything not scripted, and attaches it to `session` (a second
// call is the module found again after its reboot).
inline FakeLink attachFakeModule(ModuleSession &session, const ModuleIdentity &identity,
                                 const QString &portName, qint32 baud = 115200,
                                 const QStringList &earlyUrcs = {})
{
    auto port = std::make_unique<FakePort>(portName);
    port->setBaudRate(baud);
    port->open(QIODevice::ReadWrite);
    FakeLink link;
    link.port = port.get();
    link.module = new ScriptedModule(port.get());
    QObject::connect(port.get(), &QIODevice::aboutToClose, link.module,
                     [module = link.module, archive = link.archive] { *archive = module->received(); });
    link.module->setFallback("\r\nOK\r\n");
    auto channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(identity.family));
    channel->setDefaultTimeout(std::chrono::seconds(2));
    session.attach(std::move(channel), portName, identity, earlyUrcs);
    return link;
}

// Collects a flow's signals; a QObject so it disconnects when it goes away.
struct FlowRecorder : QObject
{
    QList<UpdateProgress> progress;
    QList<UpdatePrompt> prompts;
    QStringList closedPrompts;
    QList<UpdateOutcome> outcomes;
    QStringList notes; // the session's transcript, masked

    void watch(UpdateFlow *flow)
    {
        connect(flow, &UpdateFlow::progress, this, [this](const UpdateProgress &p) { progress << p; });
        connect(flow, &UpdateFlow::promptRequested, this, [this](const UpdatePrompt &p) { prompts << p; });
        connect(flow, &UpdateFlow::promptClosed, this, [this](const QString &id) { closedPrompts << id; });
        connect(flow, &UpdateFlow::finished, this, [this](const UpdateOutcome &o) { outcomes << o; });
    }
    void watchTraffic(ModuleSession *session)
    {
        connect(session, &ModuleSession::traffic, this, [this](const Traffic &t) { notes << t.text; });
    }
    // The phases in the order they were entered, each once per entry.
    QList<UpdatePhase> phases() const
    {
        QList<UpdatePhase> out;
        for (const UpdateProgress &p : progress) {
            if (out.isEmpty() || out.last() != p.phase)
                out << p.phase;
        }
        return out;
    }
    UpdatePhase phase() const { return progress.isEmpty() ? UpdatePhase::Preparing : progress.last().phase; }
    bool done() const { return !outcomes.isEmpty(); }
    UpdateOutcome outcome() const { return outcomes.value(0); }
    bool sawRawLine(const QString &line) const
    {
        for (const UpdateProgress &p : progress) {
            if (p.rawLine == line)
                return true;
        }
        return false;
    }
};
