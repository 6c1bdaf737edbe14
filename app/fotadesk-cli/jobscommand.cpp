#include "jobscommand.h"

#include "clicommon.h"

#include "fleet/jobstore.h"
#include "fleet/store.h"
#include "jobs/jobrecovery.h"

#include <QJsonArray>
#include <QJsonObject>

void JobsCommand::addOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("json"), tr("Print one JSON document.")});
    parser.addOption({QStringLiteral("limit"), tr("How many recent jobs (default 50)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("store"), tr("The history database (default: in the user's data folder)."), QStringLiteral("PATH")});
}

int JobsCommand::start(const QCommandLineParser &parser)
{
    int limit = 50;
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit <= 0) {
            Cli::error(tr("--limit wants a positive number; got \"%1\"").arg(parser.value(QStringLiteral("limit"))));
            return ExitUsage;
        }
    }
    const QString path = parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store")) : Store::defaultPath();
    Store store;
    if (!store.open(path)) {
        Cli::error(tr("the history database %1 cannot be opened: %2").arg(path, store.errorString()));
        return ExitModuleFailure;
    }
    // A job whose FotaDesk died is shown as it is: interrupted at its step,
    // never running. Those a FotaDesk running now runs are left alone; the
    // next FotaDesk that runs jobs still takes the settled ones up.
    JobStore jobs(&store);
    JobRecovery::settleDeadRunners(&jobs);
    const QList<JobRecord> recent = jobs.recentJobs(limit);
    const QList<JobRecord> interrupted = jobs.jobsInState(JobState::Interrupted);

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray recentArray, interruptedArray;
        for (const JobRecord &j : recent)
            recentArray << j.toJson();
        for (const JobRecord &j : interrupted)
            interruptedArray << j.toJson();
        Cli::printJson(QJsonDocument(QJsonObject{{QStringLiteral("jobs"), recentArray},
                                                 {QStringLiteral("interrupted"), interruptedArray}}));
        return ExitOk;
    }
    if (recent.isEmpty()) {
        Cli::out() << tr("no update jobs in %1").arg(store.location()) << Qt::endl;
        return ExitOk;
    }
    Cli::Table table({tr("job"), tr("started"), tr("module"), tr("family"), tr("package"), tr("from"), tr("to"),
                      tr("state"), tr("step"), tr("outcome")});
    for (const JobRecord &j : recent) {
        QString outcome = j.message;
        if (!j.warnings.isEmpty())
            outcome += tr(" (%n warning(s))", nullptr, int(j.warnings.size()));
        table.add({QString::number(j.id), j.started.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                   j.imei.isEmpty() ? j.moduleId : j.imei, familyId(j.family), j.packageName, j.fromVersion,
                   j.state == JobState::Succeeded ? j.firmwareAfter : j.toVersion, jobStateDisplayName(j.state),
                   j.lastStep, outcome});
    }
    table.print(Cli::out());
    if (!interrupted.isEmpty()) {
        Cli::out() << Qt::endl << tr("Interrupted (resume them from FotaDesk):") << Qt::endl;
        for (const JobRecord &j : interrupted)
            Cli::out() << tr("  job %1 on %2 at step %3: %4").arg(j.id).arg(j.imei.isEmpty() ? j.moduleId : j.imei, j.lastStep, j.advice)
                       << Qt::endl;
    }
    return ExitOk;
}
