#include "consoledeck.h"

#include "consolewidget.h"

#include <QLabel>

ConsoleDeck::ConsoleDeck(EngineApi *engine, QWidget *parent)
    : QStackedWidget(parent)
    , m_engine(engine)
    , m_none(new QLabel(tr("Select a module to talk to it."), this))
{
    static_cast<QLabel *>(m_none)->setAlignment(Qt::AlignCenter);
    addWidget(m_none);
}

ConsoleWidget *ConsoleDeck::showModule(const QString &moduleId, Family family)
{
    if (moduleId.isEmpty()) {
        setCurrentWidget(m_none);
        return nullptr;
    }
    ConsoleWidget *&console = m_consoles[moduleId];
    if (!console) {
        console = new ConsoleWidget(m_engine, moduleId, family, this);
        addWidget(console);
    }
    setCurrentWidget(console);
    return console;
}

void ConsoleDeck::forget(const QString &moduleId)
{
    if (ConsoleWidget *console = m_consoles.take(moduleId)) {
        removeWidget(console);
        console->deleteLater();
    }
}
