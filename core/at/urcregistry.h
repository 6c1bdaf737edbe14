#pragma once

#include <QString>
#include <QStringList>

// The prefixes that mark a line as unsolicited (a URC) for one module family.
// Lines that start with the in-flight command's own name ("+CPIN:" for AT+CPIN?)
// are that command's response even when the prefix is listed here.
class UrcRegistry
{
public:
    UrcRegistry() = default;
    explicit UrcRegistry(QStringList prefixes);

    // The listed prefix the line starts with (letter case ignored), or empty.
    QString match(const QString &line) const;
    const QStringList &prefixes() const { return m_prefixes; }
    UrcRegistry merged(const UrcRegistry &other) const;

private:
    QStringList m_prefixes;
};
