#include "atchannel.h"

#include "finalcode.h"
#include "port/port.h"
#include "secretmasker.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaMethod>

// Debug (every line on the wire, masked) only when asked for with
// QT_LOGGING_RULES="fotadesk.at.debug=true": it would flood every run otherwise.
Q_LOGGING_CATEGORY(lcAt, "fotadesk.at", QtInfoMsg)

namespace {

QString hexSample(const QByteArray &bytes)
{
    constexpr qsizetype kSample = 16;
    QString text = QString::fromLatin1(bytes.first(qMin(bytes.size(), kSample)).toHex(' '));
    if (bytes.size() > kSample)
        text += QStringLiteral(" ...");
    return QStringLiteral("%1 bytes: %2").arg(bytes.size()).arg(text);
}

} // namespace

AtChannel::AtChannel(std::unique_ptr<Port> port, const UrcRegistry &urcs, QObject *parent)
    : QObject(parent), m_port(std::move(port)), m_urcs(urcs)
{
    m_port->setParent(nullptr); // owned by m_port, not by a Qt parent
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AtChannel::onTimeout);
    connect(m_port.get(), &QIODevice::readyRead, this, &AtChannel::onReadyRead);
    connect(m_port.get(), &Port::lost, this, &AtChannel::onPortLost);
    connect(m_port.get(), &Port::failed, this, [this](const QString &reason) {
        note(Traffic::Kind::Note, tr("port error: %1").arg(reason));
        emit failed(reason);
    });
    if (!m_port->isOpen())
        m_lost = true;
}

AtChannel::~AtChannel()
{
    // Keep the promise of one result per command even when the channel goes away.
    m_lost = true;
    cancelAll();
    disconnect(m_port.get(), nullptr, this, nullptr);
    if (m_port->isOpen())
        m_port->close();
}

AtReply *AtChannel::send(const AtCommand &command)
{
    auto *reply = new AtReply(this, this, SecretMasker::maskLine(command.text));
    if (m_lost) {
        AtResult result;
        result.command = reply->command();
        result.status = AtStatus::PortLost;
        finishLater(reply, result);
        return reply;
    }
    if (!command.privileged && m_guard) {
        const QString why = m_guard(command.text);
        if (!why.isEmpty()) {
            note(Traffic::Kind::Note, tr("refused %1: %2").arg(reply->command(), why));
            AtResult result;
            result.command = reply->command();
            result.status = AtStatus::Refused;
            result.detail = why;
            finishLater(reply, result);
            return reply;
        }
    }
    Pending pending;
    pending.command = command;
    pending.reply = reply;
    pending.name = command.name();
    pending.result.command = reply->command();
    m_queue.push_back(std::move(pending));
    scheduleStart();
    return reply;
}

void AtChannel::finishLater(AtReply *reply, AtResult result)
{
    // Never finish inside send(): the caller has not connected to finished() yet.
    QMetaObject::invokeMethod(reply, [reply, result] { reply->finish(result); }, Qt::QueuedConnection);
}

void AtChannel::scheduleStart()
{
    if (m_startScheduled || m_current)
        return;
    m_startScheduled = true;
    QMetaObject::invokeMethod(this, [this] {
        m_startScheduled = false;
        startNext();
    }, Qt::QueuedConnection);
}

void AtChannel::startNext()
{
    if (m_current || m_rawSink || m_lost || m_queue.empty())
        return;
    m_current = std::make_unique<Pending>(std::move(m_queue.front()));
    m_queue.pop_front();

    note(Traffic::Kind::Command, m_current->result.command);
    const QByteArray bytes = m_current->command.text.toLatin1() + '\r';
    const auto timeout = m_current->command.timeout.count() > 0 ? m_current->command.timeout
                                                                : m_defaultTimeout;
    m_timer.start(timeout);
    if (m_port->write(bytes) != bytes.size()) {
        note(Traffic::Kind::Note, tr("write failed: %1").arg(m_port->errorString()));
        finishCurrent(AtStatus::PortLost, -1, m_port->errorString());
    }
}

void AtChannel::finishCurrent(AtStatus status, int code, const QString &detail)
{
    m_timer.stop();
    std::unique_ptr<Pending> done = std::move(m_current);
    done->result.status = status;
    done->result.errorCode = code;
    done->result.detail = detail;
    if (done->reply)
        done->reply->finish(std::move(done->result));
    startNext();
}

void AtChannel::cancel(AtReply *reply)
{
    AtResult result;
    result.command = reply->command();
    result.status = AtStatus::Cancelled;
    if (m_current && m_current->reply == reply) {
        // Stay in flight without an owner until the module answers, so its
        // final code cannot be taken for the next command's.
        m_current->reply = nullptr;
        reply->finish(result);
        return;
    }
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->reply == reply) {
            m_queue.erase(it);
            break;
        }
    }
    reply->finish(result);
}

void AtChannel::cancelAll()
{
    if (m_current && m_current->reply)
        cancel(m_current->reply);
    while (!m_queue.empty()) {
        QPointer<AtReply> reply = m_queue.front().reply;
        if (reply)
            cancel(reply);
        else
            m_queue.pop_front();
    }
}

QMetaObject::Connection AtChannel::subscribe(const QString &prefix, const QObject *context,
                                             UrcHandler handler)
{
    return connect(this, &AtChannel::urcReceived, context,
                   [prefix, handler = std::move(handler)](const QString &line, const QString &matched) {
                       if (matched.compare(prefix, Qt::CaseInsensitive) == 0)
                           handler(line);
                   });
}

bool AtChannel::enterRawMode(RawSink sink)
{
    if (m_current || m_lost || !sink)
        return false;
    m_rawSink = std::move(sink);
    note(Traffic::Kind::Note, tr("raw mode"));
    const QByteArray pending = m_reader.takePending();
    if (!pending.isEmpty()) {
        note(Traffic::Kind::RawIn, hexSample(pending));
        const RawSink sinkCopy = m_rawSink; // the sink may leave raw mode
        sinkCopy(pending);
    }
    return true;
}

void AtChannel::leaveRawMode(const QByteArray &unconsumed)
{
    if (!m_rawSink)
        return;
    m_rawSink = {};
    note(Traffic::Kind::Note, tr("line mode"));
    if (!unconsumed.isEmpty()) {
        // Parsed now rather than on the next read: the module may say nothing
        // more, and a late line must not be taken for the next command's.
        m_reader.append(unconsumed);
        drainReader();
    }
    scheduleStart();
}

qint64 AtChannel::writeRaw(const QByteArray &bytes)
{
    if (m_lost)
        return -1;
    note(Traffic::Kind::RawOut, hexSample(bytes));
    return m_port->write(bytes);
}

void AtChannel::resetInput()
{
    m_reader.clear();
    m_port->discardInput();
}

void AtChannel::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (bytes.isEmpty())
        return;
    if (m_rawSink) {
        note(Traffic::Kind::RawIn, hexSample(bytes));
        const RawSink sink = m_rawSink;
        sink(bytes);
        return;
    }
    m_reader.append(bytes);
    drainReader();
}

void AtChannel::drainReader()
{
    if (m_draining)
        return; // a handler caused more input; the outer loop picks it up
    m_draining = true;
    AtLineReader::Event event;
    for (;;) {
        if (m_rawSink || m_lost)
            break;
        // Set before every event: a handler may have started the command that
        // waits for its prompt, or sent the payload.
        m_reader.setPromptExpected(expectsPrompt());
        if (!m_reader.next(event))
            break;
        switch (event.kind) {
        case AtLineReader::Kind::Line:
            handleLine(event.text);
            break;
        case AtLineReader::Kind::Prompt:
            handlePrompt();
            break;
        case AtLineReader::Kind::Noise:
        case AtLineReader::Kind::Overflow:
            m_noiseBytes += quint64(event.data.size());
            note(Traffic::Kind::Noise, event.kind == AtLineReader::Kind::Overflow
                                           ? tr("over-long line dropped, starting %1").arg(hexSample(event.data))
                                           : tr("garbage dropped, %1").arg(hexSample(event.data)));
            emit noiseDetected(event.data);
            break;
        }
    }
    m_draining = false;
}

bool AtChannel::expectsPrompt() const
{
    // Only a command with a data phase (AT+CFLW and its payload) gets a '>';
    // anywhere else a '>' is text, whatever the chunking.
    return m_current && !m_current->command.payload.isEmpty() && !m_current->payloadSent;
}

bool AtChannel::answersCurrent(const QString &line) const
{
    const QString &name = m_current->name;
    return !name.isEmpty() && line.size() > name.size()
        && line.at(name.size()) == u':' && line.startsWith(name, Qt::CaseInsensitive);
}

void AtChannel::handleLine(const QString &line)
{
    if (m_current) {
        if (line.compare(m_current->command.text, Qt::CaseInsensitive) == 0) {
            note(Traffic::Kind::Echo, m_current->result.command);
            return;
        }
        if (const auto final = parseFinalCode(line)) {
            note(Traffic::Kind::Final, SecretMasker::maskLine(line));
            finishCurrent(final->status, final->errorCode, final->detail);
            return;
        }
        const QString prefix = m_urcs.match(line);
        if (prefix.isEmpty() || answersCurrent(line)) {
            note(Traffic::Kind::Response, SecretMasker::maskLine(line));
            m_current->result.lines << line;
            return;
        }
        note(Traffic::Kind::Urc, SecretMasker::maskLine(line));
        emit urcReceived(line, prefix);
        return;
    }

    if (parseFinalCode(line)) {
        // A late answer to a command that timed out: not a URC, not anyone's result.
        note(Traffic::Kind::Unsolicited, tr("%1 (late, no command waiting)").arg(SecretMasker::maskLine(line)));
        return;
    }
    const QString prefix = m_urcs.match(line);
    note(prefix.isEmpty() ? Traffic::Kind::Unsolicited : Traffic::Kind::Urc,
         SecretMasker::maskLine(line));
    emit urcReceived(line, prefix);
}

void AtChannel::handlePrompt()
{
    if (!m_current || m_current->command.payload.isEmpty() || m_current->payloadSent) {
        m_noiseBytes += 1;
        note(Traffic::Kind::Noise, tr("'>' prompt with no data to send"));
        return;
    }
    note(Traffic::Kind::Prompt, QStringLiteral(">"));
    m_current->payloadSent = true;
    const QByteArray &payload = m_current->command.payload;
    note(Traffic::Kind::RawOut, hexSample(payload));
    if (m_port->write(payload) != payload.size()) {
        note(Traffic::Kind::Note, tr("write failed: %1").arg(m_port->errorString()));
        finishCurrent(AtStatus::PortLost, -1, m_port->errorString());
    }
}

void AtChannel::onTimeout()
{
    if (!m_current)
        return;
    note(Traffic::Kind::Note, tr("no final result for %1 within %2 ms")
                                  .arg(m_current->result.command)
                                  .arg(m_timer.interval()));
    finishCurrent(AtStatus::Timeout);
}

void AtChannel::onPortLost()
{
    if (m_lost)
        return;
    m_lost = true;
    m_timer.stop();
    m_rawSink = {};
    note(Traffic::Kind::Note, tr("port lost"));
    std::unique_ptr<Pending> current = std::move(m_current);
    std::deque<Pending> queue = std::move(m_queue);
    m_queue.clear();
    auto lostResult = [](const Pending &p) {
        AtResult result = p.result;
        result.status = AtStatus::PortLost;
        return result;
    };
    if (current && current->reply)
        current->reply->finish(lostResult(*current));
    for (const Pending &p : queue) {
        if (p.reply)
            p.reply->finish(lostResult(p));
    }
    emit disconnected();
}

void AtChannel::note(Traffic::Kind kind, const QString &text)
{
    // Callers mask what they know to be module text; masked once more here
    // so no caller can forget it (masking is idempotent). The debug log and
    // the transcript tap see the same masked text.
    static const QMetaMethod trafficSignal = QMetaMethod::fromSignal(&AtChannel::traffic);
    const bool tapped = isSignalConnected(trafficSignal);
    if (!tapped && !lcAt().isDebugEnabled())
        return;
    const QString masked = SecretMasker::maskLine(text);
    qCDebug(lcAt).noquote() << Traffic::kindName(kind) << masked;
    if (tapped)
        emit traffic(Traffic{QDateTime::currentMSecsSinceEpoch(), kind, masked});
}
