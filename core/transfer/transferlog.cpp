#include "transferlog.h"

Q_LOGGING_CATEGORY(lcTransfer, "fotadesk.transfer")
