#pragma once

#include "modules/family.h"
#include "modules/updatetypes.h"

#include <QList>
#include <QUrl>

// Which update methods to offer for a set of selected modules, and which to
// pick by default: one family gets its own list with its best method first;
// a mix gets "each family's best" (Auto) and every method any of them has.
namespace MethodChoice {

QList<Family> familiesOf(const QList<Family> &modules); // distinct, known ones, in order
QList<UpdateMethod> offered(const QList<Family> &families);
UpdateMethod preferred(const QList<Family> &families);
// What Auto means for one family.
UpdateMethod resolve(UpdateMethod method, Family family);
// What a family's method needs from the person besides the package. These
// mirror what the family's flow sends (core/modules/drivers): keep them in step.
enum class Need { None, Optional, Required };
// The module's APN: Cinterion's own FOTA and LwM2M clients use it when given,
// HL78xx's AirVantage client cannot start without it. Telit's depends on its
// PFM server (IP registration only), which the options form decides.
Need apnNeed(Family family, UpdateMethod resolved);
// A download URL the module fetches the package from (empty: FotaDesk serves it).
bool takesUrl(Family family, UpdateMethod resolved);
// Whether the method carries bytes from FotaDesk, so a package file is needed
// (the family's driver decides). Server-held updates (Telit PFM, SIM7020
// AT+CFOTA=1, HL78xx AirVantage, LwM2M) need none; Cinterion's ^SNFOTA needs
// one unless the person gives the package's URL (and its SHA-256).
bool needsPackage(Family family, UpdateMethod resolved, const QUrl &url = {});
// Where a server-held update comes from, for the line that replaces the
// package list ("Telit PFM server", "AirVantage"); empty when a file is needed.
QString packageSource(Family family, UpdateMethod resolved, const QUrl &url = {});
// The method as the combo box offers it: for one family, named after what the
// family does ("Over the air: AirVantage, no file"); for a mix, generic.
QString label(UpdateMethod method, const QList<Family> &families);

} // namespace MethodChoice
