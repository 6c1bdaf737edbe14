#include "sessionrecording.h"

#include <QCoreApplication>
#include <QFile>

namespace SessionRecording {

namespace {

struct KindName
{
    RecordedEvent::Kind kind;
    QByteArrayView name;
};

constexpr KindName kKinds[] = {
    {RecordedEvent::Kind::Open, "open"}, {RecordedEvent::Kind::Rate, "rate"},
    {RecordedEvent::Kind::Out, "out"},   {RecordedEvent::Kind::Raw, "raw"},
    {RecordedEvent::Kind::In, "in"},     {RecordedEvent::Kind::Lost, "lost"},
    {RecordedEvent::Kind::Close, "close"},
};

QString tr(const char *text)
{
    return QCoreApplication::translate("SessionRecording", text);
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

} // namespace

QByteArray escape(QByteArrayView bytes)
{
    static const char hex[] = "0123456789abcdef";
    QByteArray out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '\r': out += "\\r"; break;
        case '\n': out += "\\n"; break;
        case '\t': out += "\\t"; break;
        case '\\': out += "\\\\"; break;
        default:
            if (u >= 0x20 && u < 0x7f) {
                out += c;
            } else {
                out += "\\x";
                out += hex[u >> 4];
                out += hex[u & 0xf];
            }
        }
    }
    return out;
}

std::optional<QByteArray> unescape(QByteArrayView text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c != '\\') {
            out += c;
            continue;
        }
        if (++i >= text.size())
            return std::nullopt;
        switch (text[i]) {
        case 'r': out += '\r'; break;
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case '\\': out += '\\'; break;
        case 'x': {
            const int high = i + 1 < text.size() ? hexValue(text[i + 1]) : -1;
            const int low = i + 2 < text.size() ? hexValue(text[i + 2]) : -1;
            if (high < 0 || low < 0)
                return std::nullopt;
            out += char(high * 16 + low);
            i += 2;
            break;
        }
        default:
            return std::nullopt;
        }
    }
    return out;
}

QByteArray format(const RecordedEvent &event)
{
    QByteArray name;
    for (const KindName &k : kKinds) {
        if (k.kind == event.kind)
            name = k.name.toByteArray();
    }
    QByteArray line = QByteArray::number(event.msecs).rightJustified(8, ' ') + ' ' + name;
    switch (event.kind) {
    case RecordedEvent::Kind::Open:
    case RecordedEvent::Kind::Rate:
    case RecordedEvent::Kind::Raw:
        line += ' ' + QByteArray::number(event.value);
        break;
    case RecordedEvent::Kind::Out:
    case RecordedEvent::Kind::In:
        line += ' ' + escape(event.bytes);
        break;
    case RecordedEvent::Kind::Lost:
    case RecordedEvent::Kind::Close:
        break;
    }
    return line + '\n';
}

std::optional<RecordedEvent> parse(QByteArrayView line, QString *error)
{
    if (error)
        error->clear();
    // Only the line's end and the time's padding go: a payload keeps its
    // blanks, trailing ones included.
    QByteArrayView trimmed = line;
    while (!trimmed.isEmpty() && (trimmed.back() == '\n' || trimmed.back() == '\r'))
        trimmed.chop(1);
    while (!trimmed.isEmpty() && trimmed.front() == ' ')
        trimmed = trimmed.sliced(1);
    if (trimmed.trimmed().isEmpty() || trimmed.startsWith('#'))
        return std::nullopt;
    auto fail = [error](const QString &why) -> std::optional<RecordedEvent> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    // "<msecs> <kind>[ <payload>]"; the payload keeps its own blanks.
    const qsizetype firstSpace = trimmed.indexOf(' ');
    if (firstSpace < 0)
        return fail(tr("a time and an event expected"));
    bool ok = false;
    RecordedEvent event;
    event.msecs = trimmed.first(firstSpace).toLongLong(&ok);
    if (!ok || event.msecs < 0)
        return fail(tr("the time is not a number of milliseconds"));
    QByteArrayView rest = trimmed.sliced(firstSpace + 1);
    const qsizetype kindEnd = rest.indexOf(' ');
    const QByteArrayView kindName = kindEnd < 0 ? rest : rest.first(kindEnd);
    // One blank separates the kind from the payload; any other is the payload's.
    const QByteArrayView payload = kindEnd < 0 ? QByteArrayView() : rest.sliced(kindEnd + 1);
    bool known = false;
    for (const KindName &k : kKinds) {
        if (k.name == kindName) {
            event.kind = k.kind;
            known = true;
        }
    }
    if (!known)
        return fail(tr("unknown event \"%1\"").arg(QString::fromUtf8(kindName)));
    switch (event.kind) {
    case RecordedEvent::Kind::Open:
    case RecordedEvent::Kind::Rate:
    case RecordedEvent::Kind::Raw:
        event.value = payload.toLongLong(&ok);
        if (!ok || event.value < 0 || (event.kind != RecordedEvent::Kind::Raw && event.value == 0))
            return fail(tr("a positive number expected after \"%1\"").arg(QString::fromUtf8(kindName)));
        break;
    case RecordedEvent::Kind::Out:
    case RecordedEvent::Kind::In: {
        const std::optional<QByteArray> bytes = unescape(payload);
        if (!bytes || bytes->isEmpty())
            return fail(tr("bytes expected after \"%1\" (escapes: \\r \\n \\t \\\\ \\xHH)").arg(QString::fromUtf8(kindName)));
        event.bytes = *bytes;
        break;
    }
    case RecordedEvent::Kind::Lost:
    case RecordedEvent::Kind::Close:
        if (!payload.isEmpty())
            return fail(tr("nothing expected after \"%1\"").arg(QString::fromUtf8(kindName)));
        break;
    }
    return event;
}

Loaded load(const QString &path)
{
    Loaded loaded;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return loaded;
    }
    int number = 0;
    qint64 last = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine();
        ++number;
        if (number == 1 && !line.startsWith(magic.latin1())) {
            loaded.error = tr("%1 is not a FotaDesk recording (its first line is not \"%2\")").arg(path, magic);
            return loaded;
        }
        if (line.startsWith("# port ")) {
            loaded.port = QString::fromUtf8(line.mid(7).trimmed());
            continue;
        }
        QString why;
        const std::optional<RecordedEvent> event = parse(line, &why);
        if (!why.isEmpty()) {
            loaded.error = tr("%1, line %2: %3").arg(path).arg(number).arg(why);
            return loaded;
        }
        if (!event)
            continue;
        if (event->msecs < last) {
            loaded.error = tr("%1, line %2: the time goes backwards").arg(path).arg(number);
            return loaded;
        }
        last = event->msecs;
        loaded.events << *event;
    }
    if (number == 0)
        loaded.error = tr("%1 is empty").arg(path);
    return loaded;
}

bool isText(QByteArrayView bytes)
{
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\r' && c != '\n' && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

bool isTextLine(QByteArrayView bytes)
{
    return !bytes.isEmpty() && (bytes.back() == '\r' || bytes.back() == '\n') && isText(bytes);
}

} // namespace SessionRecording
