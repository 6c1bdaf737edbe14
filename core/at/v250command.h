#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// ITU-T V.250 command line syntax as a module reads it, not as FotaDesk
// writes it: "AT" in any letter case, blanks ignored outside strings (also
// inside names: modules drop them before they parse), extended commands chained
// with ';', basic commands run together (ATE0Z, ATE0+CPIN=1234), strings in
// double quotes with ';' and ',' kept inside. Pure: offsets into the text, so a
// caller can replace argument ranges (the secret masker) or refuse a command
// wherever it sits in a line (the update interlock).
namespace V250 {

// [begin, end) in the parsed text.
struct Range
{
    qsizetype begin = 0;
    qsizetype end = 0;

    qsizetype size() const { return end - begin; }
    bool isEmpty() const { return end <= begin; }
    QStringView in(QStringView text) const { return text.sliced(begin, size()); }
    friend bool operator==(const Range &, const Range &) = default;
};

enum class Form {
    Action, // AT+CGMI, ATZ, ATE0
    Set,    // AT+CPIN=1234, ATS0=1
    Read,   // AT+CPIN?
    Test,   // AT+CPIN=?
};

struct Command
{
    QString name;          // upper case, blanks removed: "+CPIN", "^SGAUTH", "*MCGDEFCONT", "E", "&F", "S0", "D"
    bool extended = false; // a prefix character (+ ^ * # $ % @ !) and a name
    Form form = Form::Action;
    Range nameRange;       // the name as written, from its first to its last character
    // What follows the name: after '=' for the set form, the number of a basic
    // command ("0" of E0), the dial string of D. Blanks around it excluded.
    Range arguments;
    Range whole;           // name to end of arguments, without the ';' after it
};

struct CommandLine
{
    qsizetype prefix = -1;  // where "AT" starts
    QList<Command> commands;
    qsizetype end = 0;      // where parsing stopped: the text's end, or the first character no module would take
    bool complete = false;  // reached the end without such a character
};

// One argument of a comma-separated list.
struct Argument
{
    Range text;          // without the blanks around it, quotes included
    Range value;         // inside the quotes for a string (to the end for an unterminated one), else == text
    bool quoted = false;
};

// A response or echo-less read answer: "^SGAUTH: 1,2,"pw","user"".
struct Response
{
    QString name;        // upper case: "^SGAUTH"
    Range nameRange;
    Range arguments;     // after ':' to the end of the text, blanks around excluded
};

// The command line that starts at `from` (blanks before "AT" skipped). No
// "AT" there: prefix -1 and no commands.
CommandLine parseCommandLine(QStringView text, qsizetype from = 0);

// Offsets where "AT" (any case) could open a command line: the text's start or
// after a character that is not a letter or digit ("sent AT+CPIN=..." has one,
// "WHAT" has none).
QList<qsizetype> commandLineCandidates(QStringView text);

// The top-level arguments of `range`: commas inside quotes do not split, an
// unterminated quote runs to the end. An empty range gives no argument.
QList<Argument> splitArguments(QStringView text, Range range);

// "<prefix><name>:" at `from` (blanks before it skipped, none inside the
// name), and its arguments.
std::optional<Response> parseResponse(QStringView text, qsizetype from = 0);

// + ^ * # $ % @ !: what starts an extended (or vendor) command name.
bool isExtendedPrefix(QChar c);

} // namespace V250
