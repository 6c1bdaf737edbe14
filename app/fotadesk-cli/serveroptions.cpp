#include "serveroptions.h"

#include "clicommon.h"

#include "transfer/packageserver.h"

#include <QCommandLineParser>
#include <QSettings>

namespace {

// "ADDR:PORT", ":PORT", "ADDR", "*:PORT" or "[v6]:PORT"; false when malformed.
bool parseBindAddress(const QString &text, QHostAddress *address, quint16 *port)
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

void ServerOptions::add(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("bind"),
                      tr("Address and port FotaDesk's package server listens on (default 127.0.0.1, any "
                         "free port). Use 0.0.0.0:PORT so a module on its mobile network can reach it."),
                      QStringLiteral("ADDR:PORT")});
    parser.addOption({QStringLiteral("advertise"),
                      tr("Host name or address put in the package URLs the modules are given (e.g. the "
                         "router's public address that forwards to --bind)."),
                      QStringLiteral("HOST")});
}

bool ServerOptions::read(const QCommandLineParser &parser)
{
    m_set = parser.isSet(QStringLiteral("bind")) || parser.isSet(QStringLiteral("advertise"));
    if (parser.isSet(QStringLiteral("bind"))
        && !parseBindAddress(parser.value(QStringLiteral("bind")), &m_address, &m_port)) {
        Cli::error(tr("--bind %1 is not ADDR:PORT (e.g. 0.0.0.0:8080)").arg(parser.value(QStringLiteral("bind"))));
        return false;
    }
    m_advertise = parser.value(QStringLiteral("advertise")).trimmed();
    QSettings store; // the same limits as the GUI's engine
    m_limits.load(store);
    return true;
}

bool ServerOptions::listen(PackageServer &server) const
{
    server.setAdvertisedHost(m_advertise);
    server.setLimits(m_limits);
    if (server.listen(m_address, m_port))
        return true;
    Cli::error(tr("cannot listen on %1:%2: %3; choose another port with --bind")
                   .arg(m_address.toString())
                   .arg(m_port)
                   .arg(server.errorString()));
    return false;
}
