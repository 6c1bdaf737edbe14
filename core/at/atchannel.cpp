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
    // Keep the promise of one result per command even when the channel goes
    // away: for its commands that is the port gone (the module found again on
    // another port, a session closed), not a caller that withdrew them.
    disconnect(m_port.get(), nullptr, this, nullptr);
    failAllLost();
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
    // A refused command's handler may queue more, enter raw mode or even
    // destroy the channel: every condition is looked at again each round.
    const QPointer<AtChannel> self(this);
    while (self && !m_current && !m_marker && !m_rawSink && !m_lost && !m_queue.empty()) {
        if (refuseAtWrite())
            continue;
        if (m_outOfStep)
            startResync();
        else
            writeFront();
        return;
    }
}

bool AtChannel::refuseAtWrite()
{
    // Asked again at the wire, not only in send(): a reset queued while the
    // job was still transferring must not go out once the module installs.
    const Pending &next = m_queue.front();
    if (next.command.privileged || !m_guard)
        return false;
    const QString why = m_guard(next.command.text);
    if (why.isEmpty())
        return false;
    Pending refused = std::move(m_queue.front());
    m_queue.pop_front();
    note(Traffic::Kind::Note, tr("refused %1: %2").arg(refused.result.command, why));
    refused.result.status = AtStatus::Refused;
    refused.result.detail = why;
    if (refused.reply)
        refused.reply->finish(std::move(refused.result));
    return true;
}

void AtChannel::writeFront()
{
    m_current = std::make_unique<Pending>(std::move(m_queue.front()));
    m_queue.pop_front();

    note(Traffic::Kind::Command, m_current->result.command);
    const QByteArray bytes = m_current->command.text.toLatin1() + '\r';
    const auto timeout = m_current->command.timeout.count() > 0 ? m_current->command.timeout
                                                                : m_defaultTimeout;
    m_timer.start(timeout);
    m_answerClock.start();
    m_bytesCarried += quint64(bytes.size());
    if (m_port->write(bytes) != bytes.size()) {
        note(Traffic::Kind::Note, tr("write failed: %1").arg(m_port->errorString()));
        finishCurrent(AtStatus::PortLost, -1, m_port->errorString());
    }
}

void AtChannel::startResync()
{
    ++m_resyncAttempt;
    m_marker.emplace(m_resyncAttempt);
    note(Traffic::Kind::Note, tr("resynchronising the line after a timeout (attempt %1 of %2)")
                                  .arg(m_resyncAttempt)
                                  .arg(m_resyncAttempts));
    note(Traffic::Kind::Command, m_marker->command());
    m_timer.start(m_resyncTimeout.count() > 0 ? m_resyncTimeout : m_defaultTimeout);
    const QByteArray bytes = m_marker->command().toLatin1() + '\r';
    if (m_port->write(bytes) != bytes.size()) {
        const QString error = m_port->errorString();
        note(Traffic::Kind::Note, tr("write failed: %1").arg(error));
        m_timer.stop();
        m_marker.reset();
        m_resyncAttempt = 0;
        failQueued(AtStatus::PortLost, error);
    }
}

void AtChannel::onResyncTimeout()
{
    note(Traffic::Kind::Note, tr("no answer to the resynchronisation %1 within %2 ms")
                                  .arg(m_marker->command())
                                  .arg(m_timer.interval()));
    m_marker.reset();
    if (m_queue.empty()) {
        // Nobody waits: the next command starts a new resynchronisation.
        m_resyncAttempt = 0;
        return;
    }
    if (m_resyncAttempt < m_resyncAttempts) {
        startResync();
        return;
    }
    const int attempts = m_resyncAttempt;
    m_resyncAttempt = 0;
    failQueued(AtStatus::Timeout,
               tr("not sent: after a timeout the module did not answer %1 attempts to "
                  "resynchronise the line")
                   .arg(attempts));
}

void AtChannel::failQueued(AtStatus status, const QString &detail)
{
    // Only the commands waiting now: one queued by a handler below starts a
    // resynchronisation of its own.
    std::deque<Pending> queue = std::move(m_queue);
    m_queue.clear();
    note(Traffic::Kind::Note, tr("%n waiting command(s) failed: %1", nullptr, int(queue.size())).arg(detail));
    const QPointer<AtChannel> self(this);
    for (Pending &p : queue) {
        p.result.status = status;
        p.result.detail = detail;
        if (p.reply)
            p.reply->finish(std::move(p.result));
        if (!self)
            return;
    }
}

void AtChannel::noteDiscarded(const QString &line)
{
    note(Traffic::Kind::Note, tr("late answer discarded: %1").arg(SecretMasker::maskLine(line)));
}

void AtChannel::finishCurrent(AtStatus status, int code, const QString &detail)
{
    m_timer.stop();
    if (m_answerClock.isValid())
        m_answerWaitNs += m_answerClock.nsecsElapsed();
    m_answerClock.invalidate();
    std::unique_ptr<Pending> done = std::move(m_current);
    if (status == AtStatus::Timeout)
        m_outOfStep = true; // its answer may still come
    done->result.status = status;
    done->result.errorCode = code;
    done->result.detail = detail;
    done->result.payloadSent = done->payloadSent;
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
    if (m_current || m_marker || m_lost || !sink)
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
    m_bytesCarried += quint64(bytes.size());
    return m_port->write(bytes);
}

void AtChannel::resetInput()
{
    m_reader.clear();
    m_port->discardInput();
    if (!m_marker)
        m_outOfStep = false;
}

void AtChannel::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    m_bytesCarried += quint64(bytes.size());
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
    if (m_marker) {
        handleResyncLine(line);
        return;
    }
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
        if (m_outOfStep)
            noteDiscarded(line);
        else
            note(Traffic::Kind::Unsolicited, tr("%1 (late, no command waiting)").arg(SecretMasker::maskLine(line)));
        return;
    }
    const QString prefix = m_urcs.match(line);
    if (prefix.isEmpty() && m_outOfStep) {
        noteDiscarded(line); // the IMSI of a timed-out AT+CIMI is nobody's URC either
        return;
    }
    note(prefix.isEmpty() ? Traffic::Kind::Unsolicited : Traffic::Kind::Urc,
         SecretMasker::maskLine(line));
    emit urcReceived(line, prefix);
}

void AtChannel::handleResyncLine(const QString &line)
{
    // URCs keep flowing while the line is resynchronised; the marker's echo
    // and the final codes are never taken for one.
    if (!parseFinalCode(line) && line.trimmed().compare(m_marker->command(), Qt::CaseInsensitive) != 0) {
        const QString prefix = m_urcs.match(line);
        if (!prefix.isEmpty()) {
            note(Traffic::Kind::Urc, SecretMasker::maskLine(line));
            emit urcReceived(line, prefix);
            return;
        }
    }
    QStringList discarded;
    const ResyncMarker::Verdict verdict = m_marker->take(line, discarded);
    for (const QString &late : discarded)
        noteDiscarded(late);
    switch (verdict) {
    case ResyncMarker::Verdict::Pending:
        return;
    case ResyncMarker::Verdict::Echo:
        note(Traffic::Kind::Echo, m_marker->command());
        return;
    case ResyncMarker::Verdict::Done:
        break;
    }
    for (const QString &answer : m_marker->answer())
        note(Traffic::Kind::Response, answer);
    note(Traffic::Kind::Final, SecretMasker::maskLine(line));
    note(Traffic::Kind::Note, tr("the line is in step again"));
    m_timer.stop();
    m_marker.reset();
    m_resyncAttempt = 0;
    m_outOfStep = false;
    startNext();
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
    m_bytesCarried += quint64(payload.size());
    if (m_port->write(payload) != payload.size()) {
        note(Traffic::Kind::Note, tr("write failed: %1").arg(m_port->errorString()));
        finishCurrent(AtStatus::PortLost, -1, m_port->errorString());
    }
}

void AtChannel::onTimeout()
{
    if (m_marker) {
        onResyncTimeout();
        return;
    }
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
    note(Traffic::Kind::Note, tr("port lost"));
    failAllLost();
    emit disconnected();
}

void AtChannel::failAllLost()
{
    m_lost = true;
    m_timer.stop();
    m_rawSink = {};
    m_marker.reset();
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
