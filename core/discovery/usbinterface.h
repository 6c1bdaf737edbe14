#pragma once

#include <QString>

// The USB interface number of a tty device (/dev/ttyUSB2 -> 2), where the OS
// tells it (Linux sysfs); -1 otherwise. QSerialPortInfo does not report it, and
// it picks the AT port among a module's interfaces.
int usbInterfaceNumber(const QString &devicePath);
