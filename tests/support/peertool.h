#pragma once

#include <QTest>

// A peer tool (lrzsz, socat, curl, python3-xmodem) that a test checks FotaDesk
// against. The README's test command installs them, so a missing one fails the
// test: a skip would let CI pass without the comparison ever being made. Set
// FOTADESK_ALLOW_MISSING_PEERS=1 to skip instead on a machine without them.
#define FOTADESK_REQUIRE_PEER(present, what)                                                       \
    do {                                                                                           \
        if (!(present)) {                                                                          \
            if (qEnvironmentVariableIntValue("FOTADESK_ALLOW_MISSING_PEERS"))                      \
                QSKIP(what " is not installed");                                                   \
            QFAIL(what " is not installed: sudo apt-get install $(cat packaging/debian-build-deps)"); \
        }                                                                                          \
    } while (false)
