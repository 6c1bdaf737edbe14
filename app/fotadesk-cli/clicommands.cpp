#include "clicommand.h"

#include "atconsolecommand.h"
#include "bundlecommand.h"
#include "democommand.h"
#include "identifycommand.h"
#include "jobscommand.h"
#include "portscommand.h"
#include "recordcommand.h"
#include "servecommand.h"
#include "updatecommand.h"

#include "clicommon.h"

#include <QCoreApplication>
#include <QtGlobal>

const QList<CliCommandEntry> &cliCommands()
{
    static const QList<CliCommandEntry> table{
        {"ports", "ports [--json]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "List the serial ports and the module behind each."),
         [] { return std::make_unique<PortsCommand>(); }},
        {"identify", "identify <port>... [--baud N] [--json]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Read who the module on each port is."),
         [] { return std::make_unique<IdentifyCommand>(); }},
        {"at", "at <port> <command>... [--timeout S]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Send AT commands to a module and print the answers."),
         [] { return std::make_unique<AtConsoleCommand>(); }},
        {"update", "update <port> --package FILE [options]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Update a module's firmware: checks, settings backup, update, verify, restore."),
         [] { return std::make_unique<UpdateCommand>(); }},
        {"jobs", "jobs [--json] [--limit N]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "List recent update jobs, how they ended, and interrupted ones."),
         [] { return std::make_unique<JobsCommand>(); }},
        {"bundle", "bundle <module-or-port> [-o FILE.zip] [--limit N]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Write everything about one module into a zip for support, secrets masked."),
         [] { return std::make_unique<BundleCommand>(); }},
        {"record", "record <port> -o FILE [identify|at|update] [its arguments]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Keep a module's conversation during identify, AT commands or a whole update, for fotadesk-sim --replay; secrets masked."),
         [] { return std::make_unique<RecordCommand>(); }},
        {"serve", "serve <package>... [--bind ADDR:PORT] [--advertise HOST]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Serve packages over HTTP for modules that download them themselves."),
         [] { return std::make_unique<ServeCommand>(); }},
        {"demo", "demo [--modules N] [--no-pace]",
         QT_TRANSLATE_NOOP("fotadesk-cli", "Update a simulated fleet end to end and print a report."),
         [] { return std::make_unique<DemoCommand>(); }},
    };
    return table;
}

const CliCommandEntry *findCliCommand(const QString &name)
{
    for (const CliCommandEntry &c : cliCommands()) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

int parseCliCommandLine(const CliCommandEntry &entry, CliCommand &command, QCommandLineParser &parser,
                        const QStringList &args)
{
    parser.setApplicationDescription(QCoreApplication::translate("fotadesk-cli", entry.summary));
    const QCommandLineOption help = parser.addHelpOption();
    Cli::addScanOption(parser);
    command.addOptions(parser);
    if (!parser.parse(args)) {
        Cli::error(QCoreApplication::translate("fotadesk-cli", "%1; run 'fotadesk-cli %2 --help'")
                       .arg(parser.errorText(), QLatin1String(entry.name)));
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        Cli::out() << parser.helpText();
        return ExitOk;
    }
    return ExitRunning;
}
