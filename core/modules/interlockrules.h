#pragma once

#include "updatetypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <functional>

// The update interlock reads a command line the way the module will
// (core/at/v250command.h: ';' chains, blanks anywhere, any letter case, basic
// commands run together), so that no spelling of a forbidden command reaches a
// module in the middle of an update. The families list what they forbid as
// rules; the walk over the line and the resets every module knows live here.
namespace Interlock {

struct Rule
{
    enum class Forms {
        Writes, // action and set: reads and tests only report
        Every,  // basic commands: a module may run "Z" before it rejects the '?' of "ATZ?"
    };
    QString name; // as V250::Command::name spells it: "+CFUN", "^SNFOTA", "Z", "&F", "D"
    Forms forms = Forms::Writes;
    // Refused only when this holds for the command's arguments (outside quotes
    // without blanks, inside quotes as written; upper case); empty: always.
    std::function<bool(const QStringList &arguments)> when;
};

Rule writes(const QString &name);
Rule basic(const QString &name);
// The set form whose first argument is one of `values` ("+COPS", {"2"}).
Rule setTo(const QString &name, const QStringList &values);

// The first command in `line` that one of `rules` refuses, named for a
// message: "AT", its name and, when they are plain numbers, its arguments
// ("AT+CFUN=1,1", "ATZ", "AT#OTASNAPIPCFG=…"): a refused command may carry an
// APN's password. Empty when none. Every place a module could start a command
// line is read, a second line after a CR included.
QString forbiddenCommand(QStringView line, const QList<Rule> &rules);

// Why the module might read `line` otherwise than the interlock did
// (translated; never quotes the line): a second line, text before "AT", a
// character no module takes, an unclosed string, "A/". Empty when the line is
// one complete command line, or blank.
QString unreadableReason(QStringView line);

// The refusal for an unreadable line (translated), or empty.
QString unreadableRefusal(QStringView line);

// Between the start of an update and its end.
bool updateRuns(UpdatePhase phase);
// While the module checks the package, installs it or restarts into it, on
// its own after a download too: no reset or power-off may reach it.
bool moduleIsFlashing(UpdatePhase phase);

// What restarts or switches off a module, whichever vendor names it.
const QList<Rule> &resetRules();
// The refusal of a reset or power-off in `line` (translated), or empty.
QString resetRefusal(QStringView line);

} // namespace Interlock
