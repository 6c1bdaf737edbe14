#include "sessionrecorder.h"

#include "at/secretmasker.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>

namespace {

QString deviceOf(const QString &port)
{
    const QFileInfo info(port.contains(QLatin1Char('/')) ? port : QStringLiteral("/dev/") + port);
    return info.canonicalFilePath();
}

} // namespace

SessionRecorder::~SessionRecorder()
{
    close();
}

bool SessionRecorder::open(const QString &path, const QString &port, const QString &description, QString *error)
{
    close();
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        if (error)
            *error = m_file.errorString();
        return false;
    }
    m_port = port;
    m_device = deviceOf(port);
    m_recorded.clear();
    m_pending.clear();
    m_events = 0;
    m_clock.start();
    QByteArray header = QByteArray(SessionRecording::magic.latin1()) + '\n';
    header += "# port " + port.toUtf8() + '\n';
    header += "# started " + QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + '\n';
    header += "# by " + QCoreApplication::applicationName().toUtf8() + ' '
              + QCoreApplication::applicationVersion().toUtf8() + '\n';
    if (!description.isEmpty())
        header += "# during " + masked(description.toUtf8()).replace('\n', ' ') + '\n';
    m_file.write(header);
    return true;
}

void SessionRecorder::close()
{
    if (!m_file.isOpen())
        return;
    flushReceived();
    m_file.close();
}

bool SessionRecorder::isRecorded(const QString &port)
{
    const auto it = m_recorded.constFind(port);
    if (it != m_recorded.constEnd())
        return *it;
    const QString device = deviceOf(port);
    const bool recorded = port == m_port || (!device.isEmpty() && device == m_device);
    m_recorded.insert(port, recorded);
    return recorded;
}

void SessionRecorder::write(RecordedEvent event)
{
    if (!m_file.isOpen())
        return;
    if (event.kind == RecordedEvent::Kind::Out || event.kind == RecordedEvent::Kind::In)
        event.bytes = masked(event.bytes);
    m_file.write(SessionRecording::format(event));
    ++m_events;
}

void SessionRecorder::flushReceived()
{
    if (m_pending.isEmpty())
        return;
    write({m_pendingAt, RecordedEvent::Kind::In, m_pending, 0});
    m_pending.clear();
}

void SessionRecorder::opened(const QString &port, qint32 baud)
{
    m_recorded.remove(port); // the device behind the name may be another now
    if (isRecorded(port))
        write({now(), RecordedEvent::Kind::Open, {}, baud});
}

void SessionRecorder::rateSet(const QString &port, qint32 baud)
{
    if (!isRecorded(port))
        return;
    flushReceived();
    write({now(), RecordedEvent::Kind::Rate, {}, baud});
}

void SessionRecorder::sent(const QString &port, QByteArrayView bytes)
{
    if (!isRecorded(port))
        return;
    flushReceived(); // what the module said came first
    if (SessionRecording::isTextLine(bytes))
        write({now(), RecordedEvent::Kind::Out, bytes.toByteArray(), 0});
    else
        write({now(), RecordedEvent::Kind::Raw, {}, bytes.size()});
}

void SessionRecorder::received(const QString &port, QByteArrayView bytes)
{
    if (!isRecorded(port))
        return;
    m_pending += bytes;
    m_pendingAt = now();
    // Text goes out masked once it ends a line, data bytes at once; a line
    // still arriving waits for its end (or for the host to speak).
    if (!SessionRecording::isText(m_pending) || m_pending.endsWith('\n'))
        flushReceived();
}

void SessionRecorder::lost(const QString &port)
{
    if (!isRecorded(port))
        return;
    flushReceived();
    write({now(), RecordedEvent::Kind::Lost, {}, 0});
}

void SessionRecorder::closed(const QString &port)
{
    if (!isRecorded(port))
        return;
    flushReceived();
    write({now(), RecordedEvent::Kind::Close, {}, 0});
}

QByteArray SessionRecorder::masked(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size());
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != '\r' && text[end] != '\n')
            ++end;
        if (end > start) {
            // Read as Latin-1, so every byte the module sent comes back as it
            // was; what the masker put in (the ellipsis of a cut token) as UTF-8.
            const QString line = QString::fromLatin1(text.mid(start, end - start));
            for (const QChar c : SecretMasker::maskLine(line)) {
                if (c.unicode() < 0x100)
                    out += char(c.unicode());
                else
                    out += QString(c).toUtf8();
            }
        }
        qsizetype next = end;
        while (next < text.size() && (text[next] == '\r' || text[next] == '\n'))
            ++next;
        out += text.mid(end, next - end);
        start = next;
    }
    return out;
}
