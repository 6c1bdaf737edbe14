#pragma once

#include "line/pacer.h"
#include "pty/ptyport.h"

#include <QObject>

class FaultSet;

// The serial line between host and module as the module experiences it: the
// pty, the module's rate against the rate the host set (a mismatch turns the
// module's output into deterministic garbage and the host's input into bytes
// the module cannot understand), optional pacing at 10 bits a byte, and the
// line faults (noise, drops, silence, a line too slow for the module's output).
class Wire : public QObject
{
    Q_OBJECT

public:
    explicit Wire(FaultSet &faults, QObject *parent = nullptr);

    bool open(const QString &link, QString *error = nullptr);
    void close();
    bool isOpen() const { return m_pty.isOpen(); }
    QString link() const { return m_pty.link(); }
    QString slaveName() const { return m_pty.slaveName(); }

    // 0 = autobaud: follows whatever rate the host uses.
    void setModuleBaud(qint32 baud);
    qint32 moduleBaud() const { return m_baud; }
    qint32 hostBaud() const { return m_pty.hostBaud(); }
    bool rateMatches() const;
    // The rate in use: the module's, or the host's when the module autobauds.
    qint32 lineRate() const;
    void setPaced(bool paced);

    void send(const QByteArray &bytes);
    // Bytes on their way to the host: paced, buffered, or in the tty unread.
    qsizetype undelivered() const;
    static QByteArray garble(const QByteArray &bytes, quint32 &counter);

signals:
    void received(const QByteArray &bytes);

private:
    void onPtyReceived(const QByteArray &bytes);
    void onInputReleased(const QByteArray &bytes);
    void updatePacing();
    bool outputGarbled() const;

    FaultSet &m_faults;
    PtyPort m_pty;
    Pacer m_outPacer;
    Pacer m_inPacer;
    qint32 m_baud = 115200;
    bool m_paced = false;
    quint32 m_garbleCounter = 0;
};
