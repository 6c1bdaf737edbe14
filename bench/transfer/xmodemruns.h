#pragma once

#include "benchsim.h"

// One 1K-XMODEM transfer of `data` into a fresh simulated HL78xx (paced at
// `baud`), started with AT+WDSD=<size>, timed from that command to the
// sender's end, by each of the three senders.
TransferRun runFotaDeskXmodem(qint32 baud, const QByteArray &data);
// lrzsz `sx -k` on the pty as its stdin/stdout.
TransferRun runSx(qint32 baud, const QByteArray &data);
// python3-xmodem (XMODEM1k) under /usr/bin/python3.
TransferRun runPythonXmodem(qint32 baud, const QByteArray &data);
