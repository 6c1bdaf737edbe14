#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class QIODevice;

// A ZIP archive (PKWARE APPNOTE 6.3, no ZIP64) written to a device, one whole
// file at a time: what a support bundle needs, since Qt has no public zip
// writer. Entries are deflated (zlib's raw stream, taken out of qCompress's
// wrapper) when that makes them smaller, else stored. Names are UTF-8 and
// flagged so; a name with "..", a leading '/' or a backslash is refused, so no
// unpacker writes outside its folder.
class ZipWriter
{
public:
    explicit ZipWriter(QIODevice *device);

    bool addFile(const QString &name, const QByteArray &data,
                 const QDateTime &modified = QDateTime::currentDateTime());
    // Writes the central directory; the archive is complete afterwards.
    bool finish();
    QString errorString() const { return m_error; }
    int count() const { return int(m_entries.size()); }

    static quint32 crc32(const QByteArray &data);
    static bool isSafeName(const QString &name);

private:
    struct Entry
    {
        QByteArray name;
        quint32 crc = 0;
        quint32 compressedSize = 0;
        quint32 size = 0;
        quint16 method = 0;
        quint16 dosTime = 0;
        quint16 dosDate = 0;
        quint32 offset = 0;
    };

    bool write(const QByteArray &bytes);
    bool fail(const QString &error);

    QIODevice *m_device;
    QList<Entry> m_entries;
    qint64 m_offset = 0;
    bool m_finished = false;
    QString m_error;
};
