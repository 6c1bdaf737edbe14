// fotadesk-cli: the headless front end. Picks the subcommand from the table in
// clicommands.cpp, gives it a parser with the common options, and runs it.
#include "clicommand.h"
#include "clicommon.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace {

QString overview()
{
    QString text = QCoreApplication::translate("fotadesk-cli", "Usage: fotadesk-cli <subcommand> [options]\n\n");
    int width = 0;
    for (const CliCommandEntry &c : cliCommands())
        width = std::max(width, int(qstrlen(c.synopsis)));
    for (const CliCommandEntry &c : cliCommands()) {
        text += QStringLiteral("  fotadesk-cli %1  %2\n")
                    .arg(QString::fromLatin1(c.synopsis).leftJustified(width),
                         QCoreApplication::translate("fotadesk-cli", c.summary));
    }
    text += QCoreApplication::translate(
        "fotadesk-cli",
        "\nEvery subcommand takes --scan GLOB (repeatable) and --help.\n"
        "Exit status: 0 success, 1 failure reported by the module, 2 usage error,\n"
        "3 port or transport error, 4 timeout.\n");
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("FotaDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("fotadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FOTADESK_VERSION));

    // People read our own messages; the engine's log is there on demand
    // (QT_LOGGING_RULES="fotadesk.*=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("fotadesk.*.debug=false\nfotadesk.*.info=false"));

    QStringList args = app.arguments();
    const QString program = args.value(0);
    const QString name = args.value(1);
    if (name == QLatin1String("--help") || name == QLatin1String("-h") || name == QLatin1String("help")) {
        Cli::out() << overview();
        return ExitOk;
    }
    if (name == QLatin1String("--version")) {
        Cli::out() << "fotadesk-cli " << QCoreApplication::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    const CliCommandEntry *entry = findCliCommand(name);
    if (!entry) {
        if (name.isEmpty())
            Cli::err() << overview();
        else
            Cli::error(QCoreApplication::translate("fotadesk-cli",
                                                   "unknown subcommand \"%1\"; run 'fotadesk-cli --help' for the list")
                           .arg(name));
        return ExitUsage;
    }

    std::unique_ptr<CliCommand> command = entry->make();
    QCommandLineParser parser;
    args.removeAt(1);
    args[0] = program + QLatin1Char(' ') + name; // "Usage: fotadesk-cli identify ..."
    const int parsed = parseCliCommandLine(*entry, *command, parser, args);
    if (parsed != ExitRunning)
        return parsed;

    int code = command->start(parser);
    if (code != ExitRunning)
        return code;
    QObject::connect(command.get(), &CliCommand::finished, &app,
                     [](int exitCode) { QCoreApplication::exit(exitCode); }, Qt::QueuedConnection);
    code = app.exec();
    Cli::out().flush();
    Cli::err().flush();
    return code;
}
