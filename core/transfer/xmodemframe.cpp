#include "xmodemframe.h"

#include <array>

namespace Xmodem {

namespace {

constexpr std::array<quint16, 256> makeCrcTable()
{
    std::array<quint16, 256> table{};
    for (int i = 0; i < 256; ++i) {
        quint16 value = quint16(i << 8);
        for (int bit = 0; bit < 8; ++bit)
            value = (value & 0x8000) ? quint16((value << 1) ^ 0x1021) : quint16(value << 1);
        table[size_t(i)] = value;
    }
    return table;
}

// Built at compile time: a 1K block is checked once per send, so a table
// keeps the per-block turnaround negligible.
constexpr std::array<quint16, 256> kCrcTable = makeCrcTable();

} // namespace

quint16 crc16(QByteArrayView data)
{
    quint16 crc = 0;
    for (const char c : data)
        crc = quint16((crc << 8) ^ kCrcTable[size_t(((crc >> 8) ^ quint8(c)) & 0xFF)]);
    return crc;
}

quint8 checksum(QByteArrayView data)
{
    quint8 sum = 0;
    for (const char c : data)
        sum = quint8(sum + quint8(c));
    return sum;
}

QByteArray frame(quint8 number, QByteArrayView payload, int blockSize, bool crc, char pad)
{
    Q_ASSERT(blockSize == 128 || blockSize == 1024);
    Q_ASSERT(payload.size() <= blockSize);
    QByteArray out;
    out.reserve(3 + blockSize + 2);
    out.append(blockSize == 1024 ? STX : SOH);
    out.append(char(number));
    out.append(char(0xFF - number));
    out.append(payload);
    out.append(blockSize - payload.size(), pad);
    const QByteArrayView data = QByteArrayView(out).sliced(3);
    if (crc) {
        const quint16 value = crc16(data);
        out.append(char(value >> 8));
        out.append(char(value & 0xFF));
    } else {
        out.append(char(checksum(data)));
    }
    return out;
}

} // namespace Xmodem
