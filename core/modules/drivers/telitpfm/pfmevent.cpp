#include "pfmevent.h"

#include <QHash>

namespace {

// Lower case, single spaces, no trailing punctuation, one spelling.
QString normalised(QString text)
{
    text = text.simplified().toLower();
    while (!text.isEmpty() && (text.endsWith(u'?') || text.endsWith(u'.') || text.endsWith(u'!')))
        text.chop(1);
    text.replace(QLatin1String("successfull"), QLatin1String("successful"));
    return text.trimmed();
}

} // namespace

PfmEvent parsePfmEvent(const QString &line)
{
    static const QString prefix = QStringLiteral("#OTAEV:");
    const QString trimmed = line.trimmed();
    if (!trimmed.startsWith(prefix, Qt::CaseInsensitive))
        return PfmEvent::Unknown;

    static const QHash<QString, PfmEvent> events{
        {QStringLiteral("registered"), PfmEvent::Registered},
        {QStringLiteral("automatic fw upgrade requested"), PfmEvent::AutomaticUpgradeRequested},
        {QStringLiteral("do you want to upgrade the firmware"), PfmEvent::UpgradeQuestion},
        {QStringLiteral("start fw download"), PfmEvent::DownloadStarted},
        {QStringLiteral("fw download complete"), PfmEvent::DownloadComplete},
        {QStringLiteral("module upgraded to new fw"), PfmEvent::ModuleUpgraded},
        {QStringLiteral("server notified about successful fw upgrade"), PfmEvent::ServerNotified},
        {QStringLiteral("ota fw upgrade failed"), PfmEvent::UpgradeFailed},
        {QStringLiteral("notified"), PfmEvent::Notified},
    };
    return events.value(normalised(trimmed.mid(prefix.size())), PfmEvent::Unknown);
}
