#include "probe.h"

#include "discoverylog.h"

#include "at/atchannel.h"
#include "port/port.h"
#include "port/portfactory.h"

#include <QFileInfo>

Probe::Probe(const PortInfo &port, const PortFactory &factory, QList<qint32> rates,
             const ProbeSettings &settings, QObject *parent)
    : QObject(parent), m_info(port), m_factory(factory), m_rates(std::move(rates)), m_settings(settings)
{
}

Probe::~Probe()
{
    if (m_channel)
        disconnect(m_channel.get(), nullptr, this, nullptr);
    if (m_port)
        disconnect(m_port.get(), nullptr, this, nullptr);
}

void Probe::start()
{
    m_clock.start();
    m_port = m_factory.create(m_info.name);
    if (!m_port) {
        finish(Outcome::OpenFailed, tr("no port driver for %1").arg(m_info.name));
        return;
    }
    if (!m_port->open(QIODevice::ReadWrite)) {
        classifyOpenError(m_port->errorString());
        return;
    }
    connect(m_port.get(), &Port::lost, this, &Probe::onLost);
    RateFinder::Settings finder;
    finder.tryTimeout = m_settings.atTimeout;
    finder.triesPerRate = std::max(1, m_settings.atTries);
    finder.quiet = m_settings.rateQuiet;
    finder.rescue = m_settings.rescueDataPhases;
    finder.rescueSettings = m_settings.rescue;
    m_rateFinder = new RateFinder(m_port.get(), m_rates, finder, this);
    connect(m_rateFinder, &RateFinder::found, this, &Probe::onRateFound);
    connect(m_rateFinder, &RateFinder::failed, this, &Probe::onRateFailed);
    m_rateFinder->start();
}

void Probe::classifyOpenError(const QString &error)
{
    const QString e = error.toLower();
    const QFileInfo file(m_info.device.isEmpty() ? m_info.name : m_info.device);
    if (e.contains(QLatin1String("busy")) || e.contains(QLatin1String("lock"))
        || e.contains(QLatin1String("in use"))) {
        finish(Outcome::Busy, tr("the port is in use by another program (%1)").arg(error));
    } else if (e.contains(QLatin1String("permission")) || e.contains(QLatin1String("access"))) {
        finish(Outcome::PermissionDenied, tr("no permission to open the port (%1)").arg(error));
    } else if (e.contains(QLatin1String("no such")) || e.contains(QLatin1String("not found"))
               || (file.isAbsolute() && !file.exists())) {
        finish(Outcome::Vanished, tr("the port does not exist (any more)"));
    } else {
        finish(Outcome::OpenFailed, tr("cannot open the port: %1").arg(error));
    }
}

void Probe::cancel()
{
    if (m_outcome == Outcome::Running)
        finish(Outcome::Cancelled, tr("probe cancelled"));
}

std::unique_ptr<AtChannel> Probe::takeChannel()
{
    if (m_channel)
        disconnect(m_channel.get(), nullptr, this, nullptr);
    return std::move(m_channel);
}

void Probe::onRateFound(qint32 baud, const QStringList &lines)
{
    m_baud = baud;
    m_earlyUrcs << lines;
    disconnect(m_port.get(), nullptr, this, nullptr);
    m_channel = std::make_unique<AtChannel>(std::move(m_port), urcRegistryFor(Family::Unknown));
    m_channel->setDefaultTimeout(m_settings.commandTimeout);
    connect(m_channel.get(), &AtChannel::urcReceived, this,
            [this](const QString &line, const QString &) { m_earlyUrcs << line; });
    connect(m_channel.get(), &AtChannel::disconnected, this, &Probe::onLost);

    // Queued together: the channel sends them back to back without a round
    // trip through this object in between. Failures are tolerated (some
    // firmwares refuse CMEE): identity is what matters.
    m_channel->send(AtCommand(QStringLiteral("ATE0")));
    m_channel->send(AtCommand(QStringLiteral("AT+CMEE=2")));
    m_channel->send(AtCommand(QStringLiteral("AT+CGMI")), this, [this](const AtResult &r) {
        onFamilyAnswer(QStringLiteral("AT+CGMI"), r);
    });
}

void Probe::onRateFailed(RateFinder::Failure failure, const QString &reason)
{
    m_failure = failure;
    finish(Outcome::NotAModule, reason);
}

void Probe::onFamilyAnswer(const QString &command, const AtResult &result)
{
    if (m_outcome != Outcome::Running)
        return;
    if (result.status == AtStatus::PortLost) {
        onLost();
        return;
    }
    if (result.ok()) {
        m_anyIdentityAnswer = true;
        if (command == QLatin1String("AT+CGMI"))
            m_identity.manufacturer = IdentityReader::stripPrefix(result.firstLine());
        m_familyText += result.lines.join(QLatin1Char(' ')) + QLatin1Char(' ');
    }
    m_identity.family = IdentityReader::familyFromText(m_familyText);
    if (m_identity.family == Family::Unknown && command == QLatin1String("AT+CGMI")) {
        // Not every firmware names its maker in CGMI; ATI names the product.
        m_channel->send(AtCommand(QStringLiteral("ATI")), this, [this](const AtResult &r) {
            onFamilyAnswer(QStringLiteral("ATI"), r);
        });
        return;
    }
    readIdentity();
}

void Probe::readIdentity()
{
    const QList<IdentityReader::Query> queries = IdentityReader::queries(m_identity.family);
    m_outstanding = int(queries.size());
    for (const IdentityReader::Query &q : queries)
        sendIdentityQuery(q, 2, {});
}

void Probe::sendIdentityQuery(const IdentityReader::Query &query, int retries, const QStringList &before)
{
    m_channel->send(AtCommand(query.command), this, [this, query, retries, before](const AtResult &r) {
        // An implausible reading is asked for again, unless it is what the
        // module said the time before (a SIM whose ICCID has no check digit).
        if (m_outcome == Outcome::Running && r.status != AtStatus::PortLost && retries > 0
            && !IdentityReader::plausible(query.field, r) && r.lines != before) {
            sendIdentityQuery(query, retries - 1, r.lines);
            return;
        }
        onIdentityAnswer(query.field, r);
    });
}

void Probe::onIdentityAnswer(IdentityReader::Field field, const AtResult &result)
{
    if (m_outcome != Outcome::Running)
        return;
    if (result.status == AtStatus::PortLost) {
        onLost();
        return;
    }
    if (result.ok())
        m_anyIdentityAnswer = true;
    IdentityReader::apply(m_identity, field, result);
    if (--m_outstanding > 0)
        return;
    if (!m_anyIdentityAnswer) {
        m_failure = RateFinder::Failure::Error;
        finish(Outcome::NotAModule, tr("answers OK to AT but no identity command"));
        return;
    }
    finish(Outcome::Module);
}

void Probe::onLost()
{
    if (m_outcome == Outcome::Running)
        finish(Outcome::Vanished, tr("the port went away while it was being probed"));
}

void Probe::finish(Outcome outcome, const QString &reason)
{
    if (m_outcome != Outcome::Running)
        return;
    m_outcome = outcome;
    m_reason = reason;
    if (m_rateFinder)
        m_rateFinder->stop();
    if (outcome != Outcome::Module) {
        // Close now: a port that is not a module goes back to whoever wants it.
        // deleteLater: we may be inside the channel's or the port's own signal.
        if (m_channel) {
            disconnect(m_channel.get(), nullptr, this, nullptr);
            m_channel->cancelAll();
            if (m_channel->port() && m_channel->port()->isOpen())
                m_channel->port()->close();
            m_channel.release()->deleteLater();
        }
        if (m_port) {
            disconnect(m_port.get(), nullptr, this, nullptr);
            if (m_port->isOpen())
                m_port->close();
            m_port.release()->deleteLater();
        }
    }
    qCDebug(lcDiscovery) << m_info.name << outcome << reason << "after" << m_clock.elapsed() << "ms";
    // Never from inside start() or a channel callback's caller's stack in a way
    // the owner cannot handle: finished() is queued.
    QMetaObject::invokeMethod(this, &Probe::finished, Qt::QueuedConnection);
}
