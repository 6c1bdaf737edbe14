#include "modulepanel.h"

#include "engine/engineapi.h"
#include "identityview.h"
#include "ui/console/consoledeck.h"
#include "ui/fleet/fleetmodel.h"
#include "ui/log/logbook.h"
#include "ui/log/logpanel.h"

#include <QHBoxLayout>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>

ModulePanel::ModulePanel(EngineApi *engine, FleetModel *fleet, LogBook *logs, QWidget *parent)
    : QWidget(parent)
    , m_fleet(fleet)
    , m_logs(logs)
    , m_identity(new IdentityView(this))
    , m_tabs(new QTabWidget(this))
    , m_log(new LogPanel(this))
    , m_consoles(new ConsoleDeck(engine, this))
{
    m_tabs->addTab(m_log, tr("Log"));
    m_tabs->addTab(m_consoles, tr("AT console"));
    m_tabs->setDocumentMode(true);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_identity);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(m_identity->sizeHint().width());

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(scroll);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(fleet, &FleetModel::moduleChanged, this, [this](const QString &id) {
        if (id == m_moduleId)
            refresh(id);
    });
    connect(engine, &EngineApi::moduleRemoved, m_consoles, &ConsoleDeck::forget);
    showModule({});
}

void ModulePanel::showModule(const QString &moduleId)
{
    m_moduleId = moduleId;
    const ModuleSnapshot *m = m_fleet->module(moduleId);
    m_log->setLog(m ? m_logs->log(moduleId) : nullptr, m ? m->transcriptPath : QString());
    m_consoles->showModule(m ? moduleId : QString(), m ? m->identity.family : Family::Unknown);
    refresh(moduleId);
}

void ModulePanel::showConsole()
{
    m_tabs->setCurrentWidget(m_consoles);
}

void ModulePanel::refresh(const QString &moduleId)
{
    const ModuleSnapshot *m = m_fleet->module(moduleId);
    m_identity->setModule(m);
    m_log->setTranscriptPath(m ? m->transcriptPath : QString());
    if (!m)
        m_log->setLog(nullptr, {});
}
