#include "settingsprofile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

SettingItem itemFrom(const QJsonObject &o)
{
    SettingItem item;
    item.name = o.value(QLatin1String("name")).toString();
    item.read = o.value(QLatin1String("read")).toString();
    item.prefix = o.value(QLatin1String("prefix")).toString();
    item.match = o.value(QLatin1String("match")).toString();
    item.keepMatch = o.value(QLatin1String("keepMatch")).toBool();
    item.multi = o.value(QLatin1String("multi")).toBool();
    item.fields = o.value(QLatin1String("fields")).toInt();
    item.write = o.value(QLatin1String("write")).toString();
    item.secret = o.value(QLatin1String("secret")).toString();
    return item;
}

QString expand(QString text, const QString &name)
{
    return text.replace(QLatin1String("{name}"), name);
}

} // namespace

QString SettingItem::writeCommand(const QString &value) const
{
    QString command = write;
    return command.replace(QLatin1String("{value}"), value);
}

SettingsProfile SettingsProfile::withUserSettings(const QStringList &names, QStringList *ignored) const
{
    SettingsProfile p = *this;
    QStringList wanted = userSettings;
    for (const QString &n : names) {
        const QString name = n.trimmed().toUpper();
        if (!name.isEmpty() && !wanted.contains(name, Qt::CaseInsensitive))
            wanted << name;
    }
    for (const QString &name : std::as_const(wanted)) {
        if (kept.contains(name, Qt::CaseInsensitive)) {
            if (ignored)
                *ignored << name;
            continue;
        }
        if (userTemplate.read.isEmpty())
            continue;
        SettingItem item = userTemplate;
        item.name = name;
        item.read = expand(userTemplate.read, name);
        item.prefix = expand(userTemplate.prefix, name);
        item.write = expand(userTemplate.write, name);
        p.items << item;
    }
    p.userSettings.clear();
    return p;
}

QStringList SettingsProfile::readCommands() const
{
    QStringList out;
    for (const SettingItem &item : items) {
        if (!out.contains(item.read))
            out << item.read;
    }
    return out;
}

SettingsProfile SettingsProfile::fromJson(const QByteArray &json, QString *error)
{
    auto failWith = [error](const QString &why) {
        if (error)
            *error = why;
        return SettingsProfile{};
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject())
        return failWith(QCoreApplication::translate("SettingsProfile", "not a JSON object: %1")
                            .arg(parseError.errorString()));
    const QJsonObject root = doc.object();
    SettingsProfile p;
    p.family = familyFromId(root.value(QLatin1String("family")).toString());
    if (p.family == Family::Unknown)
        return failWith(QCoreApplication::translate("SettingsProfile", "unknown family \"%1\"")
                            .arg(root.value(QLatin1String("family")).toString()));
    p.fixedRate = root.value(QLatin1String("fixedRate")).toBool();
    p.before = stringList(root.value(QLatin1String("before")));
    p.after = stringList(root.value(QLatin1String("after")));
    p.kept = stringList(root.value(QLatin1String("kept")));
    p.userSettings = stringList(root.value(QLatin1String("userSettings")));
    p.userTemplate = itemFrom(root.value(QLatin1String("userTemplate")).toObject());
    for (const QJsonValue &v : root.value(QLatin1String("items")).toArray()) {
        const SettingItem item = itemFrom(v.toObject());
        if (item.name.isEmpty() || item.read.isEmpty() || item.prefix.isEmpty())
            return failWith(QCoreApplication::translate("SettingsProfile",
                                                        "an item needs a name, a read command and a prefix"));
        p.items << item;
    }
    return p;
}

SettingsProfile SettingsProfile::forFamily(Family family, QString *error)
{
    QFile file(QStringLiteral(":/settings/%1.json").arg(familyId(family)));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("SettingsProfile", "no settings profile for %1")
                         .arg(familyDisplayName(family));
        return {};
    }
    return fromJson(file.readAll(), error);
}
