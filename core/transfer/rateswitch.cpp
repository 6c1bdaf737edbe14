#include "rateswitch.h"

#include "at/atchannel.h"
#include "port/port.h"
#include "transferlog.h"

#include <algorithm>

RateSwitch::RateSwitch(AtChannel *channel, QObject *parent)
    : RateSwitch(channel, Settings{}, parent)
{
}

RateSwitch::RateSwitch(AtChannel *channel, const Settings &settings, QObject *parent)
    : QObject(parent), m_channel(channel), m_settings(settings)
{
    m_settleTimer.setSingleShot(true);
}

void RateSwitch::begin(bool moving)
{
    m_running = true;
    m_moving = moving;
    m_clock.start();
    m_result = {};
    m_pending.clear();
    Port *port = m_channel ? m_channel->port() : nullptr;
    m_good = port ? port->baudRate() : 0;
    m_result.rate = m_good;
}

void RateSwitch::raise(const QList<qint32> &rates)
{
    begin(false);
    for (qint32 r : rates) {
        if (r > m_good && !m_pending.contains(r))
            m_pending << r;
    }
    std::sort(m_pending.begin(), m_pending.end());
    QMetaObject::invokeMethod(this, &RateSwitch::tryNext, Qt::QueuedConnection);
}

void RateSwitch::moveTo(qint32 rate)
{
    begin(true);
    if (!m_channel || !m_channel->port() || rate <= 0 || rate == m_good) {
        QMetaObject::invokeMethod(this, [this] { finish(true); }, Qt::QueuedConnection);
        return;
    }
    stepTo(
        rate,
        [this, rate](const AtResult &told) {
            finish(told.status != AtStatus::PortLost && told.status != AtStatus::Timeout,
                   tr("The module refused the serial rate %1 (%2); it stays at %3")
                       .arg(rate).arg(told.describe()).arg(m_good));
        },
        [this] { finish(true); });
}

void RateSwitch::tryNext()
{
    while (!m_pending.isEmpty() && !portHolds(m_pending.constFirst())) {
        note(tr("the port does not take %1 baud").arg(m_pending.constFirst()));
        m_pending.removeFirst();
    }
    if (m_pending.isEmpty()) {
        finish(true);
        return;
    }
    const qint32 rate = m_pending.takeFirst();
    stepTo(
        rate,
        [this, rate](const AtResult &told) {
            if (told.status == AtStatus::PortLost) {
                finish(false, tr("The module went away while its serial rate was changed"));
                return;
            }
            // A module that refuses a rate refuses the faster ones too.
            note(tr("the module refuses %1 baud (%2)").arg(rate).arg(told.describe()));
            finish(true);
        },
        [this, rate] {
            note(tr("serial rate %1 baud verified").arg(rate));
            tryNext();
        });
}

void RateSwitch::stepTo(qint32 rate, std::function<void(const AtResult &)> refused, std::function<void()> reached)
{
    tell(rate, [this, rate, refused = std::move(refused), reached = std::move(reached)](const AtResult &told) {
        if (!told.ok()) {
            refused(told);
            return;
        }
        follow(rate, false, [this, rate, reached] {
            verify(m_settings.verifyTries, [this, rate, reached](bool answered) {
                if (!answered) {
                    fallBack(rate);
                    return;
                }
                m_good = rate;
                reached();
            });
        });
    });
}

void RateSwitch::tell(qint32 rate, std::function<void(const AtResult &)> then)
{
    m_channel->send(AtCommand(QStringLiteral("AT+IPR=%1").arg(rate), m_settings.commandTimeout).asPrivileged(),
                    this, [then = std::move(then)](const AtResult &r) { then(r); });
}

void RateSwitch::follow(qint32 rate, bool afterGarbage, std::function<void()> then)
{
    Port *port = m_channel->port();
    if (!port || !port->setBaudRate(rate)) {
        finish(false, tr("The port could not be set to %1 baud").arg(rate));
        return;
    }
    m_settleTimer.disconnect(this);
    connect(&m_settleTimer, &QTimer::timeout, this, [this, afterGarbage, then = std::move(then)] {
        // After a rate that failed, what is buffered is noise at the wrong
        // rate. Otherwise it is not dropped: the module's OK came whole
        // before the switch, and a line after it (HL78xx +WDSI: 3 right
        // after a transfer) is at the new rate already.
        if (afterGarbage)
            m_channel->resetInput();
        then();
    });
    m_settleTimer.start(m_settings.settle);
}

void RateSwitch::verify(int triesLeft, std::function<void(bool)> then)
{
    m_channel->send(AtCommand(QStringLiteral("AT"), m_settings.verifyTimeout).asPrivileged(), this,
                    [this, triesLeft, then = std::move(then)](const AtResult &r) {
                        if (r.ok() && !r.looksDamaged()) {
                            then(true);
                            return;
                        }
                        if (r.status == AtStatus::PortLost || triesLeft <= 1) {
                            then(false);
                            return;
                        }
                        // Garbage at a rate on trial is no reason to resynchronise.
                        m_channel->resetInput();
                        verify(triesLeft - 1, then);
                    });
}

void RateSwitch::fallBack(qint32 bad)
{
    const qint32 good = m_good;
    note(tr("no clean answer at %1 baud; back to %2").arg(bad).arg(good));
    if (!m_channel->isConnected()) {
        finish(false, tr("The module went away while its serial rate was changed"));
        return;
    }
    // Told at the rate that failed: the module may hear it even when its
    // answer is garbled (an adapter that cannot receive that fast). Its answer
    // is not waited for beyond the verify timeout, and the garbled answers
    // before it are no reason to resynchronise first.
    m_channel->resetInput();
    m_channel->send(AtCommand(QStringLiteral("AT+IPR=%1").arg(good), m_settings.verifyTimeout).asPrivileged(),
                    this, [this, bad, good](const AtResult &) {
                        follow(good, true, [this, bad, good] {
                            verify(m_settings.verifyTries, [this, bad, good](bool answered) {
                                if (answered) {
                                    m_good = good;
                                    settleAt(good, bad);
                                    return;
                                }
                                finish(false, tr("The module answers neither at %1 nor at %2 baud").arg(bad).arg(good));
                            });
                        });
                    });
}

void RateSwitch::settleAt(qint32 good, qint32 bad)
{
    // Told once more where it can hear it: a firmware that stores the rate
    // and applies it only at its next start would otherwise come back from
    // the install at the rate that failed.
    m_channel->send(AtCommand(QStringLiteral("AT+IPR=%1").arg(good), m_settings.commandTimeout).asPrivileged(),
                    this, [this, good, bad](const AtResult &) {
                        finish(true, m_moving ? tr("The module did not answer cleanly at %1 baud; it stays at %2 baud")
                                                    .arg(bad).arg(good)
                                              : tr("The module did not answer cleanly at %1 baud; the transfer "
                                                   "runs at %2 baud").arg(bad).arg(good));
                    });
}

bool RateSwitch::portHolds(qint32 rate)
{
    // Asked of the port before the module is told: a rate the adapter refuses
    // never strands the module where the port cannot follow.
    Port *port = m_channel->port();
    if (!port)
        return false;
    const qint32 now = port->baudRate();
    if (!port->setBaudRate(rate))
        return false;
    port->setBaudRate(now);
    return true;
}

void RateSwitch::note(const QString &text)
{
    qCInfo(lcTransfer) << "rate switch:" << text;
    m_result.notes << text;
}

void RateSwitch::finish(bool ok, const QString &message)
{
    if (!m_running)
        return;
    m_running = false;
    m_result.ok = ok;
    m_result.rate = m_channel && m_channel->port() ? m_channel->port()->baudRate() : m_good;
    m_result.message = message;
    m_result.elapsedMs = m_clock.elapsed();
    emit finished(m_result);
}
