#pragma once

#include <QLoggingCategory>

// One category for everything that moves package bytes: XMODEM, flash writes,
// the package server. Enable with QT_LOGGING_RULES="fotadesk.transfer.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcTransfer)
