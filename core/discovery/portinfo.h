#pragma once

#include <QMetaType>
#include <QString>

// One serial port as the enumerator sees it. `name` is what the user and the
// rest of FotaDesk call the port: the system's name (ttyUSB0, COM3) or the
// path as the user gave it (a symlink stays a symlink: a simulated or udev-named
// module keeps its name across reboots even when the device behind it changes).
struct PortInfo
{
    QString name;
    QString device;       // what `name` resolves to (symlinks followed); tells a
                          // re-created device behind an unchanged name
    QString description;
    QString manufacturer; // as the OS reports it (USB iManufacturer)
    quint16 vendorId = 0;
    quint16 productId = 0;
    bool hasUsbIds = false;
    QString usbSerial;
    int interfaceNumber = -1; // USB interface of this tty, where the OS tells it

    // A port known only by name (a path given on the command line, a fake);
    // `device` defaults to the name.
    static PortInfo named(const QString &name, const QString &device = {});

    // "Telit", "Thales/Cinterion", ... for the known module makers' USB vendor
    // ids; empty otherwise.
    QString makerLabel() const;
    // "1bc7:1201" (plus ":serial" when known), empty without USB ids.
    QString usbId() const;
    // Ports that share this key are interfaces of one USB device; empty when
    // the OS gives no USB serial number (then nothing groups).
    QString usbGroupKey() const;

    friend bool operator==(const PortInfo &, const PortInfo &) = default;
};

// The known makers of supported modules by USB vendor id; empty if unknown.
QString makerForVendorId(quint16 vendorId);

Q_DECLARE_METATYPE(PortInfo)
