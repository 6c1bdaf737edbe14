#include "servecommand.h"

#include "clicommon.h"
#include "serveroptions.h"

#include "transfer/packageserver.h"

#include <QFileInfo>

ServeCommand::ServeCommand() = default;
ServeCommand::~ServeCommand() = default;

void ServeCommand::addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(QStringLiteral("package"), tr("Package files to serve."),
                                 QStringLiteral("<package>..."));
    ServerOptions::add(parser);
}

int ServeCommand::start(const QCommandLineParser &parser)
{
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        Cli::error(tr("serve needs at least one package file"));
        return ExitUsage;
    }
    ServerOptions server;
    if (!server.read(parser))
        return ExitUsage;
    m_server = std::make_unique<PackageServer>();
    if (!server.listen(*m_server))
        return ExitTransport;
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
