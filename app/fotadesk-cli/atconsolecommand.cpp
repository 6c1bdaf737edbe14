#include "atconsolecommand.h"

#include "clicommon.h"

#include "at/atchannel.h"
#include "discovery/ratememory.h"
#include "modules/family.h"
#include "port/port.h"
#include "port/portfactory.h"

#include <QSettings>

AtConsoleCommand::AtConsoleCommand() = default;
AtConsoleCommand::~AtConsoleCommand()
{
    delete m_finder;
    m_finder = nullptr;
}

void AtConsoleCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("port"), tr("Port name or device path."), QStringLiteral("<port>"));
    parser.addPositionalArgument(QStringLiteral("command"), tr("AT commands, sent in order."),
                                 QStringLiteral("<command>..."));
    parser.addOption({QStringLiteral("timeout"), tr("Seconds to wait for each command's final result (default 10)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("baud"), tr("Use this rate instead of searching for it."), QStringLiteral("N")});
}

int AtConsoleCommand::exitCodeFor(const AtResult &result)
{
    switch (result.status) {
    case AtStatus::Ok:
    case AtStatus::Connect:
        return ExitOk;
    case AtStatus::Timeout:
        return ExitTimeout;
    case AtStatus::PortLost:
    case AtStatus::Cancelled:
        return ExitTransport;
    default:
        return ExitModuleFailure;
    }
}

int AtConsoleCommand::start(const QCommandLineParser &parser)
{
    QStringList args = parser.positionalArguments();
    if (args.size() < 2) {
        Cli::error(tr("at needs a port and at least one command, e.g. fotadesk-cli at ttyUSB2 AT+CGMR"));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const double seconds = parser.value(QStringLiteral("timeout")).toDouble(&ok);
        if (!ok || seconds <= 0) {
            Cli::error(tr("--timeout wants seconds, such as 30; got \"%1\"").arg(parser.value(QStringLiteral("timeout"))));
            return ExitUsage;
        }
        m_timeout = std::chrono::milliseconds(qint64(seconds * 1000));
    }
    const std::optional<qint32> baud = Cli::baudOption(parser);
    if (baud && *baud == 0)
        return ExitUsage;
    DiscoverySettings settings = Cli::settings(parser);
    const std::optional<PortInfo> info = Cli::resolvePort(args.takeFirst(), settings.scanGlobs);
    if (!info)
        return ExitTransport;
    m_portName = info->name;
    m_commands = args;

    QList<qint32> rates = settings.probe.baudRates;
    QSettings store;
    RateMemory memory(&store);
    if (baud) {
        rates = {*baud};
    } else if (const qint32 last = memory.lastRate(m_portName); last > 0) {
        rates.removeAll(last);
        rates.prepend(last);
    }

    m_port = SerialPortFactory().create(m_portName);
    if (!m_port->open(QIODevice::ReadWrite)) {
        Cli::error(tr("cannot open %1: %2. Close any program using it (a terminal, ModemManager) and "
                      "check that you may use serial ports (group dialout).")
                       .arg(m_portName, m_port->errorString()));
        return ExitTransport;
    }
    m_finder = new RateFinder(m_port.get(), rates,
                              {settings.probe.atTimeout, std::max(1, settings.probe.atTries),
                               settings.probe.rateQuiet, 4});
    connect(m_finder, &RateFinder::found, this, &AtConsoleCommand::onRateFound);
    connect(m_finder, &RateFinder::failed, this, &AtConsoleCommand::onRateFailed);
    connect(m_port.get(), &Port::lost, this, [this] {
        if (m_finder && m_finder->isRunning()) {
            m_finder->stop();
            Cli::error(tr("%1 went away").arg(m_portName));
            emit finished(ExitTransport);
        }
    });
    m_finder->start();
    return ExitRunning;
}

void AtConsoleCommand::onRateFound(qint32 baud, const QStringList &lines)
{
    QSettings store;
    RateMemory(&store).remember(m_portName, baud);
    for (const QString &line : lines)
        Cli::out() << line << Qt::endl;
    disconnect(m_port.get(), nullptr, this, nullptr);
    m_channel = std::make_unique<AtChannel>(std::move(m_port), urcRegistryFor(Family::Unknown));
    m_channel->setDefaultTimeout(m_timeout);
    connect(m_channel.get(), &AtChannel::urcReceived, this,
            [](const QString &line, const QString &) { Cli::out() << line << Qt::endl; });
    sendNext();
}

void AtConsoleCommand::onRateFailed(RateFinder::Failure failure, const QString &reason)
{
    switch (failure) {
    case RateFinder::Failure::Silence:
        Cli::error(tr("%1: %2. Check that the module is powered and that this is its AT port, or give its "
                      "rate with --baud N.").arg(m_portName, reason));
        emit finished(ExitTimeout);
        return;
    case RateFinder::Failure::Error:
        Cli::error(tr("%1: %2").arg(m_portName, reason));
        emit finished(ExitModuleFailure);
        return;
    case RateFinder::Failure::Garbage:
    case RateFinder::Failure::Text:
        Cli::error(tr("%1: %2. Give the module's rate with --baud N.").arg(m_portName, reason));
        emit finished(ExitTransport);
        return;
    }
}

void AtConsoleCommand::sendNext()
{
    if (m_commands.isEmpty()) {
        Cli::out().flush();
        emit finished(ExitOk);
        return;
    }
    const QString command = m_commands.takeFirst();
    m_channel->send(AtCommand(command), this, [this](const AtResult &result) {
        for (const QString &line : result.lines)
            Cli::out() << line << Qt::endl;
        const int code = exitCodeFor(result);
        if (code == ExitOk) {
            Cli::out() << result.describe() << Qt::endl;
            sendNext();
            return;
        }
        Cli::out().flush();
        if (code == ExitModuleFailure)
            Cli::out() << result.describe() << Qt::endl;
        else
            Cli::error(result.describe());
        Cli::out().flush();
        emit finished(code);
    });
}
