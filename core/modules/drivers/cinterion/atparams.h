#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// Parameter lists of Cinterion responses and URCs, whose firmwares quote
// numbers or not ("act","0","0","0" and "act",2,0,40 are the same thing).
namespace AtParams {

// Splits "a","b,c",3 on commas outside quotes and removes the quotes:
// {a, "b,c", 3}. Blanks around each value are dropped.
QStringList split(QStringView params);
// The parameters after "<prefix>" ("^SNFOTA:"); nullopt when the line does not
// start with it (letter case ignored).
std::optional<QStringList> after(const QString &line, const QString &prefix);
// A number whether quoted or not; nullopt when not a number.
std::optional<int> number(const QString &value);

} // namespace AtParams
