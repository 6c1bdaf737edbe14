#include "portfactory.h"

#include "serialport.h"

namespace {
PortTap *g_tap = nullptr;
}

PortFactory::~PortFactory() = default;

std::unique_ptr<Port> SerialPortFactory::create(const QString &name) const
{
    auto port = std::make_unique<SerialPort>(name);
    port->setTap(g_tap);
    return port;
}

void SerialPortFactory::setTap(PortTap *tap)
{
    g_tap = tap;
}
