#pragma once

#include "ratemeter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <utility>

// How an XMODEM transfer ended. (In a Q_NAMESPACE so the names print in test
// failures and logs.)
namespace XmodemErrorNs {
Q_NAMESPACE
enum class XmodemError {
    None,
    ReceiverNeverReady,  // no 'C' or NAK within startTimeout: not in download mode
    TooManyRetries,      // one block rejected (NAK) more than maxRetries times
    Timeout,             // the receiver stopped answering mid-transfer
    CancelledByReceiver, // CAN CAN from the receiver
    CancelledByUser,     // cancel()
    EndNotAcknowledged,  // every block was ACKed, the EOT never was
    PortLost,            // portLost(): the link under the transfer went away
};
Q_ENUM_NS(XmodemError)
} // namespace XmodemErrorNs
using XmodemErrorNs::XmodemError;

struct XmodemResult
{
    bool ok = false;
    XmodemError error = XmodemError::None;
    QString message;       // translated, says what happened and what to do
    qint64 bytesAcked = 0; // payload bytes the receiver acknowledged (no padding)
    int blocksAcked = 0;
    int resends = 0;       // blocks and EOTs sent again, over the whole transfer
    bool crcMode = false;  // the receiver asked with 'C'
    qint64 ignoredBytes = 0; // bytes that meant nothing where they came (line noise)
};

Q_DECLARE_METATYPE(XmodemResult)

// Outside the class so it can be a default argument of the constructor.
struct XmodemOptions
{
    // When the receiver asks with 'C': 1024-byte blocks (XMODEM-1K). Off: 128-byte
    // CRC blocks, for receivers that only know XMODEM-CRC. A NAK start always
    // means 128-byte checksum blocks (the 1K extension requires CRC).
    bool use1K = true;
    // In 1K mode, a tail of at most 128 bytes goes in one 128-byte block
    // instead of a mostly padded 1K one (receivers accept SOH and STX mixed).
    bool shortTailBlock = true;
    char pad = 0x1A;
    // Resends of one block (or of the EOT) before giving up.
    int maxRetries = 10;
    // The spec: the sender waits a minute for the receiver's first 'C'/NAK and
    // ten seconds for the answer to each block.
    std::chrono::milliseconds startTimeout{60000};
    std::chrono::milliseconds ackTimeout{10000};
};

// An XMODEM / XMODEM-1K sender as a state machine that never touches a port:
// feed it every byte from the receiver through receive(), send what it emits
// in writeRequested(). Everything happens inside receive() (or on a timer):
// the next block goes out in the same call that sees the ACK, because per-block
// turnaround is what limits throughput.
//
// Start with start(), then wait for the receiver: 'C' selects CRC-16 with 1K
// blocks, NAK the 128-byte checksum protocol. Each block is resent on NAK or
// silence, up to Options::maxRetries times; CAN CAN from the receiver aborts;
// bytes that mean nothing here (line noise, a 'C' repeated before our first
// block arrived) are ignored. After the last block, EOT is sent until ACKed;
// a NAK answer to the first EOT (some receivers ask twice) just resends it.
//
// XMODEM acknowledgements carry no block number, so an extra ACK (a receiver
// that acknowledged a block and then its resent duplicate) cannot be told from
// the next block's ACK by bytes alone. It is taken as that ACK: every block
// still goes out once, whole and in order, and the receiver's own sequence
// check catches the rare case where that matters.
//
// finished() is emitted exactly once and is the last thing the sender does;
// delete it later (deleteLater), not from a slot connected to its signals.
class XmodemSender : public QObject
{
    Q_OBJECT

public:
    using Options = XmodemOptions;

    explicit XmodemSender(QByteArray data, Options options = {}, QObject *parent = nullptr);
    ~XmodemSender() override;

    // Waits for the receiver's 'C' or NAK (Options::startTimeout).
    void start();
    // Every byte from the receiver, in order, as it arrives; any chunking.
    void receive(QByteArrayView bytes);
    // Sends CAN CAN and finishes with CancelledByUser.
    void cancel();
    // The link below gave up (unplug, write error): finishes with PortLost.
    void portLost(const QString &detail = {});
    // The bytes that came after the one that ended the transfer (the final
    // ACK, CAN CAN) in the same receive(): line-mode output of the module, a
    // URC as often as not, for the caller to hand back (AtChannel::leaveRawMode).
    QByteArray takeUnconsumed() { return std::exchange(m_unconsumed, {}); }

    bool isRunning() const { return m_state != State::Idle && m_state != State::Finished; }
    bool isFinished() const { return m_state == State::Finished; }
    const XmodemResult &result() const { return m_result; }
    qint64 size() const { return m_data.size(); }
    // For tests and benchmarks that control time.
    RateMeter &rateMeter() { return m_meter; }

signals:
    void writeRequested(const QByteArray &bytes);
    void progress(const TransferProgress &progress);
    void finished(const XmodemResult &result);

private:
    enum class State { Idle, AwaitingReceiver, AwaitingBlockAck, AwaitingEotAck, Finished };

    void handleByte(char byte);
    void onAwaitingReceiver(char byte);
    void onAwaitingBlockAck(char byte);
    void onAwaitingEotAck(char byte);
    bool countCancel(char byte);
    void onTimeout();

    void sendBlock();
    void resend(bool afterNak);
    void sendEot();
    void send(const QByteArray &bytes);
    void finish(XmodemError error, const QString &message = {});
    QString messageFor(XmodemError error) const;
    int blockSizeFor(qint64 remaining) const;

    const QByteArray m_data;
    const Options m_options;
    State m_state = State::Idle;
    bool m_crc = false;
    quint8 m_blockNumber = 1;
    qint64 m_offset = 0;         // start of the block in flight
    qint64 m_blockPayload = 0;   // data bytes in the block in flight
    int m_blockIndex = 0;        // 1-based, for messages (does not wrap)
    QByteArray m_frame;          // the block in flight, as sent, for resends
    int m_retries = 0;           // resends of the block (or EOT) in flight
    int m_cancels = 0;           // consecutive CAN bytes
    QByteArray m_inbox;          // bytes fed while already processing (re-entrancy)
    QByteArray m_unconsumed;     // after the end of the transfer, see takeUnconsumed()
    bool m_processing = false;
    QTimer m_timer;
    RateMeter m_meter;
    XmodemResult m_result;
};
