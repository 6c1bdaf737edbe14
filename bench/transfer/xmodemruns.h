#pragma once

#include "benchsim.h"

// One 1K-XMODEM transfer of `data` into a fresh simulated HL78xx (paced at
// `link`), started with AT+WDSD=<size>, timed from that command to the
// sender's end, by each of the three senders.
TransferRun runFotaDeskXmodem(const BenchLink &link, const QByteArray &data);
// lrzsz `sx -k` on the pty as its stdin/stdout.
TransferRun runSx(const BenchLink &link, const QByteArray &data);
// python3-xmodem (XMODEM1k) under /usr/bin/python3.
TransferRun runPythonXmodem(const BenchLink &link, const QByteArray &data);
