#pragma once

#include "modules/family.h"

#include <QString>
#include <QStringList>

#include <chrono>

// Everything that makes one simulated module what it is. Identity fields left
// empty are filled from defaults(family, index) by SimModule::start().
struct SimModuleConfig
{
    Family family = Family::Unknown;
    QString link;            // symlink published for the pty slave
    QString imei, imsi, iccid, serial, manufacturer, model, firmware;
    qint32 baud = 115200;    // the module's rate; 0 = autobaud (AT+IPR=0)
    bool pace = false;       // 10 bits a byte of the current rate, both directions
    QString stateFile;       // JSON; empty = state lives in memory only
    bool reenumerate = false;
    std::chrono::milliseconds rebootTime{1500}; // port absent during a reboot (not scaled)
    double timeScale = 1.0;  // multiplies every protocol timer (60 s answer window, ...)
    QStringList faults;      // fault specs, see FaultSet
    QString simPin;          // empty = no PIN
    QString otaPackage;      // what the family's OTA server offers
    // SIM7020 flash model (PROTOCOLS.md, assumed values): FOTA partition size,
    // erase block, largest single AT+CFLW write.
    qint64 flashPartitionSize = 1024 * 1024;
    qint32 flashBlockSize = 4096;
    qint32 flashMaxWrite = 4096;
    // The module writes each XMODEM block or AT+CFLW chunk to flash before it
    // answers (ACK, OK). Not scaled: it is the benchmark's per-block delay t.
    std::chrono::milliseconds flashWrite{0};
    // The strict personality: never kinder than a real module where the
    // notes leave room. Unknown commands answer +CME ERROR (100, as +CMEE
    // words it) instead of ERROR; the HL78xx knows only the note's spelling
    // AT+WSDS; the SIM7020 takes at most kStrictMaxWrite bytes per AT+CFLW;
    // an XMODEM receiver whose sender died keeps asking ('C', then NAK) for
    // 5 real minutes instead of giving up after a few scaled gaps.
    bool strict = false;
    static constexpr qint32 kStrictMaxWrite = 1024;
    static constexpr int kStrictUnknownCme = 100; // "unknown"

    // Distinct, valid identities (Luhn-checked IMEI and ICCID) for module `index`
    // of a family, with the family's usual manufacturer/model/firmware strings.
    static SimModuleConfig defaults(Family family, int index = 0);
    // Fills the empty identity fields of `config` from defaults(config.family, index).
    static SimModuleConfig completed(SimModuleConfig config, int index = 0);

    static int luhnDigit(const QString &digits);
};
