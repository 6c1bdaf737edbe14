#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// A module's conversation as `fotadesk-cli record` keeps it and
// `fotadesk-sim --replay` plays it back: what crossed one port, both
// directions, in order, with the time of each event. One event a line, so a
// person can read it and a support desk can cut it down:
//
//   # fotadesk-recording 1
//   # port /dev/ttyUSB2
//        0 open 115200
//       12 out AT+CGMI\r
//       19 in \r\nSierra Wireless\r\n\r\nOK\r\n
//     4051 raw 1029
//     4060 in \x06
//     9500 lost
//
// Times are milliseconds since the recording began. Bytes are escaped (\r,
// \n, \t, \\, \xHH for anything not printable ASCII). What the host sends as
// text lines is kept ("out"); what it sends in a data phase (XMODEM blocks,
// AT+CFLW data) is kept as its length only ("raw"): the package is the
// vendor's, and a replay only needs to know how much to wait for. Secrets
// are masked before anything is written (SessionRecorder).
struct RecordedEvent
{
    enum class Kind {
        Open,  // the host opened the port (baud)
        Rate,  // the host set another rate (baud)
        Out,   // host -> module, a text line (bytes)
        Raw,   // host -> module, data (length)
        In,    // module -> host (bytes)
        Lost,  // the device went away (reboot, unplug)
        Close, // the host closed the port
    };

    qint64 msecs = 0;
    Kind kind = Kind::In;
    QByteArray bytes; // Out, In
    qint64 value = 0; // Open, Rate: baud; Raw: length

    friend bool operator==(const RecordedEvent &, const RecordedEvent &) = default;
};

namespace SessionRecording {

inline constexpr QLatin1StringView magic{"# fotadesk-recording 1"};

QByteArray escape(QByteArrayView bytes);
// nullopt for a malformed escape.
std::optional<QByteArray> unescape(QByteArrayView text);

QByteArray format(const RecordedEvent &event);
// One line of a recording; nullopt for a comment or a blank line, and
// `error` set (with nullopt) for a line that is neither.
std::optional<RecordedEvent> parse(QByteArrayView line, QString *error);

struct Loaded
{
    QList<RecordedEvent> events;
    QString port;  // from the header, where it says
    QString error; // empty when the whole file was read
};
// Reads a recording; a line that cannot be read stops it with `error`
// naming the line, so a truncated or edited file says where.
Loaded load(const QString &path);

// True for bytes that are text: no control byte but CR, LF and tab.
bool isText(QByteArrayView bytes);
// True for bytes the host sends as a text line (text ending in CR or LF),
// which are kept; anything else is data, kept as its length.
bool isTextLine(QByteArrayView bytes);

} // namespace SessionRecording
