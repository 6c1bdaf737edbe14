#pragma once

#include "at/atlinereader.h"

#include <QObject>
#include <QTimer>

#include <chrono>

class Port;

// Brings back to command mode a module that a program left inside a data
// phase when it died, so the next program does not wait for the module's
// own protocol timeout (minutes):
//  - an XMODEM receiver (AT+WDSD) ignores AT and asks with 'C' or NAK every
//    few seconds: CAN CAN aborts it (XMODEM-1K), and again whenever it asks;
//  - an AT+CFLW '>' prompt takes every byte as data until it has its length:
//    filler bytes complete it. 0xFF is erased NOR flash, and every upload
//    erases the partition before it writes, so the filler is harmless.
// It ends once the module answers with a final result code, or when the
// filler limit is reached. It works on the raw port of a RateFinder, which
// hands it what it reads; it never waits for more than one filler gap.
class CommandModeRescue : public QObject
{
    Q_OBJECT

public:
    struct Settings
    {
        // The largest data phase a program can leave unfinished: an AT+CFLW
        // of 4096 bytes (the assumed most) and half an XMODEM-1K block.
        qint64 fillerLimit = 4096 + 1029;
        qint64 fillerChunk = 256;
        // Between chunks: room for the module's answer to the last byte, so
        // that little filler runs over into its command line.
        std::chrono::milliseconds fillerGap{40};
        int maxCancels = 4;
    };

    CommandModeRescue(Port *port, const Settings &settings, QObject *parent = nullptr);

    void start();
    void stop();
    // Bytes read from the port while it runs.
    void feed(const QByteArray &bytes);
    bool isRunning() const { return m_running; }
    qint64 fillerSent() const { return m_filler; }
    int cancelsSent() const { return m_cancels; }

    // 'C' or NAK with nothing else: an XMODEM receiver asking for a sender.
    static bool isXmodemRequest(QByteArrayView bytes);

signals:
    // `answered`: the module closed its data phase with a final result code.
    void finished(bool answered);

private:
    void cancelTransfer();
    void sendFiller();
    void end(bool answered);

    Port *m_port;
    Settings m_settings;
    AtLineReader m_reader;
    QTimer m_timer;
    qint64 m_filler = 0;
    int m_cancels = 0;
    bool m_running = false;
};
