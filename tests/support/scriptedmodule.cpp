#include "scriptedmodule.h"

#include "fakeport.h"

#include <QRegularExpression>
#include <QTimer>

ScriptedModule::ScriptedModule(FakePort *port)
    : QObject(port), m_port(port)
{
    port->setResponder([this](const QByteArray &bytes) { onWritten(bytes); });
}

void ScriptedModule::on(const QString &command, const QByteArray &response)
{
    m_exact.insert(command.toUpper(), response);
}

void ScriptedModule::onPrefix(const QString &prefix, Handler handler)
{
    m_prefixes.append({prefix.toUpper(), std::move(handler)});
}

void ScriptedModule::send(const QByteArray &bytes)
{
    deliver(bytes);
}

void ScriptedModule::onWritten(const QByteArray &bytes)
{
    m_pending.append(bytes);
    if (m_dataExpected > 0) {
        const qsizetype n = qMin(m_dataExpected, m_pending.size());
        m_data += m_pending.left(n);
        m_pending.remove(0, n);
        m_dataExpected -= n;
    }
    qsizetype cr;
    while ((cr = m_pending.indexOf('\r')) >= 0) {
        const QString command = QString::fromLatin1(m_pending.left(cr)).trimmed();
        m_pending.remove(0, cr + 1);
        if (command.isEmpty())
            continue;
        m_received << command;
        QByteArray reply;
        if (m_echo)
            reply += command.toLatin1() + '\r';
        const QString key = command.toUpper();
        if (!m_turns.value(key).isEmpty()) {
            reply += m_turns[key].takeFirst();
        } else if (m_exact.contains(key)) {
            reply += m_exact.value(key);
        } else {
            bool matched = false;
            for (const auto &[prefix, handler] : m_prefixes) {
                if (key.startsWith(prefix)) {
                    reply += handler(command);
                    matched = true;
                    break;
                }
            }
            if (!matched)
                reply += m_fallback.isEmpty() ? m_fallback : registerQuery(key, m_fallback);
        }
        deliver(reply);
    }
}

// Every V.250 module answers a query of S3 (the line terminator) with 013,
// once per S3? on the line; AtChannel resynchronises with it after a timeout.
QByteArray ScriptedModule::registerQuery(const QString &command, const QByteArray &otherwise)
{
    static const QRegularExpression s3(QStringLiteral("^ATS3\\?(S3\\?)*$"));
    if (!s3.match(command).hasMatch())
        return otherwise;
    return QByteArrayLiteral("\r\n013\r\n").repeated(command.count(QLatin1String("S3?"))) + "\r\nOK\r\n";
}

void ScriptedModule::deliver(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    m_outbox.append(bytes);
    if (m_flushScheduled)
        return;
    m_flushScheduled = true;
    // One chunk per event-loop turn, like bytes trickling in from a UART.
    QTimer::singleShot(0, this, &ScriptedModule::flushOne);
}

void ScriptedModule::flushOne()
{
    const qsizetype n = m_chunk > 0 ? qMin<qsizetype>(m_chunk, m_outbox.size()) : m_outbox.size();
    const QByteArray chunk = m_outbox.left(n);
    m_outbox.remove(0, n);
    m_port->feed(chunk);
    if (m_outbox.isEmpty())
        m_flushScheduled = false;
    else
        QTimer::singleShot(0, this, &ScriptedModule::flushOne);
}
