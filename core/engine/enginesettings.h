#pragma once

#include "modules/updatetypes.h"
#include "transfer/packageserverlimits.h"

#include <QHostAddress>
#include <QList>
#include <QMetaType>
#include <QStringList>

#include <chrono>

class QSettings;

// What the user can set (Settings dialog, CLI flags). Versioned keys in
// QSettings so a later FotaDesk can migrate them.
struct EngineSettings
{
    QStringList scanGlobs;                   // ports/extra: paths to watch besides the OS's ports
    QList<qint32> baudRates{115200, 921600, 460800, 57600, 9600};
    AgreementPolicy telitRequestPolicy = AgreementPolicy::Ask;
    AgreementPolicy hl78xxAgreementPolicy = AgreementPolicy::Ask;
    int deferMinutes = 30;
    std::chrono::milliseconds probeTimeout{300};
    std::chrono::milliseconds reenumerationWindow{std::chrono::seconds(60)};
    std::chrono::milliseconds installTimeout{0};  // 0: each family's documented default
    QHostAddress packageServerAddress{QHostAddress::LocalHost};
    quint16 packageServerPort = 0;           // 0: any free port
    // The host name or address put in package URLs (what a module on the
    // mobile network can reach); empty: the bound address, or for "any" the
    // machine's first non-loopback address.
    QString packageServerAdvertise;
    PackageServerLimits packageServerLimits; // server/limits/*
    // A factory's strictness: packages without a manifest are refused.
    bool requireManifest = false;
    // SIM7020: the AT+CFLW write size to start with (halved on refusal); 0:
    // the family's 4096. For a station whose modules are known to take less.
    qint64 cflwWriteSize = 0;
    // Local transfers (XMODEM, AT+CFLW) switch the line up to this rate as
    // far as the module and the port allow; 0: never switch. A USB-serial
    // adapter that garbles fast rates wants it lower.
    qint32 maxTransferRate = 921600;
    // Linux: ModemManager lets go of a module's device for the length of its
    // job (InhibitDevice over D-Bus); off for a station where MM is wanted
    // on the modules or where the udev rule keeps it away already.
    bool inhibitModemManager = true;
    QString dataFolder;                      // empty: QStandardPaths::AppDataLocation
    QString language;                        // empty: the system's

    static constexpr int kVersion = 1;
    void load(QSettings &settings);
    void save(QSettings &settings) const;
    QString effectiveDataFolder() const;

    friend bool operator==(const EngineSettings &, const EngineSettings &) = default;
};

Q_DECLARE_METATYPE(EngineSettings)
