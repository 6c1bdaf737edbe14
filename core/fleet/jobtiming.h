#pragma once

#include <QJsonObject>

// Where a job's wall time went. The wire is what a transfer moved over the
// line (package, framing and answers) at 10 bits a byte at its rate; the
// module's share is what it spent on its own (answering commands, checking,
// installing, rebooting, downloading over its network, waiting for its
// server); FotaDesk's own share is the rest.
struct JobTiming
{
    qint64 wallMs = 0;
    qint64 wireMs = 0;
    qint64 moduleMs = 0;
    qint64 ownMs = 0;

    bool isValid() const { return wallMs > 0; }
    // ownMs from the other three (never below 0: module waits overlap the wire
    // a little, e.g. an AT+CFLW answer that includes its own bytes).
    static JobTiming split(qint64 wallMs, qint64 wireMs, qint64 moduleMs);
    QJsonObject toJson() const;
    static JobTiming fromJson(const QJsonObject &o);

    friend bool operator==(const JobTiming &, const JobTiming &) = default;
};
