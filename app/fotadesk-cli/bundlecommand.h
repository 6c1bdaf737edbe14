#pragma once

#include "clicommand.h"

// fotadesk-cli bundle <module-or-port> [-o FILE.zip] [--limit N] [--store PATH]:
// everything about one module for a support desk in one zip (SupportBundle),
// secrets masked.
class BundleCommand final : public CliCommand
{
    Q_OBJECT

public:
    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;
};
