#include "cinterionotaflow.h"

#include "atparams.h"
#include "cinterionotalog.h"
#include "modules/moduledriver.h"
#include "modules/modulesession.h"

#include <QFileInfo>
#include <QRegularExpression>

Q_LOGGING_CATEGORY(lcCinterionOta, "fotadesk.ota")

using namespace std::chrono_literals;

namespace {

QString quoted(const QString &text)
{
    QString clean = text;
    clean.remove(u'"'); // an AT string cannot carry one
    return QStringLiteral("\"%1\"").arg(clean);
}

bool isSha256Hex(const QString &text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(text).hasMatch();
}

} // namespace

CinterionOtaFlow::Options CinterionOtaFlow::defaultOptions(const UpdateRequest &request)
{
    return ModuleDriver::optionsFor<Options>(Family::Cinterion, request);
}

CinterionOtaFlow::CinterionOtaFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : CinterionOtaFlow(session, request, defaultOptions(request), parent)
{
}

CinterionOtaFlow::CinterionOtaFlow(ModuleSession *session, const UpdateRequest &request,
                                   const Options &options, QObject *parent)
    : UpdateFlow(session, request, parent), m_options(options)
{
    m_registrationPoll.setSingleShot(true);
    connect(&m_registrationPoll, &QTimer::timeout, this, &CinterionOtaFlow::pollRegistration);
    m_settle.setSingleShot(true);
    connect(&m_settle, &QTimer::timeout, this, &CinterionOtaFlow::verify);
    m_cancelGrace.setSingleShot(true);
    connect(&m_cancelGrace, &QTimer::timeout, this, [this] {
        finishCancelled(tr("Download stopped; starting the update again resumes it"));
    });
    connect(&m_hasher, &FileHasher::finished, this, &CinterionOtaFlow::onHashed);
    connect(&m_hasher, &FileHasher::failed, this, [this](const QString &why) {
        fail(FailureReason::Internal, tr("The package could not be hashed: %1").arg(why),
             tr("Check that the package file exists and is readable."));
    });
    connect(this, &UpdateFlow::finished, this, [this] {
        m_hasher.abort();
        m_registrationPoll.stop();
        m_settle.stop();
        m_cancelGrace.stop();
    });
}

CinterionOtaFlow::~CinterionOtaFlow() = default;

void CinterionOtaFlow::start()
{
    if (m_started)
        return;
    m_started = true;
    ModuleSession *s = session();
    if (!s) {
        fail(FailureReason::Internal, tr("No module session to update"));
        return;
    }
    const UpdateRequest &r = request();
    const QString scheme = r.url.scheme().toLower();
    if (!r.url.isValid() || r.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        fail(FailureReason::NotApplicable, tr("No valid http(s) URL for the module to download from"),
             tr("Give the package's URL, or let FotaDesk serve the package itself."));
        return;
    }
    connect(s, &ModuleSession::urcReceived, this, &CinterionOtaFlow::onUrc);
    connect(s, &ModuleSession::disconnected, this, &CinterionOtaFlow::onDisconnected);
    connect(s, &ModuleSession::reconnected, this, &CinterionOtaFlow::onReconnected);
    connect(s, &ModuleSession::simUnlockFailed, this, [this](const QString &why) {
        fail(FailureReason::SimLocked, tr("The SIM did not accept its PIN after the reboot"),
             tr("Enter the right PIN (the SIM locks after three wrong ones), then read the firmware "
                "version with ATI1."),
             why);
    });
    if (!r.simPin.isEmpty())
        s->setSimPin(r.simPin);
    m_firmwareBefore = s->identity().firmware;
    m_packageSize = r.packageSize > 0 ? r.packageSize
                                      : (r.packagePath.isEmpty() ? -1 : QFileInfo(r.packagePath).size());
    if (scheme == QLatin1String("https"))
        s->note(tr("https: the module needs the server's CA certificate (AT^SBNW=is_cert,<n>)"));

    enterPhase(UpdatePhase::Preparing, tr("Preparing the over-the-air update"));
    const QString given = r.packageSha256.trimmed().toLower();
    if (!given.isEmpty()) {
        if (!isSha256Hex(given)) {
            fail(FailureReason::NotApplicable, tr("The package's SHA-256 is not 64 hex digits"),
                 tr("Check the package catalog entry."));
            return;
        }
        onHashed(given);
        return;
    }
    if (r.packagePath.isEmpty()) {
        fail(FailureReason::NotApplicable, tr("The package's SHA-256 is not known"),
             tr("Give the package file or its SHA-256: the module checks the download against it."));
        return;
    }
    m_stage = Stage::Hashing;
    reportInPhase(tr("Computing the package's SHA-256"));
    m_hasher.start(r.packagePath);
}

void CinterionOtaFlow::onHashed(const QString &sha256)
{
    if (isFinished())
        return;
    m_sha256 = sha256;
    setupBearer();
}

void CinterionOtaFlow::runCommands(const QStringList &commands, std::function<void()> done)
{
    sendInTurn(commands, m_options.command, std::move(done), [this](const AtResult &r) { failCommand(r); });
}

void CinterionOtaFlow::failCommand(const AtResult &result)
{
    // result.command is masked: the APN password never reaches the outcome.
    switch (result.status) {
    case AtStatus::PortLost:
        if (m_stage == Stage::Downloading || m_resumeDownload)
            return; // onDisconnected() waits for the module to come back
        fail(FailureReason::PortLost, tr("The port went away during %1").arg(result.command),
             tr("Reconnect the module and start again; its firmware is unchanged."));
        return;
    case AtStatus::Timeout:
        fail(FailureReason::Timeout, tr("The module did not answer %1").arg(result.command),
             tr("Check the cable and the serial rate, then start again."));
        return;
    default:
        fail(FailureReason::ModuleRefused,
             tr("The module refused %1 (%2)").arg(result.command, result.describe()),
             tr("Check that the firmware supports AT^SNFOTA and the values given (APN, URL)."),
             result.describe());
        return;
    }
}

void CinterionOtaFlow::setupBearer()
{
    m_stage = Stage::Bearer;
    const UpdateRequest &r = request();
    QStringList commands;
    if (!r.apn.isEmpty())
        commands << QStringLiteral("AT+CGDCONT=%1,\"IP\",%2").arg(r.cid).arg(quoted(r.apn));
    if (!r.apnUser.isEmpty() || !r.apnPassword.isEmpty())
        commands << QStringLiteral("AT^SGAUTH=%1,%2,%3,%4")
                        .arg(r.cid)
                        .arg(m_options.authType)
                        .arg(quoted(r.apnPassword), quoted(r.apnUser));
    if (!commands.isEmpty())
        reportInPhase(tr("Setting up the PDP context"));
    runCommands(commands, [this] { checkRegistration([this] { configure(); }); });
}

void CinterionOtaFlow::checkRegistration(std::function<void()> next)
{
    m_stage = Stage::Registration;
    m_afterRegistration = std::move(next);
    m_registrationClock.start();
    pollRegistration();
}

void CinterionOtaFlow::pollRegistration()
{
    if (isFinished())
        return;
    session()->send(AtCommand(QStringLiteral("AT+COPS?"), m_options.command).asPrivileged(), this,
                    [this](const AtResult &result) {
        if (isFinished() || m_stage != Stage::Registration)
            return;
        if (!result.ok()) {
            failCommand(result);
            return;
        }
        const QStringList params = AtParams::split(result.value(QStringLiteral("+COPS:")));
        const int mode = AtParams::number(params.value(0)).value_or(0);
        const QString operatorName = params.value(2);
        if (!operatorName.isEmpty()) {
            session()->note(tr("registered with %1").arg(operatorName));
            if (auto next = std::exchange(m_afterRegistration, {}))
                next();
            return;
        }
        if (mode == 2) {
            fail(FailureReason::Network, tr("The module is deregistered from the network (AT+COPS=2)"),
                 tr("Register it again with AT+COPS=0, then start the update."), result.value(QStringLiteral("+COPS:")));
            return;
        }
        if (m_registrationClock.elapsed() >= m_options.registration.count()) {
            fail(FailureReason::Network, tr("The module is not registered with a network"),
                 tr("Check the SIM, the antenna and the coverage, then start again."),
                 QStringLiteral("+COPS: %1").arg(result.value(QStringLiteral("+COPS:"))));
            return;
        }
        reportInPhase(tr("Waiting for the module to register with the network"));
        m_registrationPoll.start(m_options.registrationPoll);
    });
}

void CinterionOtaFlow::configure()
{
    m_stage = Stage::Configuring;
    reportInPhase(tr("Writing the FOTA settings"));
    const UpdateRequest &r = request();
    const QStringList commands{
        QStringLiteral("AT^SNFOTA=\"url\",%1").arg(quoted(r.url.toString(QUrl::FullyEncoded))),
        QStringLiteral("AT^SNFOTA=\"conid\",\"%1\"").arg(r.cid),
        QStringLiteral("AT^SNFOTA=\"crc\",\"%1\"").arg(m_sha256),
        QStringLiteral("AT^SNFOTA=\"urc\",1"),
    };
    runCommands(commands, [this] {
        session()->send(AtCommand(QStringLiteral("AT^SNFOTA?"), m_options.command).asPrivileged(), this,
                        [this](const AtResult &result) { onSettingsRead(result); });
    });
}

void CinterionOtaFlow::onSettingsRead(const AtResult &result)
{
    if (isFinished())
        return;
    if (!result.ok()) {
        failCommand(result);
        return;
    }
    Snfota::Settings written;
    QString url = request().url.toString(QUrl::FullyEncoded);
    url.remove(u'"');
    written.url = url;
    written.crc = m_sha256;
    written.conid = request().cid;
    written.urc = 1;
    const Snfota::Settings read = Snfota::parseSettings(result.lines);
    const QStringList diffs = Snfota::differences(written, read);
    if (!diffs.isEmpty()) {
        fail(FailureReason::ModuleRefused,
             tr("The module did not keep the FOTA settings: %1").arg(diffs.join(QLatin1String("; "))),
             tr("Check the URL (length, characters) and the connection id, then start again."));
        return;
    }
    if (read.act && read.act->progress > 0 && read.act->progress < 100)
        session()->note(tr("a partial download (%1 %) is on the module; it resumes").arg(read.act->progress));
    startDownload();
}

void CinterionOtaFlow::startDownload()
{
    // The module downloads on its own from here, and a restart resumes it.
    if (!declareCommit(CommitPoint::Kind::Download, QStringLiteral("AT^SNFOTA=\"act\",2")))
        return;
    m_stage = Stage::Downloading;
    m_resumeDownload = false;
    m_lastPercent = -1;
    m_firstPercent = -1;
    enterPhase(UpdatePhase::Downloading, tr("The module downloads the package"), m_options.download);
    session()->send(AtCommand(QStringLiteral("AT^SNFOTA=\"act\",2"), m_options.command).asPrivileged(),
                    this, [this](const AtResult &result) {
        if (isFinished())
            return;
        // A progress line can arrive while the command is in flight; it is then
        // part of the answer rather than a URC.
        for (const QString &line : result.lines) {
            if (const auto act = Snfota::parseAct(line))
                onAct(*act, line);
        }
        if (!result.ok() && !isFinished())
            failCommand(result);
    });
}

void CinterionOtaFlow::onAct(const Snfota::Act &act, const QString &line)
{
    if (isFinished())
        return;
    const bool downloading = m_stage == Stage::Downloading;
    if (act.error != 0 && (downloading || m_cancelling)) {
        const Snfota::ErrorInfo info = Snfota::errorInfo(act.error);
        if (act.error == Snfota::kUserBreak) {
            if (m_cancelling)
                fail(FailureReason::Cancelled, tr("Download stopped; starting the update again resumes it"),
                     {}, Snfota::vendorCode(act.error));
            else
                fail(FailureReason::Cancelled, tr("The download was stopped on the module (user break)"),
                     info.advice, Snfota::vendorCode(act.error));
            return;
        }
        fail(info.reason, tr("The download failed: %1").arg(info.meaning), info.advice,
             Snfota::vendorCode(act.error));
        return;
    }
    if (m_cancelling && act.action == 0) {
        finishCancelled(tr("Download stopped; starting the update again resumes it"));
        return;
    }
    if (!downloading || act.action != 2) {
        qCDebug(lcCinterionOta) << "^SNFOTA report outside the download:" << line;
        return;
    }
    if (act.progress >= 100) {
        onDownloaded(line);
        return;
    }
    if (act.progress == m_lastPercent)
        return;
    m_lastPercent = act.progress;
    UpdateProgress p = lastProgress();
    p.percent = qBound(0, act.progress, 100);
    p.message = tr("The module downloads the package");
    p.rawLine = line;
    estimateBytes(p);
    reportProgress(p);
}

void CinterionOtaFlow::estimateBytes(UpdateProgress &p)
{
    // The module reports tenths only; with the package size known, bytes, rate
    // and time left follow from them (from the percent this run started at,
    // so a resumed download is not credited with the earlier part).
    if (m_packageSize <= 0)
        return;
    p.bytesTotal = m_packageSize;
    p.bytesDone = m_packageSize * p.percent / 100;
    if (m_firstPercent < 0) {
        m_firstPercent = p.percent;
        m_downloadClock.start();
        return;
    }
    const qint64 ms = m_downloadClock.elapsed();
    const qint64 bytes = m_packageSize * (p.percent - m_firstPercent) / 100;
    if (ms <= 0 || bytes <= 0)
        return;
    p.bytesPerSecond = double(bytes) * 1000.0 / double(ms);
    p.etaMs = qint64(double(p.bytesTotal - p.bytesDone) * 1000.0 / p.bytesPerSecond);
}

void CinterionOtaFlow::onDownloaded(const QString &line)
{
    m_stage = Stage::Downloaded;
    enterPhase(UpdatePhase::Downloaded, tr("Download complete; the module checked its SHA-256"), {}, line);
    install();
}

void CinterionOtaFlow::onUrc(const QString &line, const QString &prefix)
{
    if (isFinished() || !m_started)
        return;
    if (prefix.compare(QLatin1String("^SNFOTA:"), Qt::CaseInsensitive) == 0) {
        if (const auto act = Snfota::parseAct(line))
            onAct(*act, line);
        return;
    }
    const SfdlEvent event = parseSfdlEvent(line);
    if (event == SfdlEvent::Unknown)
        return;
    if (lastProgress().phase == UpdatePhase::Rebooting) {
        // The prober replays what it saw while probing before the session
        // announces the reconnection; keep the order Reconnected, then these.
        m_bootLines << line;
        return;
    }
    onInstallEvent(event, line);
}

bool CinterionOtaFlow::isCancellable() const
{
    if (isFinished())
        return false;
    switch (m_stage) {
    case Stage::Installing:
    case Stage::Verifying:
        return false;
    case Stage::AwaitingBoot:
        return m_resumeDownload; // an install may be running otherwise
    default:
        return true;
    }
}

void CinterionOtaFlow::cancel()
{
    if (isFinished() || m_cancelling)
        return;
    if (!isCancellable()) {
        UpdateFlow::cancel(); // notes the refusal
        return;
    }
    if (m_stage != Stage::Downloading) {
        finishCancelled(tr("Cancelled; the module keeps its current firmware"));
        return;
    }
    m_cancelling = true;
    reportInPhase(tr("Stopping the download"));
    session()->send(AtCommand(QStringLiteral("AT^SNFOTA=\"act\",0"), m_options.command).asPrivileged(),
                    this, [this](const AtResult &result) {
        if (isFinished())
            return;
        for (const QString &line : result.lines) {
            if (const auto act = Snfota::parseAct(line))
                onAct(*act, line);
        }
        if (isFinished())
            return;
        if (!result.ok())
            session()->note(tr("stopping the download: %1").arg(result.describe()));
        m_cancelGrace.start(m_options.cancelGrace);
    });
}

void CinterionOtaFlow::onWatchdog()
{
    if (m_stage == Stage::Downloading) {
        // Stop the module too, so a stalled download does not go on unseen.
        session()->send(AtCommand(QStringLiteral("AT^SNFOTA=\"act\",0"), m_options.command).asPrivileged());
        fail(FailureReason::Timeout,
             tr("The download did not finish within %1 s").arg(lastProgress().limitMs / 1000),
             tr("Check the coverage and the server; starting the update again resumes the download."));
        return;
    }
    UpdateFlow::onWatchdog();
}
