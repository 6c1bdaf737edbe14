#include "modemmanagercheck.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

ModemManagerCheck::ModemManagerCheck(QString procRoot)
    : m_procRoot(std::move(procRoot))
{
}

QList<int> ModemManagerCheck::pids() const
{
    QList<int> out;
#ifdef Q_OS_LINUX
    const QStringList entries = QDir(m_procRoot).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const int pid = entry.toInt(&numeric);
        if (!numeric)
            continue;
        QFile comm(m_procRoot + QLatin1Char('/') + entry + QStringLiteral("/comm"));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().trimmed() == "ModemManager")
            out << pid;
    }
#endif
    return out;
}

ModemManagerCheck::Verdict ModemManagerCheck::check(const QString &device) const
{
    const QList<int> running = pids();
    if (running.isEmpty())
        return Verdict::NotRunning;
    const QString target = QFileInfo(device).canonicalFilePath();
    bool readable = false;
    for (int pid : running) {
        const QDir fds(QStringLiteral("%1/%2/fd").arg(m_procRoot).arg(pid));
        const QFileInfoList links = fds.entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
        if (links.isEmpty())
            continue; // another user's process: not allowed to look
        readable = true;
        for (const QFileInfo &link : links) {
            const QString points = link.symLinkTarget();
            if (!target.isEmpty() && (points == target || points == device))
                return Verdict::Holding;
        }
    }
    return readable ? Verdict::RunningNotHolding : Verdict::Running;
}

QString ModemManagerCheck::advice(Verdict verdict, const QString &port)
{
    switch (verdict) {
    case Verdict::Holding:
        return QCoreApplication::translate(
                   "ModemManagerCheck",
                   "ModemManager has %1 open and talks to the module. Inhibit the device while "
                   "updating (mmcli --inhibit-device=<uid>, or the ModemManager D-Bus "
                   "InhibitDevice call), or install packaging/70-fotadesk-modems.rules in "
                   "/etc/udev/rules.d so ModemManager ignores these modules.")
            .arg(port);
    case Verdict::Running:
        return QCoreApplication::translate(
                   "ModemManagerCheck",
                   "ModemManager is running and may be probing %1. If the module answers "
                   "garbage or the port is busy, inhibit the device over D-Bus while updating "
                   "or install packaging/70-fotadesk-modems.rules in /etc/udev/rules.d.")
            .arg(port);
    case Verdict::NotRunning:
    case Verdict::RunningNotHolding:
        break;
    }
    return {};
}
