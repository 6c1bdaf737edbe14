#include "fakeengine.h"

#include "modules/moduledriver.h"

#include <QTimer>

FakeEngine::FakeEngine(QObject *parent)
    : EngineApi(parent)
{
}

void FakeEngine::answerPrompt(const QString &moduleId, const QString &promptId, PromptAnswer answer,
                              int deferMinutes)
{
    answers << Answer{moduleId, promptId, answer, deferMinutes};
}

void FakeEngine::sendConsoleCommand(const QString &moduleId, const QString &command)
{
    consoleCommands << qMakePair(moduleId, command);
    AtResult result;
    result.command = command;
    const ModuleSnapshot m = m_modules.value(moduleId);
    // The same interlock the real engine applies: the family driver decides.
    const ModuleDriver *driver = ModuleDriver::forFamily(m.identity.family);
    const QString reason = m.jobActive && driver ? driver->inhibitReason(command, m.progress.phase) : QString();
    if (!reason.isEmpty()) {
        result.status = AtStatus::Refused;
        result.detail = reason;
    } else {
        result.status = AtStatus::Ok;
        result.lines = consoleLines.value(command.trimmed().toUpper());
    }
    QTimer::singleShot(0, this, [this, moduleId, result] { emit consoleReplied(moduleId, result); });
}

void FakeEngine::addPackage(const QString &path, const PackageInfo &userMetadata)
{
    addedPackages << path;
    PackageInfo p = userMetadata;
    p.path = path;
    if (p.sha256.isEmpty())
        p.sha256 = QString::number(qHash(path), 16).rightJustified(64, QLatin1Char('0'));
    if (p.size <= 0)
        p.size = 1024;
    QTimer::singleShot(0, this, [this, p] {
        m_packages << p;
        emit packagesChanged(m_packages);
    });
}

void FakeEngine::requestHistory(int limit)
{
    ++historyRequests;
    QTimer::singleShot(0, this, [this, limit] { emit historyReady(history.mid(0, limit)); });
}

void FakeEngine::requestJob(qint64 jobId)
{
    requestedJobs << jobId;
    for (const JobRecord &job : std::as_const(history)) {
        if (job.id == jobId)
            QTimer::singleShot(0, this, [this, job] { emit jobReady(job); });
    }
}

void FakeEngine::publish(const ModuleSnapshot &module)
{
    publish(QList<ModuleSnapshot>{module});
}

void FakeEngine::publish(const QList<ModuleSnapshot> &modules)
{
    for (const ModuleSnapshot &m : modules)
        m_modules.insert(m.id, m);
    emit modulesChanged(modules);
}

void FakeEngine::unplug(const QString &moduleId)
{
    m_modules.remove(moduleId);
    emit moduleRemoved(moduleId);
}

void FakeEngine::setPackages(const QList<PackageInfo> &packages)
{
    m_packages = packages;
    emit packagesChanged(packages);
}
