#include "pfmevent.h"

#include <QHash>
#include <QList>

#include <algorithm>

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

// Edits (insert, delete, change) from a to b; stops counting past `limit`.
int distance(const QString &a, const QString &b, int limit)
{
    if (qAbs(a.size() - b.size()) > limit)
        return limit + 1;
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        int best = row[0];
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
            best = std::min(best, row[j]);
        }
        if (best > limit)
            return limit + 1;
    }
    return row[b.size()];
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
    const QString text = normalised(trimmed.mid(prefix.size()));
    if (const auto it = events.constFind(text); it != events.constEnd())
        return *it;
    // A byte the line changed ("Do you want to upgrade ·he firmware?") must
    // not cost the 60 s answer window: the one event within a byte or two
    // of it (one for the short ones) is taken, never a tie.
    if (text.size() > 64)
        return PfmEvent::Unknown;
    PfmEvent found = PfmEvent::Unknown;
    int best = 3;
    int atBest = 0;
    for (auto it = events.constBegin(); it != events.constEnd(); ++it) {
        const int limit = it.key().size() < 12 ? 1 : 2;
        const int d = distance(text, it.key(), limit);
        if (d > limit || d > best)
            continue;
        if (d < best) {
            best = d;
            found = it.value();
            atBest = 0;
        }
        ++atBest;
    }
    return atBest == 1 ? found : PfmEvent::Unknown;
}
