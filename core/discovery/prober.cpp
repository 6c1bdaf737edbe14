#include "prober.h"

#include "ratememory.h"

Prober::Prober(const PortFactory &factory, const ProbeSettings &settings, QObject *parent)
    : QObject(parent), m_factory(factory), m_settings(settings)
{
}

Prober::~Prober()
{
    for (Probe *p : std::as_const(m_active))
        disconnect(p, nullptr, this, nullptr);
}

QList<qint32> Prober::ratesFor(const QString &port) const
{
    QList<qint32> rates = m_settings.baudRates;
    const qint32 last = m_memory && m_settings.rememberRates ? m_memory->lastRate(port) : 0;
    if (last > 0) {
        rates.removeAll(last);
        rates.prepend(last);
    }
    return rates;
}

bool Prober::isProbing(const QString &port) const
{
    if (m_active.contains(port))
        return true;
    return std::any_of(m_queue.begin(), m_queue.end(), [&](const PortInfo &p) { return p.name == port; });
}

void Prober::probe(const PortInfo &port)
{
    if (isProbing(port.name))
        return;
    m_queue.push_back(port);
    startNext();
}

void Prober::startNext()
{
    while (!m_queue.empty()
           && (m_settings.maxParallel <= 0 || m_active.size() < m_settings.maxParallel)) {
        const PortInfo info = m_queue.front();
        m_queue.pop_front();
        auto *probe = new Probe(info, m_factory, ratesFor(info.name), m_settings, this);
        m_active.insert(info.name, probe);
        connect(probe, &Probe::finished, this, [this, probe] { onFinished(probe); });
        emit started(info);
        probe->start();
    }
}

void Prober::cancel(const QString &port)
{
    for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
        if (it->name == port) {
            m_queue.erase(it);
            break;
        }
    }
    if (Probe *p = m_active.value(port))
        p->cancel();
}

void Prober::cancelAll()
{
    m_queue.clear();
    for (Probe *p : std::as_const(m_active))
        p->cancel();
}

void Prober::onFinished(Probe *probe)
{
    m_active.remove(probe->port().name);
    if (probe->isModule() && m_memory)
        m_memory->remember(probe->port().name, probe->baudRate());
    emit finished(probe);
    probe->deleteLater();
    startNext();
    if (isIdle())
        emit idle();
}
