#include "urcflood.h"

#include <array>

UrcFlood::UrcFlood(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, [this] {
        // Lines every family may send unasked once registration URCs are on.
        static constexpr std::array<const char *, 4> lines{"+CEREG: 1", "+CREG: 1", "+CEREG: 2", "+CGREG: 1"};
        if (m_remaining <= 0) {
            m_timer.stop();
            return;
        }
        --m_remaining;
        emit urc(QByteArray(lines[size_t(m_sent++) % lines.size()]));
    });
}

void UrcFlood::start(int count, std::chrono::milliseconds interval)
{
    m_remaining = count;
    m_timer.start(interval);
}

void UrcFlood::stop()
{
    m_remaining = 0;
    m_timer.stop();
}
