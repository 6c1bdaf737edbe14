#pragma once

#include <QLockFile>
#include <QString>
#include <QStringList>

#include <memory>

// Which FotaDesk process runs a job. Every process that opens a store holds a
// lock file <store folder>/runners/<id>.lock for as long as it lives; a job
// records its runner's id. A job marked running is only taken for
// interrupted (JobStore::settleDeadRunners: whenever jobs are shown, and at
// the next start) when its runner's lock is stale (the process died), never
// while another FotaDesk on this machine still runs it.
class RunnerLock
{
public:
    enum class State {
        Alive,   // its process holds the lock (maybe this one)
        Dead,    // the lock file was left by a process that is gone
        Unknown, // no lock file here: another machine's runner, or cleaned up
    };

    RunnerLock();
    ~RunnerLock();

    // Creates and locks a new runner file in `folder`; false if it cannot.
    bool acquire(const QString &folder);
    void release();
    QString id() const { return m_id; }

    // Removes a dead runner's lock file when it finds one.
    static State stateOf(const QString &folder, const QString &id);
    // Removes every dead runner's lock file and returns their ids, for a
    // caller that deals with the jobs those runners left at once (once its
    // file is gone, a runner reads as another machine's).
    static QStringList pruneDead(const QString &folder);

private:
    std::unique_ptr<QLockFile> m_lock;
    QString m_id;
};
