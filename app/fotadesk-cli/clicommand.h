#pragma once

#include <QCommandLineParser>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

// Exit status of every subcommand (DESIGN.md, command-line contract).
enum ExitCode : int {
    ExitOk = 0,
    ExitModuleFailure = 1, // the module reported a failure, or a verification mismatch
    ExitUsage = 2,
    ExitTransport = 3,     // port or transport error
    ExitTimeout = 4,
    ExitRunning = -1,      // start(): the command finishes later with finished()
};

// One subcommand. main() builds its parser (--help and --scan are common),
// calls start(), and runs the event loop until finished() if start() returned
// ExitRunning.
class CliCommand : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    // Options and positional arguments besides the common ones.
    virtual void addOptions(QCommandLineParser &parser) = 0;
    virtual int start(const QCommandLineParser &parser) = 0;

signals:
    void finished(int exitCode);
};

// The subcommand table: adding a subcommand is a new file and one entry in
// clicommands.cpp.
struct CliCommandEntry
{
    const char *name;
    const char *synopsis;  // shown in the overview, after "fotadesk-cli "
    const char *summary;   // translated at display time (context "fotadesk-cli")
    std::function<std::unique_ptr<CliCommand>()> make;
};

const QList<CliCommandEntry> &cliCommands();

const CliCommandEntry *findCliCommand(const QString &name);
// Gives `command` its parser (--help, --scan and its own options) and parses
// `args`, whose first is how the usage names it ("fotadesk-cli identify").
// ExitOk once help is printed, ExitUsage once an error is reported,
// ExitRunning to go on and start it.
int parseCliCommandLine(const CliCommandEntry &entry, CliCommand &command, QCommandLineParser &parser,
                        const QStringList &args);
