#pragma once
// Strict simulated modules (sim/README.md, "Strict personality") for the job
// bench of tests/integration/jobs, and what a test reads off a finished job.
#include "../jobs/jobsimbench.h"

#include "modules/drivers/simcom/simcomdriver.h"

#include <QJsonObject>

namespace StrictSim {

// Faster than JobSimBench::kScale: the SIM7020 install is ten scaled
// minutes. The strict XMODEM timers ignore the scale anyway.
inline constexpr double kScale = 0.005;

inline SimModule *start(JobSimBench &bench, Family family, bool strict = true, bool pace = false)
{
    SimModuleConfig c = SimModuleConfig::defaults(family, 0);
    c.link = bench.dir->filePath(QStringLiteral("modems/%1-0").arg(familyId(family)));
    c.firmware = simFamily(family).from;
    c.timeScale = kScale;
    c.rebootTime = 300ms;
    c.strict = strict;
    c.pace = pace;
    auto *sim = new SimModule(c);
    QString error;
    if (!sim->start(&error)) {
        qWarning() << "simulator:" << error;
        delete sim;
        return nullptr;
    }
    bench.sims << sim;
    return sim;
}

// The module-side commands, in order.
inline QStringList *recordCommands(SimModule *sim)
{
    auto *commands = new QStringList;
    QObject::connect(sim, &SimModule::commandReceived, sim, [commands](const QString &c) { *commands << c; });
    QObject::connect(sim, &QObject::destroyed, [commands] { delete commands; });
    return commands;
}

inline JobRecord runJob(JobSimBench &bench, ModuleSession *session, const PackageInfo &package,
                        UpdateMethod method, int timeoutMs = 60000)
{
    UpdateRequest request;
    request.method = method;
    QSignalSpy finished(bench.runner.get(), &JobRunner::jobFinished);
    QString refusal;
    const qint64 id = bench.runner->start(session, package, request, {}, &refusal);
    if (id <= 0) {
        qWarning() << "refused:" << refusal;
        return {};
    }
    if (!finished.wait(timeoutMs))
        qWarning() << "the job did not finish";
    return bench.jobs->job(id).value_or(JobRecord{});
}

inline QByteArray transcript(const JobRecord &job)
{
    QFile f(job.transcriptPath);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline CflwWriteSizes &cflwWriteSizes()
{
    return static_cast<const SimcomDriver *>(ModuleDriver::forFamily(Family::SimcomSim7020))->cflwWriteSizes();
}

} // namespace StrictSim
