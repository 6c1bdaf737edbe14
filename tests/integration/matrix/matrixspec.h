#pragma once

#include <QString>
#include <optional>
#include <QStringList>

#include <chrono>

// What the kill and fault matrices run: one update method of one family
// against fotadesk-sim, with what fotadesk-cli update needs to start it, the
// commands after which the module goes on by itself (its commit points), and
// a setting the update wipes that the job must put back.
struct MethodSpec
{
    QString family; // familyId()
    QString method; // fotadesk-cli --method
    QString label;  // as printed in a row
    QString model;
    QString from;
    QString to;
    bool simServesPackage = false; // the family's own server holds it (--ota-package)
    bool cliPackage = true;        // given to fotadesk-cli (served on loopback for OTA)
    QStringList cliOptions;
    bool serverRequest = false;    // the server asks once the module waits (Telit PFM, LwM2M)
    QStringList commits;           // normalised command patterns, see commandMatches()
    QStringList seed;              // AT commands that set a value the update wipes
    QString settingQuery;
    QString settingToken;          // what settingQuery shows once the value is back
    bool transfersBytes = false;   // FotaDesk carries the package (XMODEM, CFLW)
    bool downloads = false;        // the module or its HTTP client fetches it
    bool downloadPercent = true;   // its download reports how far it is

    QString id() const { return family + QLatin1Char('/') + label; }
};

// Where a kill lands.
struct KillPoint
{
    enum class Kind { None, StepStart, AfterCommit, MidTransfer };
    Kind kind = Kind::None;
    QString what; // the step, the commit pattern, or the percentage
    int percent = 40;

    QString label() const;
};

// A fault, when it is injected and what counts as handled.
struct FaultSpec
{
    QString name;       // as printed
    QString spec;       // FaultSet grammar; empty when only an action
    QString atStep;     // injected when this step starts (empty: from the start)
    QString action;     // a control command sent `actionDelay` after atStep starts
    std::chrono::milliseconds actionDelay{0};
    bool mustVerify = false;     // a fault the engine must ride out
    QStringList reasons;         // FailureReason ids that classify it rightly
};

struct MatrixCase
{
    MethodSpec method;
    KillPoint kill;
    FaultSpec fault;
    bool isFault = false;
    int maxRestarts = 2;

    QString name() const;
};

// All methods the engine supports that the simulator can carry to the end,
// one spec each.
QList<MethodSpec> allMethods();
std::optional<MethodSpec> methodById(const QString &id);

// AT command line as compared with a commit pattern: upper case, no blanks or
// quotes, the leading AT dropped (so "at^snfota = \"act\",2" is ^SNFOTA=ACT,2).
QString normalisedCommand(const QString &line);
// Whether the command line carries `pattern` as a whole command of its chain.
bool commandMatches(const QString &line, const QString &pattern);
