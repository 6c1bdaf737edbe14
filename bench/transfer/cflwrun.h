#pragma once

#include "benchsim.h"

// FotaDesk's FlashWriter putting `data` into a fresh simulated SIM7020 (paced
// at `baud`) with AT+CFLE and 4096-byte AT+CFLW writes; timed over the writes
// (from the first AT+CFLW to the last OK), the erase left out.
TransferRun runFlashWriter(qint32 baud, const QByteArray &data);
