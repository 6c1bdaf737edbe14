#include "servecommand.h"

#include "clicommon.h"

#include "transfer/packageserver.h"

#include <QFileInfo>
#include <QHostAddress>

namespace {

// "ADDR:PORT", ":PORT", "ADDR" or "[v6]:PORT"; false when malformed.
bool parseBind(const QString &text, QHostAddress *address, quint16 *port)
{
    QString host = text;
    QString portText;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && text.count(QLatin1Char(':')) == 1) { // IPv4 or name with a port
        host = text.left(colon);
        portText = text.mid(colon + 1);
    } else if (text.startsWith(QLatin1Char('[')) && colon > text.indexOf(QLatin1Char(']'))) {
        host = text.mid(1, text.indexOf(QLatin1Char(']')) - 1);
        portText = text.mid(colon + 1);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const uint value = portText.toUInt(&ok);
        if (!ok || value > 65535)
            return false;
        *port = quint16(value);
    }
    if (host.isEmpty())
        host = QStringLiteral("127.0.0.1");
    if (host == QLatin1String("*") || host == QLatin1String("any"))
        *address = QHostAddress::Any;
    else if (!address->setAddress(host))
        return false;
    return true;
}

} // namespace

ServeCommand::ServeCommand() = default;
ServeCommand::~ServeCommand() = default;

void ServeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("package"), tr("Package files to serve."),
                                 QStringLiteral("<package>..."));
    parser.addOption({QStringLiteral("bind"),
                      tr("Address and port to listen on (default 127.0.0.1, any free port). Use "
                         "0.0.0.0:PORT so a module on another network can reach it."),
                      QStringLiteral("ADDR:PORT")});
    parser.addOption({QStringLiteral("advertise"),
                      tr("Host name or address put in the URLs when listening on every address."),
                      QStringLiteral("HOST")});
}

int ServeCommand::start(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Cli::error(tr("serve needs at least one package file"));
        return ExitUsage;
    }
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = 0;
    if (parser.isSet(QStringLiteral("bind"))
        && !parseBind(parser.value(QStringLiteral("bind")), &address, &port)) {
        Cli::error(tr("--bind %1 is not ADDR:PORT (e.g. 0.0.0.0:8080)").arg(parser.value(QStringLiteral("bind"))));
        return ExitUsage;
    }

    m_server = std::make_unique<PackageServer>();
    if (parser.isSet(QStringLiteral("advertise")))
        m_server->setAdvertisedHost(parser.value(QStringLiteral("advertise")));
    if (!m_server->listen(address, port)) {
        Cli::error(tr("cannot listen on %1:%2: %3; choose another port with --bind")
                       .arg(address.toString()).arg(port).arg(m_server->errorString()));
        return ExitTransport;
    }
    for (const QString &file : files) {
        const QUrl url = m_server->registerPackage(QFileInfo(file).absoluteFilePath());
        if (url.isEmpty()) {
            Cli::error(tr("%1 cannot be read; check the path and its permissions").arg(file));
            return ExitUsage;
        }
        Cli::out() << url.toString(QUrl::FullyEncoded) << Qt::endl;
    }
    connect(m_server.get(), &PackageServer::requestServed, this, &ServeCommand::onServed);
    Cli::err() << tr("Serving %n package(s) on %1; press Ctrl+C to stop.", nullptr, int(files.size()))
                      .arg(m_server->baseUrl().toString())
               << Qt::endl;
    return ExitRunning;
}

void ServeCommand::onServed(const ServedRequest &r)
{
    QString line = QStringLiteral("%1 %2 %3 %4").arg(r.peer.toString(), r.method, r.path).arg(r.status);
    if (!r.range.isEmpty())
        line += QStringLiteral(" range=%1").arg(r.range);
    line += tr(" %n byte(s)", nullptr, int(qMin<qint64>(r.bytesSent, INT_MAX)));
    if (!r.complete)
        line += tr(" (the peer left before the end)");
    Cli::out() << line << Qt::endl;
}
