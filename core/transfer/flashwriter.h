#pragma once

#include "ratemeter.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>

#include <chrono>

class AtChannel;
class AtReply;
struct AtResult;

namespace FlashErrorNs {
Q_NAMESPACE
enum class FlashError {
    None,
    EmptyPackage,     // nothing to write
    PackageTooLarge,  // bigger than the FOTA partition: nothing was sent
    EraseFailed,      // AT+CFLE answered ERROR
    WriteFailed,      // an AT+CFLW answered ERROR
    ReadBackFailed,   // an AT+CFLR answered ERROR or something unreadable
    VerifyMismatch,   // the flash holds other bytes than the package
    Timeout,          // the module did not answer a flash command in time
    PortLost,         // unplug or reboot mid-way
    Cancelled,        // cancel()
};
Q_ENUM_NS(FlashError)
} // namespace FlashErrorNs
using FlashErrorNs::FlashError;

struct FlashResult
{
    bool ok = false;
    FlashError error = FlashError::None;
    QString message;         // translated, says what to do
    QString moduleAnswer;    // the failing command's answer as the module gave it
    qint64 bytesWritten = 0; // acknowledged by OK, from offset 0
    qint64 failedOffset = -1; // where a write failed or the read-back first differs
    // The AT+CFLW length the module took (the chunk size after any halving);
    // 0 when no write was accepted.
    qint64 writeSize = 0;
};

Q_DECLARE_METATYPE(FlashResult)

// Defaults are PROTOCOLS.md's assumed values; every one is a setting.
struct FlashWriterOptions
{
    int partition = 0;
    qint64 partitionSize = 1024 * 1024;
    qint64 eraseBlockSize = 4096;
    // Bytes per AT+CFLW to start with. 4096 is the assumed most; a module
    // that refuses the first write gets half as many, down to minChunkSize.
    qint64 chunkSize = 4096;
    qint64 minChunkSize = 256;
    int writeMode = 0;              // AT+CFLW <mode>
    // AT+CFLW <timeout s>: how long the module waits for a write's bytes. A
    // byte lost on the line leaves it waiting that long, so it is the write's
    // wire time at the port's rate with a wide margin, never under this.
    int moduleTimeoutSeconds = 5;
    // A write whose bytes the module did not take (a byte lost or damaged on
    // the line) is sent again at the same offset this many times: NOR flash
    // written twice with the same bytes holds them.
    int dataRetries = 3;
    bool verify = false;            // read every byte back with AT+CFLR and compare
    qint64 readChunkSize = 2048;    // bytes per AT+CFLR (the answer carries twice as many hex digits)
    // How long FotaDesk waits for each final result code.
    std::chrono::milliseconds eraseTimeout{60000};
    // 0: the module's <timeout s> of that write and 5 s more.
    std::chrono::milliseconds writeTimeout{0};
    std::chrono::milliseconds readTimeout{10000};
};

// Puts a package into a SIM7020's FOTA partition through an AtChannel:
// AT+CFLE erasing exactly the blocks the package covers, AT+CFLW per chunk with
// the raw bytes sent on the module's '>' prompt (a refused first write is
// tried again at half the size: modules differ in the most they take), then (optionally) AT+CFLR
// reading everything back for comparison. Refuses an empty package and one
// larger than the partition before sending anything. It does not start the
// update: the caller sends AT+CFOTA=5,<size>,<md5> with size() and md5Hex().
//
// Its commands are privileged (they pass the update interlock). finished() is
// emitted exactly once.
class FlashWriter : public QObject
{
    Q_OBJECT

public:
    using Options = FlashWriterOptions;
    enum class Stage { Idle, Erasing, Writing, Verifying, Done };
    Q_ENUM(Stage)

    FlashWriter(AtChannel *channel, QByteArray package, Options options = {},
                QObject *parent = nullptr);
    ~FlashWriter() override;

    void start();
    // Withdraws the command in flight and finishes with Cancelled. The channel
    // still waits for that command's final code, so the port stays in step.
    void cancel();

    Stage stage() const { return m_stage; }
    qint64 size() const { return m_package.size(); }
    // Lower-case hex MD5 of the package, as AT+CFOTA=5 wants it.
    QByteArray md5Hex() const;
    static QByteArray md5Hex(const QByteArray &package);
    const FlashResult &result() const { return m_result; }
    // The AT+CFLW length in use now.
    qint64 writeSize() const { return m_chunk; }
    RateMeter &rateMeter() { return m_meter; }

signals:
    void stageChanged(FlashWriter::Stage stage);
    // The module refused the first write of `refused` bytes; it is tried again with `next`.
    void writeSizeReduced(qint64 refused, qint64 next);
    // The module did not take the bytes of the write at `offset` (`answer`);
    // it is sent again, for the `attempt`th time.
    void writeRepeated(qint64 offset, int attempt, const QString &answer);
    // Bytes written while Writing, bytes compared while Verifying.
    void progress(const TransferProgress &progress);
    void finished(const FlashResult &result);

private:
    void setStage(Stage stage);
    void sendErase();
    void sendNextWrite();
    void sendNextRead();
    void onErased(const AtResult &result);
    void onWritten(const AtResult &result, qint64 length);
    // Halves the write size below `refusedLength` and writes again; false
    // when it would go under minChunkSize.
    bool retryShorter(qint64 refusedLength, const AtResult &result);
    int moduleTimeoutSeconds(qint64 length) const;
    void onRead(const AtResult &result, qint64 length);
    // Timeout, PortLost or Cancelled end the job the same way at every stage.
    bool finishedByTransport(const AtResult &result);
    void track(AtReply *reply);
    void finish(FlashError error, const QString &message, const QString &moduleAnswer = {});

    QPointer<AtChannel> m_channel;
    const QByteArray m_package;
    const Options m_options;
    Stage m_stage = Stage::Idle;
    qint64 m_offset = 0;
    qint64 m_chunk = 0;
    int m_repeats = 0; // of the write at m_offset
    QPointer<AtReply> m_pending;
    RateMeter m_meter;
    FlashResult m_result;
    bool m_finished = false;
};
