#pragma once

#include "clicommand.h"

#include <memory>

class PackageServer;
struct ServedRequest;

// fotadesk-cli serve <package>... [--bind ADDR:PORT] [--advertise HOST]:
// FotaDesk's package server on its own, for modules that download a package
// themselves (AT+CHTTPTOFS, AT^SNFOTA). Prints one URL per package, then one
// line per request, until interrupted.
class ServeCommand final : public CliCommand
{
    Q_OBJECT

public:
    ServeCommand();
    ~ServeCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

private:
    void onServed(const ServedRequest &request);

    std::unique_ptr<PackageServer> m_server;
};
