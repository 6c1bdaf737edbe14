#include "jsonevents.h"

#include <QDeadlineTimer>
#include <QJsonDocument>

QJsonObject JsonEventsRun::finished() const
{
    for (const QJsonObject &e : events) {
        if (e.value(QLatin1String("event")).toString() == QLatin1String("finished"))
            return e;
    }
    return {};
}

QStringList JsonEventsRun::steps() const
{
    QStringList out;
    for (const QJsonObject &e : events) {
        if (e.value(QLatin1String("event")).toString() == QLatin1String("step"))
            out << e.value(QLatin1String("step")).toString() + QLatin1Char(':') + e.value(QLatin1String("outcome")).toString();
    }
    return out;
}

JsonEventsRun JsonEventsRun::readUntilEnd(QProcess &process, const std::function<void(const QJsonObject &)> &onEvent,
                                          int timeoutMs)
{
    JsonEventsRun run;
    QByteArray pending;
    auto drain = [&] {
        pending += process.readAllStandardOutput();
        qsizetype nl;
        while ((nl = pending.indexOf('\n')) >= 0) {
            const QJsonObject e = QJsonDocument::fromJson(pending.left(nl)).object();
            pending.remove(0, nl + 1);
            if (e.isEmpty())
                continue;
            run.events << e;
            if (onEvent)
                onEvent(e);
        }
    };
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired()) {
        process.waitForReadyRead(100);
        drain();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
    }
    drain();
    run.err = process.readAllStandardError();
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return run;
}
