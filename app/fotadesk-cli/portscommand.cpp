#include "portscommand.h"

#include "clicommon.h"

#include "discovery/discovery.h"
#include "modules/modulesession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSettings>

PortsCommand::PortsCommand() = default;
PortsCommand::~PortsCommand()
{
    delete m_discovery;
}

void PortsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int PortsCommand::start(const QCommandLineParser &parser)
{
    if (!parser.positionalArguments().isEmpty()) {
        Cli::error(tr("ports takes no arguments; to look at one port use 'fotadesk-cli identify <port>'"));
        return ExitUsage;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    DiscoverySettings settings = Cli::settings(parser);
    settings.watcher.watchDirectories = false; // one scan is all a listing needs
    m_store = std::make_unique<QSettings>();
    m_discovery = new Discovery(settings);
    m_discovery->setRateStore(m_store.get());
    connect(m_discovery, &Discovery::idle, this, &PortsCommand::report, Qt::SingleShotConnection);
    m_discovery->start();
    return ExitRunning;
}

void PortsCommand::report()
{
    m_discovery->stop();
    const QList<PortStatus> ports = m_discovery->ports();
    if (m_json) {
        QJsonArray array;
        for (const PortStatus &p : ports) {
            QJsonObject o;
            ModuleIdentity id;
            if (ModuleSession *s = m_discovery->session(p.moduleId))
                id = s->identity();
            o = id.toJson();
            o.remove(QStringLiteral("sim"));
            o.insert(QStringLiteral("port"), p.name());
            o.insert(QStringLiteral("status"), PortStatus::stateId(p.state));
            o.insert(QStringLiteral("sim"), id.simState);
            o.insert(QStringLiteral("baud"), p.baudRate);
            if (!p.reason.isEmpty())
                o.insert(QStringLiteral("reason"), p.reason);
            if (!p.advice.isEmpty())
                o.insert(QStringLiteral("advice"), p.advice);
            if (p.info.hasUsbIds) {
                o.insert(QStringLiteral("usb"), QJsonObject{
                    {QStringLiteral("vid"), QStringLiteral("%1").arg(p.info.vendorId, 4, 16, QLatin1Char('0'))},
                    {QStringLiteral("pid"), QStringLiteral("%1").arg(p.info.productId, 4, 16, QLatin1Char('0'))},
                    {QStringLiteral("serial"), p.info.usbSerial},
                    {QStringLiteral("interface"), p.info.interfaceNumber},
                    {QStringLiteral("maker"), p.info.makerLabel()},
                });
            }
            array << o;
        }
        Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("ports"), array}}));
        emit finished(ExitOk);
        return;
    }

    if (ports.isEmpty()) {
        Cli::out() << tr("No serial ports found. Pseudo-terminals and other paths are not listed "
                         "by the system: add --scan GLOB (e.g. --scan '/tmp/modems/*').")
                   << Qt::endl;
        emit finished(ExitOk);
        return;
    }
    Cli::Table table({tr("PORT"), tr("STATUS"), tr("FAMILY"), tr("MODEL"), tr("IMEI"), tr("FIRMWARE"),
                      tr("BAUD"), tr("USB"), tr("DETAILS")});
    QStringList advice;
    for (const PortStatus &p : ports) {
        ModuleIdentity id;
        if (ModuleSession *s = m_discovery->session(p.moduleId))
            id = s->identity();
        QString usb = p.info.usbId();
        if (!p.info.makerLabel().isEmpty())
            usb += QStringLiteral(" (%1)").arg(p.info.makerLabel());
        const bool module = p.state == PortState::Module;
        table.add({p.name(), PortStatus::stateDisplayName(p.state),
                   module ? familyId(id.family) : QString(), module ? id.model : QString(),
                   module ? id.imei : QString(), module ? id.firmware : QString(),
                   p.baudRate > 0 && module ? QString::number(p.baudRate) : QString(), usb, p.reason});
        if (!p.advice.isEmpty() && p.state != PortState::NotAModule)
            advice << QStringLiteral("%1: %2").arg(p.name(), p.advice);
    }
    table.print(Cli::out());
    advice.removeDuplicates();
    for (const QString &a : std::as_const(advice))
        Cli::out() << Qt::endl << a << Qt::endl;
    Cli::out().flush();
    emit finished(ExitOk);
}
