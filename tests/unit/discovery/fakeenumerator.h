#pragma once

#include "discovery/portenumerator.h"

#include <QList>

// Whatever ports the test says are present; counts enumerations so rate
// limiting can be checked. The test keeps a raw pointer (the watcher owns it).
class FakeEnumerator : public PortEnumerator
{
public:
    QList<PortInfo> ports() const override
    {
        ++calls;
        return list;
    }

    void add(const PortInfo &info) { list << info; }
    void add(const QString &name) { add(PortInfo::named(name)); }
    void remove(const QString &name)
    {
        list.removeIf([&](const PortInfo &p) { return p.name == name; });
    }

    QList<PortInfo> list;
    mutable int calls = 0;
};

inline PortInfo usbPort(const QString &name, int interfaceNumber, const QString &serial,
                        quint16 vid = 0x1bc7, quint16 pid = 0x1201)
{
    PortInfo p;
    p.name = name;
    p.device = name;
    p.hasUsbIds = true;
    p.vendorId = vid;
    p.productId = pid;
    p.usbSerial = serial;
    p.interfaceNumber = interfaceNumber;
    return p;
}
