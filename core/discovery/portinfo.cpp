#include "portinfo.h"

#include <QCoreApplication>

QString makerForVendorId(quint16 vendorId)
{
    switch (vendorId) {
    case 0x1bc7: return QCoreApplication::translate("PortInfo", "Telit");
    case 0x1e2d: // Cinterion, Gemalto and Thales modules use both ids
    case 0x0681: return QCoreApplication::translate("PortInfo", "Thales/Cinterion");
    case 0x1e0e: return QCoreApplication::translate("PortInfo", "SIMCom");
    case 0x1199: return QCoreApplication::translate("PortInfo", "Sierra Wireless");
    default: break;
    }
    return {};
}

QString PortInfo::makerLabel() const
{
    return hasUsbIds ? makerForVendorId(vendorId) : QString();
}

QString PortInfo::usbId() const
{
    if (!hasUsbIds)
        return {};
    QString id = QStringLiteral("%1:%2").arg(vendorId, 4, 16, QLatin1Char('0')).arg(productId, 4, 16, QLatin1Char('0'));
    if (!usbSerial.isEmpty())
        id += QLatin1Char(':') + usbSerial;
    return id;
}

QString PortInfo::usbGroupKey() const
{
    return hasUsbIds && !usbSerial.isEmpty() ? usbId() : QString();
}

PortInfo PortInfo::named(const QString &name, const QString &device)
{
    PortInfo info;
    info.name = name;
    info.device = device.isEmpty() ? name : device;
    return info;
}
