#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The languages FotaDesk speaks, and loading them: FotaDesk's own strings
// (built from translations/*.ts into :/i18n) and Qt's (dialog buttons, ...).
class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    struct Choice
    {
        QString code; // "de", "zh_CN"; empty: follow the system
        QString name; // in its own language, so anyone finds theirs
    };

    static QList<Choice> choices();
    // Replaces the translators installed by an earlier call. `code` empty: the
    // system's languages in order of preference. Returns the code loaded, or
    // "en" when FotaDesk's English source strings are used. Also makes the
    // language's locale the default, for numbers and dates.
    static QString install(const QString &code);
};
