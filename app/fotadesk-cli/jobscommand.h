#pragma once

#include "clicommand.h"

// fotadesk-cli jobs [--json] [--limit N] [--store PATH]: the recent update
// jobs and how each ended, and the interrupted ones that can be resumed.
class JobsCommand final : public CliCommand
{
    Q_OBJECT

public:
    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;
};
