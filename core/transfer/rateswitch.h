#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>
#include <functional>

class AtChannel;
struct AtResult;

// Moves a module and the host's port together to another serial rate with
// AT+IPR, the way esptool moves a chip for flashing: the module is told
// first (its OK still comes at the old rate), then the port follows, and an
// AT at the new rate proves both hold it. A rate that shows garbage or
// silence is left at once: the module is told the last good rate (blind: its
// answer may be unreadable) and the port goes back there, so a switch that
// fails costs time, never the module.
class RateSwitch : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        std::chrono::milliseconds commandTimeout{2000}; // AT+IPR=<rate>
        std::chrono::milliseconds verifyTimeout{400};   // each AT at the new rate
        int verifyTries = 2;
        // After the port changes rate: the tail of the module's OK at the old
        // rate, and its own switch, are left to pass.
        std::chrono::milliseconds settle{15};
    };

    struct Result
    {
        // Module and port share `rate` and the module answers there. false:
        // it answers at no rate tried (unplugged, or an adapter that lost it).
        bool ok = true;
        qint32 rate = 0;      // compare with the rate asked for: a switch may stop short
        QString message;      // translated; empty when it went as asked
        QStringList notes;    // what happened on the way, for the module's log
        qint64 elapsedMs = 0; // what the switching cost
    };

    explicit RateSwitch(AtChannel *channel, QObject *parent = nullptr);
    RateSwitch(AtChannel *channel, const Settings &settings, QObject *parent = nullptr);

    // Steps up through `rates` (ascending; those at or below the rate in use
    // and those the port refuses are passed over) and stays at the fastest
    // that answers. finished() always follows, later.
    void raise(const QList<qint32> &rates);
    // Moves both to `rate`: back down after a transfer, or to the user's rate
    // after a restart. finished() always follows, later.
    void moveTo(qint32 rate);

    bool isRunning() const { return m_running; }

signals:
    void finished(const RateSwitch::Result &result);

private:
    void begin(bool moving);
    void tryNext();
    // AT+IPR=<rate>, the port after it, an AT to prove it: `reached` at the
    // new rate, `refused` with the module's answer, or the fall-back.
    void stepTo(qint32 rate, std::function<void(const AtResult &)> refused, std::function<void()> reached);
    void tell(qint32 rate, std::function<void(const AtResult &)> then);
    void follow(qint32 rate, bool afterGarbage, std::function<void()> then);
    void verify(int triesLeft, std::function<void(bool)> then);
    void fallBack(qint32 bad);
    void settleAt(qint32 good, qint32 bad);
    bool portHolds(qint32 rate);
    void note(const QString &text);
    void finish(bool ok, const QString &message = {});

    AtChannel *m_channel;
    Settings m_settings;
    QList<qint32> m_pending;
    qint32 m_good = 0;
    QElapsedTimer m_clock;
    QTimer m_settleTimer;
    Result m_result;
    bool m_running = false;
    bool m_moving = false; // moveTo(): a fall-back is a failure to move, not a slower transfer
};

Q_DECLARE_METATYPE(RateSwitch::Result)
