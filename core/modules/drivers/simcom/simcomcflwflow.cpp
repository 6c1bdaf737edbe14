#include "simcomcflwflow.h"

#include "cflwwritesizes.h"
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
    : SimcomCflwFlow(session, request, options, nullptr, parent)
{
}

SimcomCflwFlow::SimcomCflwFlow(ModuleSession *session, const UpdateRequest &request,
                               const Options &options, CflwWriteSizes *sizes, QObject *parent)
    : SimcomFlow(session, request, options, parent), m_sizes(sizes)
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
    FlashWriterOptions flash = options().flash;
    if (m_sizes)
        flash.chunkSize = m_sizes->startFor(model(), flash.chunkSize);
    m_startSize = flash.chunkSize;
    raiseRate([this, flash] { write(flash); });
}

void SimcomCflwFlow::write(const FlashWriterOptions &flash)
{
    enterPhase(UpdatePhase::Transferring, tr("Writing the package to the module's FOTA partition"));
    m_writer = std::make_unique<FlashWriter>(session()->channel(), m_package, flash);
    connect(m_writer.get(), &FlashWriter::stageChanged, this, &SimcomCflwFlow::onStage);
    connect(m_writer.get(), &FlashWriter::writeSizeReduced, this, &SimcomCflwFlow::onWriteSizeReduced);
    connect(m_writer.get(), &FlashWriter::writeRepeated, this, [this](qint64 offset, int attempt, const QString &answer) {
        if (!isFinished())
            session()->note(tr("the module did not take the bytes written at offset %1 (%2); writing them again (%3)")
                                .arg(offset).arg(answer).arg(attempt));
    });
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
        reportInPhase(tr("Writing the package to the FOTA partition, %1 bytes a write").arg(m_writer->writeSize()));
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
    qCDebug(lcSimcomOta) << "flash upload" << result.error << result.bytesWritten << "bytes in"
                         << result.writeSize << "byte writes";
    m_writeSize = result.writeSize;
    if (result.writeSize > 0) {
        // Only a halving teaches something: a size taken at the first try may not be the most.
        if (m_sizes && result.writeSize < m_startSize)
            m_sizes->remember(model(), result.writeSize);
        session()->note(tr("flash upload used %1-byte AT+CFLW writes").arg(result.writeSize));
    }
    const QString unchanged = tr("The module's firmware is unchanged; start the update again when the "
                                 "cause is fixed.");
    switch (result.error) {
    case FlashError::None:
        lowerRate([this] {
            if (!isFinished())
                checkAndInstall(m_package.size(), m_md5);
        });
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

QJsonObject SimcomCflwFlow::stepFigures() const
{
    if (m_writeSize <= 0)
        return {};
    return {{QStringLiteral("writeSize"), m_writeSize}};
}

void SimcomCflwFlow::onWriteSizeReduced(qint64 refused, qint64 next)
{
    if (isFinished())
        return;
    session()->note(tr("the module refused a %1-byte AT+CFLW write; trying %2 bytes").arg(refused).arg(next));
    reportInPhase(tr("Writing the package to the FOTA partition, %1 bytes a write (the module refused %2)")
                      .arg(next).arg(refused));
}

QString SimcomCflwFlow::model() const
{
    return session() ? session()->identity().model : QString();
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
