#include "fleetlog.h"

Q_LOGGING_CATEGORY(lcFleet, "fotadesk.fleet")
