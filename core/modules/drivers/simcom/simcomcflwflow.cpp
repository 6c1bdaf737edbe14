#include "simcomcflwflow.h"

#include "modules/modulesession.h"
#include "simcomotalog.h"
#include "simcompackage.h"
#include "transfer/flashwriter.h"

SimcomCflwFlow::SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request, QObject *parent)
    : SimcomCflwFlow(session, request, defaultOptions(request), parent)
{
}

SimcomCflwFlow::SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request,
                               const Options &options, QObject *parent)
    : SimcomFlow(session, request, options, parent)
{
}

SimcomCflwFlow::~SimcomCflwFlow() = default;

bool SimcomCflwFlow::checkRequest()
{
    const SimcomPackage::Loaded loaded = SimcomPackage::load(request(), options().flash.partitionSize);
    if (!loaded.ok()) {
        fail(loaded.reason, loaded.message, loaded.advice);
        return false;
    }
    m_package = loaded.bytes;
    m_md5 = loaded.md5;
    return true;
}

void SimcomCflwFlow::deliver()
{
    enterPhase(UpdatePhase::Transferring, tr("Writing the package to the module's FOTA partition"));
    m_writer = std::make_unique<FlashWriter>(session()->channel(), m_package, options().flash);
    connect(m_writer.get(), &FlashWriter::stageChanged, this, &SimcomCflwFlow::onStage);
    connect(m_writer.get(), &FlashWriter::progress, this, [this](const TransferProgress &t) {
        if (isFinished())
            return;
        UpdateProgress p = lastProgress();
        p.percent = t.percent();
        p.bytesDone = t.done;
        p.bytesTotal = t.total;
        p.bytesPerSecond = t.bytesPerSecond;
        p.etaMs = t.etaMs;
        p.rawLine.clear();
        reportProgress(p);
    });
    connect(m_writer.get(), &FlashWriter::finished, this, &SimcomCflwFlow::onWritten);
    m_writer->start();
}

void SimcomCflwFlow::onStage(FlashWriter::Stage stage)
{
    if (isFinished())
        return;
    switch (stage) {
    case FlashWriter::Stage::Erasing:
        reportInPhase(tr("Erasing the FOTA partition"));
        return;
    case FlashWriter::Stage::Writing:
        reportInPhase(tr("Writing the package to the FOTA partition"));
        return;
    case FlashWriter::Stage::Verifying:
        reportInPhase(tr("Reading the partition back to compare it with the package"));
        return;
    default:
        return;
    }
}

void SimcomCflwFlow::onWritten(const FlashResult &result)
{
    if (isFinished())
        return;
    qCDebug(lcSimcomOta) << "flash upload" << result.error << result.bytesWritten << "bytes";
    const QString unchanged = tr("The module's firmware is unchanged; start the update again when the "
                                 "cause is fixed.");
    switch (result.error) {
    case FlashError::None:
        checkAndInstall(m_package.size(), m_md5);
        return;
    case FlashError::PortLost:
        // The session reports the loss right after the writer: onDisconnected() classifies it.
        if (isConnected())
            return;
        fail(FailureReason::PortLost, result.message, unchanged, result.moduleAnswer);
        return;
    case FlashError::Timeout:
        fail(FailureReason::Timeout, result.message, unchanged, result.moduleAnswer);
        return;
    case FlashError::EmptyPackage:
        fail(FailureReason::NotApplicable, result.message, unchanged);
        return;
    case FlashError::PackageTooLarge:
        fail(FailureReason::NoSpace, result.message, unchanged);
        return;
    case FlashError::EraseFailed:
        fail(FailureReason::ModuleRefused, result.message, unchanged, result.moduleAnswer);
        return;
    case FlashError::WriteFailed:
    case FlashError::ReadBackFailed:
        fail(FailureReason::TransferFailed, result.message, unchanged, result.moduleAnswer);
        return;
    case FlashError::VerifyMismatch:
        fail(FailureReason::Integrity, result.message, unchanged, result.moduleAnswer);
        return;
    case FlashError::Cancelled:
        finishCancelled(result.message);
        return;
    }
}

void SimcomCflwFlow::stopDelivery()
{
    if (!m_writer)
        return;
    // Our own cancel: the writer's report of it would only repeat it.
    disconnect(m_writer.get(), nullptr, this, nullptr);
    m_writer->cancel();
    session()->note(tr("flash upload stopped; the partition holds part of the package, which nothing "
                       "installs without AT+CFOTA=5"));
}
