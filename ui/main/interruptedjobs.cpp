#include "interruptedjobs.h"

#include "engine/engineapi.h"
#include "notificationbar.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/history/jobtext.h"

#include <QDateTime>
#include <QPushButton>

InterruptedJobs::InterruptedJobs(EngineApi *engine, FleetModel *fleet, NotificationBar *bar, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_fleet(fleet)
    , m_bar(bar)
{
    connect(engine, &EngineApi::interruptedJobsFound, this, &InterruptedJobs::add);
    connect(engine, &EngineApi::historyReady, this, [this](const QList<JobRecord> &jobs) {
        if (!std::exchange(m_awaitingHistory, false))
            return;
        const QDateTime since = QDateTime::currentDateTimeUtc().addSecs(-kRecentSecs);
        QList<JobRecord> recent;
        for (const JobRecord &job : jobs) {
            if (job.state == JobState::Interrupted && job.ended.isValid() && job.ended >= since)
                recent << job;
        }
        add(recent);
    });
    connect(fleet, &FleetModel::moduleChanged, this, [this](const QString &moduleId) {
        // A job runs on the module again (resumed here or in History, or the
        // engine verifies one that was installing): nothing is left to ask.
        const ModuleSnapshot *m = m_fleet->module(moduleId);
        bool gone = false;
        for (auto it = m_jobs.begin(); it != m_jobs.end();) {
            if (m && m->jobActive && it->moduleId == moduleId) {
                if (QWidget *card = m_cards.take(it.key()))
                    m_bar->dismiss(card);
                it = m_jobs.erase(it);
                gone = true;
            } else {
                ++it;
            }
        }
        if (gone && m_cards.contains(0))
            show();
        updateButtons();
    });
}

void InterruptedJobs::readHistory()
{
    m_awaitingHistory = true;
    m_engine->requestHistory();
}

void InterruptedJobs::add(const QList<JobRecord> &jobs)
{
    bool added = false;
    for (const JobRecord &job : jobs) {
        if (m_seen.contains(job.id))
            continue;
        m_seen << job.id;
        const ModuleSnapshot *m = m_fleet->module(job.moduleId);
        if (m && m->jobActive)
            continue; // taken up already
        m_jobs.insert(job.id, job);
        added = true;
    }
    if (added)
        show();
}

QString InterruptedJobs::text(const JobRecord &job) const
{
    QString text = job.fromVersion.isEmpty() || job.toVersion.isEmpty()
                       ? tr("its update was interrupted when FotaDesk stopped, at step \u201c%1\u201d.")
                             .arg(JobText::stepName(job.lastStep))
                       : tr("its update from %1 to %2 was interrupted when FotaDesk stopped, at step \u201c%3\u201d.")
                             .arg(job.fromVersion, job.toVersion, JobText::stepName(job.lastStep));
    if (!job.advice.isEmpty())
        text += QLatin1Char(' ') + job.advice;
    return text;
}

void InterruptedJobs::show()
{
    for (const QPointer<QWidget> &card : std::as_const(m_cards)) {
        if (card)
            m_bar->dismiss(card);
    }
    m_cards.clear();
    if (m_jobs.isEmpty())
        return;
    if (m_jobs.size() <= kCardsEach) {
        for (const JobRecord &job : std::as_const(m_jobs)) {
            const qint64 id = job.id;
            m_cards.insert(id, m_bar->notify(NotificationBar::Kind::Info,
                                             QStringLiteral("%1 %2").arg(job.model, job.imei), text(job),
                                             job.moduleId, tr("Resume"), [this, id] { resume({id}); }));
        }
    } else {
        m_cards.insert(0, m_bar->notify(NotificationBar::Kind::Info, tr("Interrupted updates"),
                                        tr("%1 updates were interrupted when FotaDesk stopped. Resume all "
                                           "of them here as their modules connect, or one by one in the History.")
                                            .arg(m_jobs.size()),
                                        {}, tr("Resume all"), [this] { resume(m_jobs.keys()); }));
    }
    updateButtons();
}

bool InterruptedJobs::canResume(const JobRecord &job) const
{
    const ModuleSnapshot *m = m_fleet->module(job.moduleId);
    return m && m->connection == ModuleSession::State::Connected && !m->jobActive;
}

void InterruptedJobs::updateButtons()
{
    for (auto it = m_cards.cbegin(); it != m_cards.cend(); ++it) {
        QPushButton *button = it.value() ? it.value()->findChild<QPushButton *>(QStringLiteral("action")) : nullptr;
        if (!button)
            continue;
        const bool ready = it.key() == 0
                               ? std::any_of(m_jobs.cbegin(), m_jobs.cend(),
                                             [this](const JobRecord &job) { return canResume(job); })
                               : m_jobs.contains(it.key()) && canResume(m_jobs.value(it.key()));
        button->setEnabled(ready);
        button->setToolTip(ready ? tr("Run the job again on its module, from where it is safe to start")
                                 : tr("Waiting for the module to be connected: a job resumes on its own module"));
    }
}

void InterruptedJobs::resume(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        if (!m_jobs.contains(id) || !canResume(m_jobs.value(id)))
            continue;
        m_engine->resumeJob(id);
        m_jobs.remove(id);
        m_cards.remove(id); // the bar dismisses the card whose button was pressed
    }
    // "Resume all" leaves the jobs whose modules are not back yet on a new card.
    if (m_cards.contains(0)) {
        m_cards.remove(0);
        show();
    }
}
