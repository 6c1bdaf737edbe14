#pragma once

#include "modules/family.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// One module setting the update may wipe: how to read it, pick its value out
// of the answer, and write it back. Profiles are data (resources/settings/
// <family>.json), so a setting is added without touching code.
struct SettingItem
{
    QString name;         // "^SCFG Radio/Band/CatM", "+CGDCONT", "#SLED"
    QString read;         // "AT^SCFG?": items sharing it share one exchange
    QString prefix;       // "^SCFG:": the answer lines that carry it
    QString match;        // first field that selects the line ("Radio/Band/CatM"); empty: any
    bool keepMatch = false; // the selecting field is part of the value (+WDSS: 2,1)
    bool multi = false;   // every matching line is one entry (+CGDCONT per cid)
    int fields = 0;       // keep the first n fields of the value; 0: all
    QString write;        // "AT+CGDCONT={value}"; empty: cannot be written back
    QString secret;       // why it cannot be restored (a password the module never shows)

    bool restorable() const { return !write.isEmpty() && secret.isEmpty(); }
    QString writeCommand(const QString &value) const;
};

struct SettingsProfile
{
    Family family = Family::Unknown;
    bool fixedRate = false;      // URCs need a fixed serial rate (autobaud must be off)
    QStringList before;          // run before writing back (SIM7020: radio off)
    QStringList after;           // run after writing back (radio on again)
    QStringList kept;            // Telit: what the update keeps by itself
    QList<SettingItem> items;

    bool isValid() const { return family != Family::Unknown; }
    // Telit: the user's settings as items from the profile's template;
    // settings on the kept list are left out (the module keeps them) and
    // returned in `ignored`.
    SettingsProfile withUserSettings(const QStringList &names, QStringList *ignored = nullptr) const;
    // The distinct read commands, in order.
    QStringList readCommands() const;

    // From JSON bytes (tests and user overrides); `error` says what is wrong.
    static SettingsProfile fromJson(const QByteArray &json, QString *error = nullptr);
    // The built-in profile of `family`, from the Qt resource :/settings/.
    static SettingsProfile forFamily(Family family, QString *error = nullptr);

private:
    QStringList userSettings;
    SettingItem userTemplate;
};
