#include "sierraxmodemflow.h"

#include "modules/modulesession.h"
#include "sierralog.h"
#include "transfer/xmodemlink.h"

#include <QFile>

SierraXmodemFlow::SierraXmodemFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : SierraXmodemFlow(session, request, defaultOptions(request), parent)
{
}

SierraXmodemFlow::SierraXmodemFlow(ModuleSession *session, const UpdateRequest &request,
                                   const Options &options, QObject *parent)
    : SierraFlow(session, request, options, parent)
{
    m_abortSettle.setSingleShot(true);
    connect(&m_abortSettle, &QTimer::timeout, this, &SierraXmodemFlow::endAbort);
}

SierraXmodemFlow::~SierraXmodemFlow() = default;

void SierraXmodemFlow::begin()
{
    // Packages are a few hundred KB to a few MB: one read costs less than the
    // event-loop turns a streamed read would take, and XMODEM resends need the bytes.
    QFile file(request().packagePath);
    if (request().packagePath.isEmpty() || !file.open(QIODevice::ReadOnly)) {
        fail(FailureReason::NotApplicable, tr("The package file %1 cannot be read").arg(request().packagePath),
             tr("Choose the package file (.dwl/.ua for this model) again."));
        return;
    }
    m_package = file.readAll();
    if (m_package.isEmpty()) {
        fail(FailureReason::NotApplicable, tr("The package file %1 is empty").arg(request().packagePath),
             tr("Choose the package file (.dwl/.ua for this model) again."));
        return;
    }
    raiseRate([this] { requestDownload(QStringLiteral("AT+WDSD"), true); });
}

void SierraXmodemFlow::requestDownload(const QString &command, bool fallbackLeft)
{
    enterPhase(UpdatePhase::Preparing, tr("Asking the module to receive %1 bytes").arg(m_package.size()));
    send(QStringLiteral("%1=%2").arg(command).arg(m_package.size()),
         [this, command](const AtResult &) {
             m_downloadCommand = command;
             startTransfer();
         },
         [this, fallbackLeft](const AtResult &result) {
             // The application note prints the command as AT+WSDS; firmwares
             // that follow the note refuse AT+WDSD as unknown, with ERROR or a
             // +CME ERROR whose wording depends on AT+CMEE.
             if (fallbackLeft && SierraErrors::refusesSpelling(result)) {
                 session()->note(tr("AT+WDSD refused (%1); trying the application note's spelling AT+WSDS")
                                     .arg(result.describe()));
                 requestDownload(QStringLiteral("AT+WSDS"), false);
                 return;
             }
             failCommand(result);
         });
}

void SierraXmodemFlow::startTransfer()
{
    AtChannel *channel = session() ? session()->channel() : nullptr;
    if (!channel) {
        onPortLostBeforeInstall();
        return;
    }
    enterPhase(UpdatePhase::Transferring, tr("Sending the package with 1K-XMODEM"));
    auto *sender = new XmodemSender(m_package, options().xmodem, this);
    m_sender = sender;
    connect(sender, &XmodemSender::progress, this, &SierraXmodemFlow::onTransferProgress);
    connect(sender, &XmodemSender::finished, this, &SierraXmodemFlow::onTransferFinished);
    runXmodemOver(channel, sender); // a refusal finishes the sender (PortLost) at once
}

void SierraXmodemFlow::onTransferProgress(const TransferProgress &progress)
{
    // One report per percent: the transcript gets a line each, not one per block.
    const int percent = progress.percent();
    if (percent == m_lastPercent || isFinished())
        return;
    m_lastPercent = percent;
    UpdateProgress p = lastProgress();
    p.percent = percent;
    p.bytesDone = progress.done;
    p.bytesTotal = progress.total;
    p.bytesPerSecond = progress.bytesPerSecond;
    p.etaMs = progress.etaMs;
    p.rawLine.clear();
    reportProgress(p);
}

void SierraXmodemFlow::onTransferFinished(const XmodemResult &result)
{
    if (m_sender)
        m_sender->deleteLater();
    if (isFinished())
        return;
    qCInfo(lcSierraOta) << "xmodem to" << session()->id() << "ended:" << result.error << result.bytesAcked
                        << "bytes," << result.resends << "resends";
    if (!result.ok) {
        SierraFailure f = SierraErrors::forTransfer(result);
        if (f.reason == FailureReason::PortLost) {
            failWith(f);
            return;
        }
        if (f.reason == FailureReason::Cancelled)
            f.message = tr("Cancelled during the transfer; the module keeps its current firmware");
        settleAfterAbort(f);
        return;
    }
    m_transferred = true;
    if (result.resends > 0)
        session()->note(tr("%n block(s) sent again during the transfer", nullptr, result.resends));
    // +WDSI: 3 comes right after the last block, most often before AT+IPR.
    lowerRate([this] {
        if (isFinished())
            return;
        enterPhase(UpdatePhase::Verifying, tr("Package sent; waiting for the module to accept it"),
                   options().packageCheck);
        if (const std::optional<QString> asked = std::exchange(m_installAsked, std::nullopt))
            requestInstall(*asked);
    });
}

void SierraXmodemFlow::settleAfterAbort(const SierraFailure &failure)
{
    // The module closes a broken transfer with a line of its own (+CME ERROR: 3);
    // whatever command came next would take that line for its answer.
    m_abort = failure;
    m_abortWatch = connect(session(), &ModuleSession::traffic, this, [this](const Traffic &t) {
        if (t.kind == Traffic::Kind::Unsolicited)
            endAbort();
    });
    m_abortSettle.start(options().abortSettle);
}

void SierraXmodemFlow::endAbort()
{
    disconnect(m_abortWatch);
    m_abortSettle.stop();
    if (isFinished())
        return;
    if (m_abort.reason == FailureReason::Cancelled)
        finishCancelled(m_abort.message);
    else
        failWith(m_abort);
}

bool SierraXmodemFlow::onIndication(const WdsiEvent &, const QString &)
{
    return false; // the session indications of AirVantage mean nothing to a local update
}

void SierraXmodemFlow::onInstallRequest(const QString &line)
{
    if (!m_transferred) {
        reportInPhase(tr("The module asks to install another package; ignored"), line);
        return;
    }
    if (isSwitchingRate()) {
        m_installAsked = line;
        return;
    }
    requestInstall(line);
}

void SierraXmodemFlow::stopBeforeInstall()
{
    if (m_sender && m_sender->isRunning()) {
        m_sender->cancel(); // CAN CAN; onTransferFinished() ends the flow
        return;
    }
    SierraFlow::stopBeforeInstall();
}

void SierraXmodemFlow::onPortLostBeforeInstall()
{
    if (m_sender && m_sender->isRunning()) {
        m_sender->portLost(); // its message names the transfer
        return;
    }
    SierraFlow::onPortLostBeforeInstall();
}

void SierraXmodemFlow::onWatchdog()
{
    if (lastProgress().phase == UpdatePhase::Verifying && m_transferred && !isCommitted()) {
        // +WDSI: 3 can be lost when it arrives with the last ACK, before the
        // port is back in line mode. The module answers +CME ERROR: 3 if it
        // really asks nothing.
        session()->note(tr("no +WDSI: 3 after the transfer; asking the module to install anyway"));
        requestInstall();
        return;
    }
    SierraFlow::onWatchdog();
}
