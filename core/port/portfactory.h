#pragma once

#include <QString>

#include <memory>

class Port;
class PortTap;

// Makes the Port for a port name or device path. The engine gets one of these so
// tests can hand out fakes; the product uses SerialPortFactory.
class PortFactory
{
public:
    virtual ~PortFactory();
    virtual std::unique_ptr<Port> create(const QString &name) const = 0;
};

class SerialPortFactory final : public PortFactory
{
public:
    std::unique_ptr<Port> create(const QString &name) const override;

    // Every SerialPort made from now on reports its traffic to `tap` (null:
    // none). Process-wide, because a recording covers whatever part of the
    // engine opens the port (discovery, identify, a job); `fotadesk-cli
    // record` sets it around one command.
    static void setTap(PortTap *tap);
};
