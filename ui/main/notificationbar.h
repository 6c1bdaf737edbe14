#pragma once

#include <QWidget>

#include <functional>

class EngineApi;
class FleetModel;
class QVBoxLayout;

// The end of each job, said once and clearly above the fleet table: green for
// a verified update, red with the reason and what to do for a failure, and
// refused updates. Others (InterruptedJobs) add their own cards. The newest
// few stay until dismissed, failures before successes; the history keeps them all.
class NotificationBar : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Success, Failure, Info };

    explicit NotificationBar(QWidget *parent = nullptr);

    void attach(EngineApi *engine, FleetModel *fleet);
    // The card, until it is dismissed (its action button is named "action").
    QWidget *notify(Kind kind, const QString &title, const QString &text, const QString &moduleId = {},
                    const QString &actionText = {}, const std::function<void()> &action = {});
    void dismiss(QWidget *card);
    QStringList messages() const;
    void setMaximumCards(int cards) { m_max = cards; }

signals:
    void moduleActivated(const QString &moduleId);
    void notified(const QString &message);

private:
    QVBoxLayout *m_layout;
    QList<QWidget *> m_cards;
    int m_max = 4;
};
