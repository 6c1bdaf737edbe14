#include "secretmasker.h"

#include "v250command.h"

#include <QList>
#include <QRegularExpression>

#include <algorithm>

using V250::Argument;
using V250::Range;

namespace {

// How a command's (or its "<name>:" answer's) arguments carry a secret.
enum class Shape {
    Fields,   // the listed positions
    All,      // every argument (+CPIN: PIN, or PUK and new PIN)
    Keyed,    // a tag names the value after it (^SICS: <id>,"passwd",<value>)
    Lwm2m,    // ^SNLWM2M: any value after a secret key or the security object's /0/x/5
};

struct Rule
{
    QLatin1StringView name;
    Shape shape;
    QList<int> fields;      // Fields: secret positions; Keyed: the tag's position
    bool inAnswer;          // read answers show it too
};

// Users and login names stay readable: they say which account is set
// without opening it, and support needs them.
const Rule kRules[] = {
    {QLatin1StringView("+CPIN"), Shape::All, {}, false},             // PIN | PUK,new PIN
    {QLatin1StringView("+CPWD"), Shape::Fields, {1, 2}, false},      // facility,old,new
    {QLatin1StringView("+CLCK"), Shape::Fields, {2}, false},         // facility,mode,passwd
    {QLatin1StringView("+CGAUTH"), Shape::Fields, {3}, true},        // cid,auth,user,password
    {QLatin1StringView("^SGAUTH"), Shape::Fields, {2}, true},        // cid,type,passwd,user
    {QLatin1StringView("*MCGDEFCONT"), Shape::Fields, {3}, true},    // PDP type,APN,user,password
    {QLatin1StringView("#OTASNAPIPCFG"), Shape::Fields, {3}, true},  // bearer,APN,user,password
    {QLatin1StringView("+KCNXCFG"), Shape::Fields, {4}, true},       // cnx,"GPRS",APN,login,password,...
    {QLatin1StringView("^SICS"), Shape::Keyed, {1}, true},           // profile,tag,value
    {QLatin1StringView("^SNLWM2M"), Shape::Lwm2m, {}, true},         // cfg[/ext],profile,key,value
};

const Rule *ruleFor(QStringView name)
{
    for (const Rule &rule : kRules) {
        if (name.compare(rule.name, Qt::CaseInsensitive) == 0)
            return &rule;
    }
    return nullptr;
}

QString unquoted(QStringView text, const Argument &a)
{
    return a.value.in(text).trimmed().toString().toUpper();
}

bool isSecretTag(const QString &tag)
{
    return tag == QLatin1String("PASSWD") || tag == QLatin1String("PASSWORD") || tag == QLatin1String("PWD");
}

// LwM2M: PROTOCOLS.md section 5 writes the APN password as
// cfg/ext,<p>,/0/0/10,PASSWORD,<value>; the security object's resource 5 is
// the PSK secret key, resource 3 its identity (public, kept).
bool isLwm2mSecretKey(const QString &key)
{
    if (key.contains(QLatin1String("PASSWORD")) || key.contains(QLatin1String("PASSWD"))
        || key.contains(QLatin1String("SECRET")))
        return true;
    if (key.contains(QLatin1String("PSK")) && !key.contains(QLatin1String("IDENT")))
        return true;
    const QStringList parts = key.split(u'/', Qt::SkipEmptyParts);
    return parts.size() == 3 && parts[0] == QLatin1String("0") && parts[2] == QLatin1String("5");
}

// The value ranges of `args` (module positions start at `offset`) to hide.
QList<Range> secretRanges(const Rule &rule, QStringView text, const QList<Argument> &args, int offset)
{
    QList<int> which;
    switch (rule.shape) {
    case Shape::All:
        for (int i = 0; i < args.size(); ++i)
            which << i;
        break;
    case Shape::Fields:
        for (int f : rule.fields) {
            if (f - offset >= 0)
                which << f - offset;
        }
        break;
    case Shape::Keyed: {
        const int tag = rule.fields.value(0) - offset;
        if (tag < 0) {
            // The tag itself was dropped: the caller cannot say what the value is.
            for (int i = 0; i < args.size(); ++i)
                which << i;
        } else if (tag + 1 < args.size() && isSecretTag(unquoted(text, args[tag]))) {
            for (int i = tag + 1; i < args.size(); ++i)
                which << i;
        }
        break;
    }
    case Shape::Lwm2m:
        for (int i = 0; i + 1 < args.size(); ++i) {
            if (isLwm2mSecretKey(unquoted(text, args[i])))
                which << i + 1;
        }
        break;
    }
    QList<Range> out;
    for (int i : std::as_const(which)) {
        if (i < 0 || i >= args.size())
            continue;
        const Argument &a = args[i];
        Range hidden = a.value;
        // Text glued to a string's closing quote in the same field ("12"34, or
        // "1"2";3" where the ';' is quoted again) is no V.250, but a module may
        // still read it as the secret's rest: it goes too, up to a last quote.
        // A blank or ':' there starts the words of a note ("AT+CPIN="***": refused").
        if (a.quoted && hidden.end + 1 < a.text.end && text[hidden.end + 1] != u':'
            && !text[hidden.end + 1].isSpace())
            hidden.end = text[a.text.end - 1] == u'"' ? a.text.end - 1 : a.text.end;
        if (hidden.isEmpty())
            continue; // nothing to hide: an empty field shows no secret
        out << hidden;
    }
    return out;
}

// The parser and the safety net may find one field twice: keep one range.
QList<Range> mergedRanges(QList<Range> ranges)
{
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.begin < b.begin; });
    QList<Range> out;
    for (const Range &r : std::as_const(ranges)) {
        if (!out.isEmpty() && r.begin < out.last().end)
            out.last().end = qMax(out.last().end, r.end);
        else
            out << r;
    }
    return out;
}

// Replaces `ranges` (they do not overlap) with the mask.
QString replaced(const QString &text, QList<Range> ranges)
{
    if (ranges.isEmpty())
        return text;
    std::sort(ranges.begin(), ranges.end(), [](const Range &a, const Range &b) { return a.begin > b.begin; });
    QString out = text;
    qsizetype limit = out.size();
    for (const Range &r : std::as_const(ranges)) {
        if (r.end > limit)
            continue; // overlaps one already replaced
        // Quotes keep their parity, so the rest of the line is read as before:
        // a second pass finds what the first found (a masked line is final).
        const bool oddQuotes = QStringView(out).sliced(r.begin, r.size()).count(u'"') % 2 != 0;
        out.replace(r.begin, r.size(), oddQuotes ? SecretMasker::mask + u'"' : QString(SecretMasker::mask));
        limit = r.begin;
    }
    return out;
}

void collectCommands(QStringView text, QList<Range> &ranges, qsizetype &resumeAt)
{
    for (qsizetype start : V250::commandLineCandidates(text)) {
        if (start < resumeAt)
            continue;
        const V250::CommandLine line = V250::parseCommandLine(text, start);
        for (const V250::Command &command : line.commands) {
            if (command.form != V250::Form::Set)
                continue;
            const Rule *rule = ruleFor(command.name);
            if (!rule)
                continue;
            ranges << secretRanges(*rule, text, V250::splitArguments(text, command.arguments), 0);
        }
        resumeAt = qMax(start + 2, line.end);
    }
}

// The safety net under the parser: a secret-bearing name followed by '='
// anywhere in the text, whatever stands around it, is masked up to the next
// unquoted ';'. It catches what no module should accept but one might
// ("AT+CSQ ;+CPIN=1234", "ATS0=0+CPIN=1234", "AT+CMEE=2 +CPIN=1234"): a
// secret's absence in every output must not depend on the line being V.250.
void collectLoose(QStringView text, QList<Range> &ranges)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!V250::isExtendedPrefix(text[i]))
            continue;
        // The name as a module reads it: blanks inside dropped.
        QString name(text[i]);
        qsizetype j = i + 1;
        for (; j < text.size() && (text[j].isLetterOrNumber() || text[j] == u' '); ++j) {
            if (text[j] != u' ')
                name += text[j];
        }
        const Rule *rule = ruleFor(name);
        if (!rule || j >= text.size() || text[j] != u'=')
            continue;
        Range arguments{j + 1, j + 1};
        bool quoted = false;
        while (arguments.end < text.size() && (quoted || text[arguments.end] != u';')) {
            if (text[arguments.end] == u'"')
                quoted = !quoted;
            ++arguments.end;
        }
        ranges << secretRanges(*rule, text, V250::splitArguments(text, arguments), 0);
        i = j;
    }
}

// Read answers and URCs: "<name>:" at the start or after a blank, a quote, ...
// (not after a name character or another prefix, so each name is read once).
void collectAnswers(QStringView text, QList<Range> &ranges)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!V250::isExtendedPrefix(text[i]))
            continue;
        if (i > 0) {
            const QChar before = text[i - 1];
            if (before.isLetterOrNumber() || V250::isExtendedPrefix(before) || before == u'-' || before == u'.'
                || before == u'/' || before == u'_')
                continue;
        }
        const auto response = V250::parseResponse(text, i);
        if (!response)
            continue;
        const Rule *rule = ruleFor(response->name);
        if (!rule || !rule->inAnswer)
            continue;
        ranges << secretRanges(*rule, text, V250::splitArguments(text, response->arguments), 0);
        return; // the arguments run to the end of the text
    }
}

QList<Range> secretRangesIn(const QString &line)
{
    QList<Range> ranges;
    qsizetype resumeAt = 0;
    collectCommands(line, ranges, resumeAt);
    collectAnswers(line, ranges);
    collectLoose(line, ranges);
    return mergedRanges(std::move(ranges));
}

} // namespace

namespace SecretMasker {

// A masked line is final: masking it again changes nothing, so every output
// that masks once more (a transcript after the channel, a bundle after the
// store) shows what the first pass showed. On a well-formed line one pass is
// that already. Garbage may read differently once part of it is "***" (an odd
// quote, a secret's name inside another's field): it is masked again, a few
// times, and if it still changes, everything from its first secret on goes.
QString maskLine(const QString &line)
{
    constexpr int kPasses = 4;
    QString current = line;
    for (int pass = 1;; ++pass) {
        const QList<Range> ranges = secretRangesIn(current);
        QString next = ranges.isEmpty() ? current : replaced(current, ranges);
        if (next == current)
            break;
        if (pass == kPasses) {
            current = current.left(ranges.first().begin) + mask;
            break;
        }
        current = std::move(next);
    }
    return maskPackageTokens(current);
}

QString maskPackageTokens(QString line)
{
    // A URL of FotaDesk's package server carries its only credential in the
    // path (/p/<32 hex>/<file>); AT^SNFOTA="url" and AT+CHTTPTOFS send it to
    // the module. Kept: the first six digits, enough to tell two apart.
    static const QRegularExpression token(QStringLiteral("/p/([0-9a-f]{6})[0-9a-f]{26}(?=/)"));
    if (line.contains(QLatin1String("/p/")))
        line.replace(token, QStringLiteral("/p/\\1…"));
    return line;
}

bool containsSecret(const QString &line)
{
    return maskLine(line) != line;
}

QString maskArguments(const QString &name, const QString &arguments, int fieldOffset)
{
    const Rule *rule = ruleFor(QStringView(name).trimmed());
    if (!rule)
        return maskLine(arguments);
    const QList<Argument> args = V250::splitArguments(arguments, {0, arguments.size()});
    return replaced(arguments, secretRanges(*rule, arguments, args, fieldOffset));
}

bool hasSecretFields(const QString &name)
{
    return ruleFor(QStringView(name).trimmed()) != nullptr;
}

} // namespace SecretMasker
