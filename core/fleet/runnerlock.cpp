#include "runnerlock.h"

#include <QDir>
#include <QFileInfo>
#include <QUuid>

namespace {

QString lockPath(const QString &folder, const QString &id)
{
    return QDir(folder).filePath(QStringLiteral("runners/%1.lock").arg(id));
}

} // namespace

RunnerLock::RunnerLock() = default;

RunnerLock::~RunnerLock()
{
    release();
}

bool RunnerLock::acquire(const QString &folder)
{
    release();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString path = lockPath(folder, id);
    QDir().mkpath(QFileInfo(path).absolutePath());
    auto lock = std::make_unique<QLockFile>(path);
    // Never stale by age: a job may run for hours; only a dead process frees it.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    m_id = id;
    return true;
}

void RunnerLock::release()
{
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_id.clear();
}

RunnerLock::State RunnerLock::stateOf(const QString &folder, const QString &id)
{
    if (id.isEmpty())
        return State::Dead; // written before runners were recorded
    const QString path = lockPath(folder, id);
    if (!QFileInfo::exists(path))
        return State::Unknown;
    QLockFile probe(path);
    probe.setStaleLockTime(0);
    // tryLock() takes over a lock whose process is gone (QLockFile checks the
    // PID and the process name); a live holder, this process included, keeps it.
    if (!probe.tryLock(0))
        return State::Alive;
    probe.unlock(); // removes the dead runner's file
    return State::Dead;
}

QStringList RunnerLock::pruneDead(const QString &folder)
{
    QStringList dead;
    const QDir dir(QDir(folder).filePath(QStringLiteral("runners")));
    for (const QString &name : dir.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString id = name.chopped(5);
        if (stateOf(folder, id) == State::Dead)
            dead << id;
    }
    return dead;
}
