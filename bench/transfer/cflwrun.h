#pragma once

#include "benchsim.h"

// FotaDesk's FlashWriter putting `data` into a fresh simulated SIM7020 (paced
// at `link`) with AT+CFLE and 4096-byte AT+CFLW writes; timed over the writes
// (from the first AT+CFLW to the last OK), the erase left out.
TransferRun runFlashWriter(const BenchLink &link, const QByteArray &data);
