#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QProcess>

#include <functional>

// A fotadesk-cli run with --json-events, as a test reads it: every event in
// order (`onEvent` may act on each while the job runs, e.g. a server's
// request), stderr and the exit code (-1 when it crashed or was killed after
// `timeoutMs`).
struct JsonEventsRun
{
    int exitCode = -1;
    QList<QJsonObject> events;
    QByteArray err;

    QJsonObject finished() const;
    // "transfer:running", "transfer:ok", ...: the job's steps as they went.
    QStringList steps() const;

    // Reads `process` (already started) until it ends.
    static JsonEventsRun readUntilEnd(QProcess &process, const std::function<void(const QJsonObject &)> &onEvent = {},
                                      int timeoutMs = 150000);
};
