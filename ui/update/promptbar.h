#pragma once

#include "modules/updatetypes.h"

#include <QWidget>

class EngineApi;
class FleetModel;
class PromptCard;
class QVBoxLayout;

// The open agreement requests of all modules, stacked above the fleet table;
// hidden when there are none. Answers go to EngineApi::answerPrompt; a card
// goes when the engine closes its prompt (answered, lapsed, job over).
class PromptBar : public QWidget
{
    Q_OBJECT

public:
    PromptBar(EngineApi *engine, FleetModel *fleet, QWidget *parent = nullptr);

    QList<PromptCard *> cards() const { return m_cards; }
    PromptCard *card(const QString &moduleId, const QString &promptId) const;

private:
    void open(const QString &moduleId, const UpdatePrompt &prompt);
    void close(const QString &moduleId, const QString &promptId);

    EngineApi *m_engine;
    FleetModel *m_fleet;
    QVBoxLayout *m_layout;
    QList<PromptCard *> m_cards;
};
