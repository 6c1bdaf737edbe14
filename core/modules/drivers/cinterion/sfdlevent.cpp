#include "sfdlevent.h"

bool showsInstallRunning(SfdlEvent event)
{
    switch (event) {
    case SfdlEvent::FotaStart:
    case SfdlEvent::ChecksumOk:
    case SfdlEvent::Dots:
    case SfdlEvent::Phase1Ok:
    case SfdlEvent::Phase2Wait:
        return true;
    default:
        return false;
    }
}

SfdlEvent parseSfdlEvent(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty())
        return SfdlEvent::Unknown;
    if (t.startsWith(QLatin1String("FOTA START"), Qt::CaseInsensitive))
        return SfdlEvent::FotaStart;
    if (t.startsWith(QLatin1String("Checksum"), Qt::CaseInsensitive)) {
        const QString verdict = t.mid(8).trimmed();
        return verdict.startsWith(QLatin1String("OK"), Qt::CaseInsensitive) ? SfdlEvent::ChecksumOk
                                                                            : SfdlEvent::ChecksumFailed;
    }
    if (t.startsWith(QLatin1String("PHASE 1 OK"), Qt::CaseInsensitive))
        return SfdlEvent::Phase1Ok;
    if (t.startsWith(QLatin1String("PHASE 1 FAIL"), Qt::CaseInsensitive))
        return SfdlEvent::Phase1Failed;
    // ".Please Wait for PHASE 2 to complete" starts with a progress dot.
    QString rest = t;
    while (rest.startsWith(u'.'))
        rest.remove(0, 1);
    if (rest.isEmpty())
        return SfdlEvent::Dots;
    if (rest.startsWith(QLatin1String("Please Wait for PHASE 2"), Qt::CaseInsensitive))
        return SfdlEvent::Phase2Wait;
    if (t.startsWith(QLatin1String("^SYSSTART"), Qt::CaseInsensitive))
        return SfdlEvent::SysStart;
    if (t.startsWith(QLatin1String("+CIEV:"), Qt::CaseInsensitive)
        && t.mid(6).trimmed().startsWith(QLatin1String("prov"), Qt::CaseInsensitive))
        return SfdlEvent::Provider;
    return SfdlEvent::Unknown;
}

namespace {

QString normalisedVersion(QString v)
{
    v = v.trimmed();
    for (const QLatin1String prefix : {QLatin1String("A-REVISION"), QLatin1String("REVISION")}) {
        if (v.startsWith(prefix, Qt::CaseInsensitive)) {
            v = v.mid(prefix.size()).trimmed();
            break;
        }
    }
    return v;
}

} // namespace

bool CinterionRevision::matches(const QString &expected) const
{
    const QString want = normalisedVersion(expected);
    if (want.isEmpty())
        return false;
    return want.compare(revision, Qt::CaseInsensitive) == 0
        || (!aRevision.isEmpty() && want.compare(aRevision, Qt::CaseInsensitive) == 0);
}

CinterionRevision parseAti1(const QStringList &lines)
{
    CinterionRevision r;
    for (const QString &line : lines) {
        const QString t = line.trimmed();
        if (t.startsWith(QLatin1String("A-REVISION"), Qt::CaseInsensitive))
            r.aRevision = normalisedVersion(t);
        else if (t.startsWith(QLatin1String("REVISION"), Qt::CaseInsensitive))
            r.revision = normalisedVersion(t);
    }
    return r;
}
