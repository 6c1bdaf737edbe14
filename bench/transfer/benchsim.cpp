#include "benchsim.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>

#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

using namespace std::chrono_literals;

namespace {

speed_t speedOf(qint32 baud)
{
    switch (baud) {
    case 9600: return B9600;
    case 57600: return B57600;
    case 115200: return B115200;
    case 230400: return B230400;
    case 460800: return B460800;
    case 921600: return B921600;
    default: return B115200;
    }
}

} // namespace

bool BenchSim::start(Family family, const BenchLink &link, QString *error)
{
    dir = std::make_unique<QTemporaryDir>();
    SimModuleConfig c = SimModuleConfig::defaults(family);
    c.link = dir->filePath(QStringLiteral("modem"));
    c.baud = link.baud;
    c.flashWrite = link.flashWrite;
    c.pace = true;
    c.timeScale = 0.01; // boot URCs at once; the XMODEM receiver keeps its floors
    module = std::make_unique<SimModule>(c);
    if (!module->start(error))
        return false;
    spinUntil([] { return false; }, 100); // let the boot URCs go out before anyone listens
    return true;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    // Wakes the loop now and then so a condition that no event announces (a
    // raw descriptor, the deadline) is seen.
    QTimer tick;
    tick.start(2);
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

bool PtyHandle::open(const QString &path, qint32 baud)
{
    m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_NOCTTY | O_NONBLOCK);
    if (m_fd < 0)
        return false;
    termios tio{};
    if (tcgetattr(m_fd, &tio) != 0)
        return false;
    cfmakeraw(&tio);
    cfsetispeed(&tio, speedOf(baud));
    cfsetospeed(&tio, speedOf(baud));
    return tcsetattr(m_fd, TCSANOW, &tio) == 0;
}

PtyHandle::~PtyHandle()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

bool PtyHandle::write(const QByteArray &bytes)
{
    return m_fd >= 0 && ::write(m_fd, bytes.constData(), size_t(bytes.size())) == bytes.size();
}

bool PtyHandle::readUntil(const QByteArray &needle, int timeoutMs)
{
    QByteArray in;
    return spinUntil([&] {
        char buffer[256];
        const ssize_t n = ::read(m_fd, buffer, sizeof buffer);
        if (n > 0)
            in.append(buffer, n);
        return in.contains(needle);
    }, timeoutMs);
}

QByteArray benchData(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x2545F491u;
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}
