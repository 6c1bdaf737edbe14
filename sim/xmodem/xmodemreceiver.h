#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <functional>

// The receiving end of XMODEM as the module runs it (Forsberg's XMODEM/CRC and
// 1K notes): it asks for CRC mode with 'C' and falls back to the original
// checksum after `crcTries` unanswered requests; accepts 128-byte SOH and
// 1024-byte STX blocks in any mix; ACKs a repeated previous block without
// storing it; NAKs damaged or incomplete blocks; cancels (CAN CAN) on a block
// out of sequence or after too many errors; ACKs EOT. The file is cut to the
// size announced by the AT command, dropping the SUB padding.
class XmodemReceiver : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        std::chrono::milliseconds retry{3000};     // between 'C'/NAK requests
        std::chrono::milliseconds firstBlock{300000}; // nothing at all: give up (+CME ERROR: 3)
        std::chrono::milliseconds blockGap{10000}; // silence inside or between blocks
        std::chrono::milliseconds flashWrite{0}; // a good block is written before it is ACKed
        int crcTries = 3;
        int maxErrors = 10;
        // A real module's patience (the strict personality): silence from
        // the sender only brings a NAK, never counts as an error, and the
        // receiver gives up after firstBlock without a good block, not after
        // maxErrors gaps.
        bool patient = false;
    };
    enum class Outcome { Done, NothingArrived, TooManyErrors, Cancelled, OutOfSequence };
    Q_ENUM(Outcome)

    XmodemReceiver(qint64 expectedSize, Timing timing, QObject *parent = nullptr);

    // Called before each block is judged; true forces a NAK (the nak-storm fault).
    void setNakInjector(std::function<bool()> injector) { m_injectNak = std::move(injector); }
    void start();
    void feed(const QByteArray &bytes);
    bool isCrcMode() const { return m_crc; }
    qint64 received() const { return m_data.size(); }

    static quint16 crc16(QByteArrayView data);

signals:
    void send(const QByteArray &bytes);
    void progress(qint64 received, qint64 total);
    // `rest`: bytes after the EOT that belong to the AT interpreter again.
    void finished(XmodemReceiver::Outcome outcome, const QByteArray &data, const QByteArray &rest);

private:
    void parse();
    void request();
    void reject();
    void onGap();
    void end(Outcome outcome);

    qint64 m_expected;
    Timing m_timing;
    QByteArray m_buffer;
    QByteArray m_data;
    QTimer m_retryTimer;
    QTimer m_gapTimer;
    QTimer m_overallTimer;
    std::function<bool()> m_injectNak;
    quint8 m_nextBlock = 1;
    int m_requests = 0;
    int m_errors = 0;
    bool m_crc = true;
    bool m_started = false; // a block has arrived: the mode is settled
    bool m_done = false;
    bool m_writing = false; // a block goes to flash; what arrives meanwhile waits
};
