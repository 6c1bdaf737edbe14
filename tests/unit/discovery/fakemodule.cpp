#include "fakemodule.h"

#include "fakeport.h"

#include "discovery/imeicheck.h"

#include <QTimer>

namespace {

// Discovery refuses an IMEI whose check digit is wrong.
QString withLuhn(const QString &body)
{
    return body + QString::number(ImeiCheck::luhnDigit(body));
}

} // namespace

FakeModuleSpec FakeModuleSpec::defaults(Family family, int index)
{
    FakeModuleSpec s;
    s.family = family;
    const QString n = QStringLiteral("%1").arg(index, 5, 10, QLatin1Char('0'));
    s.imsi = QStringLiteral("0010112345") + n;
    s.iccid = QStringLiteral("8901001200000") + n + QStringLiteral("1");
    switch (family) {
    case Family::TelitPfm:
        s.manufacturer = QStringLiteral("Telit");
        s.model = QStringLiteral("GE910-QUAD");
        s.firmware = QStringLiteral("10.00.005");
        s.imei = withLuhn(QStringLiteral("3561670510") + n.right(4));
        break;
    case Family::Cinterion:
        s.manufacturer = QStringLiteral("Cinterion");
        s.model = QStringLiteral("EXS82-W");
        s.firmware = QStringLiteral("01.000");
        s.imei = withLuhn(QStringLiteral("3541841120") + n.right(4));
        break;
    case Family::SimcomSim7020:
        s.manufacturer = QStringLiteral("SIMCOM_Ltd");
        s.model = QStringLiteral("SIM7020C");
        s.firmware = QStringLiteral("1752B05SIM7020C");
        s.imei = withLuhn(QStringLiteral("8676790330") + n.right(4));
        break;
    case Family::SierraHl78xx:
        s.manufacturer = QStringLiteral("Sierra Wireless");
        s.model = QStringLiteral("HL7800");
        s.firmware = QStringLiteral("BHL7800.1.6.3.0.20180803");
        s.imei = withLuhn(QStringLiteral("3529061040") + n.right(4));
        s.serial = QStringLiteral("4L92726") + n.right(4) + QStringLiteral("410");
        break;
    case Family::Unknown:
        s.manufacturer = QStringLiteral("ACME");
        s.model = QStringLiteral("X1");
        s.firmware = QStringLiteral("1.0");
        s.imei = withLuhn(QStringLiteral("3500000000") + n.right(4));
        break;
    }
    return s;
}

FakeModule::FakeModule(FakePort *port, const FakeModuleSpec &spec)
    : QObject(port), m_port(port), m_spec(spec)
{
    port->setResponder([this](const QByteArray &bytes) { onWritten(bytes); });
}

void FakeModule::send(const QByteArray &bytes)
{
    QTimer::singleShot(0, this, [this, bytes] { m_port->feed(bytes); });
}

void FakeModule::onWritten(const QByteArray &bytes)
{
    m_pending += bytes;
    qsizetype cr;
    while ((cr = m_pending.indexOf('\r')) >= 0) {
        const QString command = QString::fromLatin1(m_pending.left(cr)).trimmed();
        m_pending.remove(0, cr + 1);
        if (command.isEmpty())
            continue;
        const bool rightRate = m_port->baudRate() == m_spec.baud;
        QByteArray reply;
        if (m_spec.kind == FakeModuleSpec::Kind::Garbage || (!rightRate && m_spec.kind != FakeModuleSpec::Kind::Silent)) {
            ++m_wrongRate;
            emit wrongRateCommand();
            // What "AT<CR>" read at the wrong rate makes a module print: bytes
            // with framing errors, no line end.
            reply = QByteArray::fromHex("f0fe8c00e6ff7f9a");
        } else {
            m_received << command;
            emit commandReceived(command);
            reply = answer(command);
        }
        if (!reply.isEmpty())
            QTimer::singleShot(m_spec.latencyMs, this, [this, reply] { m_port->feed(reply); });
    }
}

QByteArray FakeModule::answer(const QString &command)
{
    using Kind = FakeModuleSpec::Kind;
    if (m_silent || m_spec.kind == Kind::Silent)
        return {};
    if (m_spec.kind == Kind::ErrorToAll)
        return "\r\nERROR\r\n";
    if (m_spec.kind == Kind::TextOnly)
        return "$GPGGA,123519,4807.038,N,01131.000,E,1,08,0.9,545.4,M,46.9,M,,*47\r\n";

    const QString c = command.toUpper();
    if (!m_silentAfter.isEmpty() && c == m_silentAfter)
        m_silent = true;

    QByteArray out;
    if (m_spec.echo)
        out += command.toLatin1() + "\r";
    if (!m_bootSent) {
        m_bootSent = true;
        out += m_spec.bootUrcs;
    }
    auto ok = [&out](const QString &body = {}) {
        if (!body.isEmpty())
            out += "\r\n" + body.toLatin1() + "\r\n";
        out += "\r\nOK\r\n";
        return out;
    };
    const Family f = m_spec.family;
    if (c == QLatin1String("AT") || c == QLatin1String("AT+CMEE=2"))
        return ok();
    if (c == QLatin1String("ATE0")) {
        m_spec.echo = false;
        return ok();
    }
    if (c == QLatin1String("AT+CGMI"))
        return ok(m_spec.manufacturer);
    if (c == QLatin1String("AT+CGMM"))
        return ok(m_spec.model);
    if (c == QLatin1String("ATI"))
        return ok(m_spec.manufacturer + QStringLiteral("\r\n") + m_spec.model);
    if (c == QLatin1String("AT+CGMR")) {
        if (f == Family::SimcomSim7020)
            return ok(QStringLiteral("Revision:") + m_spec.firmware);
        if (f == Family::TelitPfm)
            return ok(m_spec.firmware);
        return ok(m_spec.firmware);
    }
    if (c == QLatin1String("AT+CGSN")) {
        if (m_spec.damagedImeiReads > 0) {
            --m_spec.damagedImeiReads;
            QString damaged = m_spec.imei;
            damaged[3] = damaged[3] == QLatin1Char('7') ? QLatin1Char('8') : QLatin1Char('7');
            return ok(damaged);
        }
        return ok(m_spec.imei);
    }
    if (c == QLatin1String("AT+CIMI")) {
        if (m_spec.simLocked)
            return out + "\r\n+CME ERROR: SIM PIN required\r\n";
        return ok(m_spec.imsi);
    }
    if (c == QLatin1String("AT+CPIN?"))
        return ok(m_spec.simLocked ? QStringLiteral("+CPIN: SIM PIN") : QStringLiteral("+CPIN: READY"));
    if (c == QLatin1String("AT#CCID") && f == Family::TelitPfm)
        return ok(QStringLiteral("#CCID: ") + m_spec.iccid);
    if (c == QLatin1String("AT^SCID") && f == Family::Cinterion)
        return ok(QStringLiteral("^SCID: ") + m_spec.iccid);
    if (c == QLatin1String("AT+CCID") && (f == Family::SimcomSim7020 || f == Family::SierraHl78xx))
        return ok(f == Family::SierraHl78xx ? QStringLiteral("+CCID: ") + m_spec.iccid : m_spec.iccid);
    if (c == QLatin1String("ATI1") && f == Family::Cinterion)
        return ok(m_spec.manufacturer + QStringLiteral("\r\n") + m_spec.model + QStringLiteral("\r\nREVISION ")
                  + m_spec.firmware + QStringLiteral("\r\nA-REVISION 01.000.05"));
    if (c == QLatin1String("AT+KGSN=3") && f == Family::SierraHl78xx)
        return ok(QStringLiteral("+KGSN: ") + m_spec.serial);
    if (c.startsWith(QLatin1String("AT+CPIN=")))
        return ok();
    return out + "\r\nERROR\r\n";
}
