#pragma once

#include <QLoggingCategory>

// "fotadesk.ota.simcom", for the SIM7020 update flows. Enable with
// QT_LOGGING_RULES="fotadesk.ota.simcom.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcSimcomOta)
