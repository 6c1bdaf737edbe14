#include "wire.h"

#include "faults/faultset.h"

Wire::Wire(FaultSet &faults, QObject *parent)
    : QObject(parent)
    , m_faults(faults)
{
    connect(&m_pty, &PtyPort::received, this, &Wire::onPtyReceived);
    connect(&m_outPacer, &Pacer::released, &m_pty, &PtyPort::write);
    connect(&m_inPacer, &Pacer::released, this, &Wire::onInputReleased);
}

bool Wire::open(const QString &link, QString *error)
{
    m_outPacer.clear();
    m_inPacer.clear();
    return m_pty.open(link, m_baud, error);
}

void Wire::close()
{
    m_outPacer.clear();
    m_inPacer.clear();
    m_pty.close();
}

void Wire::setModuleBaud(qint32 baud)
{
    m_baud = baud;
    updatePacing();
}

void Wire::setPaced(bool paced)
{
    m_paced = paced;
    updatePacing();
}

void Wire::updatePacing()
{
    const qint32 rate = m_paced ? lineRate() : 0;
    m_outPacer.setBaud(rate);
    m_inPacer.setBaud(rate);
}

qint32 Wire::lineRate() const
{
    return m_baud > 0 ? m_baud : m_pty.hostBaud();
}

bool Wire::rateMatches() const
{
    if (m_baud <= 0)
        return true; // autobaud locks onto the host's rate
    const qint32 host = m_pty.hostBaud();
    return host == 0 || host == m_baud;
}

QByteArray Wire::garble(const QByteArray &bytes, quint32 &counter)
{
    // Framing at the wrong rate: every byte becomes a high, unprintable one, but
    // line ends stay so a host's line reader sees "noise lines" it can count.
    QByteArray out(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = quint8(bytes.at(i));
        if (b == '\r' || b == '\n') {
            out[i] = char(b);
        } else {
            counter = counter * 1103515245u + 12345u;
            out[i] = char(0x80 | ((b ^ (counter >> 16)) & 0x7f));
        }
    }
    return out;
}

void Wire::send(const QByteArray &bytes)
{
    if (!m_pty.isOpen() || bytes.isEmpty() || m_faults.isSilent())
        return;
    if (m_paced && m_baud <= 0)
        updatePacing(); // autobaud: pace at the host's current rate
    QByteArray out = outputGarbled() ? garble(bytes, m_garbleCounter) : bytes;
    out = m_faults.corrupt(out);
    m_outPacer.push(out);
}

bool Wire::outputGarbled() const
{
    if (!rateMatches())
        return true;
    // line-limit: both ends agree on the rate, but the adapter or cable
    // between them cannot carry the module's output that fast. The fault
    // spoils that direction only, so a host sees its command run without
    // reading the answer (the case a rate step must verify).
    const qint32 limit = m_faults.lineLimit();
    return limit > 0 && lineRate() > limit;
}

qsizetype Wire::undelivered() const
{
    return m_outPacer.queued() + m_pty.pendingWrite() + m_pty.unreadByHost();
}

void Wire::onPtyReceived(const QByteArray &bytes)
{
    if (rateMatches()) {
        m_inPacer.push(bytes);
        return;
    }
    // Bits sampled at the wrong rate: the module sees bytes that never form a
    // command (no CR survives).
    QByteArray junk(bytes.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        junk[i] = char(0x80 | (quint8(bytes.at(i)) * 7 & 0x7f));
    m_inPacer.push(junk);
}

void Wire::onInputReleased(const QByteArray &bytes)
{
    const QByteArray in = m_faults.corrupt(bytes);
    if (!in.isEmpty())
        emit received(in);
}
