#include "matrixcases.h"

#include "jobs/jobsteps.h"

using namespace std::chrono_literals;

namespace MatrixCases {

QList<MatrixCase> killMatrix()
{
    QList<MatrixCase> cases;
    // The record step is written in one go (it never reports "running"), and
    // sim-pin needs a PIN these modules do not ask for.
    const QStringList steps{JobSteps::Preflight, JobSteps::Backup, JobSteps::Transfer, JobSteps::Install,
                            JobSteps::Reboot,    JobSteps::Verify, JobSteps::Restore};
    for (const MethodSpec &m : allMethods()) {
        auto add = [&](KillPoint::Kind kind, const QString &what) {
            MatrixCase c;
            c.method = m;
            c.kill.kind = kind;
            c.kill.what = what;
            cases << c;
        };
        for (const QString &step : steps)
            add(KillPoint::Kind::StepStart, step);
        for (const QString &commit : m.commits)
            add(KillPoint::Kind::AfterCommit, commit);
        add(KillPoint::Kind::MidTransfer, QString());
    }
    return cases;
}

QList<FaultSpec> faultsFor(const MethodSpec &m)
{
    QList<FaultSpec> faults;
    auto fault = [&](const QString &name, const QString &spec, const QString &atStep, bool mustVerify,
                     const QStringList &reasons) {
        FaultSpec f;
        f.name = name;
        f.spec = spec;
        f.atStep = atStep;
        f.mustVerify = mustVerify;
        f.reasons = reasons;
        faults << f;
        return &faults.last();
    };
    QStringList lineReasons{QStringLiteral("Timeout"), QStringLiteral("ModuleRefused"), QStringLiteral("TransferFailed")};
    // AT+CFLW chunks carry no checksum: damaged bytes are found by the module's MD5.
    if (m.transfersBytes)
        lineReasons << QStringLiteral("Integrity");
    // A byte lost from a command that carries the package's URL asks the
    // server for another path: it answers 404.
    if (m.downloads && !m.simServesPackage)
        lineReasons << QStringLiteral("ServerError");
    const QString step = m.transfersBytes ? JobSteps::Transfer : JobSteps::Backup;
    fault(QStringLiteral("noise:0.001@") + step, QStringLiteral("noise:0.001"), step, false, lineReasons);
    fault(QStringLiteral("drop:0.001@") + step, QStringLiteral("drop:0.001"), step, false, lineReasons);
    fault(QStringLiteral("silent:3000@backup"), QStringLiteral("silent:3000"), JobSteps::Backup, false, {QStringLiteral("Timeout")});
    fault(QStringLiteral("power-cut:install"), QStringLiteral("power-cut:install@50%"), {}, true, {});
    fault(QStringLiteral("bad-checksum"), QStringLiteral("bad-checksum"), {}, false,
          {QStringLiteral("Integrity"), QStringLiteral("InstallFailed"), QStringLiteral("ModuleRefused")});
    // A late answer: the engine must resynchronise, never pair it with the next command.
    fault(QStringLiteral("late:+CIMI"), QStringLiteral("late:+CIMI@6000"), {}, false, {QStringLiteral("Timeout")});
    fault(QStringLiteral("late:settings"), QStringLiteral("late:%1@6000").arg(m.settingQuery.mid(2)), {}, false,
          {QStringLiteral("Timeout")});
    fault(QStringLiteral("urc-flood:300"), QStringLiteral("urc-flood:300@20"), {}, true, {});
    // Another module answers after the reboot; ours comes back 3 s later.
    FaultSpec *swap = fault(QStringLiteral("imei-swap"), QStringLiteral("imei-swap:490154203237518"), JobSteps::Reboot,
                            false, {QStringLiteral("Timeout"), QStringLiteral("PortLost")});
    swap->action = QStringLiteral("reboot");
    swap->actionDelay = 3000ms;
    if (m.method == QLatin1String("xmodem")) {
        fault(QStringLiteral("nak-storm:5"), QStringLiteral("nak-storm:5"), JobSteps::Transfer, true, {});
        fault(QStringLiteral("dup-ack:5"), QStringLiteral("dup-ack:5"), JobSteps::Transfer, true, {});
        fault(QStringLiteral("c-nak"), QStringLiteral("c-nak"), {}, true, {});
        fault(QStringLiteral("port-loss:xmodem"), QStringLiteral("port-loss:xmodem@50%"), {}, false,
              {QStringLiteral("PortLost"), QStringLiteral("TransferFailed")});
    }
    if (m.downloads) {
        QStringList server{QStringLiteral("ServerError"), QStringLiteral("Network"), QStringLiteral("TransferFailed")};
        // A PFM module says only "OTA FW Upgrade Failed" of any failed download.
        if (m.family == QLatin1String("telit-pfm"))
            server << QStringLiteral("InstallFailed");
        fault(QStringLiteral("http:500"), QStringLiteral("http:500"), {}, false, server);
        fault(QStringLiteral("http:reset"), QStringLiteral("http:reset"), {}, false, server);
        QStringList lost{QStringLiteral("PortLost"), QStringLiteral("TransferFailed"), QStringLiteral("Network")};
        if (m.family == QLatin1String("telit-pfm"))
            lost << QStringLiteral("InstallFailed");
        fault(QStringLiteral("port-loss:download"), QStringLiteral("port-loss:download@50%"), {}, false, lost);
    }
    return faults;
}

QList<MatrixCase> faultMatrix()
{
    QList<MatrixCase> cases;
    for (const MethodSpec &m : allMethods()) {
        for (const FaultSpec &f : faultsFor(m)) {
            MatrixCase c;
            c.method = m;
            c.fault = f;
            c.isFault = true;
            c.maxRestarts = 0;
            cases << c;
        }
    }
    return cases;
}

} // namespace MatrixCases
