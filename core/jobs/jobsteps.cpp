#include "jobsteps.h"

namespace JobSteps {

int order(const QString &step)
{
    static const QStringList all{Preflight, Backup, Transfer, Install, Reboot, Verify, Restore, SimPin, Record};
    return int(all.indexOf(step));
}

QString forPhase(UpdatePhase phase)
{
    switch (phase) {
    case UpdatePhase::Preparing:
    case UpdatePhase::Registering:
    case UpdatePhase::WaitingForServer:
    case UpdatePhase::Transferring:
    case UpdatePhase::Downloading:
    case UpdatePhase::Downloaded:
    case UpdatePhase::Verifying:
        return Transfer;
    case UpdatePhase::Installing: return Install;
    case UpdatePhase::Rebooting:
    case UpdatePhase::Reconnected: return Reboot;
    case UpdatePhase::Verified: return Verify;
    case UpdatePhase::Failed:
    case UpdatePhase::Cancelled: break;
    }
    return {};
}

bool reachedInstall(const QString &step)
{
    // Restore and SIM PIN run on the new firmware too: taking the job up
    // again means verifying it and restoring again, never updating again.
    const int at = order(step);
    return at >= order(Install) && at < order(Record);
}

bool mayBeBusy(const QString &step, const CommitPoint &commit)
{
    return reachedInstall(step) || (commit.isValid() && order(step) < order(Record));
}

} // namespace JobSteps

QJsonObject requestOptionsToJson(const UpdateRequest &r)
{
    QJsonObject o{
        {QStringLiteral("method"), methodId(r.method)},
        {QStringLiteral("cid"), r.cid},
        {QStringLiteral("policy"), int(r.policy)},
        {QStringLiteral("deferMinutes"), r.deferMinutes},
    };
    auto put = [&o](const char *key, const QString &value) {
        if (!value.isEmpty())
            o.insert(QLatin1String(key), value);
    };
    // A URL of FotaDesk's own package server is made again on resume.
    put("url", r.url.toString(QUrl::RemoveUserInfo));
    put("apn", r.apn);
    put("apnUser", r.apnUser);
    put("pfmServerNumber", r.pfmServerNumber);
    put("pfmServerAddress", r.pfmServerAddress);
    if (r.pfmServerPort > 0)
        o.insert(QStringLiteral("pfmServerPort"), r.pfmServerPort);
    if (r.pfmProtocol != PfmProtocol::Auto)
        o.insert(QStringLiteral("pfmProtocol"), int(r.pfmProtocol));
    put("pfmMyNumber", r.pfmMyNumber);
    for (const auto &[key, value] : {std::pair{"installTimeoutMs", r.installTimeout},
                                     std::pair{"downloadTimeoutMs", r.downloadTimeout},
                                     std::pair{"rebootTimeoutMs", r.rebootTimeout}}) {
        if (value.count() > 0)
            o.insert(QLatin1String(key), qint64(value.count()));
    }
    return o;
}

UpdateRequest requestFromOptions(const QJsonObject &o)
{
    UpdateRequest r;
    r.method = methodFromId(o.value(QLatin1String("method")).toString());
    r.cid = o.value(QLatin1String("cid")).toInt(1);
    r.policy = AgreementPolicy(o.value(QLatin1String("policy")).toInt(int(AgreementPolicy::Accept)));
    r.deferMinutes = o.value(QLatin1String("deferMinutes")).toInt(30);
    r.url = QUrl(o.value(QLatin1String("url")).toString());
    r.apn = o.value(QLatin1String("apn")).toString();
    r.apnUser = o.value(QLatin1String("apnUser")).toString();
    r.pfmServerNumber = o.value(QLatin1String("pfmServerNumber")).toString();
    r.pfmServerAddress = o.value(QLatin1String("pfmServerAddress")).toString();
    r.pfmServerPort = o.value(QLatin1String("pfmServerPort")).toInt();
    r.pfmProtocol = PfmProtocol(o.value(QLatin1String("pfmProtocol")).toInt(int(PfmProtocol::Auto)));
    r.pfmMyNumber = o.value(QLatin1String("pfmMyNumber")).toString();
    r.installTimeout = std::chrono::milliseconds(o.value(QLatin1String("installTimeoutMs")).toInteger());
    r.downloadTimeout = std::chrono::milliseconds(o.value(QLatin1String("downloadTimeoutMs")).toInteger());
    r.rebootTimeout = std::chrono::milliseconds(o.value(QLatin1String("rebootTimeoutMs")).toInteger());
    return r;
}
