#include "promptbar.h"

#include "engine/engineapi.h"
#include "promptcard.h"
#include "ui/common/moduletext.h"
#include "ui/fleet/fleetmodel.h"

#include <QApplication>
#include <QVBoxLayout>

PromptBar::PromptBar(EngineApi *engine, FleetModel *fleet, QWidget *parent)
    : QWidget(parent)
    , m_engine(engine)
    , m_fleet(fleet)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    connect(engine, &EngineApi::promptRequested, this, &PromptBar::open);
    connect(engine, &EngineApi::promptClosed, this, &PromptBar::close);
    hide();
}

PromptCard *PromptBar::card(const QString &moduleId, const QString &promptId) const
{
    for (PromptCard *c : m_cards) {
        if (c->moduleId() == moduleId && c->promptId() == promptId)
            return c;
    }
    return nullptr;
}

void PromptBar::open(const QString &moduleId, const UpdatePrompt &prompt)
{
    close(moduleId, prompt.id); // asked again: the newer deadline wins
    const ModuleSnapshot *m = m_fleet->module(moduleId);
    auto *c = new PromptCard(moduleId, m ? ModuleText::label(*m) : moduleId, prompt, this);
    connect(c, &PromptCard::answered, this,
            [this](const QString &module, const QString &id, PromptAnswer answer, int deferMinutes) {
                m_engine->answerPrompt(module, id, answer, deferMinutes);
            });
    m_layout->addWidget(c);
    m_cards << c;
    show();
    // A question with a deadline must be noticed even when the window is not
    // in front.
    QApplication::alert(window());
}

void PromptBar::close(const QString &moduleId, const QString &promptId)
{
    if (PromptCard *c = card(moduleId, promptId)) {
        m_cards.removeOne(c);
        m_layout->removeWidget(c);
        c->deleteLater();
    }
    setVisible(!m_cards.isEmpty());
}
