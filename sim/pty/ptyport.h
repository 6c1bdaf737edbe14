#pragma once

#include <QByteArray>
#include <QObject>
#include <QSocketNotifier>
#include <QString>

#include <memory>

// The module's end of a pseudo-terminal: the master, non-blocking, driven by
// socket notifiers, with the slave published as a symlink for the host to open
// with a real serial port. We keep a slave descriptor open ourselves so the
// master never reads EIO while no host has the port open, and so bytes written
// before the host opens it wait in the tty for the host.
class PtyPort : public QObject
{
    Q_OBJECT

public:
    explicit PtyPort(QObject *parent = nullptr);
    ~PtyPort() override;

    // Creates the pty, sets it raw at `baud` and publishes `link` (replacing a
    // stale symlink, never a regular file).
    bool open(const QString &link, qint32 baud, QString *error = nullptr);
    // Closes both ends (the host sees the device vanish) and removes the link.
    void close();
    bool isOpen() const { return m_master >= 0; }
    QString link() const { return m_link; }
    QString slaveName() const { return m_slaveName; }

    // The rate the host set on its end (tcgetattr on the master reads the
    // slave's settings); 0 when it is not a standard rate.
    qint32 hostBaud() const;
    void write(const QByteArray &bytes);
    qsizetype pendingWrite() const { return m_out.size(); }
    // Bytes in the tty that the host has not read yet.
    qsizetype unreadByHost() const;

    static qint32 speedToBaud(unsigned speed);
    static unsigned baudToSpeed(qint32 baud);

signals:
    void received(const QByteArray &bytes);

private:
    void onReadable();
    void onWritable();
    void flushOut();

    int m_master = -1;
    int m_slave = -1;
    QString m_link;
    QString m_slaveName;
    QByteArray m_out;
    std::unique_ptr<QSocketNotifier> m_readNotifier;
    std::unique_ptr<QSocketNotifier> m_writeNotifier;
};
