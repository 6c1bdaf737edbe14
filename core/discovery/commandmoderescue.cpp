#include "commandmoderescue.h"

#include "at/finalcode.h"
#include "discoverylog.h"
#include "port/port.h"

namespace {
constexpr char NAK = 0x15;
constexpr char CAN = 0x18;
} // namespace

CommandModeRescue::CommandModeRescue(Port *port, const Settings &settings, QObject *parent)
    : QObject(parent), m_port(port), m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &CommandModeRescue::sendFiller);
}

bool CommandModeRescue::isXmodemRequest(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return false;
    for (const char c : bytes) {
        if (c != 'C' && c != NAK)
            return false;
    }
    return true;
}

void CommandModeRescue::start()
{
    if (m_running)
        return;
    m_running = true;
    m_filler = 0;
    m_cancels = 0;
    m_reader.clear();
    qCInfo(lcDiscovery) << m_port->name() << "answers no AT: ending a data phase left open (CAN CAN, filler)";
    // A receiver first: CAN CAN is only two bytes of data to a prompt.
    cancelTransfer();
    m_timer.start(m_settings.fillerGap);
}

void CommandModeRescue::stop()
{
    m_running = false;
    m_timer.stop();
}

void CommandModeRescue::cancelTransfer()
{
    if (m_cancels >= m_settings.maxCancels)
        return;
    ++m_cancels;
    m_port->write(QByteArray(2, CAN));
}

void CommandModeRescue::sendFiller()
{
    if (!m_running)
        return;
    const qint64 left = m_settings.fillerLimit - m_filler;
    if (left <= 0) {
        end(false);
        return;
    }
    const qint64 chunk = qMin(qMax<qint64>(1, m_settings.fillerChunk), left);
    m_filler += chunk;
    m_port->write(QByteArray(chunk, char(0xff)));
    m_timer.start(m_settings.fillerGap);
}

void CommandModeRescue::feed(const QByteArray &bytes)
{
    if (!m_running)
        return;
    m_reader.append(bytes);
    bool asks = false;
    AtLineReader::Event event;
    while (m_reader.next(event)) {
        if (event.kind == AtLineReader::Kind::Line) {
            if (parseFinalCode(QString::fromLatin1(event.data))) {
                end(true);
                return;
            }
        } else if (event.data.contains(NAK)) {
            asks = true;
        }
    }
    // A receiver's request has no line end: it stays in the pending bytes.
    const QByteArrayView pending = m_reader.pending();
    if (pending.contains(NAK) || isXmodemRequest(pending)) {
        asks = true;
        m_reader.takePending();
    }
    // A receiver that asks again took our filler as part of a block, or
    // missed the CAN CAN: cancel once more.
    if (asks)
        cancelTransfer();
}

void CommandModeRescue::end(bool answered)
{
    if (!m_running)
        return;
    m_running = false;
    m_timer.stop();
    // Closes whatever filler ran over into the command line, so the next AT
    // starts a line of its own.
    m_port->write("\r");
    qCInfo(lcDiscovery) << m_port->name() << (answered ? "left its data phase" : "gave no final result")
                        << "after" << m_cancels << "CAN CAN and" << m_filler << "filler bytes";
    emit finished(answered);
}
