#pragma once

#include "modules/family.h"

#include <QHash>
#include <QStackedWidget>

class ConsoleWidget;
class EngineApi;

// One console per module, made when the module is first shown, so each keeps
// its own history and replies while the person moves between modules.
class ConsoleDeck : public QStackedWidget
{
    Q_OBJECT

public:
    explicit ConsoleDeck(EngineApi *engine, QWidget *parent = nullptr);

    // Shows the module's console (made on first use); empty id: none.
    ConsoleWidget *showModule(const QString &moduleId, Family family);
    ConsoleWidget *console(const QString &moduleId) const { return m_consoles.value(moduleId); }
    void forget(const QString &moduleId);

private:
    EngineApi *m_engine;
    QWidget *m_none;
    QHash<QString, ConsoleWidget *> m_consoles;
};
