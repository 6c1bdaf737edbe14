#include "portfactory.h"

#include "serialport.h"

PortFactory::~PortFactory() = default;

std::unique_ptr<Port> SerialPortFactory::create(const QString &name) const
{
    return std::make_unique<SerialPort>(name);
}
