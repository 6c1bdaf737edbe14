#include "simcommand.h"

namespace {

bool isExtendedPrefix(QChar c)
{
    return c == u'+' || c == u'#' || c == u'^' || c == u'*' || c == u'$' || c == u'%';
}

bool isNameChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'_' || c == u'.';
}

} // namespace

qint64 SimCommand::number(int i, qint64 fallback) const
{
    bool ok = false;
    const qint64 v = args.value(i).toLongLong(&ok);
    return ok ? v : fallback;
}

bool SimCommand::hasNumber(int i) const
{
    bool ok = false;
    args.value(i).toLongLong(&ok);
    return ok;
}

QStringList SimCommand::splitArgs(const QString &text)
{
    QStringList out;
    if (text.trimmed().isEmpty())
        return out;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    auto push = [&] {
        out << (wasQuoted ? current : current.trimmed());
        current.clear();
        wasQuoted = false;
    };
    for (QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
            if (quoted) {
                current.clear(); // blanks before the opening quote
                wasQuoted = true;
            }
            continue;
        }
        if (c == u',' && !quoted) {
            push();
            continue;
        }
        if (wasQuoted && !quoted)
            continue; // blanks after the closing quote
        current += c;
    }
    push();
    return out;
}

bool SimCommand::parseLine(const QString &body, QList<SimCommand> &out)
{
    qsizetype i = 0;
    const qsizetype n = body.size();
    while (i < n) {
        const QChar c = body.at(i);
        if (c == u' ' || c == u';') {
            ++i;
            continue;
        }
        SimCommand cmd;
        const qsizetype start = i;
        if (isExtendedPrefix(c)) {
            cmd.name = c;
            ++i;
            while (i < n && isNameChar(body.at(i)))
                cmd.name += body.at(i++).toUpper();
            if (cmd.name.size() < 2)
                return false;
            if (i < n && body.at(i) == u'?') {
                cmd.kind = Kind::Read;
                ++i;
            } else if (i + 1 < n && body.at(i) == u'=' && body.at(i + 1) == u'?') {
                cmd.kind = Kind::Test;
                i += 2;
            } else if (i < n && body.at(i) == u'=') {
                cmd.kind = Kind::Set;
                ++i;
                const qsizetype argStart = i;
                bool quoted = false;
                while (i < n && (quoted || body.at(i) != u';')) {
                    if (body.at(i) == u'"')
                        quoted = !quoted;
                    ++i;
                }
                cmd.argText = body.mid(argStart, i - argStart);
                cmd.args = splitArgs(cmd.argText);
            }
        } else if (c.isLetter() || c == u'&') {
            cmd.name = c.toUpper();
            ++i;
            if (c == u'&' && i < n)
                cmd.name += body.at(i++).toUpper();
            if (cmd.name == QLatin1String("D")) {
                cmd.argText = body.mid(i);
                i = n;
            } else if (cmd.name == QLatin1String("S")) {
                qsizetype d = i;
                while (d < n && body.at(d).isDigit())
                    ++d;
                cmd.args << body.mid(i, d - i);
                i = d;
                if (i < n && body.at(i) == u'?') {
                    cmd.kind = Kind::Read;
                    ++i;
                } else if (i < n && body.at(i) == u'=') {
                    cmd.kind = Kind::Set;
                    d = ++i;
                    while (d < n && body.at(d).isDigit())
                        ++d;
                    cmd.args << body.mid(i, d - i);
                    i = d;
                }
            } else {
                qsizetype d = i;
                while (d < n && body.at(d).isDigit())
                    ++d;
                cmd.argText = body.mid(i, d - i);
                if (!cmd.argText.isEmpty())
                    cmd.args << cmd.argText;
                i = d;
            }
        } else {
            return false;
        }
        cmd.text = QStringLiteral("AT") + body.mid(start, i - start);
        out << cmd;
    }
    return true;
}
