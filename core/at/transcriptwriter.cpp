#include "transcriptwriter.h"

#include "secretmasker.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

TranscriptWriter::TranscriptWriter(QObject *parent)
    : QObject(parent)
{
}

bool TranscriptWriter::open(const QString &path)
{
    close();
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered);
}

void TranscriptWriter::close()
{
    if (m_file.isOpen())
        m_file.close();
}

QByteArray TranscriptWriter::format(const Traffic &entry)
{
    QByteArray line = QDateTime::fromMSecsSinceEpoch(entry.msecs, Qt::UTC)
                          .toString(Qt::ISODateWithMs)
                          .toLatin1();
    line += ' ';
    line += Traffic::kindName(entry.kind).leftJustified(6).toLatin1();
    line += ' ';
    // Entries arrive masked from the channel; notes from elsewhere (a session,
    // a flow) may quote a command, so the file masks once more itself.
    line += SecretMasker::maskLine(entry.text).toUtf8();
    line += '\n';
    return line;
}

void TranscriptWriter::write(const Traffic &entry)
{
    if (m_file.isOpen())
        m_file.write(format(entry));
}
