#pragma once

#include <QLoggingCategory>

// "fotadesk.ota", for the Cinterion ^SNFOTA and ^SNLWM2M flows.
Q_DECLARE_LOGGING_CATEGORY(lcCinterionOta)
