#include "xmodemsender.h"

#include "transferlog.h"
#include "xmodemframe.h"

#include <QPointer>

namespace {

QString seconds(std::chrono::milliseconds ms)
{
    return QString::number(double(ms.count()) / 1000.0, 'g', 3);
}

} // namespace

XmodemSender::XmodemSender(QByteArray data, Options options, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &XmodemSender::onTimeout);
    m_meter.start(m_data.size());
}

XmodemSender::~XmodemSender() = default;

void XmodemSender::start()
{
    if (m_state != State::Idle)
        return;
    m_state = State::AwaitingReceiver;
    m_timer.start(m_options.startTimeout);
    qCDebug(lcTransfer) << "xmodem: waiting for the receiver," << m_data.size() << "bytes to send";
}

void XmodemSender::receive(QByteArrayView bytes)
{
    if (!isRunning() || bytes.isEmpty())
        return;
    m_inbox.append(bytes);
    if (m_processing)
        return; // fed from a slot of ours: the loop below takes them in order
    m_processing = true;
    const QPointer<XmodemSender> alive(this);
    for (qsizetype i = 0; i < m_inbox.size(); ++i) {
        handleByte(m_inbox.at(i));
        if (!alive)
            return;
        if (!isRunning()) {
            m_unconsumed += m_inbox.sliced(i + 1);
            break;
        }
    }
    m_inbox.clear();
    m_processing = false;
}

void XmodemSender::cancel()
{
    if (m_state == State::Finished)
        return;
    finish(XmodemError::CancelledByUser);
}

void XmodemSender::portLost(const QString &detail)
{
    if (m_state == State::Finished)
        return;
    finish(XmodemError::PortLost,
           detail.isEmpty() ? QString() : messageFor(XmodemError::PortLost) + u' ' + detail);
}

void XmodemSender::handleByte(char byte)
{
    switch (m_state) {
    case State::AwaitingReceiver:
        onAwaitingReceiver(byte);
        return;
    case State::AwaitingBlockAck:
        onAwaitingBlockAck(byte);
        return;
    case State::AwaitingEotAck:
        onAwaitingEotAck(byte);
        return;
    case State::Idle:
    case State::Finished:
        return;
    }
}

// A single CAN is line noise as often as not; the protocol's abort is two in a row.
bool XmodemSender::countCancel(char byte)
{
    if (byte != Xmodem::CAN) {
        m_cancels = 0;
        return false;
    }
    if (++m_cancels >= 2)
        finish(XmodemError::CancelledByReceiver);
    return true;
}

void XmodemSender::onAwaitingReceiver(char byte)
{
    if (countCancel(byte))
        return;
    if (byte != Xmodem::CRC_REQUEST && byte != Xmodem::NAK) {
        ++m_result.ignoredBytes;
        return;
    }
    m_crc = byte == Xmodem::CRC_REQUEST;
    m_result.crcMode = m_crc;
    qCDebug(lcTransfer) << "xmodem: receiver ready," << (m_crc ? "CRC" : "checksum") << "mode";
    m_meter.start(m_data.size());
    if (m_data.isEmpty())
        sendEot();
    else
        sendBlock();
    if (isRunning())
        emit progress(m_meter.progress());
}

void XmodemSender::onAwaitingBlockAck(char byte)
{
    if (countCancel(byte))
        return;
    switch (byte) {
    case Xmodem::ACK: {
        m_offset += m_blockPayload;
        ++m_blockNumber; // quint8: 0xFF -> 0x00 as the protocol wants
        ++m_result.blocksAcked;
        m_result.bytesAcked = m_offset;
        m_meter.setDone(m_offset);
        // The next block first, the progress report after: a slow slot must
        // not delay the wire.
        if (m_offset >= m_data.size())
            sendEot();
        else
            sendBlock();
        if (isRunning())
            emit progress(m_meter.progress());
        return;
    }
    case Xmodem::NAK:
        resend(true);
        return;
    default:
        // Noise, or a 'C' the receiver repeated before our first block reached
        // it: answering that would send block 1 twice.
        ++m_result.ignoredBytes;
        return;
    }
}

void XmodemSender::onAwaitingEotAck(char byte)
{
    if (countCancel(byte))
        return;
    switch (byte) {
    case Xmodem::ACK:
        finish(XmodemError::None);
        return;
    case Xmodem::NAK:
        resend(true);
        return;
    default:
        ++m_result.ignoredBytes;
        return;
    }
}

void XmodemSender::onTimeout()
{
    switch (m_state) {
    case State::AwaitingReceiver:
        finish(XmodemError::ReceiverNeverReady);
        return;
    case State::AwaitingBlockAck:
    case State::AwaitingEotAck:
        resend(false);
        return;
    case State::Idle:
    case State::Finished:
        return;
    }
}

int XmodemSender::blockSizeFor(qint64 remaining) const
{
    if (!m_crc || !m_options.use1K)
        return 128;
    if (m_options.shortTailBlock && remaining <= 128)
        return 128;
    return 1024;
}

void XmodemSender::sendBlock()
{
    const qint64 remaining = m_data.size() - m_offset;
    const int blockSize = blockSizeFor(remaining);
    m_blockPayload = qMin<qint64>(blockSize, remaining);
    m_frame = Xmodem::frame(m_blockNumber, QByteArrayView(m_data).sliced(m_offset, m_blockPayload),
                            blockSize, m_crc, m_options.pad);
    ++m_blockIndex;
    m_retries = 0;
    m_state = State::AwaitingBlockAck;
    m_timer.start(m_options.ackTimeout);
    send(m_frame);
}

void XmodemSender::sendEot()
{
    m_frame = QByteArray(1, Xmodem::EOT);
    m_retries = 0;
    m_state = State::AwaitingEotAck;
    m_timer.start(m_options.ackTimeout);
    send(m_frame);
}

// The same bytes again, whatever the state asked for them: a NAK or silence
// never moves the transfer on, and never drops the resend.
void XmodemSender::resend(bool afterNak)
{
    if (m_retries >= m_options.maxRetries) {
        if (m_state == State::AwaitingEotAck)
            finish(XmodemError::EndNotAcknowledged);
        else
            finish(afterNak ? XmodemError::TooManyRetries : XmodemError::Timeout);
        return;
    }
    ++m_retries;
    ++m_result.resends;
    qCDebug(lcTransfer) << "xmodem:" << (afterNak ? "NAK" : "no answer") << "- resending"
                        << (m_state == State::AwaitingEotAck ? QStringLiteral("EOT")
                                                             : QStringLiteral("block %1").arg(m_blockIndex))
                        << "try" << m_retries;
    m_timer.start(m_options.ackTimeout);
    send(m_frame);
}

void XmodemSender::send(const QByteArray &bytes)
{
    emit writeRequested(bytes);
}

void XmodemSender::finish(XmodemError error, const QString &message)
{
    const bool wasTransferring = isRunning();
    m_timer.stop();
    m_state = State::Finished;
    m_result.ok = error == XmodemError::None;
    m_result.error = error;
    m_result.message = message.isEmpty() ? messageFor(error) : message;
    if (m_result.ok)
        qCInfo(lcTransfer) << "xmodem: sent" << m_data.size() << "bytes in" << m_result.blocksAcked
                           << "blocks," << m_result.resends << "resends";
    else
        qCWarning(lcTransfer) << "xmodem:" << error << m_result.message;

    // Tell a receiver that is still listening to stop, so it does not wait out
    // its own timeouts. Not after the data is complete (EndNotAcknowledged):
    // a CAN then could make it throw the file away.
    const bool tellReceiver = wasTransferring
        && (error == XmodemError::ReceiverNeverReady || error == XmodemError::TooManyRetries
            || error == XmodemError::Timeout || error == XmodemError::CancelledByUser);
    if (tellReceiver)
        emit writeRequested(QByteArray(2, Xmodem::CAN));
    emit finished(m_result);
}

QString XmodemSender::messageFor(XmodemError error) const
{
    switch (error) {
    case XmodemError::None:
        return tr("%1 bytes sent in %2 blocks.").arg(m_data.size()).arg(m_result.blocksAcked);
    case XmodemError::ReceiverNeverReady:
        return tr("The module never asked for the data (no 'C' or NAK within %1 s). Check that it "
                  "accepted the download command and that the port and baud rate are right, then "
                  "try again.").arg(seconds(m_options.startTimeout));
    case XmodemError::TooManyRetries:
        return tr("The module rejected block %1 %2 times. The link corrupts data: check the cable, "
                  "use a lower baud rate, then try again.").arg(m_blockIndex).arg(m_retries + 1);
    case XmodemError::Timeout:
        return tr("The module stopped answering at block %1 (no reply within %2 s, %3 tries). "
                  "Check the cable and the module's power, then try again.")
            .arg(m_blockIndex).arg(seconds(m_options.ackTimeout)).arg(m_retries + 1);
    case XmodemError::CancelledByReceiver:
        return tr("The module cancelled the transfer at block %1. It may have rejected the package "
                  "(another model or version) or run out of space: check the package, then try "
                  "again.").arg(m_blockIndex);
    case XmodemError::CancelledByUser:
        return tr("The transfer was cancelled.");
    case XmodemError::EndNotAcknowledged:
        return tr("All data was sent, but the module did not confirm the end of the transfer. "
                  "Check the module's state before installing.");
    case XmodemError::PortLost:
        return tr("The port was lost during the transfer. Reconnect the module and start the "
                  "update again.");
    }
    return {};
}
