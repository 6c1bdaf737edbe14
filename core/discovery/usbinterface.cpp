#include "usbinterface.h"

#include <QFile>
#include <QFileInfo>

namespace {

int readInterfaceNumber(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    bool ok = false;
    const int n = f.readAll().trimmed().toInt(&ok, 16); // sysfs prints it in hex
    return ok ? n : -1;
}

} // namespace

int usbInterfaceNumber(const QString &devicePath)
{
#ifdef Q_OS_LINUX
    const QString tty = QFileInfo(devicePath).fileName();
    if (tty.isEmpty())
        return -1;
    const QString device = QStringLiteral("/sys/class/tty/%1/device").arg(tty);
    // cdc_acm: `device` is the interface; usb-serial drivers: its child.
    int n = readInterfaceNumber(device + QStringLiteral("/bInterfaceNumber"));
    if (n < 0)
        n = readInterfaceNumber(device + QStringLiteral("/../bInterfaceNumber"));
    return n;
#else
    Q_UNUSED(devicePath)
    return -1;
#endif
}
