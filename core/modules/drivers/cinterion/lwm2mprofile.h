#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// One ^SNLWM2M client profile of a Cinterion module, as the profile form fills
// it in: where the LwM2M server is, how the module authenticates, and the
// device-management parameters. The PSK key is a secret: memory only, never
// stored or logged (SecretMasker hides /0/x/5 in every AT line).
struct Lwm2mProfile
{
    enum class Security {
        Psk = 0,         // pre-shared key (coaps)
        Certificate = 2, // the module's certificate (coaps)
        None = 3,        // plain coap
    };

    QString name;                  // the module's <profile>
    int cid = 1;                   // PDP context the client uses
    QUrl serverUri;                // coap://host:port or coaps://host:port
    Security security = Security::None;
    QString pskIdentity;
    QString pskKey;                // secret, hex
    int lifetimeSeconds = 180;     // /1/0/1, the note's default
    bool storeNotifications = true; // /1/0/6: keep notifications while offline
    QString binding = QStringLiteral("U"); // /1/0/7
    // **assumed**: the short server id the access control of object 5 names.
    int shortServerId = 1;

    // Why this profile cannot be written, translated; empty when it can.
    QString validationError() const;
    // The AT^SNLWM2M configuration sequence of PROTOCOLS.md section 2, in order,
    // without the start command.
    QStringList configurationCommands() const;
    QString startCommand() const;
    // Reads one resource back, e.g. "/5/0/3". **assumed**: the simulator's
    // form, the cfg command with the path and no value.
    QString readCommand(const QString &path) const;

    friend bool operator==(const Lwm2mProfile &, const Lwm2mProfile &) = default;
};

Q_DECLARE_METATYPE(Lwm2mProfile)

// Object 5 (firmware update) of LwM2M: the state (/5/0/3) and result (/5/0/5).
namespace Lwm2mFirmware {

enum class State { Idle = 0, Downloading = 1, Downloaded = 2, Updating = 3 };

QString stateName(int state); // translated
// The result's meaning and what it means for the update; reason None for 0
// (initial) and 1 (success).
struct Result
{
    int code = 0;
    bool success = false;
    int reason = 0; // FailureReason as int, to keep this header light
    QString meaning;
    QString advice;
};
Result result(int code);

// "^SNLWM2M: cfg,<profile>,/5/0/3,"1"" -> {"/5/0/3", "1"}; the value of a
// resource answer or URC.
struct Reading
{
    QString path;
    QString value;
};
std::optional<Reading> parseReading(const QString &line);

} // namespace Lwm2mFirmware
