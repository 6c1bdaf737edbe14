#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QDBusArgument;

// The modems ModemManager lists (its ObjectManager's GetManagedObjects
// answer, a{oa{sa{sv}}}), as far as inhibiting needs them: each modem's
// device uid and its ports' names (ttyUSB2, cdc-wdm0).
struct MmModem
{
    QString path;
    QString device; // org.freedesktop.ModemManager1.Modem "Device": the uid InhibitDevice takes
    // "Ports" and "IgnoredPorts": the port FotaDesk updates through is one MM
    // ignores where our udev rule tags it (ID_MM_PORT_IGNORE), yet MM still
    // uses the device's other ports, so it is inhibited all the same.
    QStringList ports;
};

namespace MmModems {

inline constexpr char kService[] = "org.freedesktop.ModemManager1";
inline constexpr char kPath[] = "/org/freedesktop/ModemManager1";
inline constexpr char kManagerInterface[] = "org.freedesktop.ModemManager1";
inline constexpr char kModemInterface[] = "org.freedesktop.ModemManager1.Modem";

// Objects without the Modem interface (SIMs, bearers) are left out.
QList<MmModem> fromManagedObjects(const QDBusArgument &answer);
// The modem one of whose ports is `portName` or `deviceName` (a port given
// by a symlink: /dev/serial/by-id/... and the tty it points to).
const MmModem *find(const QList<MmModem> &modems, const QString &portName, const QString &deviceName);

} // namespace MmModems
