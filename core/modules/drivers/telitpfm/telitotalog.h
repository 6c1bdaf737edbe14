#pragma once

#include <QLoggingCategory>

// "fotadesk.ota", for the Telit PFM flow.
Q_DECLARE_LOGGING_CATEGORY(lcTelitOta)
