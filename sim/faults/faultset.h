#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>

// Injected faults, from `--fault SPEC`, SimModule::addFault() or the control
// socket. The grammar (also printed by fotadesk-sim --help):
//
//   noise:RATE          each byte, both directions, replaced by a random byte with
//                       probability RATE (0..1)
//   drop:RATE           each byte, both directions, lost with probability RATE
//   nak-storm:N         the XMODEM receiver NAKs the next N blocks, good or not
//   silent[:MS]         the module stops answering (reads, never writes), for MS
//                       milliseconds or until `fault clear`
//   port-loss:PHASE@P%  the port vanishes at P % of PHASE (xmodem, download,
//                       install); the module loses power and boots again after
//                       the reboot time. One shot.
//   power-cut:PHASE[@P%] like port-loss, default at 50 %; an install resumes at
//                       the next boot as the vendors' notes say. One shot.
//   bad-checksum        the module's next integrity check (MD5, SHA-256, package
//                       certificate) fails. Aliases: bad-md5, bad-hash, bad-crc.
//   http:CODE           every HTTP/OTA download gets CODE (404, 500, ...) or
//                       `reset` (connection reset) or `timeout` (no answer)
//   clear               removes every fault
//
// Randomness is seeded, so a run is reproducible.
class FaultSet
{
public:
    enum class Phase { Xmodem, Download, Install };

    explicit FaultSet(quint32 seed = 0x5eed);

    bool add(const QString &spec, QString *error = nullptr);
    void clear();
    QStringList specs() const { return m_specs; }
    static bool isValid(const QString &spec, QString *error = nullptr);
    static QString phaseName(Phase phase);

    // Line faults, applied by the wire to each direction.
    QByteArray corrupt(const QByteArray &bytes);
    bool isSilent() const;

    // Consumes one NAK of a storm; true when this block must be NAKed.
    bool takeStormNak();
    // One-shot faults: true (once) when reaching `percent` of `phase` triggers them.
    bool portLossDue(Phase phase, int percent);
    bool powerCutDue(Phase phase, int percent);
    bool takeBadChecksum();
    // "404", "reset", "timeout" or empty.
    QString httpFault() const { return m_http; }

private:
    struct Shot
    {
        bool armed = false;
        Phase phase = Phase::Install;
        int percent = 50;
    };
    bool applyTo(const QString &spec, QString *error, bool commit);
    static bool shotDue(Shot &shot, Phase phase, int percent);

    QStringList m_specs;
    QRandomGenerator m_random;
    double m_noise = 0;
    double m_drop = 0;
    bool m_silent = false;
    std::optional<std::chrono::steady_clock::time_point> m_silentUntil;
    int m_storm = 0;
    Shot m_portLoss;
    Shot m_powerCut;
    bool m_badChecksum = false;
    QString m_http;
};
