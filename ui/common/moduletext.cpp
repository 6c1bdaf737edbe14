#include "moduletext.h"

#include "format.h"

#include <QFileInfo>

ModuleText::JobOutcome ModuleText::outcome(const ModuleSnapshot &m)
{
    if (m.jobActive)
        return JobOutcome::Running;
    if (m.jobId == 0)
        return JobOutcome::None;
    if (m.jobOk)
        return JobOutcome::Succeeded;
    if (m.progress.phase == UpdatePhase::Cancelled)
        return JobOutcome::Cancelled;
    return JobOutcome::Failed;
}

QString ModuleText::label(const ModuleSnapshot &m)
{
    const QString model = m.identity.model.isEmpty() ? familyDisplayName(m.identity.family)
                                                     : m.identity.model;
    const QString who = m.identity.imei.isEmpty() ? m.identity.serial : m.identity.imei;
    return who.isEmpty() ? model : QStringLiteral("%1 %2").arg(model, who);
}

QString ModuleText::connection(ModuleSession::State state)
{
    switch (state) {
    case ModuleSession::State::Connected: return tr("Connected");
    case ModuleSession::State::Disconnected: return tr("Disconnected");
    case ModuleSession::State::Released: return tr("Released");
    }
    return {};
}

QString ModuleText::jobState(const ModuleSnapshot &m)
{
    switch (outcome(m)) {
    case JobOutcome::Running:
        return phaseDisplayName(m.progress.phase);
    case JobOutcome::Succeeded:
    case JobOutcome::Failed:
    case JobOutcome::Cancelled:
        return m.jobResult.isEmpty() ? phaseDisplayName(m.progress.phase) : m.jobResult;
    case JobOutcome::None:
        break;
    }
    if (m.connection == ModuleSession::State::Released)
        return tr("Released to another tool");
    if (m.connection == ModuleSession::State::Disconnected)
        return tr("Not connected");
    return tr("Idle");
}

QString ModuleText::jobWord(const ModuleSnapshot &m)
{
    switch (outcome(m)) {
    case JobOutcome::Running: return phaseDisplayName(m.progress.phase);
    case JobOutcome::Succeeded: return phaseDisplayName(UpdatePhase::Verified);
    case JobOutcome::Failed: return phaseDisplayName(UpdatePhase::Failed);
    case JobOutcome::Cancelled: return phaseDisplayName(UpdatePhase::Cancelled);
    case JobOutcome::None: break;
    }
    return jobState(m);
}

bool ModuleText::mustNotBeInterrupted(const UpdateProgress &p)
{
    return p.phase == UpdatePhase::Installing || p.phase == UpdatePhase::Rebooting;
}

QString ModuleText::portName(const QString &port)
{
    if (port.startsWith(QLatin1String("/dev/")) || !port.contains(QLatin1Char('/')))
        return port;
    return QFileInfo(port).fileName();
}

QString ModuleText::percent(int percent)
{
    return tr("%1 %").arg(percent);
}

QString ModuleText::progress(const UpdateProgress &p)
{
    const QString figures = progressFigures(p);
    if (p.percent < 0)
        return figures;
    return figures.isEmpty() ? percent(p.percent) : percent(p.percent) + QStringLiteral(" \u00b7 ") + figures;
}

QString ModuleText::progressLine(const UpdateProgress &p)
{
    QString line = progress(p);
    if (p.percent >= 0 || p.message.isEmpty() || p.message == phaseDisplayName(p.phase))
        return line;
    return line.isEmpty() ? p.message : line + QStringLiteral(" \u00b7 ") + p.message;
}

QString ModuleText::progressFigures(const UpdateProgress &p)
{
    QStringList parts;
    if (p.bytesTotal > 0 && p.bytesDone >= 0)
        parts << tr("%1 of %2").arg(Format::bytes(p.bytesDone), Format::bytes(p.bytesTotal));
    if (p.bytesPerSecond > 0)
        parts << Format::rate(p.bytesPerSecond);
    if (p.baud > 0)
        parts << tr("%1 Bd").arg(p.baud); // the serial rate a local transfer runs at
    if (p.etaMs >= 0)
        parts << tr("%1 left").arg(Format::duration(p.etaMs));
    else if (p.limitMs > 0)
        // A step without a percentage: show how long it has been at it against
        // its watchdog, so a person can tell "slow" from "stuck".
        parts << tr("%1 of %2 max").arg(Format::duration(p.elapsedMs), Format::duration(p.limitMs));
    return parts.join(QStringLiteral(" \u00b7 "));
}

QString ModuleText::method(UpdateMethod m)
{
    switch (m) {
    case UpdateMethod::Auto: return tr("Best for each family");
    case UpdateMethod::Xmodem: return tr("Local: 1K-XMODEM over the serial port");
    case UpdateMethod::Cflw: return tr("Local: flash writes (AT+CFLW)");
    case UpdateMethod::HttpFs: return tr("Local: HTTP download from FotaDesk to the module's file system");
    case UpdateMethod::Ota: return tr("Over the air: the module's own FOTA client");
    case UpdateMethod::Lwm2m: return tr("Over the air: LwM2M client");
    }
    return {};
}

QString ModuleText::trafficKind(Traffic::Kind kind)
{
    switch (kind) {
    case Traffic::Kind::Command: return tr("Command");
    case Traffic::Kind::Response: return tr("Response");
    case Traffic::Kind::Final: return tr("Result");
    case Traffic::Kind::Echo: return tr("Echo");
    case Traffic::Kind::Urc: return tr("URC");
    case Traffic::Kind::Unsolicited: return tr("Unsolicited");
    case Traffic::Kind::Prompt: return tr("Data prompt");
    case Traffic::Kind::RawOut: return tr("Data out");
    case Traffic::Kind::RawIn: return tr("Data in");
    case Traffic::Kind::Noise: return tr("Noise");
    case Traffic::Kind::Note: return tr("FotaDesk");
    }
    return {};
}

QString ModuleText::simState(const QString &cpin)
{
    if (cpin.isEmpty())
        return {};
    if (cpin.compare(QLatin1String("READY"), Qt::CaseInsensitive) == 0)
        return tr("Ready");
    if (cpin.compare(QLatin1String("SIM PIN"), Qt::CaseInsensitive) == 0)
        return tr("PIN needed");
    if (cpin.compare(QLatin1String("SIM PUK"), Qt::CaseInsensitive) == 0)
        return tr("PUK needed");
    return cpin;
}
