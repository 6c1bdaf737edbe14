#include "simmodule.h"

#include "command/atinterpreter.h"
#include "control/controlserver.h"
#include "dialects/dialect.h"
#include "faults/outputgate.h"
#include "faults/urcflood.h"
#include "line/wire.h"
#include "state/simstate.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QNetworkAccessManager>

Q_LOGGING_CATEGORY(lcSim, "fotadesk.sim", QtInfoMsg)

SimModule::SimModule(const SimModuleConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_faults(qChecksum(config.link.toUtf8()) ^ 0x5eed) // reproducible, unlike qHash
{
    m_downTimer.setSingleShot(true);
    connect(&m_downTimer, &QTimer::timeout, this, [this] {
        QString error;
        if (!publish(m_nextBoot, &error))
            qCWarning(lcSim) << m_config.link << "cannot come back:" << error;
    });
}

SimModule::~SimModule()
{
    stop();
}

QString SimModule::controlPathFor(const QString &link)
{
    const QFileInfo info(link);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".ctl"));
}

QString SimModule::controlPath() const
{
    return controlPathFor(m_config.link);
}

bool SimModule::isUp() const
{
    return m_wire && m_wire->isOpen() && !m_draining;
}

QString SimModule::currentLink() const
{
    return isUp() ? m_link : QString();
}

QString SimModule::firmware() const
{
    return m_state ? m_state->text(QStringLiteral("firmware"), m_config.firmware) : m_config.firmware;
}

qint32 SimModule::moduleBaud() const
{
    return m_wire ? m_wire->moduleBaud() : m_config.baud;
}

qint32 SimModule::hostBaud() const
{
    return m_wire ? m_wire->hostBaud() : 0;
}

bool SimModule::start(QString *error)
{
    if (m_running)
        return true;
    if (m_config.family == Family::Unknown || m_config.link.isEmpty()) {
        if (error)
            *error = tr("a simulated module needs a family and a link path");
        return false;
    }
    for (const QString &spec : std::as_const(m_config.faults)) {
        if (!m_faults.add(spec, error))
            return false;
    }
    m_state = std::make_unique<SimState>(m_config.stateFile);
    if (!m_state->load(error))
        return false;
    loadIdentity();

    m_wire = std::make_unique<Wire>(m_faults);
    m_wire->setPaced(m_config.pace);
    connect(m_wire.get(), &Wire::received, this, [this](const QByteArray &bytes) {
        if (m_interpreter)
            m_interpreter->feed(bytes);
    });

    m_control = std::make_unique<ControlServer>(*this);
    QString controlError;
    if (!m_control->listen(controlPath(), &controlError))
        qCWarning(lcSim) << "no control socket:" << controlError;

    m_running = true;
    m_publishCount = 0;
    if (!publish(BootReason::PowerOn, error)) {
        stop();
        return false;
    }
    startFaults();
    return true;
}

void SimModule::clearFaults()
{
    m_faults.clear();
    if (m_flood)
        m_flood->stop();
}

void SimModule::startFaults()
{
    const FaultSet::Flood flood = m_faults.takeUrcFlood();
    if (flood.count <= 0)
        return;
    if (!m_flood) {
        m_flood = std::make_unique<UrcFlood>();
        connect(m_flood.get(), &UrcFlood::urc, this, [this](const QByteArray &line) { urc(line); });
    }
    m_flood->start(flood.count, flood.interval);
}

void SimModule::swapIdentity(BootReason reason)
{
    if (m_ownIdentity) {
        m_config = *std::exchange(m_ownIdentity, std::nullopt);
        return;
    }
    if (reason == BootReason::PowerOn)
        return;
    const QString imei = m_faults.takeImeiSwap();
    if (imei.isEmpty())
        return;
    // Another unit of the same model: its own IMEI, serial and SIM.
    m_ownIdentity = m_config;
    m_config.imei = imei;
    m_config.serial = m_config.serial.isEmpty() ? QString() : QStringLiteral("X") + imei.right(9);
    if (!m_config.iccid.isEmpty())
        m_config.iccid = m_config.iccid.left(m_config.iccid.size() - 6) + imei.right(6);
}

void SimModule::loadIdentity()
{
    // The state file wins: a module keeps its identity and firmware across
    // restarts; the config only seeds a new state.
    const SimModuleConfig seeded = SimModuleConfig::completed(m_config);
    auto keep = [this](const char *key, QString &field, const QString &seed) {
        const QString k = QLatin1String(key);
        if (!m_state->contains(k))
            m_state->setText(k, seed);
        field = m_state->text(k);
    };
    keep("imei", m_config.imei, seeded.imei);
    keep("imsi", m_config.imsi, seeded.imsi);
    keep("iccid", m_config.iccid, seeded.iccid);
    keep("serial", m_config.serial, seeded.serial);
    keep("manufacturer", m_config.manufacturer, seeded.manufacturer);
    keep("model", m_config.model, seeded.model);
    QString fw;
    keep("firmware", fw, seeded.firmware);
    m_config.firmware = seeded.firmware; // the firmware the module shipped with
    if (!m_state->contains(QStringLiteral("ipr")))
        m_state->setNumber(QStringLiteral("ipr"), m_config.baud);
    m_state->setText(QStringLiteral("family"), familyId(m_config.family));
}

void SimModule::stop()
{
    if (!m_running)
        return;
    m_running = false;
    m_downTimer.stop();
    m_draining = false;
    tearDown();
    if (m_wire)
        m_wire->close();
    m_control.reset();
    if (m_state)
        m_state->flush();
}

QString SimModule::nextLink()
{
    ++m_publishCount;
    if (!m_config.reenumerate || m_publishCount == 1)
        return m_config.link;
    // A USB module re-enumerating comes back under another name in the same
    // folder, so a host watching DIR/* finds it by identity.
    return m_config.link + QStringLiteral(".r%1").arg(m_publishCount - 1);
}

bool SimModule::publish(BootReason reason, QString *error)
{
    if (!m_running)
        return false;
    const QString link = nextLink();
    // Every boot starts at the stored rate: the same as the line's, unless
    // ipr-ignored stored a new one that only a restart applies.
    m_wire->setModuleBaud(qint32(m_state->number(QStringLiteral("ipr"), m_config.baud)));
    if (!m_wire->open(link, error))
        return false;
    const bool changed = link != m_link;
    m_link = link;

    m_urcMuted = m_wire->moduleBaud() == 0;
    swapIdentity(reason);
    auto *interpreter = new AtInterpreter(this);
    m_interpreter = interpreter;
    auto *gate = new OutputGate(interpreter);
    connect(interpreter, &AtInterpreter::output, gate, &OutputGate::send);
    connect(gate, &OutputGate::released, this, [this, interpreter](const QByteArray &bytes) {
        if (m_interpreter == interpreter) // a held answer dies with its boot
            m_wire->send(bytes);
    });
    connect(interpreter, &AtInterpreter::commandLine, this, [this, gate](const QString &line) {
        m_urcMuted = false; // the host spoke: autobaud knows its rate now
        if (const auto late = m_faults.takeLateAnswer(line); late.count() > 0)
            gate->hold(late);
        emit commandReceived(line);
    });
    std::unique_ptr<Dialect> dialect = Dialect::create(m_config.family, *this);
    m_dialect = dialect.release();
    m_dialect->setParent(this);
    interpreter->setExecutor([d = m_dialect](const SimCommand &cmd) {
        return d ? d->execute(cmd) : SimReply::error();
    });
    qCDebug(lcSim) << familyId(m_config.family) << "up at" << link;
    if (changed)
        emit linkChanged(link);
    m_dialect->boot(reason);
    emit booted();
    return true;
}

void SimModule::tearDown()
{
    // Called from deep inside a dialect or the interpreter: retire them now
    // (no more signals, timers or replies reach them) and delete them later.
    if (m_dialect) {
        const QList<QObject *> owned = m_dialect->findChildren<QObject *>();
        for (QObject *o : owned)
            o->disconnect();
        m_dialect->disconnect();
        m_dialect->setParent(nullptr);
        m_dialect->deleteLater();
        m_dialect = nullptr;
    }
    if (m_interpreter) {
        m_interpreter->setFrozen(true);
        m_interpreter->disconnect();
        m_interpreter->deleteLater();
        m_interpreter = nullptr;
    }
}

void SimModule::goDown(BootReason reason, std::chrono::milliseconds downtime)
{
    if (!m_running || !isUp() || m_draining)
        return;
    qCDebug(lcSim) << m_link << "going down for" << downtime.count() << "ms";
    emit rebooting();
    tearDown();
    m_nextBoot = reason;
    if (reason == BootReason::PowerLoss) {
        closeAndWait(downtime);
        return;
    }
    // An orderly reboot lets the UART drain first (the OK of AT+CFUN=1,1, the
    // last install lines), but does not wait long for a host that never reads.
    m_draining = true;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(300);
    auto *poll = new QTimer(this);
    poll->setInterval(2);
    connect(poll, &QTimer::timeout, this, [this, poll, deadline, downtime] {
        if (m_wire->undelivered() > 0 && std::chrono::steady_clock::now() < deadline)
            return;
        poll->deleteLater();
        m_draining = false;
        closeAndWait(downtime);
    });
    poll->start();
}

void SimModule::closeAndWait(std::chrono::milliseconds downtime)
{
    m_wire->close();
    if (m_running)
        m_downTimer.start(downtime);
}

void SimModule::reboot()
{
    goDown(BootReason::Reboot, m_config.rebootTime);
}

void SimModule::reboot(BootReason reason)
{
    goDown(reason, m_config.rebootTime);
}

void SimModule::unplug(std::chrono::milliseconds downtime)
{
    goDown(BootReason::PowerLoss, downtime);
}

bool SimModule::checkpoint(FaultSet::Phase phase, int percent)
{
    if (m_faults.portLossDue(phase, percent) || m_faults.powerCutDue(phase, percent)) {
        qCDebug(lcSim) << m_link << "fault at" << FaultSet::phaseName(phase) << percent << "%";
        goDown(BootReason::PowerLoss, m_config.rebootTime);
        return false;
    }
    return true;
}

bool SimModule::serverRequest(bool automatic)
{
    return m_dialect && m_dialect->serverRequest(automatic);
}

bool SimModule::addFault(const QString &spec, QString *error)
{
    if (!m_faults.add(spec, error))
        return false;
    if (m_running)
        startFaults();
    return true;
}

QNetworkAccessManager &SimModule::network()
{
    if (!m_network) {
        m_network = std::make_unique<QNetworkAccessManager>();
        m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return *m_network;
}

void SimModule::urc(const QByteArray &line)
{
    if (m_urcMuted || !isUp())
        return;
    m_wire->send("\r\n" + line + "\r\n");
}

void SimModule::raw(const QByteArray &bytes)
{
    if (isUp())
        m_wire->send(bytes);
}

void SimModule::finish(const SimReply &reply)
{
    if (m_interpreter)
        m_interpreter->finish(reply);
}

std::chrono::milliseconds SimModule::scaled(std::chrono::milliseconds real) const
{
    return std::chrono::milliseconds(qMax<qint64>(0, qint64(double(real.count()) * m_config.timeScale)));
}

void SimModule::setFirmware(const QString &version)
{
    if (version == firmware())
        return;
    m_state->setText(QStringLiteral("firmware"), version);
    emit firmwareChanged(version);
}

void SimModule::setModuleBaud(qint32 baud)
{
    m_state->setNumber(QStringLiteral("ipr"), baud);
    if (m_faults.ignoresRateChange()) {
        qCDebug(lcSim) << m_link << "ipr-ignored: rate" << baud << "stored for the next boot";
        return;
    }
    // After the OK that is already on its way at the old rate.
    QTimer::singleShot(0, this, [this, baud] {
        if (m_wire)
            m_wire->setModuleBaud(baud);
    });
}
