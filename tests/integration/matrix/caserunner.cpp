#include "caserunner.h"

#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobsteps.h"
#include "modules/family.h"
#include "packages/simpackage.h"
#include "simmodule.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <csignal>
#include <sys/prctl.h>

using namespace std::chrono_literals;

CaseRunner::CaseRunner(const MatrixCase &c, const Settings &settings, QObject *parent)
    : QObject(parent)
    , m_case(c)
    , m_settings(settings)
{
    m_result.name = c.name();
    m_result.family = c.method.family;
    m_result.method = c.method.label;
    m_result.point = c.isFault ? c.fault.name : c.kill.label();
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        m_result.hung = true;
        fail(QStringLiteral("fotadesk-cli update still ran after the %1 s watchdog (last step %2)")
                 .arg(m_settings.attemptWatchdog.count() / 1000)
                 .arg(m_lastStep));
        if (m_cli) {
            m_cli->disconnect(this);
            m_cli->kill();
            m_cli->waitForFinished(2000); // already dead: reaps it
            m_cli->deleteLater();
            m_cli = nullptr;
        }
        check();
    });
}

CaseRunner::~CaseRunner()
{
    for (QProcess *p : {m_cli, m_sim}) {
        if (p && p->state() != QProcess::NotRunning) {
            p->disconnect(this);
            p->kill();
            p->waitForFinished(2000);
        }
    }
}

namespace {

// A matrix stopped with ^C must not leave simulators and updates behind.
void dieWithParent(QProcess *p)
{
    p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
}

} // namespace

QString CaseRunner::binary(const QString &name) const
{
    return m_settings.binDir + QLatin1Char('/') + name + QLatin1Char('/') + name;
}

QProcessEnvironment CaseRunner::environment() const
{
    // No user's settings, data or remembered rates.
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    e.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("data")));
    return e;
}

QString CaseRunner::link() const
{
    return m_dir->filePath(QStringLiteral("modems/") + m_case.method.family + QStringLiteral("-0"));
}

QString CaseRunner::scanGlob() const
{
    return m_dir->filePath(QStringLiteral("modems/*"));
}

QStringList CaseRunner::updateArgs() const
{
    QStringList args{QStringLiteral("update"), link(), QStringLiteral("--method"), m_case.method.method};
    if (m_case.method.cliPackage)
        args << QStringLiteral("--package") << m_dir->filePath(QStringLiteral("package.bin"));
    args << m_case.method.cliOptions;
    args << QStringLiteral("--json-events") << QStringLiteral("--store") << m_dir->filePath(QStringLiteral("fotadesk.sqlite"))
         << QStringLiteral("--scan") << scanGlob();
    return args;
}

void CaseRunner::start()
{
    m_clock.start();
    QDir().mkpath(m_settings.workDir);
    m_dir = std::make_unique<QTemporaryDir>(m_settings.workDir + QStringLiteral("/case-XXXXXX"));
    if (!m_dir->isValid() || !QDir(m_dir->path()).mkpath(QStringLiteral("modems"))) {
        fail(QStringLiteral("no work folder under %1").arg(m_settings.workDir));
        finish();
        return;
    }
    m_result.folder = m_dir->path();
    const MethodSpec &m = m_case.method;
    QFile package(m_dir->filePath(QStringLiteral("package.bin")));
    const QByteArray bytes = SimPackage::make(familyFromId(m.family), m.model, m.from, m.to, 60000);
    QFile manifest(package.fileName() + QStringLiteral(".json"));
    if (!package.open(QIODevice::WriteOnly) || package.write(bytes) != bytes.size() || !manifest.open(QIODevice::WriteOnly)) {
        fail(QStringLiteral("cannot write the package into %1").arg(m_dir->path()));
        finish();
        return;
    }
    package.close();
    manifest.write(QJsonDocument(QJsonObject{{QStringLiteral("family"), m.family},
                                             {QStringLiteral("model"), m.model},
                                             {QStringLiteral("from"), m.from},
                                             {QStringLiteral("to"), m.to}})
                       .toJson(QJsonDocument::Compact));
    manifest.close();
    startSimulator();
}

void CaseRunner::startSimulator()
{
    const MethodSpec &m = m_case.method;
    QStringList args{QStringLiteral("--family"), m.family, QStringLiteral("--link"), link(),
                     QStringLiteral("--firmware"), m.from, QStringLiteral("--model"), m.model,
                     QStringLiteral("--time-scale"), QString::number(m_settings.timeScale),
                     QStringLiteral("--reboot-ms"), QStringLiteral("300"),
                     QStringLiteral("--state"), m_dir->filePath(QStringLiteral("sim.state"))};
    if (m.simServesPackage)
        args << QStringLiteral("--ota-package") << m_dir->filePath(QStringLiteral("package.bin"));
    if (m_case.isFault && !m_case.fault.spec.isEmpty() && m_case.fault.atStep.isEmpty())
        args << QStringLiteral("--fault") << m_case.fault.spec;
    m_sim = new QProcess(this);
    dieWithParent(m_sim);
    m_sim->setProcessEnvironment(environment());
    m_sim->setProcessChannelMode(QProcess::MergedChannels);
    m_sim->setStandardOutputFile(m_dir->filePath(QStringLiteral("sim.log")));
    connect(m_sim, &QProcess::finished, this, [this](int code, QProcess::ExitStatus status) {
        if (!m_done && status == QProcess::CrashExit) {
            m_result.crashed = true;
            fail(QStringLiteral("fotadesk-sim crashed (exit %1)").arg(code));
        }
    });
    m_sim->start(binary(QStringLiteral("fotadesk-sim")), args);
    waitForLink(500);
}

void CaseRunner::waitForLink(int triesLeft)
{
    if (QFileInfo::exists(link()) && QFileInfo::exists(SimModule::controlPathFor(link()))) {
        seed();
        return;
    }
    if (triesLeft <= 0 || m_sim->state() == QProcess::NotRunning) {
        fail(QStringLiteral("the simulator did not publish %1").arg(link()));
        finish();
        return;
    }
    QTimer::singleShot(20, this, [this, triesLeft] { waitForLink(triesLeft - 1); });
}

void CaseRunner::runCli(const QStringList &args, std::function<void(int, const QByteArray &)> done,
                        std::chrono::milliseconds limit)
{
    auto *p = new QProcess(this);
    dieWithParent(p);
    p->setProcessEnvironment(environment());
    p->setProcessChannelMode(QProcess::MergedChannels);
    auto *timer = new QTimer(p);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, p, [p] { p->kill(); });
    connect(p, &QProcess::finished, this, [p, done](int code, QProcess::ExitStatus status) {
        const QByteArray out = p->readAll();
        p->deleteLater();
        done(status == QProcess::NormalExit ? code : -1, out);
    });
    timer->start(limit);
    p->start(binary(QStringLiteral("fotadesk-cli")), args);
}

void CaseRunner::requestUpdate(int triesLeft)
{
    // A server asks again later when the module could not take the request
    // (one still open, a download under way) or let it lapse (the line
    // damaged it); what it answered goes to the case's log.
    control(QStringLiteral("server-request"), [this, triesLeft](const QByteArray &answer) {
        QFile log(m_dir->filePath(QStringLiteral("control.log")));
        if (log.open(QIODevice::Append))
            log.write("server-request: " + answer + '\n');
        if (triesLeft <= 0 || !m_cli)
            return;
        QTimer::singleShot(answer.startsWith("ERROR") ? 1000 : 5000, this, [this, triesLeft] {
            if (m_cli && !m_killed && m_lastPhase == QLatin1String("WaitingForServer"))
                requestUpdate(triesLeft - 1);
        });
    });
}

void CaseRunner::control(const QString &command, std::function<void(const QByteArray &)> done)
{
    auto *socket = new QLocalSocket(this);
    auto answered = std::make_shared<bool>(false);
    connect(socket, &QLocalSocket::connected, socket, [socket, command] { socket->write(command.toUtf8() + '\n'); });
    connect(socket, &QLocalSocket::readyRead, socket, [socket, done, answered] {
        if (!socket->canReadLine() || *answered)
            return;
        *answered = true;
        const QByteArray line = socket->readLine().trimmed();
        socket->disconnectFromServer();
        socket->deleteLater();
        if (done)
            done(line);
    });
    connect(socket, &QLocalSocket::errorOccurred, socket, [socket, done, answered] {
        if (*answered)
            return;
        *answered = true;
        socket->deleteLater();
        if (done)
            done("ERROR " + socket->errorString().toUtf8());
    });
    socket->connectToServer(SimModule::controlPathFor(link()));
}

void CaseRunner::seed()
{
    QStringList args{QStringLiteral("at"), link()};
    args << m_case.method.seed << QStringLiteral("--scan") << scanGlob();
    runCli(args, [this](int code, const QByteArray &out) {
        if (code != 0) {
            fail(QStringLiteral("setting the value the update wipes failed: ") + QString::fromUtf8(out.trimmed()));
            finish();
            return;
        }
        watchCommands();
    });
}

void CaseRunner::watchCommands()
{
    m_watch = new QLocalSocket(this);
    connect(m_watch, &QLocalSocket::connected, this, [this] { m_watch->write("watch\n"); });
    connect(m_watch, &QLocalSocket::readyRead, this, [this] {
        m_watchPending += m_watch->readAll();
        qsizetype nl;
        while ((nl = m_watchPending.indexOf('\n')) >= 0) {
            const QByteArray line = m_watchPending.left(nl).trimmed();
            m_watchPending.remove(0, nl + 1);
            if (line == "OK") {
                if (!m_cli && m_result.attempts == 0)
                    startAttempt();
                continue;
            }
            const QJsonObject entry = QJsonDocument::fromJson(line).object();
            if (!entry.isEmpty())
                onCommand(entry.value(QLatin1String("command")).toString());
        }
    });
    connect(m_watch, &QLocalSocket::errorOccurred, this, [this] {
        if (m_result.attempts == 0) {
            fail(QStringLiteral("the simulator's control socket refused watch: ") + m_watch->errorString());
            finish();
        }
    });
    m_watch->connectToServer(SimModule::controlPathFor(link()));
}

void CaseRunner::startAttempt()
{
    ++m_result.attempts;
    m_killed = false;
    m_requested = false;
    m_lastPhase.clear();
    m_pending.clear();
    m_lastFinished = {};
    m_cli = new QProcess(this);
    dieWithParent(m_cli);
    m_cli->setProcessEnvironment(environment());
    QFile::remove(m_dir->filePath(QStringLiteral("cli-%1.err").arg(m_result.attempts)));
    m_cli->setStandardErrorFile(m_dir->filePath(QStringLiteral("cli-%1.err").arg(m_result.attempts)));
    connect(m_cli, &QProcess::readyReadStandardOutput, this, [this] {
        const QByteArray chunk = m_cli->readAllStandardOutput();
        QFile log(m_dir->filePath(QStringLiteral("cli-%1.events").arg(m_result.attempts)));
        if (log.open(QIODevice::Append))
            log.write(chunk);
        m_pending += chunk;
        qsizetype nl;
        while (m_cli && !m_killed && (nl = m_pending.indexOf('\n')) >= 0) {
            const QJsonObject e = QJsonDocument::fromJson(m_pending.left(nl)).object();
            m_pending.remove(0, nl + 1);
            if (!e.isEmpty())
                onEvent(e);
        }
    });
    connect(m_cli, &QProcess::finished, this, &CaseRunner::onAttemptEnded);
    m_watchdog.start(m_settings.attemptWatchdog);
    m_cli->start(binary(QStringLiteral("fotadesk-cli")), updateArgs());
}

void CaseRunner::onEvent(const QJsonObject &e)
{
    const QString event = e.value(QLatin1String("event")).toString();
    const bool firstRun = m_result.attempts == 1;
    if (event == QLatin1String("step") && e.value(QLatin1String("outcome")) == QLatin1String("running")) {
        m_lastStep = e.value(QLatin1String("step")).toString();
        if (firstRun && m_case.kill.kind == KillPoint::Kind::StepStart && m_lastStep == m_case.kill.what) {
            killCli();
            return;
        }
        const FaultSpec &f = m_case.fault;
        if (firstRun && m_case.isFault && !m_injected && f.atStep == m_lastStep) {
            m_injected = true;
            if (!f.spec.isEmpty())
                control(QStringLiteral("fault ") + f.spec);
            if (!f.action.isEmpty()) {
                QTimer::singleShot(f.actionDelay, this, [this] {
                    m_actionSent = true;
                    control(m_case.fault.action);
                });
            }
        }
    } else if (event == QLatin1String("progress")) {
        const QString phase = e.value(QLatin1String("phase")).toString();
        m_lastPhase = phase;
        if (m_case.method.serverRequest && !m_requested && phase == QLatin1String("WaitingForServer")) {
            // The PFM or LwM2M server is ours: it offers the package once the
            // module waits for it, and, as a real one, only to a module still
            // on the package's base version.
            m_requested = true;
            control(QStringLiteral("status"), [this](const QByteArray &status) {
                const QString firmware = QJsonDocument::fromJson(status).object().value(QLatin1String("firmware")).toString();
                if (firmware == m_case.method.from)
                    requestUpdate(10);
            });
        }
        const int percent = e.value(QLatin1String("percent")).toInt(-1);
        // A module's own download may report no percentage (Telit PFM, SIM7020
        // AT+CFOTA=1, AirVantage): its first Downloading event is then as far
        // in as can be told.
        const bool downloading = phase == QLatin1String("Downloading");
        const bool farEnough = percent >= m_case.kill.percent
            || (downloading && !m_case.method.downloadPercent && percent < 0);
        if (firstRun && m_case.kill.kind == KillPoint::Kind::MidTransfer && farEnough
            && (phase == QLatin1String("Transferring") || downloading)) {
            killCli();
        }
    } else if (event == QLatin1String("finished")) {
        m_lastFinished = e;
        m_finishedAtMs = m_clock.elapsed();
        if (m_case.isFault && !m_case.fault.action.isEmpty() && !m_actionSent)
            m_finishedBeforeAction = true;
    }
}

void CaseRunner::onCommand(const QString &command)
{
    if (!m_cli || m_killed || m_usableCheck)
        return;
    for (const QString &pattern : std::as_const(m_case.method.commits)) {
        if (!commandMatches(command, pattern))
            continue;
        if (m_result.attempts == 1 && m_case.kill.kind != KillPoint::Kind::None)
            m_result.commitSeen = true;
        if (m_result.attempts == 1 && m_case.kill.kind == KillPoint::Kind::AfterCommit && pattern == m_case.kill.what)
            killCli();
        return;
    }
}

void CaseRunner::killCli()
{
    if (!m_cli || m_killed)
        return;
    m_killed = true;
    m_everKilled = true;
    m_cli->kill(); // SIGKILL: no cleanup of any kind
}

void CaseRunner::onAttemptEnded(int exitCode, QProcess::ExitStatus status)
{
    m_watchdog.stop();
    if (m_cli) {
        m_cli->readAllStandardOutput();
        m_cli->deleteLater();
        m_cli = nullptr;
    }
    if (status == QProcess::CrashExit && !m_killed) {
        m_result.crashed = true;
        fail(QStringLiteral("fotadesk-cli update crashed (attempt %1, step %2)").arg(m_result.attempts).arg(m_lastStep));
        check();
        return;
    }
    if (m_usableCheck) {
        const bool ok = exitCode == 0 && m_lastFinished.value(QLatin1String("state")) == QLatin1String("succeeded");
        if (!ok)
            fail(QStringLiteral("the module is not usable: a further update ended %1 %2")
                     .arg(m_lastFinished.value(QLatin1String("state")).toString(),
                          m_lastFinished.value(QLatin1String("message")).toString()));
        conclude();
        return;
    }
    const bool succeeded = !m_killed && m_lastFinished.value(QLatin1String("state")) == QLatin1String("succeeded");
    const int restarts = m_result.attempts - 1;
    if (m_everKilled && !succeeded && restarts < m_case.maxRestarts) {
        QTimer::singleShot(100, this, &CaseRunner::startAttempt);
        return;
    }
    check();
}

void CaseRunner::check()
{
    waitForModule(750);
}

void CaseRunner::waitForModule(int triesLeft)
{
    // A port-loss or power-cut fault may have the module down right now: the
    // checks read it once it is back (or give up after 15 s and say so).
    if (!QFileInfo::exists(link()) && triesLeft > 0) {
        QTimer::singleShot(20, this, [this, triesLeft] { waitForModule(triesLeft - 1); });
        return;
    }
    control(QStringLiteral("status"), [this](const QByteArray &answer) {
        m_firmware = QJsonDocument::fromJson(answer).object().value(QLatin1String("firmware")).toString();
        control(QStringLiteral("fault clear"), [this](const QByteArray &) { checkSetting(); });
    });
}

void CaseRunner::checkSetting()
{
    runCli({QStringLiteral("at"), link(), m_case.method.settingQuery, QStringLiteral("--scan"), scanGlob()},
           [this](int code, const QByteArray &out) {
               m_settingBack = code == 0 && out.contains(m_case.method.settingToken.toUtf8());
               checkStore();
           });
}

void CaseRunner::checkStore()
{
    Store store;
    if (!store.open(m_dir->filePath(QStringLiteral("fotadesk.sqlite")))) {
        fail(QStringLiteral("the store does not open: ") + store.errorString());
        conclude();
        return;
    }
    QSqlQuery integrity(store.database());
    if (!integrity.exec(QStringLiteral("PRAGMA integrity_check")) || !integrity.next()
        || integrity.value(0).toString() != QLatin1String("ok"))
        fail(QStringLiteral("PRAGMA integrity_check: ") + integrity.value(0).toString());
    JobStore jobs(&store);
    const QList<JobRecord> all = jobs.recentJobs(); // newest first
    for (const JobRecord &job : all) {
        if (job.state == JobState::Running || job.state == JobState::Pending)
            fail(QStringLiteral("job %1 left %2").arg(job.id).arg(jobStateId(job.state)));
        for (const StepRecord &s : job.steps) {
            if (s.outcome == QLatin1String("running") || !s.ended.isValid())
                fail(QStringLiteral("job %1: step %2 left running").arg(job.id).arg(s.name));
        }
    }
    const bool verified = !all.isEmpty() && all.first().state == JobState::Succeeded && m_firmware == m_case.method.to;
    if (m_everKilled && !all.isEmpty()) {
        const JobRecord &killed = all.last();
        if (m_result.commitSeen || killed.commitPoint.isValid() || JobSteps::reachedInstall(killed.lastStep)) {
            // The module may install by itself from here: taken up again and
            // verified, never "nothing was installed".
            if (killed.state != JobState::Succeeded && killed.reason != FailureReason::VersionMismatch)
                fail(QStringLiteral("the job killed after its commit point ended %1 (%2) at %3: %4")
                         .arg(jobStateId(killed.state), failureReasonId(killed.reason), killed.lastStep, killed.message));
        } else if (killed.state != JobState::Interrupted && killed.state != JobState::Succeeded) {
            fail(QStringLiteral("the job killed before any commit ended %1 (%2), not interrupted: %3")
                     .arg(jobStateId(killed.state), failureReasonId(killed.reason), killed.message));
        }
    }
    if (m_case.fault.action.isEmpty() == false && m_finishedBeforeAction
        && m_lastFinished.value(QLatin1String("state")) == QLatin1String("succeeded"))
        fail(QStringLiteral("the job verified before its own module came back: it adopted the other module"));
    if (verified) {
        m_result.endState = QStringLiteral("verified");
        m_result.reason = QStringLiteral("-");
        if (!m_settingBack)
            fail(QStringLiteral("verified, but %1 does not show %2 again").arg(m_case.method.settingQuery, m_case.method.settingToken));
        conclude();
        return;
    }
    const JobRecord latest = all.isEmpty() ? JobRecord() : all.first();
    m_result.reason = all.isEmpty() ? QStringLiteral("no job") : failureReasonId(latest.reason);
    if (all.isEmpty() || latest.state == JobState::Succeeded) {
        // Succeeded with the module on another firmware: the check was wrong.
        fail(all.isEmpty() ? QStringLiteral("no job was recorded; last output: %1").arg(m_lastFinished.value(QLatin1String("message")).toString())
                           : QStringLiteral("recorded succeeded but the module runs %1, not %2").arg(m_firmware, m_case.method.to));
        conclude();
        return;
    }
    m_result.endState = QStringLiteral("classified");
    if (latest.reason == FailureReason::None || latest.reason == FailureReason::Internal)
        fail(QStringLiteral("not classified: %1 %2: %3").arg(jobStateId(latest.state), failureReasonId(latest.reason), latest.message));
    else if (m_case.isFault && m_case.fault.mustVerify)
        fail(QStringLiteral("the engine must ride out %1, but the job ended %2: %3").arg(m_case.fault.name, m_result.reason, latest.message));
    else if (m_case.isFault && !m_case.fault.reasons.isEmpty() && !m_case.fault.reasons.contains(m_result.reason))
        fail(QStringLiteral("classified %1, expected %2: %3").arg(m_result.reason, m_case.fault.reasons.join(QLatin1Char('|')), latest.message));
    else if (!m_case.isFault)
        fail(QStringLiteral("killed and started again, but it ended %1: %2").arg(m_result.reason, latest.message));
    if (!m_result.hung && !m_result.crashed)
        checkUsable();
    else
        conclude();
}

void CaseRunner::checkUsable()
{
    runCli({QStringLiteral("at"), link(), QStringLiteral("AT"), QStringLiteral("--scan"), scanGlob()},
           [this](int code, const QByteArray &out) {
               if (code != 0) {
                   fail(QStringLiteral("the module does not answer AT: ") + QString::fromUtf8(out.trimmed()).left(200));
                   conclude();
                   return;
               }
               if (m_firmware == m_case.method.to) {
                   conclude(); // on the target already: nothing left to update
                   return;
               }
               m_usableCheck = true;
               startAttempt();
           });
}

void CaseRunner::fail(const QString &why)
{
    m_failures << why;
}

void CaseRunner::conclude()
{
    finish();
}

void CaseRunner::finish()
{
    if (m_done)
        return;
    m_done = true;
    m_watchdog.stop();
    m_result.seconds = m_clock.elapsed() / 1000.0;
    m_result.passed = m_failures.isEmpty();
    if (!m_result.passed) {
        if (m_result.endState.isEmpty() || m_result.hung || m_result.crashed)
            m_result.endState = QStringLiteral("failed");
        m_result.detail = m_failures.join(QStringLiteral("; "));
    } else if (m_case.kill.kind != KillPoint::Kind::None && !m_everKilled) {
        m_result.endState = QStringLiteral("not-reached");
        m_result.detail = QStringLiteral("the job never came to %1").arg(m_case.kill.label());
    }
    if (m_watch)
        m_watch->abort();
    if (m_sim && m_sim->state() != QProcess::NotRunning) {
        m_sim->disconnect(this);
        m_sim->kill();
        m_sim->waitForFinished(2000); // SIGKILLed: returns at once
    }
    if (m_dir)
        m_dir->setAutoRemove(!m_settings.keepFolders && m_result.passed);
    if (!m_dir || !m_dir->autoRemove())
        m_result.folder = m_dir ? m_dir->path() : QString();
    else
        m_result.folder.clear();
    emit finished(m_result);
}
