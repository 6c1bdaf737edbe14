#include "interlockrules.h"

#include "at/v250command.h"

#include <QCoreApplication>

namespace Interlock {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

// A CR ends the command line (the rest is a second one), and a module skips
// other control characters or stops at them: either way it reads on where
// the parser stopped.
bool isControl(QChar c)
{
    return (c.unicode() < 0x20 && c != u'\t') || c.unicode() == 0x7f;
}

QString withoutBlanks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isBlank(c))
            out += c;
    }
    return out;
}

// The module drops blanks outside strings, so "1 , 1" is "1", "1".
QStringList argumentsOf(QStringView text, const V250::Command &command)
{
    QStringList out;
    for (const V250::Argument &a : V250::splitArguments(text, command.arguments))
        out << (a.quoted ? a.value.in(text).toString() : withoutBlanks(a.value.in(text))).toUpper();
    return out;
}

bool matches(const Rule &rule, const V250::Command &command, const QStringList &arguments)
{
    if (command.name != rule.name)
        return false;
    if (rule.forms == Rule::Forms::Writes && command.form != V250::Form::Action && command.form != V250::Form::Set)
        return false;
    return !rule.when || rule.when(arguments);
}

bool isPlainNumbers(QStringView text)
{
    bool digit = false;
    for (QChar c : text) {
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c != u',' && !isBlank(c))
            return false;
    }
    return digit;
}

// Only plain numbers are shown: any other argument may be a password or a PIN.
QString shown(QStringView text, const V250::Command &command)
{
    QString out = QStringLiteral("AT") + command.name;
    const QStringView arguments = command.arguments.in(text);
    switch (command.form) {
    case V250::Form::Read: return out + u'?';
    case V250::Form::Test: return out + QStringLiteral("=?");
    case V250::Form::Set: out += u'='; break;
    case V250::Form::Action:
        if (arguments.isEmpty())
            return out;
        break;
    }
    return out + (isPlainNumbers(arguments) ? withoutBlanks(arguments) : QStringLiteral("…"));
}

// A module that ends a set form's arguments at the next prefix would run
// "+CFUN=1,1" in "AT+CMEE=2+CFUN=1,1"; the parser keeps it as an argument.
// Such a command is read up to the prefix after it, so that a line of many
// prefixes is read once.
QString hiddenIn(QStringView text, V250::Range range, const QList<Rule> &rules)
{
    bool quoted = false;
    qsizetype start = -1;
    auto check = [&](qsizetype end) -> QString {
        if (start < 0)
            return {};
        const QString hidden = QStringLiteral("AT") + text.sliced(start, end - start).toString();
        start = -1;
        const V250::CommandLine line = V250::parseCommandLine(hidden);
        if (line.commands.isEmpty())
            return {};
        const V250::Command &command = line.commands.first();
        const QStringList arguments = argumentsOf(hidden, command);
        for (const Rule &rule : rules) {
            if (matches(rule, command, arguments))
                return shown(hidden, command);
        }
        return {};
    };
    for (qsizetype i = range.begin; i < range.end; ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        if (quoted || !V250::isExtendedPrefix(c))
            continue;
        if (QString found = check(i); !found.isEmpty())
            return found;
        start = i;
    }
    return check(range.end);
}

QString forbiddenInPiece(QStringView piece, const QList<Rule> &rules)
{
    // A candidate inside a line already read is part of it (a string, the
    // "A" and "T" basic commands): reading it again would only cost time.
    qsizetype read = 0;
    for (qsizetype from : V250::commandLineCandidates(piece)) {
        if (from < read)
            continue;
        const V250::CommandLine line = V250::parseCommandLine(piece, from);
        for (const V250::Command &command : line.commands) {
            const QStringList arguments = argumentsOf(piece, command);
            for (const Rule &rule : rules) {
                if (matches(rule, command, arguments))
                    return shown(piece, command);
            }
            if (command.form == V250::Form::Set) {
                if (QString hidden = hiddenIn(piece, command.arguments, rules); !hidden.isEmpty())
                    return hidden;
            }
        }
        read = qMax(line.end, from + 2);
    }
    return {};
}

} // namespace

Rule writes(const QString &name)
{
    return Rule{name, Rule::Forms::Writes, {}};
}

Rule basic(const QString &name)
{
    return Rule{name, Rule::Forms::Every, {}};
}

Rule setTo(const QString &name, const QStringList &values)
{
    return Rule{name, Rule::Forms::Writes,
                [values](const QStringList &arguments) { return !arguments.isEmpty() && values.contains(arguments.first()); }};
}

QString forbiddenCommand(QStringView line, const QList<Rule> &rules)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i < line.size() && !isControl(line[i]))
            continue;
        if (QString found = forbiddenInPiece(line.sliced(start, i - start), rules); !found.isEmpty())
            return found;
        start = i + 1;
    }
    return {};
}

QString unreadableReason(QStringView line)
{
    qsizetype first = 0;
    while (first < line.size() && isBlank(line[first]))
        ++first;
    if (first == line.size())
        return {};
    qsizetype quotes = 0;
    for (QChar c : line) {
        if (isControl(c))
            return QCoreApplication::translate("Interlock",
                                               "it holds a control character, after which the module "
                                               "reads on as a command line of its own");
        if (c == u'"')
            ++quotes;
    }
    if (line.sliced(first).startsWith(QLatin1String("A/"), Qt::CaseInsensitive))
        return QCoreApplication::translate("Interlock",
                                           "A/ repeats the module's last command line, which the "
                                           "interlock cannot see");
    const V250::CommandLine parsed = V250::parseCommandLine(line);
    if (parsed.prefix < 0)
        return QCoreApplication::translate("Interlock", "it does not begin with AT");
    if (!parsed.complete)
        return QCoreApplication::translate("Interlock",
                                           "it cannot be read past character %1, where a module "
                                           "might still run what came before")
            .arg(parsed.end + 1);
    if (quotes % 2)
        return QCoreApplication::translate("Interlock", "a string in it is not closed");
    return {};
}

QString unreadableRefusal(QStringView line)
{
    const QString why = unreadableReason(line);
    if (why.isEmpty())
        return {};
    return QCoreApplication::translate("Interlock",
                                       "the command line was not sent: %1. While an update runs, "
                                       "only lines the interlock reads as the module would are sent")
        .arg(why);
}

bool updateRuns(UpdatePhase phase)
{
    switch (phase) {
    case UpdatePhase::Preparing:
    case UpdatePhase::Verified:
    case UpdatePhase::Failed:
    case UpdatePhase::Cancelled:
        return false;
    default:
        return true;
    }
}

bool moduleIsFlashing(UpdatePhase phase)
{
    // Downloaded too: Telit PFM, SIM7020 over the air and HL78xx AirVantage
    // check the package and go on to flash it without a command.
    switch (phase) {
    case UpdatePhase::Downloaded:
    case UpdatePhase::Verifying:
    case UpdatePhase::Installing:
    case UpdatePhase::Rebooting:
        return true;
    default:
        return false;
    }
}

const QList<Rule> &resetRules()
{
    // Every family's names in one list: a module answers ERROR to a name that
    // is not its own, so refusing it costs nothing, while a firmware that does
    // know it would restart.
    static const QList<Rule> rules{
        // 27.007: every <fun> but full functionality, and <rst> 1, restart or
        // switch off (the HL78xx note: +CFUN=0 is its power-off).
        Rule{QStringLiteral("+CFUN"), Rule::Forms::Writes,
             [](const QStringList &a) {
                 return a != QStringList{QStringLiteral("1")}
                     && a != QStringList{QStringLiteral("1"), QStringLiteral("0")};
             }},
        writes(QStringLiteral("+CPWROFF")),
        basic(QStringLiteral("Z")),  // V.250: reset to a stored profile
        basic(QStringLiteral("&F")), // factory defaults: the fixed rate the URCs need goes too
        writes(QStringLiteral("^SMSO")),
        writes(QStringLiteral("#SHDN")),
        writes(QStringLiteral("#REBOOT")),
        writes(QStringLiteral("#ENHRST")),
        writes(QStringLiteral("#SYSHALT")),
        writes(QStringLiteral("#FASTSYSHALT")),
        writes(QStringLiteral("+CPOF")),
        writes(QStringLiteral("+CPOWD")),
        writes(QStringLiteral("+CRESET")),
    };
    return rules;
}

QString resetRefusal(QStringView line)
{
    const QString command = forbiddenCommand(line, resetRules());
    if (command.isEmpty())
        return {};
    return QCoreApplication::translate("Interlock",
                                       "%1 would restart or switch off the module in the middle of "
                                       "its update, which can leave it unusable")
        .arg(command);
}

} // namespace Interlock
