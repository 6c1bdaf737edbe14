#pragma once

#include <QByteArray>
#include <QByteArrayView>

// XMODEM's wire vocabulary and block layout (Christensen 1977, XMODEM-CRC,
// and the 1K extension), kept apart from the sender's state machine so both
// can be read, and tested, on their own.
namespace Xmodem {

inline constexpr char SOH = 0x01; // 128-byte block follows
inline constexpr char STX = 0x02; // 1024-byte block follows
inline constexpr char EOT = 0x04;
inline constexpr char ACK = 0x06;
inline constexpr char NAK = 0x15; // checksum mode request, or "send that block again"
inline constexpr char CAN = 0x18;
inline constexpr char CRC_REQUEST = 'C';
inline constexpr char PAD = 0x1A; // CP/M end-of-file, fills the last block

// CRC-16/XMODEM: polynomial 0x1021, initial value 0, no reflection.
quint16 crc16(QByteArrayView data);
// The original protocol's check: the sum of the data bytes modulo 256.
quint8 checksum(QByteArrayView data);

// One block on the wire: header, block number and its complement, `payload`
// padded with `pad` to `blockSize` (128 or 1024), then CRC-16 (big-endian) or
// the checksum byte. `number` wraps 0xFF -> 0x00 by being a byte.
QByteArray frame(quint8 number, QByteArrayView payload, int blockSize, bool crc, char pad = PAD);

} // namespace Xmodem
