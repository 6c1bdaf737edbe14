#include "pfmserver.h"

#include "modules/updatetypes.h"

#include <QHostAddress>
#include <QRegularExpression>

namespace {

// E.164 allows 15 digits; short codes have a few.
constexpr int kMinDigits = 3;
constexpr int kMaxDigits = 15;

bool isHostName(const QString &host)
{
    static const QRegularExpression name(QStringLiteral(
        "^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    static const QRegularExpression dottedDigits(QStringLiteral("^[0-9.]+$"));
    // "203.0.113.999" is a mistyped address, not a name.
    return host.size() <= 253 && name.match(host).hasMatch() && !dottedDigits.match(host).hasMatch();
}

} // namespace

PfmServer PfmServer::invalid(const QString &problem)
{
    PfmServer s;
    s.m_kind = Kind::Invalid;
    s.m_problem = problem;
    return s;
}

PfmServer PfmServer::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};

    // A telephone number as people write it: "+1 555-0100", "(0039) 123 456".
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9 ()\\-]+$"));
    if (phone.match(t).hasMatch()) {
        QString number = t.startsWith(QLatin1Char('+')) ? QStringLiteral("+") : QString();
        for (QChar c : t) {
            if (c.isDigit())
                number += c;
        }
        const qsizetype digits = number.size() - (number.startsWith(QLatin1Char('+')) ? 1 : 0);
        if (digits < kMinDigits || digits > kMaxDigits)
            return invalid(tr("An SMS number has %1 to %2 digits, e.g. +15550100.").arg(kMinDigits).arg(kMaxDigits));
        PfmServer s;
        s.m_kind = Kind::SmsNumber;
        s.m_number = number;
        return s;
    }

    QString host;
    QString portText;
    if (t.startsWith(QLatin1Char('['))) {
        const qsizetype close = t.indexOf(QLatin1Char(']'));
        if (close < 0 || t.mid(close + 1, 1) != QLatin1String(":"))
            return invalid(tr("Write an IPv6 server as [address]:port, e.g. [2001:db8::7]:5000."));
        host = t.mid(1, close - 1);
        portText = t.mid(close + 2);
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv6Protocol)
            return invalid(tr("%1 is not an IPv6 address.").arg(host));
    } else {
        const qsizetype colons = t.count(QLatin1Char(':'));
        if (colons == 0) {
            if (QHostAddress(t).protocol() == QAbstractSocket::IPv4Protocol || isHostName(t))
                return invalid(tr("Add the server's port after a colon, e.g. %1:5000.").arg(t));
            return invalid(tr("Enter the PFM server's SMS number (e.g. +15550100) or its address and "
                              "port (e.g. 203.0.113.7:5000)."));
        }
        if (colons > 1)
            return invalid(tr("Write an IPv6 server as [address]:port, e.g. [2001:db8::7]:5000."));
        const qsizetype colon = t.indexOf(QLatin1Char(':'));
        host = t.left(colon).trimmed();
        portText = t.mid(colon + 1).trimmed();
        if (host.isEmpty())
            return invalid(tr("The server's address is missing before the port."));
        if (QHostAddress(host).protocol() != QAbstractSocket::IPv4Protocol && !isHostName(host))
            return invalid(tr("%1 is neither an IP address nor a host name.").arg(host));
    }
    bool ok = false;
    const int port = portText.toInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return invalid(tr("The port after the colon is a number from 1 to 65535."));
    PfmServer s;
    s.m_kind = Kind::IpAddress;
    s.m_host = host;
    s.m_port = port;
    return s;
}

QString PfmServer::summary() const
{
    switch (m_kind) {
    case Kind::None:
        return tr("Empty: the module uses the PFM server it registered with before. A module never "
                  "registered waits for an offer that cannot come.");
    case Kind::SmsNumber:
        return tr("The module registers by SMS with %1.").arg(m_number);
    case Kind::IpAddress:
        return tr("The module registers over IP with %1, port %2, through the APN.").arg(m_host).arg(m_port);
    case Kind::Invalid:
        return m_problem;
    }
    return {};
}

void PfmServer::fill(UpdateRequest &request) const
{
    request.pfmServerNumber = m_kind == Kind::SmsNumber ? m_number : QString();
    request.pfmServerAddress = m_kind == Kind::IpAddress ? m_host : QString();
    request.pfmServerPort = m_kind == Kind::IpAddress ? m_port : 0;
}
