#pragma once

#include "modules/updatetypes.h"

#include <QFrame>
#include <QTimer>

class QLabel;
class QPushButton;

// One module's agreement request (Telit's 60 s upgrade question, an HL78xx
// download or install agreement) with a live countdown to its deadline and
// the answers the module accepts. Non-modal: the fleet keeps running.
class PromptCard : public QFrame
{
    Q_OBJECT

public:
    PromptCard(const QString &moduleId, const QString &moduleLabel, const UpdatePrompt &prompt,
               QWidget *parent = nullptr);

    QString moduleId() const { return m_moduleId; }
    QString promptId() const { return m_prompt.id; }
    // Milliseconds to the deadline (never below 0); -1 when there is none.
    qint64 remainingMs() const;
    QLabel *countdownLabel() const { return m_countdown; }
    QPushButton *acceptButton() const { return m_accept; }
    QPushButton *deferButton() const { return m_defer; }

signals:
    void answered(const QString &moduleId, const QString &promptId, PromptAnswer answer, int deferMinutes);

private:
    void tick();
    void answer(PromptAnswer answer);

    QString m_moduleId;
    UpdatePrompt m_prompt;
    QLabel *m_countdown;
    QPushButton *m_accept;
    QPushButton *m_defer;
    QTimer m_tick;
};
