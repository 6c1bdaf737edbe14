#include "sessionreplayer.h"

#include "at/secretmasker.h"
#include "pty/ptyport.h"
#include "recording/sessionrecorder.h"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace {

using Kind = RecordedEvent::Kind;

bool isHostEvent(const RecordedEvent &e)
{
    return e.kind == Kind::Out || e.kind == Kind::Raw;
}

// "AT+CPIN=" for AT+CPIN="1234", "AT+CGMR" for at+cgmr: what the command is,
// whatever its arguments.
QByteArray commandKey(QByteArrayView line)
{
    QByteArray key;
    for (const char c : line) {
        if (c == '\r' || c == '\n')
            break;
        if (c == ' ')
            continue;
        key += char(std::toupper(static_cast<unsigned char>(c)));
        if (c == '=' || c == '?')
            break;
    }
    return key;
}

// The "..." arguments of a command line, in order.
QList<QByteArray> quotedArguments(QByteArrayView line)
{
    QList<QByteArray> out;
    qsizetype open = -1;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] != '"')
            continue;
        if (open < 0) {
            open = i;
        } else {
            out << line.sliced(open + 1, i - open - 1).toByteArray();
            open = -1;
        }
    }
    return out;
}

constexpr qsizetype kLongestLine = 64 * 1024; // AT+CFLW lines carry data as text

} // namespace

SessionReplayer::SessionReplayer(QList<RecordedEvent> events, const Options &options, QObject *parent)
    : QObject(parent), m_events(std::move(events)), m_options(options), m_used(m_events.size(), false)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] { playQueue(false); });
    for (const RecordedEvent &e : std::as_const(m_events)) {
        if (e.kind == Kind::Open) {
            m_baud = qint32(e.value);
            break;
        }
    }
}

SessionReplayer::~SessionReplayer() = default;

bool SessionReplayer::start(QString *error)
{
    m_pty = new PtyPort(this);
    if (!m_pty->open(m_options.link, m_baud, error))
        return false;
    connect(m_pty, &PtyPort::received, this, &SessionReplayer::onReceived);
    m_clock.start();
    // What the module said before the host's first word (boot lines the
    // host found waiting) is there from the start.
    const int first = nextHostEvent(0);
    for (int i = 0; i < (first < 0 ? m_events.size() : first); ++i) {
        if (m_events[i].kind == Kind::In)
            play(m_events[i]);
    }
    m_cursor = first < 0 ? int(m_events.size()) : first;
    return true;
}

int SessionReplayer::nextHostEvent(int from) const
{
    for (int i = qMax(0, from); i < m_events.size(); ++i) {
        if (isHostEvent(m_events[i]))
            return i;
    }
    return -1;
}

void SessionReplayer::onReceived(const QByteArray &bytes)
{
    m_input += bytes;
    consumeInput();
}

void SessionReplayer::consumeInput()
{
    while (!m_input.isEmpty()) {
        if (m_rawIndex < 0) {
            // Data is expected where the recording has data next.
            const int next = m_options.match == Match::Order ? nextHostEvent(m_cursor) : -1;
            if (next >= 0 && m_events[next].kind == Kind::Raw) {
                m_rawIndex = next;
                m_rawLeft = m_events[next].value;
            }
        }
        if (m_rawIndex >= 0) {
            const qsizetype n = qMin<qsizetype>(m_rawLeft, m_input.size());
            m_input.remove(0, n);
            m_rawLeft -= n;
            if (m_rawLeft > 0)
                return;
            const int index = m_rawIndex;
            m_rawIndex = -1;
            take(index);
            continue;
        }
        qsizetype end = 0;
        while (end < m_input.size() && m_input[end] != '\r' && m_input[end] != '\n')
            ++end;
        if (end == m_input.size()) {
            if (m_input.size() > kLongestLine) {
                ++m_divergences;
                emit diverged(tr("%n byte(s) with no line end and no data expected; dropped", nullptr,
                                 int(m_input.size())));
                m_input.clear();
            }
            return;
        }
        const QByteArray line = m_input.left(end + 1);
        m_input.remove(0, end + 1);
        if (line.trimmed().isEmpty())
            continue; // the LF of a CR LF, a bare CR
        answer(line);
    }
}

void SessionReplayer::answer(const QByteArray &line)
{
    const int index = find(SessionRecorder::masked(line));
    if (index < 0) {
        ++m_divergences;
        emit diverged(tr("not in the recording, answered ERROR: %1")
                          .arg(QString::fromLatin1(SessionRecording::escape(SessionRecorder::masked(line)))));
        playQueue(true);
        m_pty->write(QByteArrayLiteral("\r\nERROR\r\n"));
        return;
    }
    learnValues(m_events[index].bytes, line);
    if (m_options.match == Match::Order && index > m_cursor && nextHostEvent(m_cursor) != index) {
        ++m_divergences;
        emit diverged(tr("recorded commands skipped before %1")
                          .arg(QString::fromLatin1(SessionRecording::escape(m_events[index].bytes))));
    }
    take(index);
}

int SessionReplayer::find(const QByteArray &line) const
{
    const QByteArray key = commandKey(line);
    auto exact = [&](int i) { return m_events[i].kind == Kind::Out && m_events[i].bytes == line; };
    auto sameCommand = [&](int i) { return m_events[i].kind == Kind::Out && commandKey(m_events[i].bytes) == key; };
    auto search = [&](int from, int to, int step, bool unusedOnly, auto &&matches) {
        for (int i = from; i != to; i += step) {
            if ((!unusedOnly || !m_used[i]) && matches(i))
                return i;
        }
        return -1;
    };
    const int size = int(m_events.size());
    int found = -1;
    if (m_options.match == Match::Order) {
        if ((found = search(m_cursor, size, 1, true, exact)) >= 0
            || (found = search(m_cursor, size, 1, true, sameCommand)) >= 0
            || (found = search(m_cursor - 1, -1, -1, false, exact)) >= 0
            || (found = search(m_cursor - 1, -1, -1, false, sameCommand)) >= 0)
            return found;
        return -1;
    }
    if ((found = search(0, size, 1, true, exact)) >= 0 || (found = search(0, size, 1, true, sameCommand)) >= 0
        || (found = search(size - 1, -1, -1, false, exact)) >= 0
        || (found = search(size - 1, -1, -1, false, sameCommand)) >= 0)
        return found;
    return -1;
}

void SessionReplayer::learnValues(const QByteArray &recorded, const QByteArray &sent)
{
    const QList<QByteArray> before = quotedArguments(recorded);
    const QList<QByteArray> now = quotedArguments(sent);
    if (before.size() != now.size())
        return;
    for (qsizetype i = 0; i < before.size(); ++i) {
        // A masked secret stands for whatever the host gives, not for one
        // value to put back everywhere the recording masked.
        if (before[i] == now[i] || before[i].isEmpty() || before[i].contains(SecretMasker::mask.latin1()))
            continue;
        auto same = [&](const auto &pair) { return pair.first == before[i]; };
        m_values.erase(std::remove_if(m_values.begin(), m_values.end(), same), m_values.end());
        m_values.append({before[i], now[i]});
    }
}

void SessionReplayer::take(int index)
{
    // What the module still had to say after the previous command came
    // before this answer, as it did when recorded.
    playQueue(true);
    m_used[index] = true;
    ++m_answered;
    if (index >= m_cursor)
        m_cursor = index + 1;
    schedule(index + 1, m_events[index].msecs);
}

void SessionReplayer::schedule(int from, qint64 since)
{
    const qint64 now = m_clock.elapsed();
    for (int i = from; i < m_events.size() && !isHostEvent(m_events[i]); ++i) {
        const double delay = double(m_events[i].msecs - since) * m_options.timeScale;
        m_queue.append({now + qint64(std::llround(delay)), i});
    }
    playQueue(false);
}

void SessionReplayer::playQueue(bool all)
{
    m_timer.stop();
    const qint64 now = m_clock.elapsed();
    while (!m_queue.isEmpty() && (all || m_queue.first().at <= now)) {
        if (mustDrainFirst(m_queue.first(), now)) {
            m_timer.start(10);
            return;
        }
        play(m_events[m_queue.takeFirst().index]);
    }
    if (!m_queue.isEmpty())
        m_timer.start(int(qMax<qint64>(0, m_queue.first().at - now)));
}

bool SessionReplayer::mustDrainFirst(const Due &due, qint64 now) const
{
    // The device going away takes with it what the host has not read yet:
    // when recorded, the host had read it (that is how it was recorded), so
    // the host gets the time to (2 s at most).
    if (m_events[due.index].kind != Kind::Lost || m_down || now - due.at > 2000)
        return false;
    // Bytes just written may not show in the tty's count yet: 50 ms first.
    return now - m_lastWrite < 50 || m_pty->pendingWrite() > 0 || m_pty->unreadByHost() > 0;
}

void SessionReplayer::play(const RecordedEvent &event)
{
    switch (event.kind) {
    case Kind::In:
        if (!m_down) {
            QByteArray bytes = event.bytes;
            for (const auto &[recorded, given] : std::as_const(m_values))
                bytes.replace('"' + recorded + '"', '"' + given + '"');
            m_pty->write(bytes);
            m_lastWrite = m_clock.elapsed();
        }
        break;
    case Kind::Lost:
        // The module went away (a reboot): the host sees its device vanish.
        m_pty->close();
        m_down = true;
        m_input.clear();
        m_rawIndex = -1;
        break;
    case Kind::Open:
        // The host found it again: it is back, at the same place.
        if (m_down) {
            QString why;
            if (m_pty->open(m_options.link, m_baud, &why))
                m_down = false;
            else
                emit diverged(tr("the link cannot be made again: %1").arg(why));
        }
        break;
    case Kind::Rate:
    case Kind::Close:
    case Kind::Out:
    case Kind::Raw:
        break;
    }
}
