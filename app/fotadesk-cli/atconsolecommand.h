#pragma once

#include "clicommand.h"

#include "discovery/ratefinder.h"

#include <chrono>
#include <memory>

class AtChannel;
class Port;

// fotadesk-cli at <port> <command>... [--timeout S]: finds the module's rate,
// sends the commands in order and prints each answer; stops at the first one
// that fails.
class AtConsoleCommand final : public CliCommand
{
    Q_OBJECT

public:
    AtConsoleCommand();
    ~AtConsoleCommand() override;

    void addOptions(QCommandLineParser &parser) override;
    int start(const QCommandLineParser &parser) override;

    // The exit status for a command's result (DESIGN.md).
    static int exitCodeFor(const struct AtResult &result);

private:
    void onRateFound(qint32 baud, const QStringList &lines);
    void onRateFailed(RateFinder::Failure failure, const QString &reason);
    void sendNext();

    std::unique_ptr<Port> m_port;
    std::unique_ptr<AtChannel> m_channel;
    RateFinder *m_finder = nullptr;
    QString m_portName;
    QStringList m_commands;
    std::chrono::milliseconds m_timeout{10000};
};
