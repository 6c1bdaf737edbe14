#include "portenumerator.h"

#include "globexpander.h"
#include "usbinterface.h"

#include <QFileInfo>
#include <QSerialPortInfo>

PortEnumerator::~PortEnumerator() = default;

namespace {

PortInfo fromSystem(const QSerialPortInfo &sp)
{
    PortInfo info;
    info.name = sp.portName();
    info.device = sp.systemLocation();
    info.description = sp.description();
    info.manufacturer = sp.manufacturer();
    info.hasUsbIds = sp.hasVendorIdentifier() && sp.hasProductIdentifier();
    info.vendorId = sp.vendorIdentifier();
    info.productId = sp.productIdentifier();
    info.usbSerial = sp.serialNumber();
    if (info.hasUsbIds)
        info.interfaceNumber = usbInterfaceNumber(info.device);
    return info;
}

} // namespace

SystemPortEnumerator::SystemPortEnumerator(QStringList scanGlobs, bool systemPorts)
    : m_globs(std::move(scanGlobs)), m_systemPorts(systemPorts)
{
}

QList<PortInfo> SystemPortEnumerator::ports() const
{
    QList<PortInfo> system;
    if (m_systemPorts) {
        const auto available = QSerialPortInfo::availablePorts();
        for (const QSerialPortInfo &sp : available)
            system << fromSystem(sp);
    }

    QList<PortInfo> out;
    const QStringList paths = GlobExpander::expand(m_globs);
    for (const QString &path : paths) {
        PortInfo info;
        info.name = path;
        info.device = QFileInfo(path).canonicalFilePath();
        for (qsizetype i = 0; i < system.size(); ++i) {
            if (system.at(i).device == info.device) {
                // Same device under the user's name: keep the USB facts, drop the duplicate.
                const QString name = info.name;
                info = system.takeAt(i);
                info.name = name;
                break;
            }
        }
        out << info;
    }
    out << system;
    return out;
}

QStringList SystemPortEnumerator::watchDirectories() const
{
    QStringList dirs = GlobExpander::directories(m_globs);
#ifdef Q_OS_LINUX
    if (m_systemPorts)
        dirs.prepend(QStringLiteral("/dev")); // USB ttys come and go here
#endif
    dirs.removeDuplicates();
    return dirs;
}
