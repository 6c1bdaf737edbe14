#pragma once

#include <QMetaType>
#include <QString>

// One entry of a module's transcript: what crossed the wire (or what FotaDesk
// itself noted), already masked. Timestamps are milliseconds since the epoch.
struct Traffic
{
    enum class Kind : quint8 {
        Command,   // host -> module: an AT command line
        Response,  // module -> host: a line that answers the in-flight command
        Final,     // module -> host: the command's final result code
        Echo,      // module -> host: our command echoed back (ATE1)
        Urc,       // module -> host: an unsolicited result code
        Unsolicited, // module -> host: a line outside any command, not a known URC
        Prompt,    // module -> host: '>' data prompt
        RawOut,    // host -> module: raw bytes (XMODEM, CFLW data), summarised
        RawIn,     // module -> host: raw bytes, summarised
        Noise,     // module -> host: garbage dropped (wrong rate, line noise)
        Note,      // FotaDesk's own remark: timeout, port lost, step changes
    };

    qint64 msecs = 0;
    Kind kind = Kind::Note;
    QString text;

    bool incoming() const;
    static QString kindName(Kind kind); // "cmd", "rsp", ... as written in transcripts
};

Q_DECLARE_METATYPE(Traffic)
