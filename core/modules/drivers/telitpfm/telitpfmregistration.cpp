// TelitPfmFlow's server registration (PROTOCOLS.md §1 and §5): the SMS
// protocol, or the IP registration of the combined and TCP/IP-only protocols.
#include "telitpfmflow.h"

#include "modules/modulesession.h"

namespace {

// AT string parameters cannot carry a double quote; drop any rather than send a
// command the module would misparse.
QString quoted(const QString &text)
{
    QString clean = text;
    clean.remove(u'"');
    return QStringLiteral("\"%1\"").arg(clean);
}

} // namespace

void TelitPfmFlow::configure()
{
    const UpdateRequest &r = request();
    switch (m_protocol) {
    case Protocol::Stored:
        session()->note(tr("no PFM server given: the registration stored in the module is used"));
        waitForServer(tr("Waiting for the PFM server to offer an upgrade"));
        return;
    case Protocol::Sms:
        enterPhase(UpdatePhase::Registering, tr("Registering with the PFM server by SMS"),
                   m_options.registration);
        send(QStringLiteral("AT#OTASNAP=%1").arg(quoted(r.pfmServerNumber)), [](const AtResult &) {});
        return;
    case Protocol::SmsTcpIp:
    case Protocol::TcpIp:
        break;
    }

    enterPhase(UpdatePhase::Registering, tr("Registering with the PFM server over IP"),
               m_options.registration);
    QStringList commands;
    QString cfg = QStringLiteral("AT#OTASNAPIPCFG=%1,%2").arg(m_options.bearer).arg(quoted(r.apn));
    if (!r.apnUser.isEmpty() || !r.apnPassword.isEmpty())
        cfg += QStringLiteral(",%1,%2").arg(quoted(r.apnUser), quoted(r.apnPassword));
    commands << cfg;
    const QString server = QStringLiteral("%1,%2").arg(r.pfmServerPort).arg(quoted(r.pfmServerAddress));
    if (m_options.storeServerAddress)
        commands << QStringLiteral("AT#OTAIPCFG=%1").arg(server);
    m_configCommands = commands;
    // The combined protocol registers over IP and is triggered by SMS: no
    // AT#OTASNAP, and the server learns the SIM's number only from
    // <mynumber>, which it cannot read over TCP (note 000, §5).
    if (!r.pfmMyNumber.trimmed().isEmpty() || m_protocol != Protocol::SmsTcpIp) {
        registerOverIp(r.pfmMyNumber.trimmed());
        return;
    }
    send(QStringLiteral("AT+CNUM"), [this](const AtResult &result) {
        registerOverIp(ownNumber(result));
    });
}

QString TelitPfmFlow::ownNumber(const AtResult &result)
{
    // +CNUM: "<alpha>","<number>",<type>: the first entry with a number.
    for (const QString &line : result.lines) {
        if (!line.startsWith(QLatin1String("+CNUM:"), Qt::CaseInsensitive))
            continue;
        const QStringList fields = line.mid(6).split(QLatin1Char(','));
        const QString number = fields.value(1).trimmed().remove(QLatin1Char('"'));
        if (!number.isEmpty())
            return number;
    }
    return {};
}

void TelitPfmFlow::registerOverIp(const QString &myNumber)
{
    const UpdateRequest &r = request();
    QString snapip = QStringLiteral("AT#OTASNAPIP=%1,%2").arg(r.pfmServerPort).arg(quoted(r.pfmServerAddress));
    if (!myNumber.isEmpty())
        snapip += QLatin1Char(',') + quoted(myNumber);
    else if (m_protocol == Protocol::SmsTcpIp)
        session()->note(tr("the SIM's own number is not known (AT+CNUM has none): the PFM server can "
                           "trigger this module by SMS only if it knows the number"));
    m_configCommands << snapip;
    sendNextConfigCommand();
}

void TelitPfmFlow::sendNextConfigCommand()
{
    // One after the other; the registration event is awaited by onEvent().
    if (m_configCommands.isEmpty())
        return;
    send(m_configCommands.takeFirst(), [this](const AtResult &) { sendNextConfigCommand(); });
}

void TelitPfmFlow::registered(const QString &rawLine)
{
    if (m_protocol == Protocol::TcpIp) {
        enterPhase(UpdatePhase::WaitingForServer,
                   tr("Registered; asking the PFM server for an upgrade"), m_options.serverWait, rawLine);
        if (!declareCommit(CommitPoint::Kind::Download, QStringLiteral("AT#OTAIPUPD")))
            return;
        send(QStringLiteral("AT#OTAIPUPD"), [](const AtResult &) {});
        return;
    }
    waitForServer(tr("Registered; waiting for the PFM server to offer an upgrade"), rawLine);
}
