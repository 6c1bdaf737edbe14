#include "settingssnapshot.h"

#include "at/secretmasker.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace {

QString unquoted(QString text)
{
    text = text.trimmed();
    if (text.size() >= 2 && text.startsWith(QLatin1Char('"')) && text.endsWith(QLatin1Char('"')))
        return text.mid(1, text.size() - 2);
    return text;
}

QStringList valuesOf(const SettingItem &item, const AtResult &result)
{
    QStringList out;
    for (const QString &line : result.lines) {
        if (!line.startsWith(item.prefix, Qt::CaseInsensitive))
            continue;
        const QString payload = line.mid(item.prefix.size()).trimmed();
        QString value = payload;
        if (!item.match.isEmpty()) {
            const QStringList fields = splitAtFields(payload);
            if (fields.isEmpty() || unquoted(fields.first()).compare(item.match, Qt::CaseInsensitive) != 0)
                continue;
            if (!item.keepMatch)
                value = fields.mid(1).join(QLatin1Char(','));
        }
        if (item.fields > 0)
            value = splitAtFields(value).mid(0, item.fields).join(QLatin1Char(','));
        out << value;
        if (!item.multi)
            break;
    }
    return out;
}

QString joined(const QStringList &values)
{
    return values.isEmpty() ? QCoreApplication::translate("SettingsSnapshot", "(none)")
                            : values.join(QLatin1String(" | "));
}

} // namespace

QStringList splitAtFields(const QString &text)
{
    QStringList fields;
    QString current;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (c == QLatin1Char(',') && !quoted) {
            fields << current.trimmed();
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty() || !fields.isEmpty())
        fields << current.trimmed();
    return fields;
}

QString normalisedSettingValue(const QString &value)
{
    QString out;
    bool quoted = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        if (!quoted && c.isSpace())
            continue;
        out += c;
    }
    return out.toLower();
}

QStringList SettingValue::maskedValues() const
{
    if (masked)
        return values;
    const QString command = answer.isEmpty() ? name.section(QLatin1Char(' '), 0, 0) : answer;
    QStringList out;
    out.reserve(values.size());
    for (const QString &v : values)
        out << SecretMasker::maskArguments(command, v, fieldOffset);
    return out;
}

QString SettingDifference::describe() const
{
    return QCoreApplication::translate("SettingsSnapshot", "%1: %2 before the update, %3 now")
        .arg(name, joined(before), joined(after));
}

const SettingValue *SettingsSnapshot::find(const QString &name) const
{
    for (const SettingValue &v : entries) {
        if (v.name == name)
            return &v;
    }
    return nullptr;
}

QStringList SettingsSnapshot::unreadable() const
{
    QStringList out;
    for (const SettingValue &v : entries) {
        if (!v.readable)
            out << v.name;
    }
    return out;
}

QJsonObject SettingsSnapshot::toJson() const
{
    QJsonArray array;
    for (const SettingValue &v : entries) {
        const QStringList shown = v.maskedValues();
        QJsonObject o{{QStringLiteral("name"), v.name}, {QStringLiteral("values"), QJsonArray::fromStringList(shown)}};
        if (v.masked || shown != v.values)
            o.insert(QStringLiteral("masked"), true);
        if (!v.readable)
            o.insert(QStringLiteral("readable"), false);
        if (!v.note.isEmpty())
            o.insert(QStringLiteral("note"), v.note);
        array.append(o);
    }
    return {{QStringLiteral("settings"), array}};
}

SettingsSnapshot SettingsSnapshot::fromJson(const QJsonObject &json)
{
    SettingsSnapshot s;
    for (const QJsonValue &item : json.value(QLatin1String("settings")).toArray()) {
        const QJsonObject o = item.toObject();
        SettingValue v;
        v.name = o.value(QLatin1String("name")).toString();
        for (const QJsonValue &value : o.value(QLatin1String("values")).toArray())
            v.values << value.toString();
        v.readable = o.value(QLatin1String("readable")).toBool(true);
        v.note = o.value(QLatin1String("note")).toString();
        v.masked = o.value(QLatin1String("masked")).toBool(false);
        s.entries << v;
    }
    return s;
}

SettingsSnapshot SettingsSnapshot::fromAnswers(const SettingsProfile &profile,
                                               const QHash<QString, AtResult> &answers)
{
    SettingsSnapshot s;
    for (const SettingItem &item : profile.items) {
        SettingValue v;
        v.name = item.name;
        v.answer = item.prefix.trimmed();
        if (v.answer.endsWith(QLatin1Char(':')))
            v.answer.chop(1);
        v.fieldOffset = !item.match.isEmpty() && !item.keepMatch ? 1 : 0;
        const auto answer = answers.constFind(item.read);
        if (answer == answers.cend()) {
            v.readable = false;
            v.note = QCoreApplication::translate("SettingsSnapshot", "not read");
        } else if (!answer->ok()) {
            v.readable = false;
            v.note = QCoreApplication::translate("SettingsSnapshot", "%1 answered %2")
                         .arg(item.read, answer->describe());
        } else {
            v.values = valuesOf(item, *answer);
            if (v.values.isEmpty() && !item.multi) {
                v.readable = false;
                v.note = QCoreApplication::translate("SettingsSnapshot", "%1 did not report it").arg(item.read);
            }
        }
        if (v.readable && !item.secret.isEmpty())
            v.note = item.secret;
        s.entries << v;
    }
    return s;
}

QList<SettingDifference> SettingsSnapshot::compare(const SettingsSnapshot &before, const SettingsSnapshot &after)
{
    QList<SettingDifference> out;
    auto normalised = [](const QStringList &values) {
        QStringList n;
        for (const QString &v : values)
            n << normalisedSettingValue(v);
        n.sort();
        return n;
    };
    for (const SettingValue &b : before.entries) {
        if (!b.readable)
            continue;
        const SettingValue *a = after.find(b.name);
        if (!a || !a->readable) {
            out << SettingDifference{b.name, b.maskedValues(), {}};
            continue;
        }
        const QStringList now = b.masked ? a->maskedValues() : a->values;
        if (normalised(b.values) != normalised(now))
            out << SettingDifference{b.name, b.maskedValues(), a->maskedValues()};
    }
    return out;
}
