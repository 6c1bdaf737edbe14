#include "atinterpreter.h"

#include <QTimer>

namespace {
constexpr qsizetype kMaxLine = 2048;
}

AtInterpreter::AtInterpreter(QObject *parent)
    : QObject(parent)
{
}

QByteArray AtInterpreter::cmeText(int code)
{
    switch (code) {
    case 0: return "phone failure";
    case 3: return "operation not allowed";
    case 4: return "operation not supported";
    case 10: return "SIM not inserted";
    case 11: return "SIM PIN required";
    case 12: return "SIM PUK required";
    case 13: return "SIM failure";
    case 16: return "incorrect password";
    case 20: return "memory full";
    case 21: return "invalid index";
    case 30: return "no network service";
    case 50: return "incorrect parameters";
    case 100: return "unknown";
    case 133: return "requested service option not subscribed";
    case 148: return "unspecified GPRS error";
    case 650: return "APN not configured";
    }
    return "unknown error";
}

void AtInterpreter::feed(const QByteArray &bytes)
{
    if (m_frozen)
        return;
    m_in.append(bytes);
    process();
}

void AtInterpreter::setFrozen(bool frozen)
{
    m_frozen = frozen;
    if (frozen) {
        m_in.clear();
        m_line.clear();
    }
}

void AtInterpreter::beginRaw(RawSink sink)
{
    m_raw = std::move(sink);
}

void AtInterpreter::endRaw(const QByteArray &rest)
{
    m_raw = nullptr;
    m_in.prepend(rest);
    // Parse what follows once the sink has returned, never inside it.
    QTimer::singleShot(0, this, &AtInterpreter::process);
}

void AtInterpreter::process()
{
    if (m_processing)
        return;
    m_processing = true;
    QByteArray echoed;
    while (!m_in.isEmpty() && !m_frozen) {
        if (m_raw) {
            const QByteArray chunk = std::exchange(m_in, {});
            const RawSink sink = m_raw; // the sink may end raw mode from inside
            sink(chunk);
            continue;
        }
        if (m_busy)
            break;
        const char c = m_in.at(0);
        m_in.remove(0, 1);
        if (echo)
            echoed.append(c);
        if (c == '\r') {
            if (!echoed.isEmpty())
                emit output(std::exchange(echoed, {}));
            runLine(QString::fromLatin1(std::exchange(m_line, {})));
        } else if (c == '\n') {
            continue;
        } else if (c == '\b' || c == 0x7f) {
            m_line.chop(1);
        } else if (m_line.size() < kMaxLine) {
            m_line.append(c);
        } else {
            m_line.clear(); // overlong junk: start over
        }
    }
    if (!echoed.isEmpty())
        emit output(echoed);
    m_processing = false;
}

void AtInterpreter::runLine(const QString &raw)
{
    QString line = raw.trimmed();
    if (line.compare(QLatin1String("A/"), Qt::CaseInsensitive) == 0) {
        line = m_lastLine;
    } else {
        // V.250: everything before the "AT" prefix is ignored.
        const qsizetype at = line.indexOf(QLatin1String("AT"), 0, Qt::CaseInsensitive);
        if (at < 0)
            return;
        line = line.mid(at);
    }
    if (line.isEmpty())
        return;
    m_lastLine = line;
    emit commandLine(line);
    QList<SimCommand> commands;
    if (!SimCommand::parseLine(line.mid(2), commands)) {
        emit output(formatFinal(SimReply::error()));
        return;
    }
    if (commands.isEmpty()) {
        emit output(formatFinal(SimReply::ok()));
        return;
    }
    m_queue.assign(commands.begin(), commands.end());
    runQueue();
}

void AtInterpreter::runQueue()
{
    while (!m_queue.empty() && !m_busy) {
        const SimCommand cmd = m_queue.front();
        m_queue.pop_front();
        SimReply reply = m_executor ? m_executor(cmd) : SimReply::error();
        if (reply.final == SimReply::Final::Deferred) {
            m_busy = true;
            return;
        }
        if (reply.final == SimReply::Final::Connect) {
            emit output(formatLines(reply.lines) + formatFinal(reply));
            m_busy = true;
            return;
        }
        if (!handleReply(reply))
            return;
    }
}

bool AtInterpreter::handleReply(const SimReply &reply)
{
    if (!reply.lines.isEmpty())
        emit output(formatLines(reply.lines));
    if (reply.final == SimReply::Final::Nothing) {
        m_queue.clear();
        return false;
    }
    if (reply.final != SimReply::Final::Ok || m_queue.empty()) {
        if (reply.final != SimReply::Final::Ok)
            m_queue.clear();
        emit output(formatFinal(reply));
        return false;
    }
    return true;
}

void AtInterpreter::finish(const SimReply &reply)
{
    if (!m_busy)
        return;
    m_busy = false;
    if (handleReply(reply))
        runQueue();
    if (!m_busy)
        QTimer::singleShot(0, this, &AtInterpreter::process);
}

QByteArray AtInterpreter::formatLines(const QList<QByteArray> &lines) const
{
    if (lines.isEmpty())
        return {};
    QByteArray out;
    if (verbose)
        out += "\r\n";
    for (const QByteArray &l : lines)
        out += l + "\r\n";
    return out;
}

QByteArray AtInterpreter::formatFinal(const SimReply &reply) const
{
    if (quiet && reply.final != SimReply::Final::Cme)
        return {};
    QByteArray text;
    int numeric = 0;
    switch (reply.final) {
    case SimReply::Final::Ok:
        text = "OK";
        numeric = 0;
        break;
    case SimReply::Final::Connect:
        text = "CONNECT";
        numeric = 1;
        break;
    case SimReply::Final::Cme:
        if (cmee == 0) {
            text = "ERROR";
            numeric = 4;
        } else {
            text = "+CME ERROR: " + (cmee == 2 ? cmeText(reply.cme) : QByteArray::number(reply.cme));
            numeric = -1;
        }
        break;
    case SimReply::Final::Error:
    default:
        text = "ERROR";
        numeric = 4;
        break;
    }
    if (verbose)
        return "\r\n" + text + "\r\n";
    return numeric >= 0 ? QByteArray::number(numeric) + '\r' : text + "\r\n";
}
