#pragma once

#include <QLoggingCategory>

// "fotadesk.ota.sierra", for the HL78xx flows.
Q_DECLARE_LOGGING_CATEGORY(lcSierraOta)
