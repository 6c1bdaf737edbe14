#include "xmodemreceiver.h"

namespace {
constexpr char SOH = 0x01;
constexpr char STX = 0x02;
constexpr char EOT = 0x04;
constexpr char ACK = 0x06;
constexpr char NAK = 0x15;
constexpr char CAN = 0x18;
} // namespace

XmodemReceiver::XmodemReceiver(qint64 expectedSize, Timing timing, QObject *parent)
    : QObject(parent)
    , m_expected(expectedSize)
    , m_timing(timing)
{
    m_retryTimer.setInterval(m_timing.retry);
    connect(&m_retryTimer, &QTimer::timeout, this, &XmodemReceiver::request);
    m_gapTimer.setSingleShot(true);
    m_gapTimer.setInterval(m_timing.blockGap);
    connect(&m_gapTimer, &QTimer::timeout, this, &XmodemReceiver::onGap);
    m_overallTimer.setSingleShot(true);
    m_overallTimer.setInterval(m_timing.firstBlock);
    connect(&m_overallTimer, &QTimer::timeout, this, [this] { end(Outcome::NothingArrived); });
}

quint16 XmodemReceiver::crc16(QByteArrayView data)
{
    // CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection.
    quint16 crc = 0;
    for (char ch : data) {
        crc ^= quint16(quint8(ch)) << 8;
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

void XmodemReceiver::start()
{
    m_overallTimer.start();
    request();
    m_retryTimer.start();
}

void XmodemReceiver::request()
{
    if (m_done)
        return;
    if (m_started) { // only before the first block
        m_retryTimer.stop();
        return;
    }
    if (m_crc && m_requests >= m_timing.crcTries)
        m_crc = false; // the sender does not know CRC mode: original checksum
    ++m_requests;
    emit send(QByteArray(1, m_crc ? 'C' : NAK));
}

void XmodemReceiver::feed(const QByteArray &bytes)
{
    if (m_done)
        return;
    m_buffer.append(bytes);
    parse();
}

void XmodemReceiver::parse()
{
    while (!m_done && !m_writing && !m_buffer.isEmpty()) {
        const char head = m_buffer.at(0);
        if (head == EOT) {
            m_buffer.remove(0, 1);
            emit send(QByteArray(1, ACK));
            end(Outcome::Done);
            return;
        }
        if (head == CAN) {
            if (m_buffer.size() < 2) {
                m_gapTimer.start();
                return;
            }
            if (m_buffer.at(1) == CAN) {
                end(Outcome::Cancelled);
                return;
            }
            m_buffer.remove(0, 1);
            continue;
        }
        if (head != SOH && head != STX) {
            m_buffer.remove(0, 1); // line noise between blocks
            continue;
        }
        const qsizetype payload = head == STX ? 1024 : 128;
        const qsizetype total = 3 + payload + (m_crc ? 2 : 1);
        if (m_buffer.size() < total) {
            m_gapTimer.start(); // wait for the rest, but not forever
            return;
        }
        m_gapTimer.stop();
        if (!m_started) {
            m_started = true;
            m_retryTimer.stop();
            if (!m_timing.patient)
                m_overallTimer.stop();
        }
        const QByteArray block = m_buffer.left(total);
        m_buffer.remove(0, total);
        const auto number = quint8(block.at(1));
        const auto complement = quint8(block.at(2));
        const QByteArrayView data = QByteArrayView(block).sliced(3, payload);
        bool good = quint8(number + complement) == 0xff;
        if (good && m_crc) {
            const quint16 got = quint16(quint8(block.at(3 + payload)) << 8 | quint8(block.at(4 + payload)));
            good = got == crc16(data);
        } else if (good) {
            quint8 sum = 0;
            for (char c : data)
                sum = quint8(sum + quint8(c));
            good = sum == quint8(block.at(3 + payload));
        }
        if (!good || (m_injectNak && number == m_nextBlock && m_injectNak())) {
            reject();
            continue;
        }
        if (number == quint8(m_nextBlock - 1)) {
            emit send(QByteArray(1, ACK)); // our ACK was lost: the sender repeats
            continue;
        }
        if (number != m_nextBlock) {
            emit send(QByteArray(2, CAN));
            end(Outcome::OutOfSequence);
            return;
        }
        m_errors = 0;
        ++m_nextBlock;
        if (m_timing.patient)
            m_overallTimer.start(); // the give-up clock counts from the last good block
        m_data.append(data.data(), data.size());
        emit progress(qMin<qint64>(m_data.size(), m_expected), m_expected);
        if (m_timing.flashWrite.count() > 0) {
            m_writing = true;
            QTimer::singleShot(m_timing.flashWrite, Qt::PreciseTimer, this, [this] {
                m_writing = false;
                if (m_done)
                    return;
                emit send(QByteArray(1, ACK));
                m_gapTimer.start();
                parse();
            });
            return;
        }
        emit send(QByteArray(1, ACK));
        m_gapTimer.start(); // the sender must go on within the gap
    }
}

void XmodemReceiver::reject()
{
    if (++m_errors > m_timing.maxErrors) {
        emit send(QByteArray(2, CAN));
        end(Outcome::TooManyErrors);
        return;
    }
    m_buffer.clear(); // resynchronise on the repeated block
    emit send(QByteArray(1, NAK));
}

void XmodemReceiver::onGap()
{
    if (m_done)
        return;
    if (!m_started && m_buffer.startsWith(CAN)) {
        m_buffer.remove(0, 1);
        return;
    }
    if (m_buffer.isEmpty() && !m_started)
        return; // the request timer handles the start
    if (m_timing.patient) {
        // A sender that went quiet may come back; ask again and wait on.
        m_buffer.clear();
        emit send(QByteArray(1, NAK));
        m_gapTimer.start();
        return;
    }
    reject(); // a block stopped halfway, or the sender went quiet
    if (!m_done)
        m_gapTimer.start();
}

void XmodemReceiver::end(Outcome outcome)
{
    if (m_done)
        return;
    m_done = true;
    m_retryTimer.stop();
    m_gapTimer.stop();
    m_overallTimer.stop();
    QByteArray data = m_data;
    if (outcome == Outcome::Done && data.size() >= m_expected)
        data.truncate(m_expected);
    emit finished(outcome, data, std::exchange(m_buffer, {}));
}
