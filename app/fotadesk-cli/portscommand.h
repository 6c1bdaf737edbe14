#pragma once

#include "clicommand.h"

#include <memory>

class Discovery;
class QSettings;

// fotadesk-cli ports [--json]: every serial port (plus --scan paths), probed
// at once, and what is behind each.
class PortsCommand final : public CliCommand
{
    Q_OBJECT

public:
    PortsCommand();
    ~PortsCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

private:
    void report();

    std::unique_ptr<QSettings> m_store;
    Discovery *m_discovery = nullptr;
    bool m_json = false;
};
