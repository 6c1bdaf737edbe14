#include "zipwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <array>
#include <limits>

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndOfCentral = 0x06054b50;
constexpr quint16 kVersion = 20;           // 2.0: deflate, folders
constexpr quint16 kUtf8Names = 1u << 11;   // general purpose flag bit 11
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
// Without ZIP64 every size and offset is 32 bits and the count 16.
constexpr qint64 kLimit = std::numeric_limits<quint32>::max();

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    return table;
}

void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// qCompress gives a 4-byte length, then a zlib stream: a 2-byte header, the
// raw deflate data ZIP wants, a 4-byte Adler-32.
QByteArray rawDeflate(const QByteArray &data)
{
    const QByteArray wrapped = qCompress(data, 9);
    if (wrapped.size() < 4 + 2 + 4)
        return {};
    return wrapped.mid(6, wrapped.size() - 6 - 4);
}

} // namespace

ZipWriter::ZipWriter(QIODevice *device)
    : m_device(device)
{
}

quint32 ZipWriter::crc32(const QByteArray &data)
{
    const auto &table = crcTable();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

bool ZipWriter::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name.contains(QChar(0)) || (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return false;
    const QStringList parts = name.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

bool ZipWriter::fail(const QString &error)
{
    m_error = error;
    return false;
}

bool ZipWriter::write(const QByteArray &bytes)
{
    if (m_device->write(bytes) != bytes.size())
        return fail(QCoreApplication::translate("ZipWriter", "cannot write the archive: %1")
                        .arg(m_device->errorString()));
    m_offset += bytes.size();
    return true;
}

bool ZipWriter::addFile(const QString &name, const QByteArray &data, const QDateTime &modified)
{
    if (m_finished)
        return fail(QCoreApplication::translate("ZipWriter", "the archive is already complete"));
    if (!isSafeName(name))
        return fail(QCoreApplication::translate("ZipWriter", "\"%1\" is no safe name inside an archive").arg(name));
    Entry e;
    e.name = name.toUtf8();
    for (const Entry &other : std::as_const(m_entries)) {
        if (other.name == e.name)
            return fail(QCoreApplication::translate("ZipWriter", "\"%1\" is in the archive twice").arg(name));
    }
    if (m_entries.size() >= 0xFFFF || data.size() > kLimit || m_offset > kLimit || e.name.size() > 0xFFFF)
        return fail(QCoreApplication::translate("ZipWriter", "the archive would need ZIP64, which is not written"));

    QByteArray body = data.isEmpty() ? QByteArray() : rawDeflate(data);
    e.method = kDeflated;
    if (data.isEmpty() || body.isEmpty() || body.size() >= data.size()) {
        body = data;
        e.method = kStored;
    }
    e.crc = crc32(data);
    e.size = quint32(data.size());
    e.compressedSize = quint32(body.size());
    e.offset = quint32(m_offset);

    // MS-DOS time: local time, two-second steps, years from 1980.
    const QDateTime local = modified.isValid() ? modified.toLocalTime() : QDateTime::currentDateTime();
    const QDate d = local.date();
    const QTime t = local.time();
    const int year = qBound(1980, d.year(), 2107);
    e.dosDate = quint16(((year - 1980) << 9) | (d.month() << 5) | d.day());
    e.dosTime = quint16((t.hour() << 11) | (t.minute() << 5) | (t.second() / 2));

    QByteArray header;
    put32(header, kLocalHeader);
    put16(header, kVersion);
    put16(header, kUtf8Names);
    put16(header, e.method);
    put16(header, e.dosTime);
    put16(header, e.dosDate);
    put32(header, e.crc);
    put32(header, e.compressedSize);
    put32(header, e.size);
    put16(header, quint16(e.name.size()));
    put16(header, 0); // extra field
    header += e.name;
    if (!write(header) || !write(body))
        return false;
    if (m_offset > kLimit)
        return fail(QCoreApplication::translate("ZipWriter", "the archive would need ZIP64, which is not written"));
    m_entries << e;
    return true;
}

bool ZipWriter::finish()
{
    if (m_finished)
        return true;
    const quint32 start = quint32(m_offset);
    QByteArray central;
    for (const Entry &e : std::as_const(m_entries)) {
        put32(central, kCentralHeader);
        put16(central, kVersion); // made by: MS-DOS/FAT attributes, version 2.0
        put16(central, kVersion);
        put16(central, kUtf8Names);
        put16(central, e.method);
        put16(central, e.dosTime);
        put16(central, e.dosDate);
        put32(central, e.crc);
        put32(central, e.compressedSize);
        put32(central, e.size);
        put16(central, quint16(e.name.size()));
        put16(central, 0); // extra
        put16(central, 0); // comment
        put16(central, 0); // disk
        put16(central, 0); // internal attributes
        put32(central, 0); // external attributes
        put32(central, e.offset);
        central += e.name;
    }
    if (m_offset + central.size() > kLimit)
        return fail(QCoreApplication::translate("ZipWriter", "the archive would need ZIP64, which is not written"));
    QByteArray end;
    put32(end, kEndOfCentral);
    put16(end, 0);
    put16(end, 0);
    put16(end, quint16(m_entries.size()));
    put16(end, quint16(m_entries.size()));
    put32(end, quint32(central.size()));
    put32(end, start);
    put16(end, 0);
    if (!write(central) || !write(end))
        return false;
    m_finished = true;
    return true;
}
