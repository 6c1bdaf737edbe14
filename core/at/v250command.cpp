#include "v250command.h"

namespace V250 {

namespace {

bool isBlank(QChar c)
{
    return c == u' ' || c == u'\t';
}

bool isLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// V.250 5.4.1: letters, digits and ! % - . / : _ after the prefix. ':' is left
// out: a response's name ends there, and no command of the four families has one.
bool isNameChar(QChar c)
{
    return isLetter(c) || isDigit(c) || c == u'!' || c == u'%' || c == u'-' || c == u'.' || c == u'/'
        || c == u'_';
}

qsizetype skipBlanks(QStringView text, qsizetype i)
{
    while (i < text.size() && isBlank(text[i]))
        ++i;
    return i;
}

// Range without blanks at either end.
Range trimmed(QStringView text, qsizetype begin, qsizetype end)
{
    while (begin < end && isBlank(text[begin]))
        ++begin;
    while (end > begin && isBlank(text[end - 1]))
        --end;
    return {begin, end};
}

// From `i` up to a ';' outside quotes (or the end): where it stops.
qsizetype argumentsEnd(QStringView text, qsizetype i)
{
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (c == u';' && !quoted)
            break;
    }
    return i;
}

// Reads name characters from `i`, blanks skipped and dropped; `last` is the
// position after the last name character.
QString readName(QStringView text, qsizetype &i, qsizetype &last)
{
    QString name;
    for (;;) {
        const qsizetype j = skipBlanks(text, i);
        if (j >= text.size() || !isNameChar(text[j]))
            break;
        name += text[j].toUpper();
        i = j + 1;
        last = i;
    }
    return name;
}

// After a name: '=?', '=' arguments, '?' or nothing. Returns where the command ends.
qsizetype readForm(QStringView text, qsizetype i, Command &command)
{
    qsizetype j = skipBlanks(text, i);
    if (j < text.size() && text[j] == u'=') {
        j = skipBlanks(text, j + 1);
        if (j < text.size() && text[j] == u'?') {
            command.form = Form::Test;
            command.arguments = {j + 1, j + 1};
            return j + 1;
        }
        command.form = Form::Set;
        const qsizetype end = argumentsEnd(text, j);
        command.arguments = trimmed(text, j, end);
        return end;
    }
    if (j < text.size() && text[j] == u'?') {
        command.form = Form::Read;
        command.arguments = {j + 1, j + 1};
        return j + 1;
    }
    command.arguments = {i, i};
    return i;
}

} // namespace

bool isExtendedPrefix(QChar c)
{
    return c == u'+' || c == u'^' || c == u'*' || c == u'#' || c == u'$' || c == u'%' || c == u'@'
        || c == u'!';
}

CommandLine parseCommandLine(QStringView text, qsizetype from)
{
    CommandLine line;
    qsizetype i = skipBlanks(text, from);
    if (i + 1 >= text.size() || text[i].toUpper() != u'A' || text[i + 1].toUpper() != u'T') {
        line.end = i;
        return line;
    }
    line.prefix = i;
    i += 2;

    for (;;) {
        i = skipBlanks(text, i);
        if (i >= text.size()) {
            line.complete = true;
            break;
        }
        const QChar c = text[i];
        if (c == u';') { // an empty command between separators, or after a basic one
            ++i;
            continue;
        }

        Command command;
        const qsizetype start = i;
        qsizetype end = i;
        if (isExtendedPrefix(c)) {
            qsizetype last = i + 1;
            qsizetype j = i + 1;
            const QString name = readName(text, j, last);
            if (name.isEmpty())
                break; // "AT+=": no module takes it
            command.extended = true;
            command.name = c + name;
            command.nameRange = {start, last};
            end = readForm(text, last, command);
        } else if (isLetter(c) || c == u'&') {
            qsizetype j = i;
            QString name;
            if (c == u'&') {
                j = skipBlanks(text, j + 1);
                if (j >= text.size() || !isLetter(text[j]))
                    break;
            }
            name = (c == u'&' ? QStringLiteral("&") : QString()) + text[j].toUpper();
            ++j;
            command.nameRange = {start, j};
            const QChar letter = name.back();
            if (letter == u'D' && c != u'&') {
                // Dial: the rest is the dial string, up to a ';' (voice call) that lets
                // more commands follow.
                end = argumentsEnd(text, j);
                command.arguments = trimmed(text, j, end);
                command.form = Form::Action;
            } else {
                // The number that follows a basic command; for S it names the register.
                qsizetype k = skipBlanks(text, j);
                qsizetype digitsBegin = k, digitsEnd = k;
                while (k < text.size() && (isDigit(text[k]) || (isBlank(text[k]) && digitsEnd > digitsBegin))) {
                    if (isDigit(text[k]))
                        digitsEnd = k + 1;
                    ++k;
                }
                const qsizetype afterDigits = digitsEnd > digitsBegin ? digitsEnd : j;
                if (letter == u'S' && c != u'&') {
                    for (qsizetype d = digitsBegin; d < digitsEnd; ++d) {
                        if (isDigit(text[d]))
                            name += text[d];
                    }
                    command.nameRange = {start, afterDigits};
                    end = readForm(text, afterDigits, command);
                } else {
                    command.arguments = {digitsEnd > digitsBegin ? digitsBegin : j, afterDigits};
                    // Some firmwares take ATE=1 or ATI? ; read the same way.
                    const qsizetype n = skipBlanks(text, afterDigits);
                    if (n < text.size() && (text[n] == u'=' || text[n] == u'?'))
                        end = readForm(text, afterDigits, command);
                    else
                        end = afterDigits;
                }
            }
            command.name = name;
        } else {
            break; // a character no module takes here: stop, keep what was read
        }
        command.whole = {start, end};
        line.commands << command;
        i = end;
        if (command.extended && i < text.size() && text[i] != u';') {
            // V.250 wants a ';' after an extended command; a module that does
            // not, reads on. Only another prefix can start a command here.
            const qsizetype n = skipBlanks(text, i);
            if (n < text.size() && !isExtendedPrefix(text[n])) {
                i = n;
                break;
            }
        }
    }
    line.end = i;
    if (i >= text.size())
        line.complete = true;
    return line;
}

QList<qsizetype> commandLineCandidates(QStringView text)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i].toUpper() != u'A' || text[i + 1].toUpper() != u'T')
            continue;
        if (i > 0 && text[i - 1].isLetterOrNumber())
            continue;
        out << i;
    }
    return out;
}

QList<Argument> splitArguments(QStringView text, Range range)
{
    QList<Argument> out;
    if (range.isEmpty())
        return out;
    qsizetype start = range.begin;
    bool quoted = false;
    auto add = [&](qsizetype end) {
        Argument a;
        a.text = trimmed(text, start, end);
        a.value = a.text;
        if (!a.text.isEmpty() && text[a.text.begin] == u'"') {
            a.quoted = true;
            // The string ends at its closing quote: what may follow it in the
            // same field is not part of the value.
            qsizetype close = a.text.begin + 1;
            while (close < a.text.end && text[close] != u'"')
                ++close;
            a.value = {a.text.begin + 1, close};
        }
        out << a;
    };
    for (qsizetype i = range.begin; i < range.end; ++i) {
        const QChar c = text[i];
        if (c == u'"') {
            quoted = !quoted;
        } else if (c == u',' && !quoted) {
            add(i);
            start = i + 1;
        }
    }
    add(range.end);
    return out;
}

std::optional<Response> parseResponse(QStringView text, qsizetype from)
{
    const qsizetype i = skipBlanks(text, from);
    if (i >= text.size() || !isExtendedPrefix(text[i]))
        return std::nullopt;
    // Contiguous here: a blank ends an answer's name ("+CME ERROR:" is not
    // one), and scanning on past blanks would make a line of many prefixes
    // quadratic for a caller that tries each of them.
    qsizetype last = i + 1;
    QString name;
    while (last < text.size() && isNameChar(text[last]))
        name += text[last++].toUpper();
    if (name.isEmpty())
        return std::nullopt;
    const qsizetype colon = skipBlanks(text, last);
    if (colon >= text.size() || text[colon] != u':')
        return std::nullopt;
    Response r;
    r.name = text[i] + name;
    r.nameRange = {i, last};
    r.arguments = trimmed(text, colon + 1, text.size());
    return r;
}

} // namespace V250
