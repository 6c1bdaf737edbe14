#pragma once

#include "commandmoderescue.h"

#include <QList>

#include <chrono>

// How a port is probed. Every duration is a setting (short by default: a
// technician expects a module to appear within a second or two).
struct ProbeSettings
{
    // The usual factory rate first, then the fast ones modules are often set to.
    static QList<qint32> defaultBaudRates()
    {
        static const QList<qint32> rates{115200, 921600, 460800, 57600, 9600};
        return rates;
    }

    QList<qint32> baudRates = defaultBaudRates();
    std::chrono::milliseconds atTimeout{300};   // one AT try at one rate
    int atTries = 2;                            // tries per rate before the next one
    std::chrono::milliseconds rateQuiet{15};    // quiet input wanted after a rate change
    std::chrono::milliseconds commandTimeout{2000}; // identity commands
    int maxParallel = 0;                        // 0: every port at once; 1: one at a time
    bool rememberRates = true;                  // try the last good rate first
    // A first AT that gets no answer may mean a module left in a data phase
    // (XMODEM receiver, AT+CFLW prompt) by a program that died: end it once.
    bool rescueDataPhases = true;
    CommandModeRescue::Settings rescue;
};
