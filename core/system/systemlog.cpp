#include "systemlog.h"

Q_LOGGING_CATEGORY(lcSystem, "fotadesk.system")
