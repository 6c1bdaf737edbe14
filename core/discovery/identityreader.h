#pragma once

#include "at/atresult.h"
#include "modules/moduleidentity.h"

#include <QList>
#include <QString>

// What to ask each family for its identity (PROTOCOLS.md), and how to read the
// answers. Pure functions: the prober sends, these decide and parse.
namespace IdentityReader {

enum class Field {
    Manufacturer,
    Model,
    Firmware,
    Imei,
    Imsi,
    Iccid,
    Serial,
    SimState,
    CinterionInfo, // ATI1: manufacturer, model, REVISION / A-REVISION lines
};

struct Query
{
    QString command;
    Field field;
};

// The family a manufacturer string, ATI text or model name belongs to;
// Unknown when none of the dialects' names appear.
Family familyFromText(const QString &text);

// The commands that read `family`'s identity after the family is known. For
// Unknown, the generic 3GPP ones.
QList<Query> queries(Family family);

// Stores the answer to one query into `identity`. A failed command leaves the
// field empty (IMSI while the SIM is locked is not an error); AT+CPIN? failing
// records the module's reason ("SIM not inserted") as the SIM state.
void apply(ModuleIdentity &identity, Field field, const AtResult &result);

// False for an answer that is no reading of `field` as a module gives it: a
// byte the line changed, an IMEI, IMSI or ICCID with no number in it. Such
// an answer is asked for again: a damaged IMEI would make the module found
// after its reboot look like another one.
bool plausible(Field field, const AtResult &result);

// The text of an answer with its "+CMD:" style prefix and quotes removed.
QString stripPrefix(const QString &line);

} // namespace IdentityReader
