#pragma once

#include "at/atlinereader.h"
#include "commandmoderescue.h"

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <chrono>

class Port;

// Finds the rate a module answers `AT` with `OK` at, on an open port, before
// an AtChannel takes the port over. It works on raw bytes rather than through
// an AtChannel because a wrong rate shows as garbage at once: the finder moves
// to the next rate the moment garbage arrives, while a channel would keep the
// command in flight until its timeout.
//
// A module that a dead program left in a data phase (an XMODEM receiver, an
// AT+CFLW prompt) answers no AT: the first try that hears nothing but XMODEM
// requests ('C', NAK), or nothing at all, hands the port to a
// CommandModeRescue once, and the rate is tried again afterwards. A module
// that answers the first AT never sees any of it.
class RateFinder : public QObject
{
    Q_OBJECT

public:
    enum class Failure {
        Garbage,   // only garbage at every rate tried
        Silence,   // nothing at all
        Text,      // printable text, but never OK to AT (a GPS, a console, a non-AT interface)
        Error,     // a final code other than OK to AT: speaks AT-like, but not a module
    };
    Q_ENUM(Failure)

    struct Settings
    {
        std::chrono::milliseconds tryTimeout{300};
        int triesPerRate = 2;
        // After a rate change, input must stay quiet this long before AT goes
        // out, so the tail of a garbled answer at the previous rate is not
        // taken for garbage at the new one. Bounded by maxQuietWaits.
        std::chrono::milliseconds quiet{15};
        int maxQuietWaits = 4;
        bool rescue = true;
        CommandModeRescue::Settings rescueSettings;
    };

    RateFinder(Port *port, QList<qint32> rates, const Settings &settings, QObject *parent = nullptr);

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    QList<qint32> triedRates() const { return m_tried; }
    // Whether a data phase left open had to be ended first.
    bool rescued() const { return m_rescued; }

signals:
    // `lines`: printable lines seen at that rate besides the answer (boot URCs).
    void found(qint32 baud, const QStringList &lines);
    void failed(RateFinder::Failure failure, const QString &reason);

private:
    enum class Phase { Idle, Quiet, Waiting, Rescuing };

    void startRate();
    void keepEarlyLines(const QByteArray &bytes);
    void sendAt();
    void onReadyRead();
    void onTimer();
    void nextRate();
    void finishFailed();
    void startRescue();
    void onRescued(bool answered);

    Port *m_port;
    QList<qint32> m_rates;
    Settings m_settings;
    AtLineReader m_reader;
    QTimer m_timer;
    Phase m_phase = Phase::Idle;
    qsizetype m_index = 0;
    int m_try = 0;
    int m_quietWaits = 0;
    QStringList m_lines;       // printable lines at the current rate
    QStringList m_firstLines;  // printable lines buffered before the first AT
    QList<qint32> m_tried;
    QString m_errorAnswer;
    bool m_sawGarbage = false;
    bool m_sawText = false;
    bool m_running = false;
    bool m_heardThisTry = false; // anything but XMODEM requests since the last AT
    bool m_rescued = false;
    bool m_rescuedOnRequest = false; // the one rescue a receiver's clean request may start
    CommandModeRescue *m_rescue = nullptr;
};
