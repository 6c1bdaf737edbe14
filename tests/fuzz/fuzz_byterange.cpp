// The package server's HTTP Range parser (RFC 9110 section 14): any header,
// any file size; a partial answer always lies inside the file.

#include "fuzzsupport.h"

#include "transfer/byterange.h"

#include <fuzzer/FuzzedDataProvider.h>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider fdp(data, size);
    // Small files most of the time (edges are near 0), sometimes huge ones.
    const qint64 fileSize = fdp.ConsumeBool() ? fdp.ConsumeIntegralInRange<qint64>(0, 300)
                                              : fdp.ConsumeIntegralInRange<qint64>(0, qint64(1) << 50);
    const std::string header = fdp.ConsumeRemainingBytesAsString();
    const ByteRange range = ByteRange::parse(QByteArrayView(header.data(), qsizetype(header.size())), fileSize);
    const QString detail = QStringLiteral("size %1, Range: %2 -> %3 [%4, %5]")
                               .arg(fileSize)
                               .arg(QString::fromLatin1(header.data(), qsizetype(header.size())))
                               .arg(int(range.kind))
                               .arg(range.first)
                               .arg(range.last);
    switch (range.kind) {
    case ByteRange::Kind::Whole:
        FUZZ_CHECK(range.first == 0 && range.last == fileSize - 1, detail);
        break;
    case ByteRange::Kind::Partial:
        FUZZ_CHECK(range.first >= 0 && range.first <= range.last && range.last < fileSize, detail);
        FUZZ_CHECK(range.length() >= 1 && range.length() <= fileSize, detail);
        break;
    case ByteRange::Kind::Unsatisfiable:
        break;
    }
    return 0;
}
