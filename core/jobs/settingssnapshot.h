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

    // Which answer the values come from, so the masker finds their secret
    // fields (it knows fields by the answer's name). Memory only.
    QString answer;       // "*MCGDEFCONT"; empty: the first word of `name`
    int fieldOffset = 0;  // the answer's fields dropped in front of the value (a selecting match)
    // Read back from a record (a step's figures): the secret fields were
    // masked when it was written, so these are not the module's values.
    bool masked = false;

    // `values` with their secret fields masked: what figures, JSON events and
    // messages show. The real values stay in `values`, in memory only.
    QStringList maskedValues() const;
    bool hasMaskedFields() const { return masked || maskedValues() != values; }
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
// compares against. In memory it holds what the module showed, passwords
// included (^SGAUTH, *MCGDEFCONT read answers show them), so the restore can
// write them back; toJson() masks them, so no record, event or export has them.
struct SettingsSnapshot
{
    QList<SettingValue> entries;

    const SettingValue *find(const QString &name) const;
    bool isEmpty() const { return entries.isEmpty(); }
    QStringList unreadable() const;

    // Secret fields masked; such entries say "masked": true.
    QJsonObject toJson() const;
    static SettingsSnapshot fromJson(const QJsonObject &json);

    // Picks every item of `profile` out of the answers to its read commands.
    static SettingsSnapshot fromAnswers(const SettingsProfile &profile,
                                        const QHash<QString, AtResult> &answers);
    // The readable settings whose values differ (order of `before`), with
    // masked values (they end up in figures and warnings). A masked entry of
    // `before` is compared on what masking leaves.
    static QList<SettingDifference> compare(const SettingsSnapshot &before, const SettingsSnapshot &after);
};

// Top-level fields of an AT parameter list: commas inside quotes do not split.
QStringList splitAtFields(const QString &text);
// For comparisons: blanks outside quotes removed, letter case ignored.
QString normalisedSettingValue(const QString &value);

Q_DECLARE_METATYPE(SettingsSnapshot)
