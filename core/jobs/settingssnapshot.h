#pragma once

#include "at/atresult.h"
#include "settingsprofile.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// One setting as read from a module.
struct SettingValue
{
    QString name;
    QStringList values; // one entry, or one per line for multi-line settings
    bool readable = true;
    QString note;       // why it could not be read, or why it cannot be restored
};

struct SettingDifference
{
    QString name;
    QStringList before;
    QStringList after;

    QString describe() const; // "^SCFG Radio/Band/CatM: "00080004" before, "080e189f" now"
};

// The settings of one module at one moment: what a backup step records (in
// its figures, so a restore after a crash still has it) and what a restore
// compares against. Holds no secrets: modules never show passwords back.
struct SettingsSnapshot
{
    QList<SettingValue> entries;

    const SettingValue *find(const QString &name) const;
    bool isEmpty() const { return entries.isEmpty(); }
    QStringList unreadable() const;

    QJsonObject toJson() const;
    static SettingsSnapshot fromJson(const QJsonObject &json);

    // Picks every item of `profile` out of the answers to its read commands.
    static SettingsSnapshot fromAnswers(const SettingsProfile &profile,
                                        const QHash<QString, AtResult> &answers);
    // The readable settings whose values differ (order of `before`).
    static QList<SettingDifference> compare(const SettingsSnapshot &before, const SettingsSnapshot &after);
};

// Top-level fields of an AT parameter list: commas inside quotes do not split.
QStringList splitAtFields(const QString &text);
// For comparisons: blanks outside quotes removed, letter case ignored.
QString normalisedSettingValue(const QString &value);

Q_DECLARE_METATYPE(SettingsSnapshot)
