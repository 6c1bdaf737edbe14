#pragma once

#include "modules/family.h"
#include "modules/updatetypes.h"

#include <QList>

// Which update methods to offer for a set of selected modules, and which to
// pick by default: one family gets its own list with its best method first;
// a mix gets "each family's best" (Auto) and every method any of them has.
namespace MethodChoice {

QList<Family> familiesOf(const QList<Family> &modules); // distinct, known ones, in order
QList<UpdateMethod> offered(const QList<Family> &families);
UpdateMethod preferred(const QList<Family> &families);
// What Auto means for one family.
UpdateMethod resolve(UpdateMethod method, Family family);
// The module itself fetches something over its own network connection (so it
// needs an APN), rather than FotaDesk pushing bytes over the serial line.
bool usesModuleNetwork(UpdateMethod method);

} // namespace MethodChoice
