#include "identifycommand.h"

#include "clicommon.h"

#include "discovery/portstatus.h"
#include "discovery/prober.h"
#include "discovery/ratememory.h"
#include "port/portfactory.h"

#include <QJsonDocument>
#include <QSettings>

IdentifyCommand::IdentifyCommand() = default;
IdentifyCommand::~IdentifyCommand()
{
    delete m_prober; // before the factory it uses
    m_prober = nullptr;
}

void IdentifyCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("port"),
                                 tr("Port names (ttyUSB0, COM3) or device paths (symlinks allowed)."),
                                 QStringLiteral("<port>..."));
    parser.addOption({QStringLiteral("baud"), tr("Try only this rate instead of the list."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
}

int IdentifyCommand::start(const QCommandLineParser &parser)
{
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty()) {
        Cli::error(tr("identify needs at least one port; run 'fotadesk-cli ports' to list them"));
        return ExitUsage;
    }
    m_json = parser.isSet(QStringLiteral("json"));
    DiscoverySettings settings = Cli::settings(parser);
    const std::optional<qint32> baud = Cli::baudOption(parser);
    if (baud && *baud == 0)
        return ExitUsage;
    if (baud) {
        settings.probe.baudRates = {*baud};
        settings.probe.rememberRates = false;
    }

    QList<PortInfo> ports;
    for (const QString &arg : args) {
        const std::optional<PortInfo> port = Cli::resolvePort(arg, settings.scanGlobs);
        if (!port)
            return ExitTransport;
        if (!m_order.contains(port->name)) {
            m_order << port->name;
            ports << *port;
        }
    }

    m_store = std::make_unique<QSettings>();
    m_rates = std::make_unique<RateMemory>(m_store.get());
    m_factory = std::make_unique<SerialPortFactory>();
    m_prober = new Prober(*m_factory, settings.probe);
    m_prober->setRateMemory(m_rates.get());
    connect(m_prober, &Prober::finished, this, &IdentifyCommand::onFinished);
    connect(m_prober, &Prober::idle, this, &IdentifyCommand::report);
    for (const PortInfo &p : std::as_const(ports))
        m_prober->probe(p);
    return ExitRunning;
}

int IdentifyCommand::exitCodeFor(const Probe &probe)
{
    switch (probe.outcome()) {
    case Probe::Outcome::Module:
        return ExitOk;
    case Probe::Outcome::NotAModule:
        switch (probe.failure()) {
        case RateFinder::Failure::Silence: return ExitTimeout;
        case RateFinder::Failure::Error: return ExitModuleFailure;
        case RateFinder::Failure::Garbage:
        case RateFinder::Failure::Text: return ExitTransport;
        }
        return ExitTransport;
    default:
        return ExitTransport;
    }
}

void IdentifyCommand::onFinished(Probe *probe)
{
    Answer a;
    a.port = probe->port();
    a.code = exitCodeFor(*probe);
    const ModuleIdentity &id = probe->identity();
    QJsonObject json = id.toJson();
    json.remove(QStringLiteral("sim")); // the contract's fields only
    json.insert(QStringLiteral("port"), a.port.name);
    if (!probe->isModule()) {
        // Same fields for every port, so scripts can rely on them; plus why.
        ModuleIdentity empty;
        json = empty.toJson();
        json.remove(QStringLiteral("sim"));
        json.insert(QStringLiteral("port"), a.port.name);
        json.insert(QStringLiteral("error"), probe->reason());
        QString status = QStringLiteral("error");
        switch (probe->outcome()) {
        case Probe::Outcome::NotAModule:
            status = a.code == ExitTimeout ? QStringLiteral("timeout") : PortStatus::stateId(PortState::NotAModule);
            break;
        case Probe::Outcome::Busy: status = PortStatus::stateId(PortState::Busy); break;
        case Probe::Outcome::PermissionDenied: status = PortStatus::stateId(PortState::PermissionDenied); break;
        case Probe::Outcome::Vanished: status = PortStatus::stateId(PortState::Gone); break;
        default: break;
        }
        json.insert(QStringLiteral("status"), status);
    }
    a.json = json;

    if (probe->isModule()) {
        const QString family = id.family == Family::Unknown
            ? familyId(id.family)
            : QStringLiteral("%1 (%2)").arg(familyId(id.family), familyDisplayName(id.family));
        const QList<QPair<QString, QString>> rows{
            {tr("family"), family},
            {tr("manufacturer"), id.manufacturer},
            {tr("model"), id.model},
            {tr("firmware"), id.firmware},
            {tr("imei"), id.imei},
            {tr("imsi"), id.imsi.isEmpty() ? tr("(not readable: %1)").arg(id.simState.isEmpty() ? tr("no SIM answer") : id.simState) : id.imsi},
            {tr("iccid"), id.iccid},
            {tr("serial"), id.serial},
            {tr("sim"), id.simState},
            {tr("baud"), QString::number(probe->baudRate())},
        };
        int width = 0;
        for (const auto &r : rows)
            width = std::max(width, int(r.first.size()));
        a.text << a.port.name;
        for (const auto &r : rows) {
            if (!r.second.isEmpty())
                a.text << QStringLiteral("  %1  %2").arg(r.first.leftJustified(width), r.second);
        }
    } else {
        QString what;
        switch (a.code) {
        case ExitTimeout:
            what = tr("check that the module is powered and that this is its AT port; if it runs at "
                      "an unusual rate, give it with --baud N");
            break;
        case ExitModuleFailure:
            what = tr("the device speaks AT but refuses it; it is probably not a supported module");
            break;
        default:
            what = probe->outcome() == Probe::Outcome::PermissionDenied
                ? tr("add your user to the dialout group (sudo usermod -aG dialout $USER) and log in again")
                : probe->outcome() == Probe::Outcome::Busy
                ? tr("close the program that has the port open (a terminal, ModemManager, another FotaDesk)")
                : probe->outcome() == Probe::Outcome::NotAModule
                ? tr("if a module is behind it, give its rate with --baud N")
                : tr("check the cable and the port name");
            break;
        }
        a.text << tr("%1: %2; %3").arg(a.port.name, probe->reason(), what);
    }
    m_answers.insert(a.port.name, a);
}

void IdentifyCommand::report()
{
    int code = ExitOk;
    QJsonArray array;
    bool first = true;
    for (const QString &name : std::as_const(m_order)) {
        const Answer a = m_answers.value(name);
        code = std::max(code, a.code);
        array << a.json;
        if (m_json)
            continue;
        if (a.code == ExitOk) {
            if (!first)
                Cli::out() << Qt::endl;
            first = false;
            for (const QString &line : a.text)
                Cli::out() << line << Qt::endl;
        } else {
            Cli::error(a.text.join(QLatin1Char('\n')));
        }
    }
    if (m_json)
        Cli::printJson(m_order.size() == 1 ? QJsonDocument(array.first().toObject()) : QJsonDocument(array));
    Cli::out().flush();
    emit finished(code);
}
