// UpdateJob's stages, in the order they run. Recording and ending are in
// updatejob.cpp. Step and progress signals are emitted directly, and whoever
// receives them may cancel the job on the spot: after each emission a stage
// checks alive() before it goes on.
#include "updatejob.h"

#include "applicability.h"
#include "fleet/jobstore.h"
#include "jobslog.h"
#include "jobsteps.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"
#include "modules/updateflow.h"
#include "settingsreader.h"
#include "settingsrestorer.h"
#include "port/port.h"
#include "transfer/packageserver.h"
#include "transfer/rateswitch.h"
#include "verifyflow.h"

#include <QJsonArray>

void UpdateJob::runPreflight()
{
    m_stage = Stage::Preflight;
    if (m_userRate <= 0 && m_session && m_session->channel() && m_session->channel()->port())
        m_userRate = m_session->channel()->port()->baudRate();
    beginStep(JobSteps::Preflight);
    say(tr("Checking the module and the package"));
    if (!alive())
        return;
    QStringList ignored;
    m_profile = settingsProfile(&ignored);
    if (!ignored.isEmpty())
        event(QStringLiteral("note"), tr("kept by the module itself, not backed up: %1").arg(ignored.join(QLatin1String(", "))));
    PreflightOptions options;
    options.owner = owner();
    options.overrideChecks = m_options.overrideChecks;
    options.autobaud = m_options.autobaud;
    options.fixedRateRequired = m_profile.fixedRate;
    options.commandTimeout = m_options.commandTimeout;
    const UpdateRequest request = filledRequest();
    if (const QString missing = m_driver->missingFor(request.method, request); !missing.isEmpty()) {
        endStep(QStringLiteral("failed"), missing);
        fail(FailureReason::NotApplicable, tr("Refused: %1").arg(missing), tr("Nothing was changed on the module."));
        return;
    }
    m_preflight = new Preflight(m_session, m_package, request, options, this);
    connect(m_preflight, &Preflight::finished, this, &UpdateJob::preflightDone);
    installGuard(); // the job's own checks are privileged; the guard covers everyone else
    m_preflight->start();
}

void UpdateJob::returnToUserRate(std::function<void()> then)
{
    AtChannel *channel = m_session ? m_session->channel() : nullptr;
    if (m_userRate <= 0 || !channel || !channel->isConnected() || !channel->port()
        || channel->port()->baudRate() == m_userRate) {
        then();
        return;
    }
    event(QStringLiteral("note"), tr("the module answers at %1 baud, where the interrupted transfer left it; "
                                     "setting it back to %2 baud")
                                      .arg(channel->port()->baudRate())
                                      .arg(m_userRate));
    auto *rates = new RateSwitch(channel, this);
    const quint64 generation = m_generation;
    connect(rates, &RateSwitch::finished, this, [this, rates, generation, then = std::move(then)](const RateSwitch::Result &r) {
        rates->deleteLater();
        if (generation != m_generation || !alive())
            return;
        for (const QString &n : r.notes)
            event(QStringLiteral("note"), n);
        if (m_session)
            m_session->noteLineRate(r.rate);
        if (r.rate != m_userRate) {
            const QString w = tr("the module stays at %1 baud, not its own %2 (%3); set it with AT+IPR=%2")
                                  .arg(r.rate).arg(m_userRate).arg(r.message);
            m_record.warnings << w;
            event(QStringLiteral("warning"), w);
        }
        then();
    });
    rates->moveTo(m_userRate);
}

void UpdateJob::preflightDone(const PreflightReport &report)
{
    if (m_stage != Stage::Preflight)
        return;
    QJsonObject figures = report.figures;
    figures.insert(QStringLiteral("portRate"), m_userRate);
    if (!report.passed) {
        endStep(QStringLiteral("failed"), report.message, figures);
        fail(report.reason, tr("Refused: %1").arg(report.message), report.advice);
        return;
    }
    if (report.overridden) {
        const QString w = tr("checks overridden: %1").arg(report.message);
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
    }
    const UpdateRequest request = filledRequest();
    if (m_driver->downloadsFromPackageServer(request.method, request) && m_context.packageServer
        && m_context.packageServer->isListening() && m_context.packageServer->servesLoopbackOnly()) {
        const QString w = tr("the package server is reachable from this computer only (%1): a module that "
                             "downloads over its mobile network cannot reach it; listen on an address it "
                             "can reach (--bind 0.0.0.0:PORT --advertise HOST, or Settings > Package server and data)")
                              .arg(m_context.packageServer->baseUrl().toString());
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
    }
    if (!m_package.path.isEmpty() && m_package.baseVersion().isEmpty() && m_request.fromVersion.isEmpty()) {
        // A vendor file without metadata: only the module's own check
        // (signature, SHA-256, MD5) stands between it and the wrong base.
        const QString w = m_package.source == PackageInfo::Source::FileName && !m_package.fromVersion.isEmpty()
            ? tr("base version not checked: the file name's \"%1\" is a label, not a firmware version")
                  .arg(m_package.fromVersion)
            : tr("base version not checked: unknown");
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
    }
    endStep(QStringLiteral("ok"), report.overridden ? report.message : QString(), figures);
    if (alive())
        runBackup();
}

void UpdateJob::runBackup()
{
    m_stage = Stage::Backup;
    if (!m_options.backupSettings || !m_profile.isValid() || m_profile.items.isEmpty()) {
        skipStep(JobSteps::Backup, !m_options.backupSettings ? tr("settings backup not wanted")
                                                             : tr("no settings to back up for this family"));
        if (alive())
            runFlow();
        return;
    }
    beginStep(JobSteps::Backup);
    say(tr("Backing up the module's settings"));
    if (!alive())
        return;
    m_reader = new SettingsReader(m_session, m_profile, this);
    m_reader->setTimeout(m_options.commandTimeout);
    const quint64 generation = m_generation;
    connect(m_reader, &SettingsReader::failed, this, [this, generation](const QString &why) {
        if (generation != m_generation)
            return;
        fail(FailureReason::PortLost, tr("The module went away while its settings were read"),
             tr("Nothing was changed on the module. Reconnect it and start again."), why);
    });
    connect(m_reader, &SettingsReader::finished, this, [this, generation](const SettingsSnapshot &snapshot) {
        if (generation != m_generation)
            return;
        if (const QStringList silent = m_reader->timedOut(); !silent.isEmpty()) {
            // Going on would lose what these hold: the update would wipe it
            // and nothing could put it back.
            fail(FailureReason::Timeout,
                 tr("The module did not answer while its settings were read (%1)").arg(silent.join(QLatin1String(", "))),
                 tr("Nothing was changed on the module. Check that no other program uses its port and that it "
                    "is not busy (a download or a call), then start again."));
            return;
        }
        if (const QStringList damaged = m_reader->damaged(); !damaged.isEmpty()) {
            fail(FailureReason::TransferFailed,
                 tr("The module's answers came damaged twice while its settings were read (%1)")
                     .arg(damaged.join(QLatin1String(", "))),
                 tr("Nothing was changed on the module. The line changes bytes: check the cable and the "
                    "adapter, or use a lower rate, then start again."));
            return;
        }
        m_backup = snapshot;
        m_haveBackup = true;
        // The values go into the step's figures: a restore after a crash reads them there.
        QJsonObject figures = snapshot.toJson();
        figures.insert(QStringLiteral("count"), int(snapshot.entries.size()));
        figures.insert(QStringLiteral("unreadable"), QJsonArray::fromStringList(snapshot.unreadable()));
        endStep(QStringLiteral("ok"), tr("%n setting(s) read", nullptr, int(snapshot.entries.size())), figures);
        if (alive())
            runFlow();
    });
    m_reader->start();
}

SettingsProfile UpdateJob::settingsProfile(QStringList *ignored) const
{
    SettingsProfile profile = m_context.profiles(m_record.family);
    if (!profile.isValid() || m_record.family != Family::TelitPfm)
        return profile;
    // Telit's items are the user's choice: the options', and whatever a
    // backup taken earlier (before a restart) holds.
    QStringList names = m_options.extraSettings;
    for (const SettingValue &v : m_backup.entries)
        names << v.name;
    return profile.withUserSettings(names, ignored);
}

UpdateRequest UpdateJob::filledRequest() const
{
    UpdateRequest r = m_request;
    r.method = m_record.method;
    if (r.packagePath.isEmpty())
        r.packagePath = m_package.path;
    if (r.packageSha256.isEmpty())
        r.packageSha256 = m_package.sha256;
    if (r.packageMd5.isEmpty())
        r.packageMd5 = m_package.md5;
    if (r.packageSize < 0 && m_package.size > 0)
        r.packageSize = m_package.size;
    if (r.fromVersion.isEmpty())
        r.fromVersion = m_package.baseVersion();
    if (r.toVersion.isEmpty())
        r.toVersion = m_record.toVersion;
    r.transferRates.clear();
    for (qint32 rate : m_driver->transferRates(r.method, m_record.model)) {
        if (rate <= m_options.maxRate)
            r.transferRates << rate;
    }
    return r;
}

bool UpdateJob::servePackage(UpdateRequest &r, QString *why)
{
    if (!m_driver->downloadsFromPackageServer(r.method, r))
        return true;
    if (!m_context.packageServer || !m_context.packageServer->isListening() || r.packagePath.isEmpty()) {
        *why = tr("the module downloads the package itself and no URL was given; FotaDesk's package "
                  "server is not running");
        return false;
    }
    m_servedUrl = m_context.packageServer->registerPackage(r.packagePath, m_record.moduleId);
    if (m_servedUrl.isEmpty()) {
        *why = tr("the package server cannot serve %1").arg(r.packagePath);
        return false;
    }
    r.url = m_servedUrl;
    event(QStringLiteral("note"), tr("package served at %1").arg(PackageServer::redacted(m_servedUrl)));
    return true;
}

void UpdateJob::runFlow()
{
    m_stage = Stage::Flow;
    UpdateRequest request = m_request;
    if (m_mode == Mode::Recover) {
        m_flow = makeVerifyFlow(request);
    } else {
        request = filledRequest();
        QString why;
        if (!servePackage(request, &why)) {
            beginStep(JobSteps::Transfer);
            fail(FailureReason::NotApplicable, tr("Cannot start the update: %1").arg(why),
                 tr("Give the package's URL, or start FotaDesk's package server."));
            return;
        }
        m_flow = m_context.createFlow ? m_context.createFlow(m_driver, m_session, request)
                                      : m_driver->createFlow(m_session, request);
        beginStep(JobSteps::Transfer, methodId(request.method));
        if (!alive())
            return;
        if (!m_flow) {
            fail(FailureReason::NotApplicable,
                 tr("%1 modules cannot be updated with method %2 in this FotaDesk")
                     .arg(familyDisplayName(m_record.family), methodId(request.method)));
            return;
        }
    }
    m_flow->setCommitRecorder([this](const CommitPoint &point) { return recordCommit(point); });
    connect(m_flow.get(), &UpdateFlow::progress, this, &UpdateJob::flowProgress);
    connect(m_flow.get(), &UpdateFlow::finished, this, &UpdateJob::flowFinished);
    connect(m_flow.get(), &UpdateFlow::promptRequested, this, [this](const UpdatePrompt &p) {
        event(QStringLiteral("prompt"), p.text);
        emit promptRequested(p);
    });
    connect(m_flow.get(), &UpdateFlow::promptClosed, this, &UpdateJob::promptClosed);
    m_flow->start(); // may finish at once; nothing may follow this call
}

std::unique_ptr<UpdateFlow> UpdateJob::makeVerifyFlow(UpdateRequest request) const
{
    request.toVersion = m_record.toVersion;
    request.fromVersion = m_record.fromVersion;
    const FamilyTimeouts t = timeouts();
    // Told to download on its own and killed before the install: the module
    // may still be downloading, and answers AT on its old firmware meanwhile.
    const bool afterDownload = m_record.commitPoint.kind == CommitPoint::Kind::Download
        && !JobSteps::reachedInstall(m_record.lastStep);
    const std::chrono::milliseconds busy = afterDownload ? t.download + t.install : t.install;
    auto verify = std::make_unique<VerifyFlow>(m_session, request, m_driver->firmwareQuery(), busy + t.reboot);
    const ModuleDriver *driver = m_driver;
    if (afterDownload) {
        verify->setAfterDownloadCommit(true);
        verify->setDownloadQuery(driver->downloadQuery());
        verify->setInstallActivity(
            [driver](const QString &line) { return driver->showsInstallRunning(line) || driver->showsDownloadRunning(line); },
            t.downloadSilence.count() > 0 ? std::max(t.downloadSilence, t.installSilence) : busy);
    } else {
        verify->setInstallActivity([driver](const QString &line) { return driver->showsInstallRunning(line); },
                                   t.installSilence);
    }
    return verify;
}

void UpdateJob::flowProgress(const UpdateProgress &p)
{
    if (m_stage != Stage::Flow)
        return;
    const bool newPhase = p.phase != m_phase;
    if (p.phase != UpdatePhase::Failed && p.phase != UpdatePhase::Cancelled)
        setPhase(p.phase);
    const QString step = JobSteps::forPhase(p.phase);
    const int current = m_step.name.isEmpty() ? -1 : JobSteps::order(m_step.name);
    if (!step.isEmpty() && JobSteps::order(step) > current) {
        // Figures of the step that ends: what was moved and how fast.
        QJsonObject figures;
        if (m_step.name == JobSteps::Transfer && m_lastBytes >= 0) {
            figures.insert(QStringLiteral("bytes"), m_lastBytes);
            figures.insert(QStringLiteral("bytesPerSecond"), m_lastRate);
        }
        if (m_step.name == JobSteps::Transfer && m_flow) {
            QJsonObject own = m_flow->stepFigures();
            const QJsonObject rate = m_flow->rateFigures();
            for (auto it = rate.begin(); it != rate.end(); ++it)
                own.insert(it.key(), it.value());
            for (auto it = own.begin(); it != own.end(); ++it)
                figures.insert(it.key(), it.value());
        }
        if (!m_step.name.isEmpty())
            endStep(QStringLiteral("ok"), {}, figures);
        if (alive())
            beginStep(step, p.message);
        if (!alive())
            return;
    }
    if (p.bytesDone >= 0) {
        m_lastBytes = p.bytesDone;
        m_lastRate = p.bytesPerSecond;
    }
    if (newPhase)
        event(QStringLiteral("phase"), p.rawLine.isEmpty() ? p.message : tr("%1 [%2]").arg(p.message, p.rawLine));
    emit progress(p);
}

void UpdateJob::flowFinished(const UpdateOutcome &outcome)
{
    if (m_stage != Stage::Flow)
        return;
    if (!outcome.ok && m_mode == Mode::Recover && outcome.reason == FailureReason::VersionMismatch) {
        // The module answers, on a firmware it was not meant to end on: it is
        // usable, so it gets its settings back before the job says so.
        if (!m_step.name.isEmpty() && m_step.name != JobSteps::Verify)
            endStep(QStringLiteral("ok"));
        if (alive() && m_step.name.isEmpty())
            beginStep(JobSteps::Verify);
        if (!alive())
            return;
        endStep(QStringLiteral("failed"), outcome.message,
                {{QStringLiteral("firmware"), outcome.firmware}, {QStringLiteral("expected"), m_record.toVersion}});
        m_failAfterRestore = outcome;
        m_record.firmwareAfter = outcome.firmware;
        m_outcome = outcome;
        setPhase(UpdatePhase::Verified); // the guard's window is over: the module runs what it runs
        if (alive())
            runRestore();
        return;
    }
    if (!outcome.ok) {
        fail(outcome.reason, outcome.message, outcome.advice, outcome.vendorCode);
        return;
    }
    if (m_step.name != JobSteps::Verify) {
        if (!m_step.name.isEmpty())
            endStep(QStringLiteral("ok"));
        if (alive())
            beginStep(JobSteps::Verify);
        if (!alive())
            return;
    }
    setPhase(UpdatePhase::Verified);
    const QString expected = m_record.toVersion;
    const QJsonObject figures{{QStringLiteral("firmware"), outcome.firmware},
                              {QStringLiteral("expected"), expected},
                              {QStringLiteral("port"), m_session ? m_session->portName() : QString()}};
    m_record.firmwareAfter = outcome.firmware;
    if (!expected.isEmpty() && !sameFirmware(outcome.firmware, expected)) {
        endStep(QStringLiteral("failed"), outcome.message, figures);
        fail(FailureReason::VersionMismatch,
             tr("The module runs %1 after the update, not the expected %2").arg(outcome.firmware, expected),
             tr("Check the package; the module's settings were not restored."));
        return;
    }
    endStep(QStringLiteral("ok"), outcome.message, figures);
    m_outcome = outcome;
    if (alive())
        runRestore();
}

void UpdateJob::runRestore()
{
    m_stage = Stage::Restore;
    if (!m_haveBackup) {
        skipStep(JobSteps::Restore, tr("no settings were backed up"));
        if (alive())
            runSimPin();
        return;
    }
    if (m_step.name != JobSteps::Restore)
        beginStep(JobSteps::Restore);
    if (!alive())
        return;
    if (!m_session || m_session->state() != ModuleSession::State::Connected) {
        // The module rebooted again (SIM PIN, a second boot): wait for it.
        say(tr("Waiting for the module to restore its settings"), UpdatePhase::Verified);
        if (m_session && !m_reconnectHook) {
            const quint64 generation = m_generation;
            m_reconnectHook = connect(m_session, &ModuleSession::reconnected, this, [this, generation] {
                disconnect(m_reconnectHook);
                m_reconnectHook = {};
                m_reconnectWait.stop();
                if (generation == m_generation && m_stage == Stage::Restore)
                    runRestore();
            });
        }
        m_reconnectWait.start(rebootLimit());
        return;
    }
    say(tr("Restoring the module's settings"), UpdatePhase::Verified);
    if (!alive())
        return;
    if (!m_profile.isValid())
        m_profile = settingsProfile(); // recovering after a restart: no preflight made it
    m_restorer = new SettingsRestorer(m_session, m_profile, m_backup, this);
    m_restorer->setTimeout(m_options.commandTimeout);
    const quint64 generation = m_generation;
    connect(m_restorer, &SettingsRestorer::failed, this, [this, generation](const QString &why) {
        if (generation != m_generation)
            return;
        fail(FailureReason::PortLost, tr("The firmware was updated, but the module went away while its "
                                         "settings were restored"),
             tr("Reconnect it and check its settings: they may be at their defaults."), why);
    });
    connect(m_restorer, &SettingsRestorer::finished, this, [this, generation](const RestoreReport &report) {
        if (generation == m_generation)
            restoreDone(report);
    });
    m_restorer->start();
}

void UpdateJob::restoreDone(const RestoreReport &report)
{
    const QStringList warnings = report.warnings();
    for (const QString &w : warnings) {
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
    }
    endStep(report.clean() ? QStringLiteral("ok") : QStringLiteral("warning"),
            report.clean() ? tr("%n setting(s) written back", nullptr, report.written)
                           : tr("%n setting(s) not as before", nullptr, int(warnings.size())),
            report.toJson());
    if (alive())
        runSimPin();
}

void UpdateJob::runSimPin()
{
    m_stage = Stage::SimPin;
    beginStep(JobSteps::SimPin);
    if (!alive())
        return;
    if (!m_session) {
        sessionGone();
        return;
    }
    const quint64 generation = m_generation;
    m_session->send(AtCommand(QStringLiteral("AT+CPIN?"), m_options.commandTimeout).asPrivileged(), this,
                    [this, generation](const AtResult &r) {
                        if (generation == m_generation)
                            simAnswered(r);
                    });
}

void UpdateJob::simAnswered(const AtResult &r)
{
    const bool entering = r.command.startsWith(QLatin1String("AT+CPIN="), Qt::CaseInsensitive);
    const QString state = r.value(QStringLiteral("+CPIN:")).trimmed().toUpper();
    auto succeed = [this](const QString &outcome, const QString &detail) {
        endStep(outcome, detail);
        if (m_failAfterRestore) {
            UpdateOutcome o = *m_failAfterRestore;
            o.advice = m_record.warnings.isEmpty()
                ? tr("Its settings were put back and it can be updated again: start the update again.")
                : tr("Its settings were put back, with warnings (see them); it can be updated again.");
            finish(JobState::Failed, o);
            return;
        }
        finish(JobState::Succeeded, m_outcome);
    };
    if (entering) {
        if (r.ok())
            return succeed(QStringLiteral("ok"), tr("SIM PIN entered"));
        const QString w = tr("the SIM refused its PIN after the update (%1); enter the right one").arg(r.describe());
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
        return succeed(QStringLiteral("warning"), w);
    }
    if (!r.ok())
        return succeed(QStringLiteral("skipped"), tr("AT+CPIN? answered %1").arg(r.describe()));
    if (state != QLatin1String("SIM PIN"))
        return succeed(QStringLiteral("ok"), tr("SIM: %1").arg(state));
    if (m_request.simPin.isEmpty() || !m_session->hasSimPin()) {
        // No PIN, or the session already tried it and it was refused: never a second try.
        const QString w = tr("the SIM asks for its PIN after the update; enter it (AT+CPIN)");
        m_record.warnings << w;
        event(QStringLiteral("warning"), w);
        return succeed(QStringLiteral("warning"), w);
    }
    const quint64 generation = m_generation;
    m_session->send(AtCommand(QStringLiteral("AT+CPIN=\"%1\"").arg(m_request.simPin), m_options.commandTimeout)
                        .asPrivileged(),
                    this, [this, generation](const AtResult &result) {
                        if (generation == m_generation)
                            simAnswered(result);
                    });
}
