#include "ptyport.h"

#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcSimPty, "fotadesk.sim.pty", QtInfoMsg)

namespace {

struct SpeedPair
{
    speed_t speed;
    qint32 baud;
};

constexpr SpeedPair kSpeeds[] = {
    {B300, 300},       {B600, 600},       {B1200, 1200},     {B2400, 2400},
    {B4800, 4800},     {B9600, 9600},     {B19200, 19200},   {B38400, 38400},
    {B57600, 57600},   {B115200, 115200}, {B230400, 230400}, {B460800, 460800},
    {B500000, 500000}, {B576000, 576000}, {B921600, 921600}, {B1000000, 1000000},
    {B1152000, 1152000}, {B1500000, 1500000}, {B2000000, 2000000}, {B3000000, 3000000},
    {B3500000, 3500000}, {B4000000, 4000000},
};

} // namespace

PtyPort::PtyPort(QObject *parent)
    : QObject(parent)
{
}

PtyPort::~PtyPort()
{
    close();
}

qint32 PtyPort::speedToBaud(unsigned speed)
{
    for (const SpeedPair &p : kSpeeds) {
        if (p.speed == speed)
            return p.baud;
    }
    return 0;
}

unsigned PtyPort::baudToSpeed(qint32 baud)
{
    for (const SpeedPair &p : kSpeeds) {
        if (p.baud == baud)
            return p.speed;
    }
    return B115200;
}

bool PtyPort::open(const QString &link, qint32 baud, QString *error)
{
    close();
    auto fail = [&](const QString &what) {
        if (error)
            *error = tr("%1: %2").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
        close();
        return false;
    };
    m_master = posix_openpt(O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_master < 0)
        return fail(QStringLiteral("posix_openpt"));
    if (grantpt(m_master) != 0 || unlockpt(m_master) != 0)
        return fail(QStringLiteral("grantpt/unlockpt"));
    char name[128] = {};
    if (ptsname_r(m_master, name, sizeof name) != 0)
        return fail(QStringLiteral("ptsname"));
    m_slaveName = QString::fromLocal8Bit(name);
    m_slave = ::open(name, O_RDWR | O_NOCTTY | O_NONBLOCK | O_CLOEXEC);
    if (m_slave < 0)
        return fail(m_slaveName);

    // Raw, so neither direction is echoed or translated by the line discipline
    // before the host configures the port itself.
    termios tio{};
    if (tcgetattr(m_slave, &tio) == 0) {
        cfmakeraw(&tio);
        const speed_t speed = baudToSpeed(baud > 0 ? baud : 115200);
        cfsetispeed(&tio, speed);
        cfsetospeed(&tio, speed);
        tcsetattr(m_slave, TCSANOW, &tio);
    }

    const QFileInfo existing(link);
    if (existing.isSymLink()) {
        QFile::remove(link);
    } else if (existing.exists()) {
        errno = EEXIST;
        return fail(link);
    }
    if (::symlink(name, QFile::encodeName(link).constData()) != 0)
        return fail(link);
    m_link = link;

    m_readNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Read);
    connect(m_readNotifier.get(), &QSocketNotifier::activated, this, &PtyPort::onReadable);
    m_writeNotifier = std::make_unique<QSocketNotifier>(m_master, QSocketNotifier::Write);
    m_writeNotifier->setEnabled(false);
    connect(m_writeNotifier.get(), &QSocketNotifier::activated, this, &PtyPort::onWritable);
    qCDebug(lcSimPty) << link << "->" << m_slaveName;
    return true;
}

void PtyPort::close()
{
    m_readNotifier.reset();
    m_writeNotifier.reset();
    if (!m_link.isEmpty()) {
        // Only our own link: a restarted simulator may already own the path.
        if (QFileInfo(m_link).symLinkTarget() == m_slaveName)
            QFile::remove(m_link);
        m_link.clear();
    }
    if (m_slave >= 0)
        ::close(m_slave);
    if (m_master >= 0)
        ::close(m_master);
    m_slave = m_master = -1;
    m_out.clear();
}

qint32 PtyPort::hostBaud() const
{
    termios tio{};
    if (m_master < 0 || tcgetattr(m_master, &tio) != 0)
        return 0;
    return speedToBaud(cfgetospeed(&tio));
}

qsizetype PtyPort::unreadByHost() const
{
    int n = 0;
    if (m_slave < 0 || ::ioctl(m_slave, FIONREAD, &n) != 0)
        return 0;
    return n;
}

void PtyPort::write(const QByteArray &bytes)
{
    if (m_master < 0 || bytes.isEmpty())
        return;
    m_out.append(bytes);
    if (!m_writeNotifier->isEnabled())
        flushOut();
}

void PtyPort::flushOut()
{
    while (!m_out.isEmpty()) {
        const ssize_t n = ::write(m_master, m_out.constData(), size_t(m_out.size()));
        if (n > 0) {
            m_out.remove(0, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break; // EAGAIN: the host is not reading; wait until the tty drains
    }
    m_writeNotifier->setEnabled(!m_out.isEmpty());
}

void PtyPort::onWritable()
{
    flushOut();
}

void PtyPort::onReadable()
{
    QByteArray in;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(m_master, buffer, sizeof buffer);
        if (n > 0) {
            in.append(buffer, n);
            continue;
        }
        if (n < 0 && errno == EINTR)
            continue;
        break;
    }
    if (!in.isEmpty())
        emit received(in);
}
