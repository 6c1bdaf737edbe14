#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

struct AtResult;

// The SIM7020 flash commands (PROTOCOLS.md section 3), as text and back.
namespace FlashCommands {

// AT+CFLE=<partition>,<start block>,<block count>
QString erase(int partition, qint64 startBlock, qint64 blockCount);
// AT+CFLW=<partition>,<offset>,<length>,<mode>,<timeout s>; the data follows the '>' prompt.
QString write(int partition, qint64 offset, qint64 length, int mode, int timeoutSeconds);
// AT+CFLR=<partition>,<offset>,<length> (syntax assumed, see PROTOCOLS.md)
QString read(int partition, qint64 offset, qint64 length);

// Erase blocks that cover `bytes` from offset 0: 313 bytes -> 1, 4097 -> 2.
qint64 blocksFor(qint64 bytes, qint64 eraseBlockSize);

// The bytes of a "+CFLR: <length>,<hex>" answer (hex optionally quoted, either
// letter case). Empty optional when the line is missing, malformed, or its
// length disagrees with `expectedLength` or with the hex.
std::optional<QByteArray> parseRead(const AtResult &result, qint64 expectedLength);

} // namespace FlashCommands
