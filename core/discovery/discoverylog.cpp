#include "discoverylog.h"

Q_LOGGING_CATEGORY(lcDiscovery, "fotadesk.discovery")
