#include "simlink.h"

#include "at/atchannel.h"
#include "port/serialport.h"

#include <QTimer>

SimLink::SimLink(SimModule *sim, ModuleSession *session, qint32 hostBaud, QObject *parent)
    : QObject(parent), m_sim(sim), m_session(session), m_hostBaud(hostBaud)
{
    connect(sim, &SimModule::booted, this, &SimLink::onBooted);
}

ModuleIdentity SimLink::identity() const
{
    const SimModuleConfig &c = m_sim->config();
    ModuleIdentity id;
    id.family = c.family;
    id.manufacturer = c.manufacturer;
    id.model = c.model;
    id.imei = c.imei;
    id.imsi = c.imsi;
    id.iccid = c.iccid;
    id.serial = c.serial;
    id.firmware = m_sim->firmware();
    id.simState = c.simPin.isEmpty() ? QStringLiteral("READY") : QStringLiteral("SIM PIN");
    return id;
}

bool SimLink::attachNow(QString *error)
{
    m_active = true;
    const QString path = m_sim->currentLink();
    if (path.isEmpty()) {
        if (error)
            *error = QStringLiteral("the simulated module is not up");
        return false;
    }
    auto port = std::make_unique<SerialPort>(path);
    port->setBaudRate(m_hostBaud);
    if (!port->open(QIODevice::ReadWrite)) {
        if (error)
            *error = port->errorString();
        return false;
    }
    const ModuleIdentity id = identity();
    auto channel = std::make_unique<AtChannel>(std::move(port), urcRegistryFor(id.family));
    channel->setDefaultTimeout(std::chrono::seconds(3));
    m_session->attach(std::move(channel), path, id);
    m_paths << path;
    emit attached(path);
    return true;
}

void SimLink::onBooted()
{
    if (!m_active || !m_session)
        return;
    QString error;
    if (!attachNow(&error))
        qWarning("SimLink: cannot attach after the boot: %s", qPrintable(error));
}
