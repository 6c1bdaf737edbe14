#include "simclient.h"

#include <QRegularExpression>
#include <QTest>

SimClient::SimClient(const QString &link, qint32 baud, const UrcRegistry &urcs)
    : m_urcs(urcs)
{
    m_port.setPortName(link);
    m_port.setBaudRate(baud);
    m_port.setDataBits(QSerialPort::Data8);
    m_port.setParity(QSerialPort::NoParity);
    m_port.setStopBits(QSerialPort::OneStop);
    m_port.setFlowControl(QSerialPort::NoFlowControl);
    QObject::connect(&m_port, &QSerialPort::readyRead, &m_port, [this] { pump(); });
    QObject::connect(&m_port, &QSerialPort::errorOccurred, &m_port, [this](QSerialPort::SerialPortError e) {
        // A hung-up tty reads 0 bytes; QSerialPort then reports ResourceError
        // or, with a stale errno, ReadError. Both mean the device went away.
        if (e == QSerialPort::ResourceError || e == QSerialPort::ReadError)
            m_port.close();
    });
}

bool SimClient::open()
{
    return m_port.open(QIODevice::ReadWrite);
}

void SimClient::close()
{
    m_port.close();
}

void SimClient::pump()
{
    const QByteArray in = m_port.readAll();
    m_all += in;
    for (char c : in) {
        if (c == '\r' || c == '\n') {
            const QString line = QString::fromLatin1(m_partial).trimmed();
            m_partial.clear();
            if (!line.isEmpty())
                m_lines << line;
        } else {
            m_partial += c;
        }
    }
}

bool SimClient::isFinal(const QString &line)
{
    return line == QLatin1String("OK") || line == QLatin1String("ERROR")
           || line.startsWith(QLatin1String("+CME ERROR")) || line.startsWith(QLatin1String("+CMS ERROR"))
           || line == QLatin1String("NO CARRIER") || line.startsWith(QLatin1String("CONNECT"));
}

void SimClient::write(const QByteArray &bytes)
{
    m_port.write(bytes);
    m_port.flush();
}

QStringList SimClient::command(const QString &command, int timeoutMs)
{
    // The answer is searched from here; URCs before it stay for waitForLine().
    const qsizetype start = m_lines.size();
    write(command.toLatin1() + '\r');
    auto finished = [&] {
        for (qsizetype i = start; i < m_lines.size(); ++i) {
            if (isFinal(m_lines.at(i)))
                return true;
        }
        return false;
    };
    if (!QTest::qWaitFor(finished, timeoutMs))
        return {};
    QStringList out;
    QString own = command.mid(2);
    own.truncate(own.indexOf(QRegularExpression(QStringLiteral("[=?;]"))) < 0 ? own.size()
                 : own.indexOf(QRegularExpression(QStringLiteral("[=?;]"))));
    for (qsizetype i = start; i < m_lines.size(); ++i) {
        const QString &l = m_lines.at(i);
        if (l == command) {
            m_consumed.insert(i);
            continue; // echo
        }
        if (!m_urcs.match(l).isEmpty() && !isFinal(l) && !l.startsWith(own + u':', Qt::CaseInsensitive))
            continue; // a URC in the middle of the answer
        out << l;
        m_consumed.insert(i); // answered: never a waitForLine() match
        if (isFinal(l))
            break;
    }
    return out;
}

QString SimClient::run(const QString &cmd, int timeoutMs)
{
    const QStringList lines = command(cmd, timeoutMs);
    return lines.isEmpty() ? QString() : lines.last();
}

QString SimClient::waitForLine(const QString &prefix, int timeoutMs)
{
    QString found;
    auto seen = [&] {
        for (qsizetype i = m_cursor; i < m_lines.size(); ++i) {
            if (!m_consumed.contains(i) && matches(m_lines.at(i), prefix)) {
                found = m_lines.at(i);
                m_cursor = i + 1;
                return true;
            }
        }
        return false;
    };
    if (!QTest::qWaitFor(seen, timeoutMs))
        return {};
    return found;
}

bool SimClient::matches(const QString &line, const QString &prefix)
{
    // "+WDSI: 2" must not match "+WDSI: 23,1": a number in the prefix ends
    // where the line's number ends.
    if (!line.startsWith(prefix))
        return false;
    return line.size() == prefix.size() || prefix.isEmpty() || !prefix.back().isDigit()
           || !line.at(prefix.size()).isDigit();
}

QStringList SimClient::linesStartingWith(const QString &prefix) const
{
    QStringList out;
    for (qsizetype i = m_cursor; i < m_lines.size(); ++i) {
        if (matches(m_lines.at(i), prefix))
            out << m_lines.at(i);
    }
    return out;
}

bool SimClient::waitForBytes(const QByteArray &bytes, int timeoutMs)
{
    return QTest::qWaitFor([&] {
        const qsizetype at = m_all.indexOf(bytes, m_rawCursor);
        if (at < 0)
            return false;
        m_rawCursor = at + bytes.size();
        return true;
    }, timeoutMs);
}

QByteArray SimClient::takeRaw()
{
    const QByteArray out = m_all.mid(m_rawCursor);
    m_rawCursor = m_all.size();
    return out;
}

bool SimClient::waitForClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return !m_port.isOpen(); }, timeoutMs);
}
