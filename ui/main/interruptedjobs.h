#pragma once

#include "fleet/jobrecord.h"

#include <QMap>
#include <QObject>
#include <QPointer>

class EngineApi;
class FleetModel;
class NotificationBar;

// Jobs a previous FotaDesk left unfinished (crash, kill, power cut, or a
// quit while updating): said once at start, with Resume. The engine reports
// them with interruptedJobsFound as it starts, which may be before the window
// listens; so the history is also read once at start and the jobs interrupted
// lately are taken from it. Resume is offered once the job's module is
// connected and idle (a job resumes on its own module); a card goes when a
// job runs on that module again, whoever started it.
class InterruptedJobs : public QObject
{
    Q_OBJECT

public:
    // More than this many jobs share one card ("Resume all").
    static constexpr int kCardsEach = 3;
    // Interrupted jobs older than this are left to the History.
    static constexpr qint64 kRecentSecs = 24 * 3600;

    InterruptedJobs(EngineApi *engine, FleetModel *fleet, NotificationBar *bar, QObject *parent = nullptr);

    QList<qint64> pending() const { return m_jobs.keys(); }
    // Asks the engine for the history once, for the jobs interrupted lately.
    void readHistory();

private:
    void add(const QList<JobRecord> &jobs);
    void show();
    void updateButtons();
    void resume(const QList<qint64> &ids);
    bool canResume(const JobRecord &job) const;
    QString text(const JobRecord &job) const;

    EngineApi *m_engine;
    FleetModel *m_fleet;
    NotificationBar *m_bar;
    QMap<qint64, JobRecord> m_jobs;          // waiting for the person
    QMap<qint64, QPointer<QWidget>> m_cards; // one per job; or one for all under key 0
    QList<qint64> m_seen;                    // said once: never again
    bool m_awaitingHistory = false;
};
