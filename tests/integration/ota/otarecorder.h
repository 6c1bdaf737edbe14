#pragma once

#include "modules/modulesession.h"
#include "modules/updateflow.h"

#include <QObject>

// Collects what a flow reports, for the OTA integration tests.
struct OtaRecorder : QObject
{
    QList<UpdateProgress> progress;
    QList<UpdatePrompt> prompts;
    QStringList closedPrompts;
    QList<UpdateOutcome> outcomes;
    QStringList transcript;

    void watch(UpdateFlow *flow)
    {
        connect(flow, &UpdateFlow::progress, this, [this](const UpdateProgress &p) { progress << p; });
        connect(flow, &UpdateFlow::promptRequested, this, [this](const UpdatePrompt &p) { prompts << p; });
        connect(flow, &UpdateFlow::promptClosed, this, [this](const QString &id) { closedPrompts << id; });
        connect(flow, &UpdateFlow::finished, this, [this](const UpdateOutcome &o) { outcomes << o; });
    }
    void watchTraffic(ModuleSession *session)
    {
        connect(session, &ModuleSession::traffic, this, [this](const Traffic &t) { transcript << t.text; });
    }
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
            if (p.rawLine.compare(line, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QString describe() const
    {
        QStringList lines;
        for (const UpdateProgress &p : progress)
            lines << QStringLiteral("%1 %2 %3 [%4]").arg(phaseDisplayName(p.phase)).arg(p.percent).arg(p.message, p.rawLine);
        for (const UpdateOutcome &o : outcomes)
            lines << QStringLiteral("outcome %1 %2: %3 / %4 (%5)").arg(o.ok).arg(failureDisplayName(o.reason), o.message, o.advice, o.vendorCode);
        return lines.join(u'\n');
    }
};
