#include "sierraotaflow.h"

#include "modules/modulesession.h"
#include "sierralog.h"

#include <QDateTime>

namespace {

// AT string parameters cannot carry a double quote; drop any rather than send
// a command the module would misparse.
QString quoted(QString text)
{
    text.remove(u'"');
    return QStringLiteral("\"%1\"").arg(text);
}

} // namespace

SierraOtaFlow::SierraOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : SierraOtaFlow(session, request, defaultOptions(request), parent)
{
}

SierraOtaFlow::SierraOtaFlow(ModuleSession *session, const UpdateRequest &request,
                             const Options &options, QObject *parent)
    : SierraFlow(session, request, options, parent)
{
    m_promptDeadline.setSingleShot(true);
    connect(&m_promptDeadline, &QTimer::timeout, this, [this] {
        if (this->session())
            this->session()->note(tr("the request was left unanswered; the module asks again later"));
        closePrompt();
    });
    connect(this, &UpdateFlow::finished, this, &SierraOtaFlow::onFinished);
}

SierraOtaFlow::~SierraOtaFlow() = default;

void SierraOtaFlow::runCommands(QStringList commands, std::function<void()> done)
{
    if (commands.isEmpty()) {
        done();
        return;
    }
    const QString first = commands.takeFirst();
    send(first, [this, commands, done](const AtResult &) { runCommands(commands, done); });
}

void SierraOtaFlow::begin()
{
    const UpdateRequest &r = request();
    if (r.apn.trimmed().isEmpty()) {
        configureAgreements();
        return;
    }
    enterPhase(UpdatePhase::Preparing, tr("Setting the data connection of the device services"));
    runCommands({QStringLiteral("AT+CGDCONT=%1,\"IP\",%2").arg(r.cid).arg(quoted(r.apn)),
                 QStringLiteral("AT+WDSS=2,%1").arg(r.cid)},
                [this] { configureAgreements(); });
}

void SierraOtaFlow::configureAgreements()
{
    if (request().policy == AgreementPolicy::Accept) {
        // Whatever the module asks is answered yes; its own switches stay as they
        // are. With the download agreement off (the module's default) it downloads,
        // and may install, without asking once the session opens: that is the
        // commit. A switch the module refuses to show counts as off.
        const auto open = [this](const AtResult &result) {
            const bool asks = SierraAgreements::parseSwitches(result.lines)
                                  .value(SierraAgreements::switchMode(Agreement::Download), 0)
                              == 1;
            const QString command = QStringLiteral("AT+WDSS=1,1");
            if (!asks && !declareCommit(CommitPoint::Kind::Download, command))
                return;
            startSession(command);
        };
        send(QStringLiteral("AT+WDSC?"), open, [this, open](const AtResult &result) {
            if (result.status == AtStatus::Error || result.status == AtStatus::CmeError)
                open(result);
            else
                failCommand(result); // a lost port, a timeout: the usual way
        });
        return;
    }
    enterPhase(UpdatePhase::Preparing, tr("Switching on the download and install agreements"));
    send(QStringLiteral("AT+WDSC?"), [this](const AtResult &result) {
        const QHash<int, int> before = SierraAgreements::parseSwitches(result.lines);
        QStringList commands;
        for (Agreement a : {Agreement::Download, Agreement::Install}) {
            const int mode = SierraAgreements::switchMode(a);
            if (before.value(mode, 0) == 1)
                continue;
            m_switchesChanged.insert(mode, before.value(mode, 0));
            commands << QStringLiteral("AT+WDSC=%1,1").arg(mode);
        }
        runCommands(commands, [this] { startSession(QStringLiteral("AT+WDSS=1,1")); });
    });
}

void SierraOtaFlow::startSession(const QString &command)
{
    enterPhase(UpdatePhase::Registering, tr("Opening a device-management session with AirVantage"),
               options().session);
    send(command, {}, [this, command](const AtResult &result) {
        // Some firmwares know the session command as AT+WDS.
        if (result.status == AtStatus::Error && command.startsWith(QLatin1String("AT+WDSS"))) {
            session()->note(tr("AT+WDSS=1,1 refused; trying AT+WDS=1,1"));
            startSession(QStringLiteral("AT+WDS=1,1"));
            return;
        }
        // 650 also means "an agreement is pending": answering it opens the session.
        if (result.status == AtStatus::CmeError && result.errorCode == 650 && m_connectAsked)
            return;
        failCommand(result);
    });
}

bool SierraOtaFlow::onIndication(const WdsiEvent &event, const QString &line)
{
    switch (event.kind) {
    case Wdsi::ConnectRequest:
        onRequest(Agreement::Connect, line);
        return true;
    case Wdsi::DownloadRequest:
        onRequest(Agreement::Download, line);
        return true;
    case Wdsi::Session:
    case Wdsi::AuthenticationStarting:
        if (lastProgress().phase == UpdatePhase::Registering)
            reportInPhase(tr("Authenticating with AirVantage"), line);
        else
            reportInPhase(tr("AirVantage session activity"), line);
        return true;
    case Wdsi::AuthenticationSucceeded:
        if (lastProgress().phase == UpdatePhase::Registering || lastProgress().phase == UpdatePhase::Preparing)
            enterPhase(UpdatePhase::WaitingForServer,
                       tr("Connected to AirVantage; waiting for it to offer a package"), options().serverWait,
                       line);
        else
            reportInPhase(tr("Authenticated with AirVantage"), line);
        return true;
    case Wdsi::AuthenticationFailed:
    case Wdsi::ConnectionDenied:
    case Wdsi::DownloadIssue:
        if (const auto failure = SierraErrors::forIndication(event)) {
            reportInPhase(failure->message, line);
            failWith(*failure);
        }
        return true;
    case Wdsi::SessionClosed: {
        const UpdatePhase phase = lastProgress().phase;
        if (!m_packageOffered && (phase == UpdatePhase::Registering || phase == UpdatePhase::WaitingForServer)) {
            fail(FailureReason::ServerError, tr("AirVantage closed the session without offering a package"),
                 tr("Check that a firmware update operation for this module is scheduled on "
                    "AirVantage, then start again."),
                 event.vendorCode());
            return true;
        }
        reportInPhase(tr("The AirVantage session closed"), line);
        return true;
    }
    case Wdsi::PackageAvailable:
        m_packageOffered = true;
        if (event.hasValue() && !(m_resumeDownload && m_packageSize > 0))
            m_packageSize = event.value;
        if (lastProgress().phase == UpdatePhase::Registering)
            enterPhase(UpdatePhase::WaitingForServer, tr("AirVantage offers a package"), options().serverWait, line);
        reportInPhase(event.hasValue() ? tr("AirVantage offers a package (%1 bytes to download)").arg(event.value)
                                       : tr("AirVantage offers a package"),
                      line);
        return true;
    case Wdsi::DownloadProgress:
        onDownloadProgress(event.hasValue() ? qBound(0, event.value, 100) : -1, line);
        return true;
    case Wdsi::PackageDownloaded:
        enterPhase(UpdatePhase::Downloaded, tr("Package downloaded and stored; the module checks it"),
                   options().packageCheck, line);
        return true;
    default:
        return false;
    }
}

void SierraOtaFlow::enterDownloading(const QString &line)
{
    enterPhase(UpdatePhase::Downloading, tr("The module downloads the package"), options().download, line);
    m_meter.start(m_packageSize);
}

void SierraOtaFlow::onDownloadProgress(int percent, const QString &line)
{
    if (lastProgress().phase != UpdatePhase::Downloading)
        enterDownloading(line);
    UpdateProgress p = lastProgress();
    p.rawLine = line;
    if (percent >= 0) {
        p.percent = percent;
        if (m_packageSize > 0) {
            m_meter.setDone(m_packageSize * percent / 100);
            const TransferProgress t = m_meter.progress();
            p.bytesDone = t.done;
            p.bytesTotal = t.total;
            p.bytesPerSecond = t.bytesPerSecond;
            p.etaMs = t.etaMs;
        }
    }
    reportProgress(p);
}

void SierraOtaFlow::onInstallRequest(const QString &line)
{
    onRequest(Agreement::Install, line);
}

void SierraOtaFlow::onRequest(Agreement agreement, const QString &line)
{
    m_openRequest = agreement;
    m_connectAsked = m_connectAsked || agreement == Agreement::Connect;
    closePrompt(); // a repeated request replaces the question on screen
    switch (request().policy) {
    case AgreementPolicy::Accept:
        answer(agreement, PromptAnswer::Accept, 0, line);
        return;
    case AgreementPolicy::Ask:
        openPrompt(agreement, line);
        return;
    case AgreementPolicy::Defer:
        answer(agreement, PromptAnswer::Defer, request().deferMinutes, line);
        return;
    }
}

void SierraOtaFlow::openPrompt(Agreement agreement, const QString &line)
{
    UpdatePrompt prompt;
    prompt.id = QStringLiteral("hl78xx-%1-%2").arg(int(agreement)).arg(++m_promptCount);
    prompt.kind = SierraAgreements::promptKind(agreement);
    prompt.text = SierraAgreements::question(agreement);
    prompt.deadlineMsecs = QDateTime::currentMSecsSinceEpoch() + options().agreementRepeat.count();
    prompt.canDefer = true;
    prompt.deferMinutes = request().deferMinutes;
    m_promptId = prompt.id;
    m_promptDeadline.start(options().agreementRepeat);
    // The person may take their time: the phase waits for the request to come back twice.
    const UpdatePhase phase = lastProgress().phase == UpdatePhase::Preparing ? UpdatePhase::Registering
                                                                             : lastProgress().phase;
    enterPhase(phase, tr("Waiting for your answer to the module's request"), 2 * options().agreementRepeat,
               line);
    emit promptRequested(prompt);
}

void SierraOtaFlow::closePrompt()
{
    m_promptDeadline.stop();
    if (m_promptId.isEmpty())
        return;
    emit promptClosed(std::exchange(m_promptId, QString()));
}

void SierraOtaFlow::answerPrompt(const QString &promptId, PromptAnswer answer, int deferMinutes)
{
    if (isFinished() || promptId.isEmpty() || promptId != m_promptId || !m_openRequest)
        return;
    closePrompt();
    this->answer(*m_openRequest, answer, deferMinutes > 0 ? deferMinutes : request().deferMinutes);
}

void SierraOtaFlow::answer(Agreement agreement, PromptAnswer answer, int deferMinutes, const QString &line)
{
    const UpdatePhase phase = lastProgress().phase;
    switch (answer) {
    case PromptAnswer::Accept:
        m_openRequest.reset();
        if (agreement == Agreement::Install) {
            requestInstall(line);
            return;
        }
        // Once the download is accepted the module fetches the package, and
        // installs it when its install agreement is off, without FotaDesk.
        if (agreement == Agreement::Download
            && !declareCommit(CommitPoint::Kind::Download, SierraAgreements::acceptCommand(agreement)))
            return;
        send(SierraAgreements::acceptCommand(agreement), [this, agreement](const AtResult &) {
            if (agreement == Agreement::Connect)
                enterPhase(UpdatePhase::Registering, tr("Connecting to AirVantage"), options().session);
            else
                enterDownloading();
        });
        return;
    case PromptAnswer::Defer: {
        m_openRequest.reset();
        const int minutes = qBound(0, deferMinutes, SierraAgreements::kMaxDeferMinutes);
        send(SierraAgreements::deferCommand(agreement, minutes), [this, phase, minutes, line](const AtResult &) {
            enterPhase(phase, tr("Deferred by %n minute(s); the module asks again then", nullptr, minutes),
                       std::chrono::minutes(minutes) + options().serverWait, line);
        });
        return;
    }
    case PromptAnswer::Lapse:
        // Nothing to send: an unanswered request comes back by itself.
        enterPhase(phase, tr("Left unanswered; the module asks again later"), 2 * options().agreementRepeat);
        return;
    }
}

void SierraOtaFlow::issue(const QString &command)
{
    if (session())
        session()->send(AtCommand(command, options().command).asPrivileged());
}

void SierraOtaFlow::stopBeforeInstall()
{
    closePrompt();
    // A request cannot be refused; deferred, it does not start anything meanwhile.
    if (m_openRequest)
        issue(SierraAgreements::deferCommand(*m_openRequest, request().deferMinutes));
    m_openRequest.reset();
    issue(QStringLiteral("AT+WDSS=1,0"));
    finishCancelled(tr("Cancelled; the AirVantage session is closed and the module keeps its current "
                       "firmware (a started download resumes next time)"));
}

void SierraOtaFlow::onPortLostBeforeInstall()
{
    const UpdatePhase phase = lastProgress().phase;
    if (phase != UpdatePhase::Downloading && phase != UpdatePhase::Downloaded && phase != UpdatePhase::Verifying) {
        SierraFlow::onPortLostBeforeInstall();
        return;
    }
    closePrompt();
    m_openRequest.reset();
    m_resumeDownload = true;
    enterPhase(UpdatePhase::Rebooting,
               tr("The port went away during the download; waiting for the module to resume it"),
               options().reboot);
}

void SierraOtaFlow::onBackBeforeInstall(const QString &portName)
{
    // The module offers the rest again (+WDSI: 9,<remaining> and 2).
    enterPhase(UpdatePhase::WaitingForServer,
               tr("Found again on %1; waiting for the module to offer the rest of the package").arg(portName),
               options().serverWait);
}

void SierraOtaFlow::onCommitted()
{
    m_openRequest.reset();
    closePrompt();
}

void SierraOtaFlow::onFinished(const UpdateOutcome &outcome)
{
    closePrompt();
    // A frozen or vanished module would only time the commands out.
    if (m_switchesChanged.isEmpty() || outcome.reason == FailureReason::Timeout
        || outcome.reason == FailureReason::PortLost)
        return;
    for (auto it = m_switchesChanged.cbegin(); it != m_switchesChanged.cend(); ++it)
        issue(QStringLiteral("AT+WDSC=%1,%2").arg(it.key()).arg(it.value()));
    m_switchesChanged.clear();
}

void SierraOtaFlow::onWatchdog()
{
    switch (lastProgress().phase) {
    case UpdatePhase::Registering:
        fail(FailureReason::Timeout, tr("The AirVantage session did not open"),
             tr("Check the coverage, the APN of the device services (AT+WDSS?) and that the module is "
                "registered on AirVantage, then start again."));
        return;
    case UpdatePhase::WaitingForServer:
        fail(FailureReason::Timeout, tr("AirVantage offered no package in time"),
             tr("Check that a firmware update operation for this module is scheduled on AirVantage, "
                "then start again."));
        return;
    case UpdatePhase::Downloading:
        fail(FailureReason::Timeout, tr("The download did not finish in time"),
             tr("Check the coverage, then start again: the download resumes where it stopped."));
        return;
    case UpdatePhase::Downloaded:
        fail(FailureReason::Timeout, tr("The module did not confirm the downloaded package"),
             tr("Read the +WDSI indications in the log, then start again."));
        return;
    case UpdatePhase::Verifying:
        if (!isCommitted()) {
            fail(FailureReason::Timeout, tr("The module did not ask to install the package"),
                 tr("Read the +WDSI indications in the log, then start again."));
            return;
        }
        break;
    default:
        break;
    }
    SierraFlow::onWatchdog();
}
