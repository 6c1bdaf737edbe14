#include "flashwriter.h"

#include "at/atchannel.h"
#include "port/port.h"
#include "flashcommands.h"
#include "transferlog.h"

#include <QCryptographicHash>

FlashWriter::FlashWriter(AtChannel *channel, QByteArray package, Options options, QObject *parent)
    : QObject(parent), m_channel(channel), m_package(std::move(package)), m_options(options)
    , m_chunk(qMax<qint64>(1, options.chunkSize))
{
}

FlashWriter::~FlashWriter()
{
    // Withdraw what is queued, without hearing about it half-destroyed.
    m_finished = true;
    if (m_pending) {
        disconnect(m_pending, nullptr, this, nullptr);
        m_pending->cancel();
    }
}

QByteArray FlashWriter::md5Hex() const
{
    return md5Hex(m_package);
}

QByteArray FlashWriter::md5Hex(const QByteArray &package)
{
    return QCryptographicHash::hash(package, QCryptographicHash::Md5).toHex();
}

void FlashWriter::start()
{
    if (m_stage != Stage::Idle || m_finished)
        return;
    const qint64 size = m_package.size();
    FlashError refusal = FlashError::None;
    QString why;
    if (!m_channel || !m_channel->isConnected()) {
        refusal = FlashError::PortLost;
        why = tr("The port is not open. Reconnect the module and try again.");
    } else if (size == 0) {
        refusal = FlashError::EmptyPackage;
        why = tr("The package is empty: there is nothing to write. Check the package file.");
    } else if (size > m_options.partitionSize) {
        refusal = FlashError::PackageTooLarge;
        why = tr("The package (%1 bytes) is larger than the module's FOTA partition (%2 bytes); "
                 "nothing was written. Check that it is a delta package for this module.")
                  .arg(size).arg(m_options.partitionSize);
    }
    if (refusal != FlashError::None) {
        // Never finish inside start(): the caller may connect right after it.
        QMetaObject::invokeMethod(this, [this, refusal, why] { finish(refusal, why); },
                                  Qt::QueuedConnection);
        return;
    }
    sendErase();
}

void FlashWriter::cancel()
{
    if (m_finished)
        return;
    AtReply *inFlight = m_pending;
    m_pending = nullptr;
    finish(FlashError::Cancelled,
           tr("The flash upload was cancelled. The partition holds part of the package: write "
              "it again before starting the update."));
    if (inFlight)
        inFlight->cancel();
}

void FlashWriter::setStage(Stage stage)
{
    m_stage = stage;
    emit stageChanged(stage);
}

void FlashWriter::track(AtReply *reply)
{
    m_pending = reply;
}

void FlashWriter::sendErase()
{
    setStage(Stage::Erasing);
    const qint64 blocks = FlashCommands::blocksFor(m_package.size(), m_options.eraseBlockSize);
    qCDebug(lcTransfer) << "flash: erasing" << blocks << "blocks for" << m_package.size() << "bytes";
    AtCommand command(FlashCommands::erase(m_options.partition, 0, blocks), m_options.eraseTimeout);
    AtReply *reply = m_channel->send(command.asPrivileged());
    track(reply);
    connect(reply, &AtReply::finished, this, &FlashWriter::onErased);
}

void FlashWriter::onErased(const AtResult &result)
{
    if (m_finished || finishedByTransport(result))
        return;
    if (!result.ok()) {
        finish(FlashError::EraseFailed,
               tr("The module refused to erase the FOTA partition (%1). Check that no download or "
                  "update is running on it, then try again; if it persists, restart the module.")
                   .arg(result.describe()),
               result.describe());
        return;
    }
    setStage(Stage::Writing);
    m_offset = 0;
    m_meter.start(m_package.size());
    sendNextWrite();
    emit progress(m_meter.progress());
}

void FlashWriter::sendNextWrite()
{
    const qint64 length = qMin(m_chunk, m_package.size() - m_offset);
    const int moduleTimeout = moduleTimeoutSeconds(length);
    const std::chrono::milliseconds wait = m_options.writeTimeout.count() > 0
                                               ? m_options.writeTimeout
                                               : std::chrono::seconds(moduleTimeout + 5);
    AtCommand command(FlashCommands::write(m_options.partition, m_offset, length, m_options.writeMode, moduleTimeout),
                      wait);
    command.withPayload(m_package.mid(m_offset, length)).asPrivileged();
    AtReply *reply = m_channel->send(command);
    track(reply);
    connect(reply, &AtReply::finished, this,
            [this, length](const AtResult &result) { onWritten(result, length); });
}

void FlashWriter::onWritten(const AtResult &result, qint64 length)
{
    if (m_finished || finishedByTransport(result))
        return;
    if (!result.ok() && result.payloadSent) {
        // The module took the command and waited for its bytes: they were
        // lost or damaged on the line, which a shorter write would not cure.
        if (m_repeats < m_options.dataRetries) {
            ++m_repeats;
            qCInfo(lcTransfer) << "flash: the write at" << m_offset << "failed after its data ("
                               << result.describe() << "); sending it again," << m_repeats;
            emit writeRepeated(m_offset, m_repeats, result.describe());
            if (!m_finished)
                sendNextWrite();
            return;
        }
        m_result.failedOffset = m_offset;
        finish(FlashError::WriteFailed,
               tr("The module did not take the bytes of the write at offset %1 of %2, %n time(s) "
                  "running (%3): the line loses or damages bytes. Check the cable and the adapter, "
                  "or use a lower rate, then write the package again.", nullptr, m_repeats + 1)
                   .arg(m_offset).arg(m_package.size()).arg(result.describe()),
               result.describe());
        return;
    }
    if (!result.ok() && m_result.writeSize == 0 && retryShorter(length, result))
        return;
    if (!result.ok() && m_result.writeSize == 0) {
        m_result.failedOffset = m_offset;
        finish(FlashError::WriteFailed,
               tr("The module refused the first write, down to %1 bytes (%2). Check that no download "
                  "or update runs on it and that its firmware has AT+CFLW, then restart the module "
                  "and try again.").arg(length).arg(result.describe()),
               result.describe());
        return;
    }
    if (!result.ok()) {
        m_result.failedOffset = m_offset;
        finish(FlashError::WriteFailed,
               tr("The module refused the write at offset %1 of %2 bytes (%3). Write the package "
                  "again (the partition is erased first); if it fails at the same place, restart "
                  "the module.").arg(m_offset).arg(m_package.size()).arg(result.describe()),
               result.describe());
        return;
    }
    if (m_result.writeSize == 0)
        m_result.writeSize = m_chunk;
    m_repeats = 0;
    m_offset += length;
    m_result.bytesWritten = m_offset;
    m_meter.setDone(m_offset);
    const TransferProgress written = m_meter.progress();
    if (m_offset < m_package.size()) {
        // The next command first, the report after: the wire must not wait for slots.
        sendNextWrite();
        emit progress(written);
        return;
    }
    emit progress(written);
    if (!m_options.verify) {
        finish(FlashError::None, tr("%1 bytes written to the FOTA partition.").arg(m_package.size()));
        return;
    }
    setStage(Stage::Verifying);
    m_offset = 0;
    m_meter.start(m_package.size());
    sendNextRead();
    emit progress(m_meter.progress());
}

bool FlashWriter::retryShorter(qint64 refusedLength, const AtResult &result)
{
    // Only the first write tells the size: once one was taken, a refusal is
    // about the flash or the module's state, and a shorter write would not help.
    qint64 next = m_chunk;
    while (next >= refusedLength && next > 0)
        next /= 2;
    if (next < qMax<qint64>(1, m_options.minChunkSize))
        return false;
    qCInfo(lcTransfer) << "flash: the module refused a write of" << refusedLength << "bytes ("
                       << result.describe() << "); trying" << next;
    m_chunk = next;
    emit writeSizeReduced(refusedLength, next);
    if (m_finished)
        return true;
    sendNextWrite();
    return true;
}

int FlashWriter::moduleTimeoutSeconds(qint64 length) const
{
    // Four times the write's wire time (10 bits a byte), at least the option.
    const qint32 baud = m_channel && m_channel->port() ? m_channel->port()->baudRate() : 0;
    const qint64 wireMs = baud > 0 ? length * 10 * 1000 / baud : 0;
    return qMax<int>(m_options.moduleTimeoutSeconds, int((wireMs * 4 + 999) / 1000));
}

void FlashWriter::sendNextRead()
{
    const qint64 chunk = qMax<qint64>(1, m_options.readChunkSize);
    const qint64 length = qMin(chunk, m_package.size() - m_offset);
    AtCommand command(FlashCommands::read(m_options.partition, m_offset, length),
                      m_options.readTimeout);
    AtReply *reply = m_channel->send(command.asPrivileged());
    track(reply);
    connect(reply, &AtReply::finished, this,
            [this, length](const AtResult &result) { onRead(result, length); });
}

void FlashWriter::onRead(const AtResult &result, qint64 length)
{
    if (m_finished || finishedByTransport(result))
        return;
    const std::optional<QByteArray> bytes =
        result.ok() ? FlashCommands::parseRead(result, length) : std::nullopt;
    if (!bytes) {
        m_result.failedOffset = m_offset;
        const QString answer = result.ok() ? result.lines.join(u' ') : result.describe();
        finish(FlashError::ReadBackFailed,
               tr("Reading the flash back failed at offset %1 (%2). The firmware may not support "
                  "AT+CFLR: turn verification off, or write the package again.")
                   .arg(m_offset).arg(answer),
               answer);
        return;
    }
    const QByteArrayView expected = QByteArrayView(m_package).sliced(m_offset, length);
    if (*bytes != expected) {
        qint64 i = 0;
        while (i < length && bytes->at(i) == expected.at(i))
            ++i;
        m_result.failedOffset = m_offset + i;
        finish(FlashError::VerifyMismatch,
               tr("The flash differs from the package at offset %1. Do not start the update: "
                  "write the package again.").arg(m_result.failedOffset));
        return;
    }
    m_offset += length;
    m_meter.setDone(m_offset);
    if (m_offset < m_package.size())
        sendNextRead();
    emit progress(m_meter.progress());
    if (m_offset >= m_package.size())
        finish(FlashError::None,
               tr("%1 bytes written to the FOTA partition and verified.").arg(m_package.size()));
}

bool FlashWriter::finishedByTransport(const AtResult &result)
{
    switch (result.status) {
    case AtStatus::Timeout:
        m_result.failedOffset = m_offset;
        finish(FlashError::Timeout,
               tr("The module did not answer %1 in time (at offset %2 of %3 bytes). Check that "
                  "the baud rate is fixed (AT+IPR) and the cable is sound, then try again.")
                   .arg(result.command).arg(m_offset).arg(m_package.size()),
               result.describe());
        return true;
    case AtStatus::PortLost:
        m_result.failedOffset = m_offset;
        finish(FlashError::PortLost,
               tr("The port was lost at offset %1 of %2 bytes (unplugged or rebooted). Reconnect "
                  "the module and write the package again; the partition is erased first.")
                   .arg(m_offset).arg(m_package.size()),
               result.describe());
        return true;
    case AtStatus::Cancelled:
        finish(FlashError::Cancelled, tr("The flash upload was cancelled."), result.describe());
        return true;
    default:
        return false;
    }
}

void FlashWriter::finish(FlashError error, const QString &message, const QString &moduleAnswer)
{
    if (m_finished)
        return;
    m_finished = true;
    m_pending = nullptr;
    m_result.ok = error == FlashError::None;
    m_result.error = error;
    m_result.message = message;
    m_result.moduleAnswer = moduleAnswer;
    if (m_result.ok)
        qCInfo(lcTransfer) << "flash:" << message;
    else
        qCWarning(lcTransfer) << "flash:" << error << message;
    m_stage = Stage::Done;
    emit stageChanged(m_stage);
    emit finished(m_result);
}
