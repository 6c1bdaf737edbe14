#include "ratefinder.h"

#include "at/finalcode.h"
#include "discoverylog.h"
#include "port/port.h"

RateFinder::RateFinder(Port *port, QList<qint32> rates, const Settings &settings, QObject *parent)
    : QObject(parent), m_port(port), m_rates(std::move(rates)), m_settings(settings)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RateFinder::onTimer);
}

void RateFinder::start()
{
    if (m_running)
        return;
    m_running = true;
    connect(m_port, &QIODevice::readyRead, this, &RateFinder::onReadyRead);
    m_index = 0;
    if (m_rates.isEmpty()) {
        finishFailed();
        return;
    }
    // Whatever is on the line before our first AT: boot URCs of a module that
    // just started (kept), or the answers to commands another program sent
    // before it died (dropped: an old "OK" taken for the answer to our AT would
    // pair every later command with the answer to the one before). So wait for
    // the line to be quiet first, as after a rate change, but without
    // startRate()'s discardInput(): the boot URCs are still in the OS buffer.
    m_port->setBaudRate(m_rates.first());
    m_tried << m_rates.first();
    m_try = 0;
    m_reader.clear();
    m_phase = Phase::Quiet;
    m_quietWaits = 0;
    keepEarlyLines(m_port->readAll());
    m_timer.start(m_settings.quiet);
}

void RateFinder::keepEarlyLines(const QByteArray &bytes)
{
    m_reader.append(bytes);
    AtLineReader::Event event;
    while (m_reader.next(event)) {
        if (event.kind != AtLineReader::Kind::Line)
            continue;
        const QString line = QString::fromLatin1(event.data);
        if (!parseFinalCode(line))
            m_firstLines << line;
    }
}

void RateFinder::stop()
{
    m_running = false;
    m_timer.stop();
    if (m_rescue)
        m_rescue->stop();
    disconnect(m_port, nullptr, this, nullptr);
}

void RateFinder::startRate()
{
    const qint32 rate = m_rates.at(m_index);
    m_tried << rate;
    m_try = 0;
    m_lines.clear();
    m_port->setBaudRate(rate);
    m_port->discardInput();
    m_reader.clear();
    m_phase = Phase::Quiet;
    m_quietWaits = 0;
    m_timer.start(m_settings.quiet);
}

void RateFinder::sendAt()
{
    m_phase = Phase::Waiting;
    m_heardThisTry = false;
    m_reader.clear();
    m_timer.start(m_settings.tryTimeout);
    if (m_port->write("AT\r") != 3) {
        // A write error on a port that just opened: the device is going away;
        // Port::lost() tells the owner, garbage/silence must not be claimed.
        stop();
        emit failed(Failure::Silence, tr("cannot write to the port: %1").arg(m_port->errorString()));
    }
}

void RateFinder::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (!m_running || bytes.isEmpty())
        return;
    if (m_phase == Phase::Rescuing) {
        m_rescue->feed(bytes);
        return;
    }
    if (m_phase == Phase::Quiet) {
        // Still draining (the previous rate's answer, or what was there before
        // we opened, or the end of a rescue): wait again.
        if (m_index == 0 && !m_rescued)
            keepEarlyLines(bytes);
        if (++m_quietWaits <= m_settings.maxQuietWaits)
            m_timer.start(m_settings.quiet);
        return;
    }
    if (m_phase != Phase::Waiting)
        return;
    if (m_settings.rescue && !m_rescuedOnRequest) {
        // An XMODEM receiver left waiting asks with a lone 'C' or NAK; a
        // NAK would otherwise read as garbage, a wrong rate. Heard cleanly,
        // this is the rate to end it at, even after a rescue tried on
        // silence at another rate (a module left at a transfer's rate).
        const bool onlyRequestsBefore = m_reader.pendingSize() == 0
            || CommandModeRescue::isXmodemRequest(m_reader.pending());
        if (bytes.contains('\x15') || (onlyRequestsBefore && CommandModeRescue::isXmodemRequest(bytes))) {
            m_rescuedOnRequest = true;
            startRescue();
            return;
        }
    }
    m_heardThisTry = true;
    m_reader.append(bytes);
    AtLineReader::Event event;
    while (m_running && m_reader.next(event)) {
        switch (event.kind) {
        case AtLineReader::Kind::Line: {
            const QString line = QString::fromLatin1(event.data);
            if (line.compare(QLatin1String("AT"), Qt::CaseInsensitive) == 0)
                break; // our echo
            if (const auto final = parseFinalCode(line)) {
                if (final->status == AtStatus::Ok) {
                    const qint32 rate = m_rates.at(m_index);
                    const QStringList lines = m_firstLines + m_lines;
                    stop();
                    qCDebug(lcDiscovery) << m_port->name() << "answers at" << rate;
                    emit found(rate, lines);
                    return;
                }
                // An AT-speaking device that refuses plain AT: the rate is right
                // (the answer is readable), so other rates will not help.
                m_errorAnswer = line;
                stop();
                emit failed(Failure::Error, tr("answers \"%1\" to AT").arg(line));
                return;
            }
            m_sawText = true;
            m_lines << line;
            break;
        }
        case AtLineReader::Kind::Prompt:
            break;
        case AtLineReader::Kind::Noise:
        case AtLineReader::Kind::Overflow:
            // Garbage in answer to our AT: a wrong rate. Do not wait for the timeout.
            m_sawGarbage = true;
            qCDebug(lcDiscovery) << m_port->name() << "garbage at" << m_rates.at(m_index);
            nextRate();
            return;
        }
    }
    // Garbage often has no line end at all: look at the unfinished line too,
    // or a wrong rate would only show after the timeout.
    if (m_running && m_reader.pendingSize() > 0) {
        // Only this read's bytes are new: the rest passed this look before.
        const QByteArrayView pending = m_reader.pending();
        if (!AtLineReader::isPrintable(pending.last(qMin(pending.size(), bytes.size())))) {
            m_sawGarbage = true;
            qCDebug(lcDiscovery) << m_port->name() << "garbage at" << m_rates.at(m_index);
            nextRate();
            return;
        }
    }
}

void RateFinder::onTimer()
{
    if (!m_running)
        return;
    if (m_phase == Phase::Quiet) {
        m_port->discardInput();
        sendAt();
        return;
    }
    if (m_phase != Phase::Waiting)
        return;
    if (m_settings.rescue && !m_rescued && !m_heardThisTry) {
        // Silence (or only a receiver's requests): maybe a data phase left open.
        startRescue();
        return;
    }
    if (++m_try < m_settings.triesPerRate) {
        sendAt();
        return;
    }
    nextRate();
}

void RateFinder::nextRate()
{
    m_timer.stop();
    if (++m_index >= m_rates.size()) {
        finishFailed();
        return;
    }
    startRate();
}

void RateFinder::startRescue()
{
    m_rescued = true;
    m_timer.stop();
    m_reader.clear();
    m_phase = Phase::Rescuing;
    if (!m_rescue) {
        m_rescue = new CommandModeRescue(m_port, m_settings.rescueSettings, this);
        connect(m_rescue, &CommandModeRescue::finished, this, &RateFinder::onRescued);
    }
    m_rescue->start();
}

void RateFinder::onRescued(bool answered)
{
    if (!m_running)
        return;
    qCDebug(lcDiscovery) << m_port->name() << (answered ? "back in command mode" : "no data phase ended")
                         << "at" << m_rates.at(m_index);
    // The same rate again with fresh tries, after the module's last words.
    m_try = 0;
    m_reader.clear();
    m_phase = Phase::Quiet;
    m_quietWaits = 0;
    m_timer.start(m_settings.quiet);
}

void RateFinder::finishFailed()
{
    stop();
    QStringList rates;
    for (qint32 r : std::as_const(m_tried))
        rates << QString::number(r);
    const QString tried = rates.join(QLatin1String(", "));
    if (m_sawText)
        emit failed(Failure::Text, tr("prints text but never answers OK to AT (tried %1 baud)").arg(tried));
    else if (m_sawGarbage)
        emit failed(Failure::Garbage, tr("answers only garbage at every rate tried (%1 baud)").arg(tried));
    else
        emit failed(Failure::Silence, tr("no answer to AT at any rate tried (%1 baud)").arg(tried));
}
