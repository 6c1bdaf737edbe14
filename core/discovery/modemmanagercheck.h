#pragma once

#include <QList>
#include <QString>

// Linux: ModemManager probes every new serial port it considers a modem and
// may hold it open, which garbles probes and breaks updates. FotaDesk does not
// fight it; it finds out (from /proc) and tells the user what to do.
class ModemManagerCheck
{
public:
    enum class Verdict {
        NotRunning,
        Running,        // running; whether it holds this port is unknown (its fds are not readable)
        RunningNotHolding,
        Holding,        // it has this device open now
    };

    // `procRoot` is /proc; tests point it at a prepared directory.
    explicit ModemManagerCheck(QString procRoot = QStringLiteral("/proc"));

    QList<int> pids() const;
    bool isRunning() const { return !pids().isEmpty(); }
    // `device`: the port's path (symlinks are resolved here).
    Verdict check(const QString &device) const;

    // For people: what is wrong and the fix; empty for NotRunning and
    // RunningNotHolding.
    static QString advice(Verdict verdict, const QString &port);

private:
    QString m_procRoot;
};
