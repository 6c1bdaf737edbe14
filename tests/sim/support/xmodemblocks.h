#pragma once

#include <QByteArray>

// Builds XMODEM blocks the way a sender does, for tests that need to damage
// them on purpose.
namespace XmodemBlocks {

inline quint16 crc16(QByteArrayView data)
{
    quint16 crc = 0;
    for (char ch : data) {
        crc ^= quint16(quint8(ch)) << 8;
        for (int i = 0; i < 8; ++i)
            crc = (crc & 0x8000) ? quint16((crc << 1) ^ 0x1021) : quint16(crc << 1);
    }
    return crc;
}

// `payload` is padded with SUB to 128 or 1024 bytes.
inline QByteArray block(quint8 number, QByteArray payload, bool oneK, bool crc = true)
{
    const qsizetype size = oneK ? 1024 : 128;
    payload = payload.leftJustified(size, char(0x1a), true);
    QByteArray b;
    b += char(oneK ? 0x02 : 0x01);
    b += char(number);
    b += char(0xff - number);
    b += payload;
    if (crc) {
        const quint16 c = crc16(payload);
        b += char(c >> 8);
        b += char(c & 0xff);
    } else {
        quint8 sum = 0;
        for (char ch : payload)
            sum = quint8(sum + quint8(ch));
        b += char(sum);
    }
    return b;
}

constexpr char ACK = 0x06;
constexpr char NAK = 0x15;
constexpr char EOT = 0x04;
constexpr char CAN = 0x18;

} // namespace XmodemBlocks
