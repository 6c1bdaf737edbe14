#pragma once

#include "clicommand.h"

#include "recording/sessionrecorder.h"

#include <memory>

// fotadesk-cli record <port> -o FILE [identify|at|update] [its arguments]:
// runs that subcommand on <port> (identify when none is named) as it always
// runs, and keeps what crosses the port in FILE for `fotadesk-sim --replay`.
// A support desk can then play a customer's module back to the real engine.
class RecordCommand final : public CliCommand
{
    Q_OBJECT

public:
    ~RecordCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

private:
    int end(int exitCode);

    SessionRecorder m_recorder;
    std::unique_ptr<CliCommand> m_inner; // declared after the recorder: it closes its ports first
    std::unique_ptr<QCommandLineParser> m_innerParser;
    QString m_output;
};
