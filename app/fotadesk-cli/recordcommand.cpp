#include "recordcommand.h"

#include "clicommon.h"
#include "port/portfactory.h"

namespace {

// The subcommands whose port can be recorded; the port is their first argument.
const QStringList kRecordable{QStringLiteral("identify"), QStringLiteral("at"), QStringLiteral("update")};

} // namespace

RecordCommand::~RecordCommand()
{
    m_inner.reset();
    SerialPortFactory::setTap(nullptr);
}

void RecordCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")}, tr("The recording to write."), QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("port"), tr("The module's port."));
    parser.addPositionalArgument(QStringLiteral("command"),
                                 tr("identify (the default), at or update, and its own arguments (see its --help)."),
                                 QStringLiteral("[identify|at|update] [arguments]"));
    // Everything after the port belongs to the recorded command, but for -o.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
}

int RecordCommand::start(const QCommandLineParser &parser)
{
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        Cli::error(tr("record needs a port; e.g. fotadesk-cli record ttyUSB2 -o module.rec update --package fw.bin"));
        return ExitUsage;
    }
    const QString port = rest.takeFirst();
    m_output = parser.value(QStringLiteral("output"));
    while (!rest.isEmpty() && (rest.first() == QLatin1String("-o") || rest.first() == QLatin1String("--output")
                               || rest.first().startsWith(QLatin1String("--output=")))) {
        const QString option = rest.takeFirst();
        if (option.startsWith(QLatin1String("--output=")))
            m_output = option.section(QLatin1Char('='), 1);
        else if (!rest.isEmpty())
            m_output = rest.takeFirst();
    }
    if (m_output.isEmpty()) {
        Cli::error(tr("record needs -o FILE, where the recording goes"));
        return ExitUsage;
    }
    const QString name = rest.isEmpty() || rest.first().startsWith(QLatin1Char('-')) ? QStringLiteral("identify")
                                                                                     : rest.takeFirst();
    const CliCommandEntry *entry = findCliCommand(name);
    if (!entry || !kRecordable.contains(name)) {
        Cli::error(tr("record keeps identify, at or update, not \"%1\"").arg(name));
        return ExitUsage;
    }

    QStringList args{QStringLiteral("fotadesk-cli ") + name, port};
    args += rest;
    for (const QString &glob : parser.values(QStringLiteral("scan")))
        args << QStringLiteral("--scan") << glob;
    m_inner = entry->make();
    m_innerParser = std::make_unique<QCommandLineParser>();
    const int parsed = parseCliCommandLine(*entry, *m_inner, *m_innerParser, args);
    if (parsed != ExitRunning)
        return parsed;

    QString why;
    if (!m_recorder.open(m_output, port, args.join(QLatin1Char(' ')), &why)) {
        Cli::error(tr("the recording %1 cannot be written: %2").arg(m_output, why));
        return ExitUsage;
    }
    SerialPortFactory::setTap(&m_recorder);
    const int code = m_inner->start(*m_innerParser);
    if (code != ExitRunning)
        return end(code);
    connect(m_inner.get(), &CliCommand::finished, this, [this](int exitCode) { emit finished(end(exitCode)); });
    return ExitRunning;
}

int RecordCommand::end(int exitCode)
{
    SerialPortFactory::setTap(nullptr);
    m_recorder.close();
    Cli::err() << tr("%n event(s) recorded in %1", nullptr, m_recorder.eventCount()).arg(m_output) << Qt::endl;
    return exitCode;
}
