#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <chrono>
#include <optional>
#include <utility>

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
//   late:TEXT@MS        the answer to the next command line containing TEXT (any
//                       case, e.g. +CIMI) leaves the module MS milliseconds late,
//                       after the host's timeout; later answers queue behind it.
//                       One shot.
//   dup-ack:N           the XMODEM receiver sends each of its next N ACKs twice
//   c-nak               the XMODEM receiver's 'C' requests are lost on the line,
//                       so it falls back to NAK and the 8-bit checksum
//   imei-swap:IMEI      at the next reboot another module answers on the port: it
//                       reports IMEI (and another serial and ICCID) for that
//                       boot. One shot.
//   urc-flood:N[@MS]    N unsolicited registration lines, one every MS (default
//                       20) milliseconds, between and inside answers
//   ipr-ignored         the module answers OK to AT+IPR=<rate> but keeps talking
//                       at its old rate: the new one is stored (AT+IPR? reports
//                       it) and takes effect at the next boot. Until `clear`
//   line-limit:RATE     the line (a USB-serial adapter, a long cable) cannot
//                       carry the module's output above RATE bit/s: while the
//                       rate in use is higher, every byte to the host arrives
//                       garbled; the host's bytes still reach the module. Until
//                       `clear`
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
    // How long the answer to `commandLine` is held (0: not at all); consumes the shot.
    std::chrono::milliseconds takeLateAnswer(const QString &commandLine);
    bool takeDuplicateAck();
    bool losesCrcRequests() const { return m_cNak; }
    // The IMEI another module answers with after this reboot (consumed), or empty.
    QString takeImeiSwap() { return std::exchange(m_imeiSwap, {}); }
    struct Flood
    {
        int count = 0;
        std::chrono::milliseconds interval{20};
    };
    // A flood to start now (consumed), count 0 when none.
    Flood takeUrcFlood() { return std::exchange(m_flood, {}); }
    // ipr-ignored: AT+IPR=<rate> is stored for the next boot, not applied.
    bool ignoresRateChange() const { return m_iprIgnored; }
    // line-limit: the fastest rate the line carries to the host; 0 = any.
    qint32 lineLimit() const { return m_lineLimit; }

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
    QString m_lateText;
    std::chrono::milliseconds m_lateBy{0};
    int m_dupAcks = 0;
    bool m_cNak = false;
    QString m_imeiSwap;
    Flood m_flood;
    bool m_iprIgnored = false;
    qint32 m_lineLimit = 0;
};
